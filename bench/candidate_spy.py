"""The candidate sentences the extractive step weighs for one question, caught as it runs.

The fitting scripts (`sentence_fit.py`, `quote_fit.py`) learn from exactly what the answer step
saw: this wraps `extractive.select` and `extractive.score_lexical` for one `QAService.evidence`
call and hands back the evidence, the candidates and the lexical scoring result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from knowledge.answering.sentences import extractive


@dataclass
class Caught:
    evidence: Any  # what QAService.evidence returned
    cands: list  # the candidates extractive.select was given (first or last call)
    result: Any  # the lexical scoring result (carries the question's vector), or None


def catch(svc, question: str, first: bool = False) -> Caught:
    """Ask `svc` for the evidence of `question`, keeping the candidates of the first (or last)
    `select` call and the last `score_lexical` result."""
    got: dict = {}
    real_select, real_lex = extractive.select, extractive.score_lexical

    def spy_lex(q, result, cands):
        got["result"] = result
        return real_lex(q, result, cands)

    def spy_select(cands, *a, **k):
        if not (first and "cands" in got):
            got["cands"] = list(cands)
        return real_select(cands, *a, **k)

    extractive.select, extractive.score_lexical = spy_select, spy_lex
    try:
        ev = svc.evidence(question)
    finally:
        extractive.select, extractive.score_lexical = real_select, real_lex
    return Caught(ev, got.get("cands", []), got.get("result"))
