"""cues.py: the kinds of answer a question asks for and how well a sentence's shape fits them."""

from __future__ import annotations

from knowledge.answering.cues import _fit, question_cues


def _names(question: str) -> list[str]:
    return [c.name for c in question_cues(question)]


def test_a_definition_is_asked_and_the_defining_sentence_fits_it() -> None:
    for q in (
        "什么是青河飞地？",
        "青河飞地指的是什么？",
        "飞入区是什么意思？",
        "园区托管到底是怎么回事？",
    ):
        assert "definition" in _names(q), q
    assert "definition" not in _names("青河飞地有哪些项目？")
    cues = question_cues("什么是青河飞地？")
    using = "青河飞地今年新签约项目5个。"
    for defining in (
        "本办法所称青河飞地，是指由各区在青河园区内建设的产业园区。",
        "飞入区：指青河经济合作区。",
        "所謂「青河飛地」，是各區在青河劃地建設的園區。",
        "简单地说，就是各区到青河借地建园。",
    ):
        assert _fit(defining, cues)[0] > _fit(using, cues)[0], defining


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
