"""An English why-question answered by the fact restated, with no reason (reasons_en.py)."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering.checking.reasons_en import missing
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import Chunk, ScoredChunk

# Fictional: a county's second batch of projects, and a Q&A page on its rules
MORE = "第二批项目中，食品加工项目明显增多，共有5个。"
CAUSE = "由于冷链设施建成，第二批项目中食品加工项目明显增多。"
QA = "问：为什么前三年免收租金？\n答：项目投产初期负担重，前三年免收租金。"


def _ev(text: str, path: str = "") -> SimpleNamespace:
    chunk = Chunk("a", "d", 0, 0, len(text), text, "县园区动态", "x.txt", path)
    line = text.splitlines()[-1]
    s = text.index(line)
    cand = Candidate(ScoredChunk(chunk, 0.03), 0, (s, s + len(line)), line)
    return SimpleNamespace(chosen=[cand], docs={})


def test_a_change_restated_gives_no_reason() -> None:
    q = "Why did the second batch include more food-processing projects?"
    assert missing(q, _ev(MORE)) == "reason"
    assert missing(q, _ev(CAUSE)) is None


def test_an_answer_to_a_why_asked_in_the_documents_gives_the_reason() -> None:
    assert missing("Why is the rent waived for three years?", _ev(QA)) is None


def test_only_a_why_question_is_read() -> None:
    assert missing("How many food-processing projects were in the second batch?", _ev(MORE)) is None
    assert missing("Which official explained why the rent is waived?", _ev(MORE)) is None
