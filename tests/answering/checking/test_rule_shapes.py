"""rule_shapes.py: who bears or does a thing (由谁来扛, 归哪边) and whether it may be done (能不能,
还用…吗), told by a rule's body or modality, and only by a rule."""

from __future__ import annotations

from knowledge.answering.checking import rule_shapes
from knowledge.answering.checking.closeness import type_held, uncovered
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import SECTION_SEP
from tests.answering.checking.fake_evidence import chunk_candidate

RULES = (
    "第九条　园区产生的碳排放核算结果由双方按照税收分享比例分担。"
    "第十条　分享资金只能通过专户划转，不得坐支、截留或者挪作他用。"
)
REPORT = "记者了解到，备案时限由原来的没有明确期限改为二十个工作日。今年园区新引进项目20个。"


def _cand(text: str, sentence: str, section: str | None = None) -> Candidate:
    return chunk_candidate(text, sentence, title="青禾市飞地园区办法", section=section)


def test_the_shapes_a_question_asks() -> None:
    assert [k for k, _ in rule_shapes.asked("园区排碳的账算出来以后，由谁来扛？")] == ["body"]
    assert [k for k, _ in rule_shapes.asked("两家拆伙以后，厂子交的税归哪边？")] == ["body"]
    assert [k for k, _ in rule_shapes.asked("分成的钱能不能先转一道？")] == ["may"]
    assert [k for k, _ in rule_shapes.asked("现在报备案，还用送纸质材料吗？")] == ["may"]
    assert rule_shapes.asked("园区今年引进了多少个项目？") == ()


def test_a_body_asked_is_told_by_the_body_a_rule_binds() -> None:
    shared = _cand(RULES, "第九条　园区产生的碳排放核算结果由双方按照税收分享比例分担。")
    q = "园区排碳的账算出来以后，由谁来扛？"
    assert type_held(q, shared) == (1, True)
    assert "由谁来" not in uncovered(q, shared, {})  # the words it asks the shape with


def test_whether_it_may_be_done_is_told_by_a_rule_modality() -> None:
    banned = _cand(RULES, "第十条　分享资金只能通过专户划转，不得坐支、截留或者挪作他用。")
    assert type_held("分享资金能不能先挪作他用？", banned) == (1, True)


def test_a_sentence_of_an_article_is_a_rule_by_its_section() -> None:
    text = "碳排放核算结果由双方分担。"
    inside = _cand(text, text, section=f"第三章 核算{SECTION_SEP}第九条")
    assert rule_shapes.is_rule(inside)
    assert not rule_shapes.is_rule(_cand(text, text))


def test_a_report_sentence_is_no_rule() -> None:
    told = _cand(REPORT, "记者了解到，备案时限由原来的没有明确期限改为二十个工作日。")
    assert type_held("备案时限由谁来定？", told) == (0, False)  # 由原来的: no body, no rule
    trainees = "第三条　培训对象为托育机构的保育人员和负责人。"
    assert type_held("保育人员的社保谁来缴？", _cand(trainees, trainees)) == (0, False)  # 负责人
    plan = _cand(REPORT, "今年园区新引进项目20个。")
    assert type_held("园区今年能不能引进新项目？", plan) == (0, False)
