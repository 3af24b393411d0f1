"""The BM25 index (bm25s) over chunk tokens, with document frequencies for term weighting."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from knowledge.text.tokens import tokenize


class LexicalIndex:
    """BM25 over chunk tokens plus document frequencies for term weighting."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._build([tokenize(t) for t in texts])

    @classmethod
    def from_tokens(cls, corpus: Sequence[Sequence[str]]) -> LexicalIndex:
        """An index over texts already tokenised with `tokenize`."""
        index = cls.__new__(cls)
        index._build(corpus)
        return index

    def _build(self, corpus: Sequence[Sequence[str]]) -> None:
        self.size = len(corpus)
        self.df: Counter[str] = Counter()
        for toks in corpus:
            self.df.update(set(toks))
        self.bm25 = None
        if self.size:  # bm25s brings scipy (~0.4 s to import): not for an empty index
            import bm25s

            self.bm25 = bm25s.BM25()
            self.bm25.index([t or [" "] for t in corpus], show_progress=False)
            self.vocab = self.bm25.vocab_dict

    def idf(self, token: str) -> float:
        """Rarer is heavier; a term the corpus never uses weighs most; none weighs zero."""
        return math.log(1 + (self.size + 1) / (self.df.get(token, 0) + 0.5))

    def rows(self, token: str) -> np.ndarray:
        """The rows (chunks) whose tokens include `token`; empty when none do."""
        if self.bm25 is None or token not in self.vocab:
            return np.zeros(0, dtype=np.int64)
        scores, i = self.bm25.scores, self.vocab[token]
        return np.asarray(scores["indices"][scores["indptr"][i] : scores["indptr"][i + 1]])

    def search(
        self, tokens: Sequence[str], k: int, rows: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """The k best rows (and their scores) for `tokens`; among `rows` (a 0/1 mask) if given."""
        if self.bm25 is None:
            return []
        known = [t for t in dict.fromkeys(tokens) if t in self.vocab]
        if not known:
            return []
        k = min(k, self.size)
        if self.bm25.backend == "numba":  # not installed here: bm25s's own way
            ids, scores = self.bm25.retrieve(
                [known], k=k, show_progress=False, n_threads=0, weight_mask=rows
            )
            return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if s > 0]
        # what `retrieve` runs for one query, without its progress bar, checks and batching
        # (≈0.1 ms of a warm ask): the same scores and the same top k
        scores = self.bm25.get_scores(known, weight_mask=rows)
        if (found := _distinct_top(scores, k)) is not None:
            return found
        from bm25s import selection  # on a tie: its `_get_top_k_results`' selection, as it calls it

        top, ids = selection.topk(scores, k=k, sorted=True, backend="auto")
        return [(int(i), float(s)) for i, s in zip(ids, top) if s > 0]


def _distinct_top(scores: np.ndarray, k: int) -> list[tuple[int, float]] | None:
    """The rows of the k best positive scores, best first, when no two of them (nor the k-th
    and the next) are equal: then that list is the only one there is, and it is bm25s's. Read
    from the positive scores alone: bm25s's argpartition over every row takes ≈0.4 ms when most
    rows score 0 (its selection slows on many equal values), this ≈0.04. None on a tie, where
    the order is bm25s's choice."""
    rows = np.flatnonzero(scores > 0)
    values = scores[rows]
    order = np.argsort(-values, kind="stable")[: k + 1]
    best = values[order]
    if np.any(best[1:] == best[:-1]):
        return None
    return [(int(rows[i]), float(values[i])) for i in order[:k]]


def term_weights(tokens: Sequence[str], index: LexicalIndex) -> dict[str, float]:
    """IDF weight of each distinct content token of a question."""
    return {t: index.idf(t) for t in dict.fromkeys(tokens)}


def coverage(weights: dict[str, float], text_tokens: set[str], text: str) -> float:
    """Share of the question's term weight that `text` contains (as token or substring)."""
    total = math.fsum(weights.values())
    if not total:
        return 0.0
    hit = math.fsum(w for t, w in weights.items() if t in text_tokens or t in text)
    return hit / total
