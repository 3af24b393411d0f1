"""rule_kinds.py: a deadline asked by its bound (最晚, 多快, 几天之内) told by a rule binding a bound,
a condition asked (什么情况下) told by a rule's conditional clause, and only by a rule."""

from __future__ import annotations

from knowledge.answering.checking import rule_kinds
from knowledge.answering.checking.closeness import type_held
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import SECTION_SEP
from tests.answering.checking.fake_evidence import chunk_candidate

NOTICE = (
    "每年1月底前，飞入地财政局根据上一年度税收入库数据编制结算单，送飞出地财政局确认。"
    "2026年4月1日前已设立的飞地园区，按照六比四的比例分享税收。"
)
ARTICLE = (
    "第三条　市发展改革委收到备案申请后，应当在五个工作日内完成形式审查。"
    "申请人应当自收到补正通知之日起十个工作日内补齐材料；逾期未补齐的，视为撤回备案申请。"
)
REPORT = "记者了解到，去年园区在6月30日前完成了协议修订，逾期未补齐的，视为撤回备案申请。"


def _cand(text: str, sentence: str, section: str | None = None) -> Candidate:
    return chunk_candidate(text, sentence, title="青禾市飞地园区办法", section=section)


def test_a_bound_asked_is_told_by_a_rule_binding_one() -> None:
    part = "二、规范结算流程"
    yearly = _cand(NOTICE, NOTICE.split("。")[0] + "。", section=part)
    assert rule_kinds.states("结算单每年最晚啥时候得编好送过去？", yearly)
    review = _cand(
        ARTICLE, "市发展改革委收到备案申请后，应当在五个工作日内完成形式审查。", "第三条"
    )
    assert rule_kinds.states("交上去以后，市里多快审完？", review)
    assert rule_kinds.states("几天之内要审完？", review)


def test_a_date_qualifying_a_thing_binds_nothing() -> None:
    qualified = _cand(
        NOTICE, "2026年4月1日前已设立的飞地园区，按照六比四的比例分享税收。", "二、衔接"
    )
    assert not rule_kinds.states("老园区改协议最晚改到哪天？", qualified)


def test_no_bound_asked_no_rule_kind() -> None:
    review = _cand(
        ARTICLE, "市发展改革委收到备案申请后，应当在五个工作日内完成形式审查。", "第三条"
    )
    assert not rule_kinds.states("形式审查要多少天？", review)  # a plain figure: the model's
    assert not rule_kinds.states("退出前要先公示多少天？", review)


def test_a_condition_asked_is_told_by_a_rules_conditional_clause() -> None:
    q = "什么情况下备案申请就算是撤回了？"
    assert [k for k, _ in rule_kinds.asked(q)] == ["condition"]
    lapse = _cand(ARTICLE, "逾期未补齐的，视为撤回备案申请。", section=f"第二章{SECTION_SEP}第三条")
    assert rule_kinds.states(q, lapse)
    assert type_held(q, lapse) == (1, True)
    assert rule_kinds.asked("备案申请交到哪里？") == ()


def test_only_a_rule_states_a_kind() -> None:
    told = "记者了解到，去年园区在6月30日前完成了协议修订，逾期未补齐的，视为撤回备案申请。"
    assert not rule_kinds.states("什么情况下备案申请就算是撤回了？", _cand(REPORT, told))
    assert not rule_kinds.states("协议最晚哪天前改完？", _cand(REPORT, told))
    unplaced = "市发展改革委收到备案申请后，应当在五个工作日内完成形式审查。"
    assert not rule_kinds.states("多快审完？", _cand(ARTICLE, unplaced))  # no article, no part


def test_a_bound_asked_alone_is_a_deadline_shape() -> None:
    q = "备案材料交上去，市里多快会审完？"
    assert [k for k, _ in rule_kinds.asked(q)] == ["deadline"]
    review = _cand(
        ARTICLE, "市发展改革委收到备案申请后，应当在五个工作日内完成形式审查。", "第三条"
    )
    assert type_held(q, review) == (1, True)
    assert rule_kinds.asked("备案材料交到哪个部门？") == ()
