"""closeness.py: the local answer decision below the refusal model's threshold."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering.checking.closeness import type_held, uncovered
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import Chunk, ScoredChunk
from tests.answering.checking.fake_evidence import chunk_candidate as _cand


def _evidence(cand: Candidate, confidence: float, **more) -> SimpleNamespace:
    """The little of `Evidence` that `answer_anyway` reads: one chosen sentence, the model's
    confidence, and what a test adds (read_agrees)."""
    return SimpleNamespace(
        lang="zh",
        chosen=[cand],
        docs={},
        confidence=confidence,
        result=SimpleNamespace(index=None, tokens=[]),
        **more,
    )


def test_the_kind_of_answer_asked_is_carried_or_not() -> None:
    text = "企业最担心的是找不到地、招不到人和留不住人。标准厂房租金为每月每平方米12元。"
    rent = _cand(text, "标准厂房租金为每月每平方米12元。")
    worry = _cand(text, "企业最担心的是找不到地、招不到人和留不住人。")
    assert type_held("标准厂房的租金每平方米多少钱？", rent) == (1, True)
    assert type_held("标准厂房哪天交付？", rent) == (1, False)  # no date in or around it
    assert type_held("企业最担心哪些事？", worry) == (1, True)  # a list: 、
    # a trouble asked and told (troubles.py)
    assert type_held("企业最担心什么？", worry) == (1, True)
    assert type_held("企业最担心什么？", rent)[0] == 0  # no kind asked, no trouble told
    # a share asked by its rule (按什么比例) is carried by the ratio the rule follows
    rule = "统计指标由双方按照当年税收分享比例分别计入。"
    by = _cand(rule, rule)
    assert type_held("统计指标按什么比例计入双方？", by) == (1, True)
    assert type_held("统计指标的分成比例是多少？", by) == (1, False)


def test_a_question_word_is_covered_by_the_context_or_a_synonym() -> None:
    text = "企业最担心的是找不到地、招不到人和留不住人。标准厂房租金为每月每平方米12元。"
    worry = _cand(text, "企业最担心的是找不到地、招不到人和留不住人。")
    rent = _cand(text, "标准厂房租金为每月每平方米12元。")
    # 发愁 and 担心 share the gloss "worry"
    assert uncovered("企业最发愁的是什么？", worry, {}) == []
    # the neighbouring sentence and the chunk title count as context
    assert uncovered("青河园区的企业最担心什么？", rent, {}) == []
    # the detail asked is not there: 电费 is no word of the passage, nor a synonym of one
    assert "电费" in uncovered("标准厂房的电费每度多少钱？", rent, {})


def test_a_sum_of_money_asked_is_not_carried_by_a_share() -> None:
    text = "人才公寓租金按同地段市场价的50%收取。标准厂房租金为每月每平方米12元。"
    share = _cand(text, "人才公寓租金按同地段市场价的50%收取。")
    rent = _cand(text, "标准厂房租金为每月每平方米12元。")
    assert type_held("人才公寓每月租金要多少钱？", share) == (1, False)
    assert type_held("标准厂房每月租金要多少钱？", rent) == (1, True)


def test_a_missing_noun_weighs_fully_and_a_time_of_day_is_no_date() -> None:
    from knowledge.answering.checking.closeness import weight

    # 面积 is a common word, but the thing a figure would measure: it weighs as much as 电费
    assert weight(["面积"]) == weight(["电费"]) == 1.0
    assert weight(["具体"]) < 0.5  # an everyday word a paraphrase brings
    text = (
        "口岸于2024年4月15日恢复通关。货车排队明显减少。站前广场正在扩建。口岸每日8:00至22:00开放。"
    )
    date = _cand(text, "口岸于2024年4月15日恢复通关。")
    hours = _cand(text, "口岸每日8:00至22:00开放。")
    assert type_held("口岸每天几点开门？", date) == (1, False)
    assert type_held("口岸每天几点开门？", hours) == (1, True)


def test_below_the_threshold_a_close_fit_is_answered_and_a_near_miss_is_not() -> None:
    from knowledge.answering.checking.closeness import answer_anyway

    # fictional FAQ passage
    text = "企业最担心的是找不到地、招不到人和留不住人。标准厂房租金为每月每平方米12元。"

    def ev(sentence: str, confidence: float):
        return _evidence(_cand(text, sentence), confidence)

    worry = "企业最担心的是找不到地、招不到人和留不住人。"
    rent = "标准厂房租金为每月每平方米12元。"
    # the list asked for is there, 发愁 is 担心 said otherwise: answered below the threshold
    assert answer_anyway("青河园区的企业最发愁哪些事？", ev(worry, 0.3))
    # the same, but the model hardly sees the subject: the bar stays
    assert not answer_anyway("青河园区的企业最发愁哪些事？", ev(worry, 0.01))
    # a figure is there, but of the rent: 电费 is no word of the passage nor a synonym of one
    assert answer_anyway("标准厂房的租金每平方米多少钱？", ev(rent, 0.3))
    assert not answer_anyway("标准厂房的电费每平方米多少钱？", ev(rent, 0.3))
    # a date asked for and none there
    assert not answer_anyway("标准厂房的租金从哪天开始收？", ev(rent, 0.3))


def test_a_word_written_with_an_insertion_is_covered() -> None:
    # fictional report: 县（市）区 is the full form of 县区, 开发（度假）区 of 开发区
    text = "截至年底，全市12个县（市）区和2个开发（度假）区已全部签订协议，比原定目标提前一年。"
    cand = _cand(text, text)
    assert uncovered("县区都签了协议吗？", cand, {}) == []
    assert uncovered("开发区也签订协议了吗？", cand, {}) == []


def test_below_the_threshold_the_sentence_closest_in_meaning_is_read_too() -> None:
    from knowledge.answering.checking.closeness import in_meaning
    from knowledge.answering.evidence import Evidence

    # fictional notice: the first sentence shares more words with the question (申报, 日期), the
    # second answers it (a duration asked, one told)
    text = "本年度申报自10月8日开始，11月29日截止。逾期未报的项目，可在3个月内补报一次。"
    chunk = Chunk("c1", "d1", 0, 0, len(text), text, title="青河园区申报通知")

    def cand(sentence: str) -> Candidate:
        start = text.index(sentence)
        return Candidate(ScoredChunk(chunk, 0.03), 0, (start, start + len(sentence)), sentence)

    dates, later = (
        cand("本年度申报自10月8日开始，11月29日截止。"),
        cand("逾期未报的项目，可在3个月内补报一次。"),
    )

    reads: list[int] = []

    def ev(by_meaning: list[Candidate], confidence: float = 0.3) -> Evidence:
        def read() -> list[Candidate]:  # the stored vectors' read, counted
            reads.append(1)
            return by_meaning

        found = SimpleNamespace(index=None, tokens=[])
        return Evidence(found, [], {}, [dates], "zh", {}, confidence, {}, read_by_meaning=read)

    question = "逾期未报的项目多久内可以补报？"
    evidence = ev([later])
    assert reads == []  # nothing is read while the evidence is built
    near = in_meaning(question, evidence)
    assert near is not None and near.chosen == [later] and near.by_meaning == []
    assert evidence.by_meaning == [later] and reads == [1]  # read once, then kept
    assert in_meaning(question, ev([])) is None  # no other sentence closer in meaning
    assert in_meaning(question, ev([later], 0.01)) is None  # the model's bar still holds
    # the sentence closest in meaning lacks the kind of answer asked: nothing to answer with
    assert in_meaning("逾期未报的项目补报要交多少钱？", ev([later])) is None


def test_the_question_line_a_qa_answer_follows_covers_its_words() -> None:
    text = "问：记者：企业反映青河招工难，园区有什么打算？\n答：这是实话。目前正在开设订单班。"
    answer = _cand(text, "目前正在开设订单班。")
    assert "招工难" not in uncovered("针对企业招工难，园区有哪些打算？", answer, {})


# fictional report
PARK = (
    "青溪港物流园半年报\n2025年7月1日　来源：青溪县商务局\n"
    "园区人才公寓一期共200套，预计今年9月交付。\n"
    "园区标准仓库租金为每月每平方米15元，前两年减半收取。\n"
)


def test_a_figure_in_the_measure_asked_lets_a_little_more_be_missing(tmp_path) -> None:
    from dataclasses import replace

    from knowledge.answering.checking.closeness import MET_GAP, MET_LOW, measured_fit
    from tests.conftest import report_service

    svc = report_service(tmp_path, PARK)

    def fits(q: str, confidence: float, words=(), missing=MET_GAP) -> bool:
        ev = replace(svc.evidence(q), confidence=confidence)
        return measured_fit(q, ev, max(ev.chosen, key=lambda c: c.score), list(words), missing)

    # 房子 is not said, but 200套 of the flats is the count asked in its measure
    assert fits("园区人才公寓一期有几套房子？", MET_LOW)
    assert not fits("园区人才公寓一期有几套房子？", MET_LOW / 2)
    assert not fits("园区人才公寓一期有几套房子？", MET_LOW, missing=MET_GAP + 0.1)
    assert not fits("园区人才公寓每套房子多大面积？", 0.3)  # 200套 is no area
    # 15元 is a sum bound to the warehouses, labelled by their rent: a rent asked in other
    # words is answered; the deposit is a sibling's (押金 and 租金 are two families)
    assert fits("园区标准仓库每月每平方米房租多少钱？", 0.3)
    assert not fits("园区标准仓库的押金每平方米是多少钱？", 0.3)
    # 电费 missing names the attribute measured
    assert not fits("园区标准仓库每平方米电费多少钱？", 0.3, words=["电费"])


def _article(text: str, sentence: str) -> Candidate:
    chunk = Chunk("a1", "d1", 0, 0, len(text), text, title="青河市园区合作办法", section="第九条")
    start = text.index(sentence)
    return Candidate(ScoredChunk(chunk, 0.03), 0, (start, start + len(sentence)), sentence)


def test_how_a_rule_is_asked_is_no_missing_content() -> None:
    # fictional 办法: what the question asks of a rule in everyday shapes
    text = "第九条　双方发生争议的，先由联合委员会协调；协调不成的，由市商务局组织调解。"
    rule = _article(text, "协调不成的，由市商务局组织调解。")
    # A-not-A, 怎么办 and 哪个部门 are how it asks; a verb's 了 is no word of its own
    assert uncovered("联合委员会协调了，能不能找哪个部门调解？", rule, {}) == []
    assert uncovered("双方有争议怎么办？", rule, {}) == []
    # a failure in a verb's potential form is what the rule's negated condition states
    assert uncovered("双方一直谈不拢怎么办？", rule, {}) == ["一直"]
    plain = _article("第九条　双方应当每年协调一次。", "第九条　双方应当每年协调一次。")
    assert "谈不拢" in uncovered("双方谈不拢怎么办？", plain, {})


def test_an_article_s_other_paragraphs_are_its_sentence_s_context() -> None:
    text = (
        "第五条　核算结果作为统计指标分成的依据。\n下列收入不计入分享基数：\n（一）企业补缴的税款；"
    )
    item = _article(text, "（一）企业补缴的税款；")
    assert uncovered("企业补缴的税款算不算进核算？", item, {}) == []
    prose = _cand(text, "（一）企业补缴的税款；")  # no article: only its neighbours
    # (分成 would be held there: the neighbour says 分享, its official term)
    assert "核算" in uncovered("企业补缴的税款算不算进核算？", prose, {})


def test_a_sum_asked_is_held_by_any_currency_of_the_unit_table() -> None:
    text = "每家企业补助5万港元。补助比例为30%。"
    sum_, share = _cand(text, "每家企业补助5万港元。"), _cand(text, "补助比例为30%。")
    assert type_held("这笔补助一共多少钱？", sum_) == (1, True)
    assert type_held("这笔补助一共多少钱？", share) == (1, False)


def test_a_word_framing_what_is_asked_weighs_little() -> None:
    from knowledge.answering.checking.closeness import weight

    assert weight(["内容"]) < 0.5 and weight(["信息"]) < 0.5  # 「要填什么内容」
    assert weight(["名单"]) == 1.0  # a noun naming a thing still weighs fully


def test_a_bound_asked_is_covered_by_the_bound_the_sentence_states() -> None:
    # fictional notice: 最慢 is said by 「15个工作日内」, 起码 by 「不少于」
    text = "管委会在15个工作日内完成审查，每个园区派驻人员不少于3名。"
    cand = _cand(text, text)
    assert uncovered("管委会审查最慢要多少天？", cand, {}) == []
    assert uncovered("每个园区起码派驻几个人？", cand, {}) == []
    other = _cand("园区共有职工120名。", "园区共有职工120名。")
    assert "最少" in uncovered("园区最少有多少职工？", other, {})  # no bound told


def test_a_little_more_may_be_missing_when_the_closest_in_meaning_is_the_best_by_words() -> None:
    from knowledge.answering.checking.closeness import answer_anyway

    # fictional report: 学校 for 院校 and 起步区 for 首期 are the question's own wording
    text = "青河园区首期标准厂房在建面积5.2万平方米，预计年底交付。园区正与职业院校合作开设订单班。"

    def ev(sentence: str, agrees: bool, confidence: float = 0.3):
        cand = _cand(text, sentence, title="青河园区建设进展")
        return _evidence(cand, confidence, read_agrees=lambda: agrees)

    plant = "青河园区首期标准厂房在建面积5.2万平方米，预计年底交付。"
    asked = "青河园区起步区的标准厂房正在盖的有多大？"
    assert answer_anyway(asked, ev(plant, agrees=True))
    assert not answer_anyway(asked, ev(plant, agrees=False))  # the words alone chose it
    assert not answer_anyway(asked, ev(plant, agrees=True, confidence=0.1))  # below BAR
    # a detail the passage lacks still weighs fully: the rent of the plant is not its area
    assert not answer_anyway(
        "青河园区起步区的标准厂房的租金和物业费多少钱？", ev(plant, agrees=True)
    )
