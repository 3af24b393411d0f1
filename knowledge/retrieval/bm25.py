"""The BM25 index (bm25s) over chunk tokens, with document frequencies for term weighting."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from knowledge.text.tokens import tokenize


WITHIN_MIN = 4  # a document of fewer chunks keeps its words' weights in `search_within`


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
        ids, scores = self.bm25.retrieve(
            [known], k=k, show_progress=False, n_threads=0, weight_mask=rows
        )
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if s > 0]

    def search_within(
        self, tokens: Sequence[str], k: int, groups: np.ndarray, rows: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """As `search`, with a token's score in a row weighed down by the share of its group's
        rows (its document's chunks) that hold it: a word every chunk of a document shares (its
        title's) tells none of them apart, and a row that holds only such words is no hit.
        Groups of fewer than WITHIN_MIN rows keep their scores (`groups`: row -> group)."""
        if self.bm25 is None:
            return []
        sizes = np.bincount(groups)
        total = np.zeros(self.size)
        data, indices, indptr = (self.bm25.scores[k_] for k_ in ("data", "indices", "indptr"))
        for t in dict.fromkeys(tokens):
            i = self.vocab.get(t)
            if i is None:
                continue
            at = np.asarray(indices[indptr[i] : indptr[i + 1]])
            held = groups[at]
            share = np.bincount(held, minlength=len(sizes))[held] / sizes[held]
            weight = np.where(sizes[held] >= WITHIN_MIN, 1.0 - share, 1.0)
            np.add.at(total, at, data[indptr[i] : indptr[i + 1]] * weight)
        if rows is not None:
            total *= rows
        best = np.argsort(-total, kind="stable")[: min(k, self.size)]
        return [(int(i), float(total[i])) for i in best if total[i] > 0]


def term_weights(tokens: Sequence[str], index: LexicalIndex) -> dict[str, float]:
    """IDF weight of each distinct content token of a question."""
    return {t: index.idf(t) for t in dict.fromkeys(tokens)}


def coverage(weights: dict[str, float], text_tokens: set[str], text: str) -> float:
    """Share of the question's term weight that `text` contains (as token or substring)."""
    total = sum(weights.values())
    if not total:
        return 0.0
    hit = sum(w for t, w in weights.items() if t in text_tokens or t in text)
    return hit / total
