"""A why the refusal model turns away, answered by a quoted sentence telling the reason of the
claim it restates (reason_told.py)."""

from __future__ import annotations

from knowledge.answering.checking import reason_told
from tests.answering.checking.fake_evidence import evidence

# Fictional: a county's interpretation of how its riverside park shares tax revenue
CHUNK = (
    "前3年地方留成税收县里分七成，高于园区的三成。"
    "之所以这样安排，是因为招商初期主要靠县里跑前跑后，多分一些才能调动县里的积极性。"
    "第4年起改为各分一半。"
)
REASON = "之所以这样安排，是因为招商初期主要靠县里跑前跑后，多分一些才能调动县里的积极性。"
CLAIM = "前3年地方留成税收县里分七成，高于园区的三成。"
DF = {"税收": 5, "县里": 4, "留成": 3, "园区": 6, "招商": 3}


def _ev(*texts: str):
    ev = evidence(*texts, df=DF, chunk=CHUNK, lang="zh")
    ev.quote, ev.confidence = [], 0.2
    return ev


def test_a_reason_told_of_the_claim_in_everyday_words_is_quoted() -> None:
    ev = _ev(CLAIM, REASON)
    assert reason_told.sentences("为什么前3年的留成税收要让县里多拿一点？", ev) == ev.chosen
    assert reason_told.sentences("前3年的留成税收凭什么让县里多拿？", ev) == ev.chosen


def test_the_reason_first_choice_is_read_before_the_chosen() -> None:
    ev = _ev(CLAIM)
    assert reason_told.sentences("为什么前3年的留成税收要让县里多拿一点？", ev) == []
    ev.quote = _ev(REASON).chosen
    assert reason_told.sentences("为什么前3年的留成税收要让县里多拿一点？", ev) == ev.quote


def test_no_reason_told_no_why_asked_or_another_language() -> None:
    assert reason_told.sentences("为什么前3年的留成税收要让县里多拿一点？", _ev(CLAIM)) == []
    assert reason_told.sentences("前3年的留成税收县里分几成？", _ev(REASON)) == []
    english = _ev(REASON)
    english.lang = "en"
    assert reason_told.sentences("Why does the county get more of the tax?", english) == []


def test_below_the_local_decisions_floor_nothing_is_answered() -> None:
    ev = _ev(CLAIM, REASON)
    ev.confidence = 0.01  # closeness.LOW is 0.02, the floor of every local route
    assert reason_told.sentences("为什么前3年的留成税收要让县里多拿一点？", ev) == []


def test_a_subject_the_documents_never_mention_is_no_claim_restated() -> None:
    # a noun or name no document uses (电费, 李白) is what is asked about, not everyday wording
    assert reason_told.sentences("为什么园区的电费比县城高？", _ev(REASON)) == []
    assert reason_told.sentences("李白为什么被称为诗仙？", _ev(REASON)) == []


def test_a_word_the_documents_use_must_be_held_near_the_reason() -> None:
    # 招商 stands in the reason; 标准厂房 (used elsewhere) stands nowhere near it
    ev = evidence(REASON, df=DF | {"标准厂房": 3}, chunk=CHUNK, lang="zh")
    ev.quote, ev.confidence = [], 0.2
    assert reason_told.sentences("为什么县里招商时要租标准厂房？", ev) == []
