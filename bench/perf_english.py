"""English asks for perf.py: a fixed set of English questions about the bundled article.

The perf store holds the 1,104 CMRC paragraphs, which have no English questions; a question in
English about a Chinese paragraph would time the same code as any other (dense sentence scores
from stored vectors), so the fixed set asks about the bundled article (corpus/), added to the
store. The questions are this project's own, none from eval/ (held-out questions stay unread).
Before timing, each is asked once untimed and the sentence-vector pass it may queue (CMRC
chunks among its candidates, on a store made before sentence vectors) is waited for: the
timings are the steady state, where no passage is embedded at question time.
"""

from __future__ import annotations

import time

from knowledge.service import QAService
from knowledge.settings import BUNDLED_CORPUS

EN_QUESTIONS = [
    "Where was the Kunming high-quality development meeting held on 10 May?",
    "Why did Kunming move its city-wide meeting to Mohan?",
    "How many projects did the Mohan border industrial park sign?",
    "How much investment did the signed projects of the border industrial park bring?",
    "What did the provincial meeting ask provincial departments to do about policies?",
    "How many people live in Mohan now compared with before the trusteeship?",
    "When did the province decide that Kunming would administer Mohan township?",
    "How many livelihood projects were carried out in the two years?",
    "In what form was the on-site meeting organised?",
    "What did participants visit during the morning of the meeting?",
    "Which city is the only provincial capital with a border line and a border port?",
    "What is the goal for building Mohan as an international port city?",
]


class Cycle:
    """The English question of the current step: `advance` moves on, `current` repeats it."""

    def __init__(self, questions: list[str]) -> None:
        self.questions = questions
        self.i = -1

    def advance(self) -> str:
        self.i += 1
        return self.current

    @property
    def current(self) -> str:
        return self.questions[self.i % len(self.questions)]


def prepare(service: QAService, log) -> list[str]:
    """Add the bundled article, ask each question once, let the queued pass finish."""
    t0 = time.perf_counter()
    results = service.ingest_paths([BUNDLED_CORPUS])
    for q in EN_QUESTIONS:
        service.ask(q)
    service.sentence_pass.wait()
    statuses = [r.status for r in results]
    log(f"english: bundled corpus {statuses}, warm round {time.perf_counter() - t0:.1f}s")
    return EN_QUESTIONS
