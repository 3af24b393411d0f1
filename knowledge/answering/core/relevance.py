"""How relevant each source of an answer is, in words a reader understands: 高/中/低 and the
question terms the passage contains, judged from the answer's own evidence.

The fused retrieval score is a reciprocal rank (≈ 0.03) and means nothing to a reader. Here a
source is rated against the best source of the same answer on two signals it carries:

* keyword coverage: the share of the question's content terms (jieba) found in the passage;
* meaning: the passage's cosine similarity to the question (`Citation.dense`; e5 cosines of
  related and unrelated passages differ by only a few hundredths, hence the small gaps below).

高: about as good as the best source on both; 低: clearly behind on both (or on the one that
is known); 中: in between. When the bot abstained no source answers the question, so none is
rated 高. The same rating is shown by the app, the CLI and the API.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from knowledge.schema import Answer, Citation
from knowledge.text.normalise import normalise
from knowledge.text.tokens import question_tokens

HIGH, MEDIUM, LOW = "高", "中", "低"
NEAR_KEYWORDS = 0.75  # coverage at least this share of the best source's: as good on keywords
FAR_KEYWORDS = 0.4  # below this share: clearly behind
NEAR_DENSE = 0.02  # cosine within this of the best source's: as close in meaning
FAR_DENSE = 0.04  # further behind than this: clearly less close


@dataclass(frozen=True)
class Relevance:
    marker: int
    level: str  # 高 | 中 | 低
    matched: tuple[str, ...]  # question terms found in the passage, in the question's order
    coverage: float  # share of the question's terms found in the passage, 0–1
    dense: float | None  # cosine similarity to the question, when known


def question_terms(question: str) -> list[str]:
    """The question's content terms, without repeats."""
    return list(dict.fromkeys(question_tokens(question)))


def matched_terms(terms: list[str], passage: str) -> tuple[tuple[str, ...], float]:
    """The terms found in the passage and their share of all terms. For showing, neighbouring
    single characters found together are joined (jieba splits a name it does not know, 磨憨,
    into 磨 and 憨), a term inside a longer found one is not repeated, and other single
    characters (年, 月, the s of Mohan's) are left out."""
    text = normalise(passage)
    found = [t for t in terms if t in text]
    singles = {t for t in found if len(t) == 1 and not t.isascii()}
    joined: list[str] = []
    for t in found:
        prev = joined[-1] if joined else ""
        if t in singles and prev and set(prev) <= singles and prev + t in text:
            joined[-1] = prev + t
            continue
        joined.append(t)
    shown = [t for t in joined if len(t) > 1]
    shown = [t for t in shown if not any(t != o and t in o for o in shown)]
    return tuple(dict.fromkeys(shown)), (len(found) / len(terms) if terms else 0.0)


def rate(answer: Answer) -> list[Relevance]:
    """One rating per citation of the answer, in the citations' order."""
    terms = question_terms(answer.retrieval_query or answer.question)
    seen = [(c, *matched_terms(terms, c.text)) for c in answer.citations]
    best_cov = max((cov for _, _, cov in seen), default=0.0)
    denses = [c.dense for c in answer.citations if c.dense is not None]
    best_dense = max(denses, default=None)
    out = []
    for c, matched, cov in seen:
        level = _level(c, cov, best_cov, best_dense)
        if answer.abstained and level == HIGH:
            level = MEDIUM
        out.append(Relevance(c.marker, level, matched, round(cov, 3), c.dense))
    return out


def _level(c: Citation, cov: float, best_cov: float, best_dense: float | None) -> str:
    votes = []  # per signal: 1 near the best, 0 in between, -1 far behind
    if best_cov > 0:
        share = cov / best_cov
        votes.append(1 if share >= NEAR_KEYWORDS else -1 if share < FAR_KEYWORDS else 0)
    if best_dense is not None:
        gap = best_dense - c.dense if c.dense is not None else FAR_DENSE * 2
        votes.append(1 if gap <= NEAR_DENSE else -1 if gap > FAR_DENSE else 0)
    if not votes:
        return MEDIUM
    if all(v == 1 for v in votes):
        return HIGH
    if all(v == -1 for v in votes) or sum(votes) < 0:
        return LOW
    return MEDIUM


def rated(answer: Answer) -> Answer:
    """The answer with each citation's `relevance` and `matched` filled in."""
    ratings = rate(answer)
    cites = [
        replace(c, relevance=r.level, matched=r.matched) for c, r in zip(answer.citations, ratings)
    ]
    return replace(answer, citations=cites)
