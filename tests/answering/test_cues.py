"""cues.py: the kinds of answer a question asks for and how well a sentence's shape fits them."""

from __future__ import annotations

from knowledge.answering.cues import _fit, question_cues


def test_a_purpose_or_what_a_fact_brought_about_fits_a_why_question() -> None:
    cues = question_cues("县区为什么主动上门对接？")
    fact = "办法施行后，不少县区主动上门对接。"
    for reason in (
        "项目投产后能分到六成税收，这让县区看到了实实在在的好处。",
        "合作区启动标准厂房建设，以便项目尽快入驻。",
        "为让项目拎包入驻，合作区建设了标准厂房。",
    ):
        assert _fit(reason, cues)[0] > _fit(fact, cues)[0], reason


def test_two_items_closed_by_deng_are_a_list() -> None:
    cues = question_cues("订单班培养哪些专业的人才？")
    assert _fit("今年计划培养跨境物流、机电维修等专业技能人才800人。", cues)[0] > 0
    assert _fit("今年计划培养技能人才800人。", cues)[0] <= 0
    assert _fit("二、评分等次：九十分以上为优秀。", cues)[0] <= 0  # a heading, 等次
