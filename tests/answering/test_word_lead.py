"""The sentence carrying the kind asked with most of the question's words joins the quoted
answer when a rank prior put another above it."""

from __future__ import annotations

from knowledge.answering import word_lead
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import Chunk, ScoredChunk

MEETING = "同时，新建的人才公寓一期300套预计今年交付使用。"
REPORT = "技术人员可申请入住人才公寓，租金按同地段市场价的50%收取。"
OTHER = "人才公寓是磨憨最大的“家底”。"


def cand(doc: str, text: str, score: float, overlap: float) -> Candidate:
    h = ScoredChunk(Chunk(f"{doc}:0", doc, 0, 0, len(text), text, doc), 0.5)
    return Candidate(h, 0, (0, len(text)), text, score=score, overlap=overlap)


def test_the_words_choice_joins_in_place_of_the_weakest_runner_up() -> None:
    top = cand("meeting", MEETING, 0.88, 0.10)
    runner = cand("meeting2", OTHER, 0.70, 0.08)
    words = cand("report", REPORT, 0.65, 0.60)
    q = "人才公寓的租金按市场价的多少收取？"
    got = word_lead.joined(q, [top, runner, words], [top, runner], 2)
    assert [c.text for c in got] == [MEETING, REPORT]  # the best by score stays, first


def test_nothing_joins_without_a_kind_asked_or_a_clear_lead() -> None:
    top = cand("meeting", MEETING, 0.88, 0.10)
    words = cand("report", REPORT, 0.65, 0.60)
    assert word_lead.lead("人才公寓的租金怎么样？", [top, words], [top]) is None  # no kind asked
    close = cand("report", REPORT, 0.65, 0.102)  # not LEAD times the best's words
    assert word_lead.lead("人才公寓的租金按市场价的多少收取？", [top, close], [top]) is None
    low = cand("report", REPORT, 0.40, 0.60)  # far behind on score
    assert word_lead.lead("人才公寓的租金按市场价的多少收取？", [top, low], [top]) is None


def test_a_sentence_lacking_the_kind_asked_does_not_lead() -> None:
    top = cand("meeting", MEETING, 0.88, 0.10)
    words = cand("report", "人才公寓的租金按同地段市场价收取。", 0.65, 0.60)  # no figure
    assert word_lead.lead("人才公寓的租金按市场价的多少收取？", [top, words], [top]) is None


def test_a_list_or_a_reason_asked_does_not_lead() -> None:
    top = cand("meeting", MEETING, 0.88, 0.10)
    words = cand("report", REPORT, 0.65, 0.60)
    assert word_lead.lead("人才公寓的租金为什么按市场价收取？", [top, words], [top]) is None
    assert word_lead.lead("人才公寓有哪些优惠？", [top, words], [top]) is None
