"""A Chinese why-question's quoted sentences chosen reason first, for the quoting only.

The claim a why restates (「前5年…飞出地分60%」, the agreement 官渡区 signed) shares more of the
question's words than the sentence giving its reason, which often tells it by a purpose, a lack
or a story's cause rather than a connective (「…防止只签约不落地」, 「缺少面向南亚东南亚的出口前沿」,
「之所以这样设计，是因为…」), so the claim was quoted and the reason left out. Here the sentences
are chosen again with the wide why cue (`cues.WIDE_WHY`: such a sentence gains, one telling no
reason loses) and an explanation scored on the claim before it (`neighbours.lend_claims`).

Only the quoting reads that choice: the refusal model, the local decision (`closeness.type_held`)
and every gate read the sentences chosen as before (`Evidence.chosen`), so no question is
answered or refused otherwise; when the answer is given, it quotes these (pipeline._extractive).
"""

from __future__ import annotations

from collections.abc import Callable

from knowledge.answering.core.cues import CUES, WIDE_WHY
from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.neighbours import lend_claims

_NARROW = next(c for c in CUES if c.name == "why")


def asked(question: str) -> bool:
    return bool(WIDE_WHY.asks.search(question))


def _shift(question: str, text: str) -> float:
    """The wide cue's fit minus the narrow cue's, which the sentence's score already holds; its
    penalty read as the bonus's complement (a sentence telling a reason gains bonus + penalty,
    one telling none keeps its score), the same order without lowering every score alike, which
    would drop a runner-up telling none below `select`'s share of the best."""
    told = WIDE_WHY.has.search(text)
    wide = WIDE_WHY.bonus + WIDE_WHY.penalty if told else 0.0
    narrow = _NARROW.bonus if _NARROW.asks.search(question) and _NARROW.has.search(text) else 0.0
    return wide - narrow


def choose(
    question: str,
    cands: list[Candidate],
    select: Callable[[list[Candidate]], list[Candidate]],
) -> list[Candidate]:
    """The sentences `select` quotes with the wide why's scores, or [] when no why is asked;
    every candidate's score is as before afterwards."""
    if not asked(question) or not cands:
        return []
    saved = [c.score for c in cands]
    try:
        for c in cands:
            c.score += _shift(question, c.text)
        lend_claims(cands)
        return select(cands)
    finally:
        for c, s in zip(cands, saved):
            c.score = s
