"""The evidence checks for English questions: the kind of answer asked for, the thing asked
about, and whether the quoted sentences (English or Chinese) have them."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from knowledge.answering.checking.checks_en import (
    _figure,
    _measured_what,
    _org_unbound,
    _unnamed_subject,
    asked_about,
    asked_types,
    focus,
    has_kind,
    holds,
    lacking,
)
from knowledge.answering.checking.checks_en_focus import which_subject
from tests.answering.checking.fake_evidence import evidence


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("How many visitors came to the trade fair?", {"number"}),
        ("How much land did the district reserve?", {"number"}),
        ("What share of the exports went by rail?", {"share"}),
        ("What percentage of the projects are in logistics?", {"share"}),
        ("In which year did the hospital open?", {"date"}),
        ("Who is the Party secretary of the county?", {"person"}),
        ("Who chaired the signing ceremony?", {"person"}),
        ("At which venue was the fair held?", {"place"}),
        ("Which company built the cold store?", {"org"}),
        ("Who heads the management committee?", {"person"}),
        ("What was the industrial output of the park in 2024?", {"number"}),
        ("What interest rate do the projects pay on loans?", {"number"}),
        ("What was the average clearance time for trucks in 2025?", {"number"}),
        # the measure before its verb asks a figure too ("what <…> income did … reach")
        ("What disposable income per head did farmers in the county reach?", {"number"}),
        ("What monthly rent do tenants of the flats pay?", {"number"}),
        ("What rent per square metre does the park charge?", {"number"}),
        # ... or before a passive or a modal, or after "what do … pay in"
        ("What monthly fee per square metre is charged for the warehouses?", {"number"}),
        ("What deposit must a tenant put down?", {"number"}),
        ("What do the shops along the river pay in monthly rent?", {"number"}),
        # no measure named: what they pay may be nothing at all ("rent-free")
        ("What do the projects pay for the land in their first year?", set()),
        # a part of a sum is a share; a part of a place is none
        ("What part of the county's pairing money went to schools?", {"share"}),
        ("What part of the city is the new park in?", set()),
        # an organisation may answer a bare "who"; "when" may be answered by a condition
        ("Who approves the applications?", set()),
        ("When can a project ask for an extension?", set()),
        ("What does an enclave park mean?", set()),
    ],
)
def test_what_kind_of_answer_an_english_question_asks_for(question, kinds) -> None:
    assert asked_types(question) == kinds


def test_the_thing_a_question_asks_about() -> None:
    assert focus("How many Lao workers are employed by the projects?") == [("workers", ["lao"], [])]
    assert focus("How many visitors attended the Qinghe Trade Week?") == [("visitors", [], [])]
    assert focus("How many tonnes of freight passed the port?") == [("tonnes", [], ["freight"])]
    assert focus("What kinds of fruit does the base handle?") == [("fruit", [], [])]
    assert focus("Who is the Party secretary of the zone?") == [("secretary", ["party"], ["zone"])]
    assert focus("How many counties and districts signed?") == [("districts", ["counties"], [])]
    # "how much did X <verb>": the subject X is the thing asked
    assert focus("How much did the population grow?") == [("population", [], [])]
    # the noun phrase ends at its verb; a participle before a noun stays
    assert focus("How many trains run each day?") == [("trains", [], [])]
    assert focus("How many tourists visited Qinghe in 2024?") == [("tourists", [], [])]
    assert focus("What share of the newly signed projects were from Qinghe?") == [
        ("projects", ["newly", "signed"], [])
    ]
    assert focus("In which year did the plant open?") == []
    assert focus("Who was Qinghe's Party secretary in 2024?") == [("secretary", ["party"], [])]
    # a possessor of several words
    assert focus("What was Qinghe Port's freight volume in 2025?") == [("volume", ["freight"], [])]


def test_a_word_is_held_in_english_or_through_its_chinese_terms() -> None:
    assert holds("visitors", "investors and visitors from guangdong attended the fair.")
    assert not holds("visitors", "investors from guangdong attended the fair.")
    assert holds("kilometres", "边境线长约120公里。")
    assert holds("households", "市场主体达到2960户")  # a measure word after its number
    assert not holds("households", "户外广告牌已经拆除")
    # the head noun, or a word before it; a unit the corpus lacks by what it measures
    where = "园区实现地方留成税收3150万元。"
    assert asked_about("revenue", ["local", "tax"], [], where, {}, None)
    assert not asked_about("workers", ["lao"], [], where, {}, None)
    assert asked_about("tonnes", [], ["freight"], "口岸货运量502.7万吨", {}, None)
    # a hyphenated word CC-CEDICT lacks is held by its head's terms (能源 in 新能源)
    assert holds("new-energy", "第二批中新能源项目明显增多")
    assert not holds("new-energy", "第二批中生物医药项目明显增多")
    assert not asked_about("kilometres", [], ["border"], "边境口岸", {"公里": 3}, None)
    # a role asked for is the role itself, not any word around it
    assert not asked_about("secretary", ["party"], [], "党委会议召开", {}, None, role=True)


def test_a_compound_the_dictionary_lacks_is_read_by_its_characters() -> None:
    # fictional: a county's cold store, its assistance money, its promotion bureau
    assert holds("storage", "新区设冷库库容2万吨")  # 冷 of 冷藏, 库 of 库藏
    assert not holds("cold", "新区设冷库库容2万吨")
    assert asked_about("capacity", ["cold", "storage"], [], "新区设冷库库容2万吨", {}, None)
    assert holds("assistance", "该县投入帮扶资金900万元")
    assert not holds("money", "该县投入帮扶资金900万元")  # a word of many senses


def test_the_kind_of_answer_in_english_and_chinese_sentences() -> None:
    q = "Who is the director of the Qinghe park?"
    assert has_kind("person", "Director Zhang Wei of the park said the fair was a success.", q)
    assert has_kind("person", "园区管委会主任周明远介绍了有关情况。", q)
    assert not has_kind("person", "The Deputy Director of the park spoke at the ceremony.", q)
    assert not has_kind("person", "The Qinghe Trade Week closed in Kunming.", q)
    assert has_kind("number", "The fair signed four projects.", "How many projects?")
    assert has_kind("number", "签约项目十四个。", "How many projects?")
    assert not has_kind("number", "The projects cover logistics.", "How many projects?")
    assert has_kind("share", "Rail carried 41.5% of the freight.", "What share?")
    assert has_kind("share", "由飞出地引进的占七成以上。", "What share?")
    assert has_kind("date", "The plant opened in March 2021.", "In which year?")
    assert not has_kind("date", "The plant opened after the review.", "In which year?")


def test_a_role_asked_by_its_act_and_a_hyphenated_head() -> None:
    # "who moderated" asks for the host: the evidence must name the role beside a name
    assert focus("Who moderated the Qinghe fair's closing forum?") == [("host", [], [])]
    assert focus("Who wrote the report on the fair?") == [("author", [], [])]
    # "per-capita" is no preposition: the phrase is read past it
    assert focus("What was the per-capita income of herders in 2024?") == [
        ("income", ["per-capita"], ["herders"])
    ]


def test_a_chinese_date_is_no_figure_for_an_english_count() -> None:
    q = "How many pupils attend the Qinghe school?"
    assert not _figure("number", "2025年将研究出台子女入学配套措施。", q, "")
    assert _figure("number", "青河学校首批招收学生860名。", q, "")
    assert _figure("number", "The school took in 860 pupils.", q, "")


def test_an_article_or_a_list_is_no_figure_for_an_amount_asked() -> None:
    # 一项 before a description is "a"; a list of duties answers how many, not how much
    q = "How much land did the Qinghe park supply in 2023?"
    assert not _figure("number", "青河县正在研究一项新的用地安排：由各镇认领用地。", q, "")
    assert not _figure("number", "管委会负责园区的规划、土地供应、基础设施配套和审批服务。", q, "")
    assert _figure("number", "园区全年供应建设用地620亩。", q, "")
    many = "How many duties does the committee have?"
    assert _figure("number", "管委会负责园区的规划、土地供应、基础设施配套和审批服务。", many, "")
    assert _figure("number", "园区只签下一个项目。", many, "")


def _cand(text: str, prev: str = "") -> SimpleNamespace:
    chunk = SimpleNamespace(text=f"{prev}{text}", doc_id="d", title="", section="")
    span = (len(prev), len(prev) + len(text))
    return SimpleNamespace(text=text, local=span, hit=SimpleNamespace(chunk=chunk), score=1.0)


def test_a_company_asked_is_named_beside_the_thing_it_does() -> None:
    q = "Which company is building the tea factory in the Qinghe park?"
    df = {"茶": 3, "茶叶": 3, "公司": 9, "园区": 20, "工厂": 5, "厂": 6}
    other = _cand("青河远通物流有限公司将在园区建设冷链仓库。")
    ev = SimpleNamespace(
        chosen=[other], docs={}, result=SimpleNamespace(index=SimpleNamespace(df=df))
    )
    assert _org_unbound(q, ev, {})
    ev.chosen = [_cand("青河茗香茶业有限公司将在园区建设茶叶加工厂。")]
    assert not _org_unbound(q, ev, {})


def test_a_government_body_asked_is_bound_by_a_noun_of_the_question_beside_its_name() -> None:
    # the documents tell the body's act in their own verbs (报送, 审查), which "submit" and
    # "review" do not gloss: a noun of the question beside the name binds it
    q = "Which bureau do the districts submit the materials to?"
    df = {"材料": 3, "提交": 1, "区": 30, "局": 4}
    ev = SimpleNamespace(
        chosen=[_cand("各区对材料进行初审，汇总后统一报送青河区投资促进局。")],
        docs={},
        result=SimpleNamespace(index=SimpleNamespace(df=df, size=90)),
    )
    assert not _org_unbound(q, ev, {})
    # a bureau named beside nothing the question asks of it: not bound
    ev.chosen = [_cand("青河区投资促进局局长王海涛出席会议。")]
    assert _org_unbound(q, ev, {})
    # nor by the words of its own name (the Qinghe Zone's bureau for "the zone")
    q = "Which bureau runs the training classes for the zone?"
    ev.chosen = [_cand("said the Director of the Qinghe Zone's Investment Promotion Bureau.")]
    ev.result.index.df = {"zone": 5, "培训": 2, "班": 3, "局": 4}
    assert _org_unbound(q, ev, {})


def test_the_subject_ends_at_its_verb() -> None:
    # a plural's verb in its base form, a singular's -s form before an object, a past form
    # before a preposition: the thing asked is the subject, not the verb or the street
    assert focus("How many nurses work at the Qinghe clinic?") == [("nurses", [], [])]
    assert focus("Which airport serves the Qinghe park?") == [("airport", [], [])]
    assert focus("Which airline flies traders to Qinghe?") == [("airline", [], [])]
    assert focus("How many cafes opened along Riverside Road?") == [("cafes", [], [])]
    # not a plural noun before a verb ("policy changes are"), nor a possessive's noun, nor a
    # noun after its -ly modifier, nor an object asked with an auxiliary
    assert focus("Which policy changes are new?") == [("changes", ["policy"], [])]
    assert focus("How much Qinghe Port's freight arrived?")[0][0] == "freight"
    assert focus("What monthly rent per square metre is charged?") == [("rent", ["monthly"], [])]
    # the word before an auxiliary ends the subject, a noun though glossed as a verb too
    assert focus("How much construction land did the park supply?") == [
        ("land", ["construction"], [])
    ]
    assert which_subject("Which airport serves the Qinghe park?") == ["airport"]
    assert which_subject("Which sectors did the projects cover?") == []
    assert which_subject("Which chapter of the rules deals with tax?") == []


def test_a_subject_no_document_has_a_word_for_is_named_by_none() -> None:
    q = "Which airport serves the Qinghe park?"
    df = {"园区": 20, "青河": 9, "公司": 4}
    best = _cand("青河园区位于边境，距离口岸约十公里。")
    ev = SimpleNamespace(
        chosen=[best], docs={}, result=SimpleNamespace(index=SimpleNamespace(df=df))
    )
    assert _unnamed_subject(q, ev, best, {})
    ev.result.index.df = {**df, "机场": 2}  # the corpus speaks of an airport: others decide
    assert not _unnamed_subject(q, ev, best, {})
    assert not _unnamed_subject("Which company serves the Qinghe park?", ev, best, {})


def test_a_figure_asked_by_what_and_its_measure_is_read_of_a_thing_the_corpus_names() -> None:
    df = {"游客": 3, "面积": 4, "资本": 1, "资金": 2, "收入": 3}
    # "what number of", "what floor area of", a possessive's four words, "what registered capital"
    for q in (
        "What number of tourists did the Qinghe park receive in 2023?",
        "What floor area of standard factories did the park complete in 2023?",
        "What was the county's rural per-capita disposable income in 2025?",
        "What is the registered capital of the Qinghe trading company?",
    ):
        assert asked_types(q) == set()  # decide's own gates read the wording as before
        assert _measured_what(q, df, {}), q
    # a head no document uses is left to the other checks; no measure asked, nothing read
    assert not _measured_what("What number of visitors did the park receive?", df, {})
    assert not _measured_what("What are the office hours of the service window?", df, {})
    assert not _measured_what("What does the park do about late rent?", df, {})


def test_a_figure_asked_by_what_is_checked_for_the_year_asked() -> None:
    q = "What number of tourists did the Qinghe park receive in 2023?"
    df = {"游客": 3, "青河": 5, "园区": 9}
    expansion = {"qinghe": ["青河"], "park": ["园区"], "tourists": ["游客"]}
    told = evidence("2023年，青河园区接待游客60.2万人次。", df=df, expansion=expansion)
    assert lacking(q, told) is None
    other = evidence("2024年，青河园区接待游客86.5万人次。", df=df, expansion=expansion)
    assert lacking(q, other) == "number"


def test_a_change_asked_by_its_noun_is_held_where_a_change_is_told() -> None:
    assert holds("growth", "2025年上半年，口岸货运量502.7万吨，同比增长21.6%。")
    assert holds("growth", "市场主体达到2960户，比托管前增长近一倍")
    assert not holds("growth", "口岸货运量502.7万吨。")
    assert not holds("growth", "通关时间压缩到2小时以内")  # a level reached


def test_people_asked_are_told_by_the_noun_their_figure_counts() -> None:
    q = "How many residents did the Qinghe park have at the end of June 2025?"
    df = {"青河": 5, "园区": 9, "居民": 1, "人口": 2}
    expansion = {"qinghe": ["青河"], "park": ["园区"]}
    told = evidence("截至2025年6月底，青河园区实有人口约4.2万人。", df=df, expansion=expansion)
    assert lacking(q, told) is None
    other = evidence("截至2025年6月底，青河园区市场主体达到5302户。", df=df, expansion=expansion)
    assert lacking(q, other) == "number"
