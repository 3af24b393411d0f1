"""Hybrid retrieval: dense (Chroma) + BM25 (jieba), fused by reciprocal rank, as a LangChain retriever."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from knowledge.protocols import ChunkSource, Embedder
from knowledge.retrieval.bm25 import LexicalIndex
from knowledge.retrieval.expansion import expand
from knowledge.retrieval.keyword_index import KeywordIndex, Snapshot
from knowledge.retrieval.query_terms import as_indexed
from knowledge.retrieval.token_cache import TokenCache
from knowledge.schema import Chunk, ScoredChunk
from knowledge.text.normalise import is_chinese, language, normalise
from knowledge.text.tokens import jieba_module, question_tokens

# An English question's keywords rank a document in English on their own list, where its few
# passages take every place, so its passages beyond the first SPREAD fall DECAY a place each
# in the fused order: the Chinese passage holding the answer is not pushed out of the first 5
SPREAD = 2
DECAY = 0.93


@dataclass
class SearchResult:
    query: str
    tokens: list[str]
    hits: list[ScoredChunk]
    index: LexicalIndex
    vector: np.ndarray  # the query's embedding (answering reuses it)
    timings_ms: dict[str, float] = field(default_factory=dict)
    scanned: set[str] = field(default_factory=set)  # tokens found in not-yet-indexed documents
    expansion: dict[str, list[str]] = field(default_factory=dict)  # English word -> Chinese terms


class HybridSearcher:
    """Runs both searches and fuses them; keeps the per-channel scores for answer selection."""

    def __init__(
        self,
        store: ChunkSource,
        embeddings: Embedder,
        candidates: int = 30,
        rrf_k: int = 60,
        token_cache: Path | None = None,
    ) -> None:
        self.store = store
        self.embeddings = embeddings
        self.keywords = KeywordIndex(store, TokenCache(token_cache))
        self.candidates = candidates
        self.rrf_k = rrf_k
        self._mask: tuple[list[Chunk], tuple, np.ndarray] | None = None
        self._lang: dict[str, str] = {}  # doc id -> the language of its text (first chunk seen)

    def snapshot(self) -> Snapshot:
        return self.keywords.snapshot()

    def warm_up(self) -> None:
        """Load the tokenizer and build the keyword index now rather than in the first search."""
        jieba_module()
        self.keywords.snapshot()

    def search(
        self, question: str, k: int | None = None, snapshot: Snapshot | None = None
    ) -> SearchResult:
        """The k best chunks for `question` (on `snapshot`, else the index brought up to date)."""
        k = k or self.candidates
        t0 = time.perf_counter()
        snap = snapshot or self.keywords.snapshot()
        t1 = time.perf_counter()
        query = normalise(question)
        vector = self.embeddings.embed_query_vector(query)
        t2 = time.perf_counter()
        known = snap.by_id
        dense = [(known[i], s) for i, s in self.store.nearest(vector, k, snap.live, known)]
        if snap.excluded:  # the passages of a row that does not answer (a repealed 细则)
            dense = [h for h in dense if snap.admits(h[0])]
        t3 = time.perf_counter()
        tokens = as_indexed(question_tokens(query), query, snap.index)
        # as asked: its capitals say where a pinyin name is (Zhang Li)
        groups = {} if is_chinese(query) else expand(question, snap.index, lambda: _texts(snap))
        extra = list(dict.fromkeys(t for terms in groups.values() for t in terms))
        rows = self._rows(snap)
        lexical = [(snap.chunks[i], s) for i, s in snap.index.search(tokens, k, rows)]
        scanned, found = self.keywords.scan(tokens, k)
        if snap.allowed is not None:
            scanned = [h for h in scanned if snap.admits(h[0])]
        if scanned:  # documents still being tokenised: their hits join the keyword channel
            lexical = sorted(lexical + scanned, key=lambda h: -h[1])[:k]
        # an English question's Chinese terms rank on their own: in one list with its English
        # words, a document in English would take every place
        crossed = (
            [(snap.chunks[i], s) for i, s in snap.index.search(extra, k, rows)] if extra else []
        )
        t4 = time.perf_counter()
        if crossed:
            # dense similarity favours passages in the question's own language: the two
            # languages take turns in the dense ranking, so Chinese passages are not all behind
            own = [h for h in dense if self._language(h[0]) != "zh"]
            dense = _alternate(own, [h for h in dense if self._language(h[0]) == "zh"])
        hits = self._fuse(dense, lexical, crossed)
        if crossed:
            hits = _spread(hits, self._language)
        timings = {
            "index_ms": (t1 - t0) * 1000,
            "embed_ms": (t2 - t1) * 1000,
            "dense_ms": (t3 - t2) * 1000,
            "lexical_ms": (t4 - t3) * 1000,
        }
        found = found if scanned else set()
        return SearchResult(query, tokens, hits[:k], snap.index, vector, timings, found, groups)

    def _rows(self, snap: Snapshot) -> np.ndarray | None:
        """The keyword index rows a scoped snapshot may return (None: all); the last mask is
        kept, as every question of a store with superseded documents asks the same one."""
        if snap.allowed is None and not snap.excluded:
            return None
        cached, key = self._mask, (snap.allowed, snap.excluded)
        if cached is None or cached[0] is not snap.chunks or cached[1] != key:
            rows = (snap.admits(c) for c in snap.chunks)
            cached = self._mask = (snap.chunks, key, np.fromiter(rows, float))
        return cached[2]

    def _fuse(
        self,
        dense: list[tuple[Chunk, float]],
        lexical: list[tuple[Chunk, float]],
        crossed: list[tuple[Chunk, float]] = (),
    ) -> list[ScoredChunk]:
        fused: dict[str, dict] = {}
        for channel, ranked in (("dense", dense), ("lexical", lexical), ("lexical", crossed)):
            for rank, (chunk, score) in enumerate(ranked):
                entry = fused.setdefault(chunk.chunk_id, {"chunk": chunk, "score": 0.0})
                entry["score"] += 1.0 / (self.rrf_k + rank + 1)
                entry[channel] = max(score, entry.get(channel) or 0.0)
        ordered = sorted(fused.values(), key=lambda e: -e["score"])
        return [
            ScoredChunk(e["chunk"], e["score"], e.get("dense"), e.get("lexical")) for e in ordered
        ]

    def _language(self, chunk: Chunk) -> str:
        lang = self._lang.get(chunk.doc_id)
        if lang is None:
            lang = self._lang[chunk.doc_id] = language(chunk.text)
        return lang


def _spread(hits: list[ScoredChunk], language: Callable[[Chunk], str]) -> list[ScoredChunk]:
    """The fused order with each passage of a document not in Chinese after its document's
    first SPREAD ranked by its score times DECAY per passage beyond them."""
    seen: dict[str, int] = {}
    keyed = []
    for i, hit in enumerate(hits):
        score = hit.score
        if language(hit.chunk) != "zh":
            n = seen[hit.chunk.doc_id] = seen.get(hit.chunk.doc_id, 0) + 1
            score *= DECAY ** max(0, n - SPREAD)
        keyed.append((-score, i))
    return [hits[i] for _, i in sorted(keyed)]


def _alternate(a: list, b: list) -> list:
    """a[0], b[0], a[1], b[1], … then the rest of the longer list; a chunk in both keeps its
    first place."""
    n = min(len(a), len(b))
    out = [x for pair in zip(a, b) for x in pair] + a[n:] + b[n:]
    seen: set[str] = set()
    return [h for h in out if not (h[0].chunk_id in seen or seen.add(h[0].chunk_id))]


def _texts(snap: Snapshot) -> list[str]:
    """The normalised texts of the indexed chunks (for names spelled in pinyin)."""
    return [normalise(f"{c.title}\n{c.text}") for c in snap.chunks]
