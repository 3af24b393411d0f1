"""An English question naming what only one source tells reads that source's sentence, though
another document's sentence holds more of the question's other words."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from knowledge.answering.sentences import named_source
from knowledge.answering.sentences.extractive import candidates, score_dense
from knowledge.schema import Chunk, ScoredChunk


def hit(doc: str, text: str) -> ScoredChunk:
    return ScoredChunk(Chunk(f"{doc}:0", doc, 0, 0, len(text), text, "简报"), 0.5)


class _Index:
    def idf(self, token: str) -> float:
        return 1.0


GROUPS = {"island": ["海岛"], "firm": ["公司"], "ferry": ["渡轮"], "start": ["开工", "动工"]}
QUESTION = "When is the island firm's ferry terminal scheduled to start construction?"


def test_the_source_naming_what_the_question_names_tells_its_date() -> None:
    """Two documents tell a start of works; only one names the island firm, in the sentence
    before its date: that date outranks the other document's."""
    other = hit("a", "其中，渡轮码头计划今年四季度开工。")
    named = hit("b", "海岛航运公司将投资建设渡轮码头。项目计划今年5月动工。")
    cands = [c for c in candidates([other, named]) if "计划" in c.text]
    result = SimpleNamespace(expansion=GROUPS, index=_Index())
    score_dense(np.array([0.86, 0.855]), QUESTION, cands, result)
    best = max(cands, key=lambda c: c.score)
    assert best.hit.chunk.doc_id == "b"


def test_words_both_sources_hold_and_passages_in_the_questions_language_add_nothing() -> None:
    a = hit("a", "海岛公司的渡轮码头计划今年四季度开工。")
    b = hit("b", "海岛航运公司将投资建设渡轮码头。项目计划今年5月动工。")
    en = hit("c", "The island firm will build a ferry terminal. Works start soon.")
    cands = candidates([a, b, en])
    named_source.lift(QUESTION, cands, GROUPS, _Index())
    assert all(c.score == 0 for c in cands)
