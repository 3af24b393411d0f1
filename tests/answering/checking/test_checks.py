"""The evidence checks: the kind of answer a question asks for, and whether the quoted
sentences have it (a person named, a share, a number, a date, a target figure)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.checks import (
    asked_types,
    missing_type,
    names_person,
    plan_asked,
    plan_given,
    share_by_rule,
)


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("出席发布会的合作区负责人是谁？", {"person"}),
        ("这篇文章的撰文作者是哪几位？", {"person"}),
        ("经中老铁路运输的货物占比是多少？", {"share"}),
        ("园区签约了多少个项目？", {"number"}),
        ("医院是哪一年开业的？", {"date"}),
        ("飞地园区是什么意思？", set()),
        ("物流园建设领导小组副组长是谁？", {"person"}),
    ],
)
def test_what_kind_of_answer_a_question_asks_for(question: str, kinds: set[str]) -> None:
    assert asked_types(question) == kinds


def test_a_person_is_named_by_a_name_not_by_a_place_the_question_names() -> None:
    q = "官渡—磨憨飞地产业园的管理机构负责人是谁？"
    assert names_person("记者 陈思远", q)
    assert names_person("一家橡胶制品企业的负责人刀建华说，托管以后用地审批快了", q)
    assert names_person("合作区管委会副主任张立介绍了有关情况。", q)
    assert not names_person("发布机构：昆明市发展和改革委员会　发布日期：2024年8月22日", q)
    # jieba tags 官渡 as a person's name; the question names it, so it answers nothing
    assert not names_person(
        "根据协议，官渡区将在园区内规划约300亩土地，建设官渡—磨憨飞地产业园。", q
    )


def test_the_evidence_lacks_the_kind_of_answer_asked_for() -> None:
    no_share = "其中，经中老铁路运输的货物占比进一步提高。"
    assert missing_type("经中老铁路运输的占比是多少？", no_share, [no_share]) == "share"
    assert (
        missing_type("经中老铁路运输的占比是多少？", "占比达到41.5%。", ["占比达到41.5%。"]) is None
    )
    nobody = "执行中遇到的问题，请及时向市发展改革委反映。"
    assert missing_type("解读是哪位负责人发布的？", nobody, [nobody]) == "person"
    byline = ["会议介绍了有关情况。", "合作区管委会副主任张立出席发布会。"]
    assert missing_type("出席发布会的负责人是谁？", byline[0], byline) is None  # beside the best
    assert missing_type("医院是哪一年开业的？", "医院设有床位200张。", []) == "date"
    assert missing_type("飞地园区是什么意思？", "飞地园区即借地建园。", []) is None


def test_a_target_figure_is_not_answered_by_the_actual_one() -> None:
    actual = "2024年，已投产的飞地项目共实现地方留成税收4200万元。"
    assert plan_asked("2025年地方留成税收的全年目标是多少？", actual) == 1.0
    assert plan_asked("2025年的目标是多少？", "今年的目标是新签约项目20个以上。") == 0.0
    assert plan_asked("有关办法预计什么时候出台？", "办法明年出台。") == 0.0  # no figure asked
    assert plan_given("园区签约了多少个项目？", "计划签约项目20个。") == 1.0
    assert plan_given("园区签约了多少个项目？", actual) == 0.0


def test_a_figure_is_one_the_question_did_not_say_and_no_date_counts() -> None:
    from knowledge.answering.checking.focus import figure_in

    q = "因签约12个月未开工被取消认定的项目有多少个？"
    assert not figure_in("number", "项目签约后12个月内未开工的，取消认定。", q)
    assert figure_in("number", "已有3个项目因签约后12个月内未开工被取消认定。", q)
    dated = "本年度申报自2024年10月8日开始，11月29日截止（青政办〔2024〕7号）。"
    assert not figure_in("number", dated, "一共有多少个项目提交了申报？")
    # a count may be answered by naming what is counted
    assert figure_in(
        "number", "他兼任东湖学会、西湖学会和南湖学会的会长。", "他兼任几家学会的会长？"
    )
    assert figure_in("share", "学校男女生比例约为1：7。", "男女生比例是多少？")


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("2024年专项资金中用于道路管网建设的有多少？", "道路管网建设"),
        ("第二批认定的15个项目中，商贸物流类有几个？", "商贸物流类"),
        ("口岸的货运量中，经铁路运输的占比是多少？", "经铁路运输"),
        ("在4x100米接力赛中，创造的新纪录是多少？", ""),  # a scene, not a whole
        ("截至2025年年中，已经认定的项目有多少个？", ""),  # 年中 is a time
    ],
)
def test_thepart_asked_of_a_whole(question: str, part: str) -> None:
    from knowledge.answering.checking.portion import part_asked
    from knowledge.text.normalise import normalise

    assert part_asked(normalise(question)) == part


def test_the_questions_nouns_are_its_focus_not_its_role_or_source_words() -> None:
    from knowledge.answering.checking.focus import question_nouns

    class Index:  # every term known
        df = {"医院": 1, "分院": 1, "东湖": 1, "管理": 1, "机构": 1, "管理机构": 1, "产业园": 1}

    q = "那篇报道里，东湖产业园的管理机构负责人是谁？"
    tokens = ["东湖", "产业园", "管理", "机构", "管理机构", "负责人"]
    nouns = question_nouns(q, tokens, Index())
    assert "产业园" in nouns and "管理机构" in nouns
    assert "负责人" not in nouns and "报道" not in nouns  # the role asked, the source named


def test_an_organisation_asked_by_its_kind_must_be_named_by_the_evidence() -> None:
    from knowledge.answering.checking.checks import org_missing

    q = "青禾实验学校是哪所学校办的分校？"
    assert org_missing(q, ["青禾实验学校今年秋季开学，首批招收新生300人。"])  # only its own
    assert not org_missing(q, ["青禾实验学校由省城第一中学对口举办。"])  # a 中学 is a school
    assert org_missing("冷库由哪家公司承建？", ["冷库今年三月开工。"])
    assert not org_missing("冷库由哪家公司承建？", ["冷库由云岭建工集团承建。"])
    assert not org_missing("他是哪家漫画公司的角色？", ["他是DC漫画公司的角色。"])
    assert not org_missing("冷库由谁承建？", ["冷库今年三月开工。"])  # no kind asked
    # a plant listed beside the thing asked about is one of its kind, not who invests in it
    q = "冷链仓储中心是哪家企业投资的？"
    listed = "签约的3个项目分别是冷链仓储中心、茶叶精制厂和木材加工基地。"
    assert org_missing(q, [listed])
    assert not org_missing(q, [listed, "冷链仓储中心由青溪供应链有限公司投资建设。"])


def test_an_organisation_asked_by_its_name_must_be_named_by_the_evidence() -> None:
    from knowledge.answering.checking.checks import org_missing

    # the kind with the question's own description (一家茶叶加工企业) is no name
    q = "报道里那家茶叶加工企业叫什么名字？"
    assert org_missing(q, ["一家茶叶加工企业的负责人白云说，他们计划明年扩产。"])
    assert not org_missing(q, ["这家茶叶加工企业名为青溪茶业有限公司。"])
    assert org_missing("冷库的承建公司全称是什么？", ["冷库今年三月开工。"])
    assert not org_missing("冷库的承建公司全称是什么？", ["冷库由云岭建工集团承建。"])
    assert not org_missing("那家企业是做什么的？", ["一家茶叶加工企业今年扩产。"])  # no name asked


def test_a_verb_of_saying_after_a_role_is_no_name() -> None:
    q = "青河园区管委会主任是谁？"
    assert not names_person("园区管委会有关负责人坦言，部分项目开工偏慢。", q)
    assert not names_person("园区负责人透露，下半年还将新签一批项目。", q)
    assert names_person("园区负责人白玉兰说，下半年还将新签一批项目。", q)
    assert missing_type(q, "园区管委会有关负责人坦言，部分项目开工偏慢。", []) == "person"


def test_a_college_asked_for_must_be_named() -> None:
    from knowledge.answering.checking.checks import org_missing

    q = "订单班是和哪所职业院校合作开设的？"
    assert org_missing(q, ["园区正在和省城的职业院校合作开设订单班。"])
    assert not org_missing(q, ["园区和青河职业技术学院合作开设订单班。"])


def test_a_when_is_answered_by_a_date_or_a_time_told_by_an_event() -> None:
    q = "二号冷库是什么时候建成的？"
    scene = "冷库、站前广场、分拣中心……是一个个加紧推进的重点项目。"
    assert missing_type(q, scene, [scene]) == "date"
    assert missing_type(q, "冷库于2024年6月建成。", ["冷库于2024年6月建成。"]) is None
    event = "二号冷库在铁路开通后，随即建成投用。"
    assert missing_type(q, event, [event]) is None


def test_a_share_named_and_a_time_asked_by_its_rule_are_answered_without_a_figure() -> None:
    """「还按原来的比例分吗」 asks whether, and 「按照原分享比例继续分享」 answers it; 「按哪一年
    计算」 asks the rule that fixes the year, and 「按…缴入国库的时间确定所属年度」 is it."""
    same = "迁回后缴纳的税收按照原分享比例继续分享。"
    assert asked_types("企业迁出后又迁回来，税收还按原来的比例分吗？") == set()
    assert missing_type("企业迁出后又迁回来，税收还按原来的比例分吗？", same, [same]) is None
    assert asked_types("迁回企业的税收分享比例是多少？") == {"share"}
    rule = "按照出让价款实际缴入国库的时间确定所属年度。"
    assert missing_type("土地出让收入按哪一年计算归属？", rule, [rule]) is None
    assert missing_type("园区是哪一年设立的？", rule, [rule]) == "date"  # no rule asked


def test_a_share_asked_how_it_is_set_is_answered_by_the_way_it_is_set() -> None:
    """「期满后比例怎么定」 asks who sets it and how: 「由双方重新协商确定」 answers it without a
    figure; 「比例怎么规定的」 still asks for the figure."""
    how = "合作期满后，分享比例由双方重新协商确定。"
    assert asked_types("合作期满以后税收分享比例怎么定？") == set()
    assert missing_type("合作期满以后税收分享比例怎么定？", how, [how]) is None
    assert asked_types("分享比例由谁来确定？") == set()
    assert asked_types("分享比例怎么规定的？") == {"share"}


@pytest.mark.parametrize(
    "question, kinds",
    [
        ("协议变更后调整了分享比例，还要报哪个部门备案？", set()),
        ("按照六比四的比例，飞出地一共分得多少万元？", {"number"}),
        ("分享比例调整哪一年开始执行？", {"date"}),
        ("统计指标按什么比例计入双方？", {"share"}),
        ("前五年税收分成比例是多少？", {"share"}),
        ("分成比例有多大？", {"share"}),
    ],
)
def test_a_share_named_while_another_thing_is_asked(question: str, kinds: set[str]) -> None:
    """比例 in a question asking a department, an amount or a year is named, not asked."""
    assert asked_types(question) == kinds


def test_a_share_the_question_gives_as_the_rule_is_not_asked() -> None:
    """「哪些指标按当年税收分享比例计入」 asks the indicators, which 「地区生产总值、固定资产投资等
    指标按照当年税收分享比例分别计入」 lists without a figure; 「按什么比例」 still asks it."""
    q = "哪些统计指标按当年税收分享比例分别计入？"
    told = "飞地园区的地区生产总值、固定资产投资等统计指标，由双方按照当年税收分享比例分别计入。"
    assert asked_types(q) == set()
    assert missing_type(q, told, [told]) is None
    assert asked_types("税收按什么比例分享？") == {"share"}
    assert asked_types("土地收入按照多大比例分成？") == {"share"}


def test_thanks_are_no_name() -> None:
    # jieba tags 谢谢 as a person's name: a host's closing line names no one
    assert not names_person("主持人：今天的发布会到此结束，谢谢大家。", "谁主持了发布会？")
    assert names_person("主持人周晓岚：今天的发布会到此结束，谢谢大家。", "谁主持了发布会？")


def test_a_figure_in_chinese_numerals_carries_the_number_asked() -> None:
    from knowledge.answering.checking.checks import HAS

    assert HAS["number"].search("沿岸先后修建了小型水电站九座")
    assert HAS["number"].search("野外种群数量已不足原来的三分之一")
    assert not HAS["number"].search("镇上保存有一座天后宫")


def test_a_share_asked_by_its_rule_is_answered_by_the_ratio_the_rule_follows() -> None:
    """「按什么比例计入」 asks the rule that fixes the share, and a policy article setting it by
    another ratio — 「按照当年税收分享比例分别计入」「与当年税收分享比例一致」 — answers it; a
    share asked as a figure (「比例是多少」「几成」) still needs one."""
    by = "统计指标由双方按照当年税收分享比例分别计入。"
    same = "统计指标分成比例与当年税收分享比例一致。"
    asked = "统计指标按什么比例计入双方？"
    assert share_by_rule(asked) and missing_type(asked, by, [by]) is None
    assert missing_type("统计指标按照什么比例分成？", same, [same]) is None
    assert not share_by_rule("统计指标的分成比例是多少？")
    assert missing_type("统计指标的分成比例是多少？", by, [by]) == "share"
    assert missing_type("飞出地能分到几成？", by, [by]) == "share"
    assert missing_type(asked, "统计指标按比例计入。", ["统计指标按比例计入。"]) == "share"


def test_asked_types_while_asking_equal_and_a_fresh_set() -> None:
    from knowledge.answering.checking import checks
    from knowledge.text.memo import asking

    q = "磨憨沿边产业园签约项目占全市的比例是多少？"
    plain = checks.asked_types(q)

    @asking
    def twice():
        first = checks.asked_types(q)
        first.add("changed")
        return checks.asked_types(q)

    assert twice() == plain
