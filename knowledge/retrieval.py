"""Hybrid retrieval: dense (Chroma) + BM25 (jieba), fused by reciprocal rank, as a LangChain retriever."""

from __future__ import annotations

import bisect
import itertools
import threading
import time
from dataclasses import dataclass, field

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from knowledge.chroma_io import chunk_meta
from knowledge.embeddings import E5Embeddings
from knowledge.lexical import LexicalIndex, normalise, question_tokens, tokenize
from knowledge.schema import Chunk, DocumentInfo, ScoredChunk
from knowledge.store import ChromaStore


@dataclass
class SearchResult:
    query: str
    tokens: list[str]
    hits: list[ScoredChunk]
    index: LexicalIndex
    timings_ms: dict[str, float] = field(default_factory=dict)
    scanned: set[str] = field(default_factory=set)  # tokens found in not-yet-indexed documents


class KeywordIndex:
    """The BM25 index over the searchable chunks: those of published documents and of documents
    still being embedded (staged). Derived data, updated whenever the store changes; chunks and
    their tokens are kept per document, so a change fetches and tokenises only new documents."""

    def __init__(self, store: ChromaStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._generation: tuple[int, int, int] | None = None
        self._held: dict[str, tuple[int, list[Chunk], list[list[str]]]] = {}
        self._words: dict[str, str] = {}  # one string object per distinct token
        # documents this process is adding, searchable before the store has their texts
        self._pending: dict[str, tuple[DocumentInfo, tuple[int, list[Chunk], list[list[str]]]]] = {}
        self._scans: dict[str, tuple[DocumentInfo, list[Chunk], PendingScan]] = {}  # not yet
        self.chunks: list[Chunk] = []
        self.by_id: dict[str, Chunk] = {}
        self.live: set[str] = set()
        self.docs: dict[str, DocumentInfo] = {}
        self.index = LexicalIndex([])

    def current(self) -> tuple[LexicalIndex, list[Chunk], set[str]]:
        gen = self.store.generation()
        with self._lock:
            if gen != self._generation:
                self._rebuild(gen)
            return self.index, self.chunks, self.live

    def add_pending(self, info: DocumentInfo, chunks: list[Chunk]) -> None:
        """Make a document this process is about to stage searchable at once: by substring scan
        right away, then (tokenised here, not read back from the store) in the BM25 index. It
        stays until `drop_pending`."""
        with self._lock:
            self._scans[info.doc_id] = (info, chunks, PendingScan(chunks))
            self._publish_meta()
        entry = (len(chunks), chunks, [self._tokens(f"{c.title}\n{c.text}") for c in chunks])
        with self._lock:
            if self._scans.pop(info.doc_id, None) is None:
                return  # dropped meanwhile
            self._pending[info.doc_id] = (info, entry)
            self._reindex(dict(self._held), dict(self.docs), self._generation)

    def scan(self, tokens: list[str], k: int) -> tuple[list[tuple[Chunk, float]], set[str]]:
        """Chunks of documents not tokenised yet that contain question tokens (BM25-like
        scores with the index's idf), and the tokens found there."""
        scans = [s for _, _, s in list(self._scans.values())]
        if not scans:
            return [], set()
        scored: list[tuple[Chunk, float]] = []
        found: set[str] = set()
        for pending in scans:
            hits, seen = pending.search(tokens, self.index.idf)
            scored.extend(hits)
            found |= seen
        return sorted(scored, key=lambda h: -h[1])[:k], found

    def _publish_meta(self) -> None:
        """by_id, live and docs with the scanned documents added (the BM25 side unchanged)."""
        by_id, live, docs = dict(self.by_id), set(self.live), dict(self.docs)
        for doc_id, (info, chunks, _) in self._scans.items():
            by_id.update((c.chunk_id, c) for c in chunks)
            live.add(doc_id)
            docs[doc_id] = info
        self.by_id, self.live, self.docs = by_id, live, docs

    def pending_ids(self) -> set[str]:
        return set(self._pending)

    def drop_pending(self, doc_id: str) -> None:
        with self._lock:
            scanned = self._scans.pop(doc_id, None) is not None
            if self._pending.pop(doc_id, None) is not None or scanned:
                self._generation = None  # look at the store again on the next question

    def _rebuild(self, gen: tuple[int, int, int]) -> None:
        docs = {d.doc_id: d for d in self.store.list_documents()}
        staged = {d.doc_id: d for d in self.store.staged_documents() if d.doc_id not in docs}
        wanted = {**staged, **docs}
        held = {d: h for d, h in self._held.items() if d in wanted and h[0] == wanted[d].chunks}
        for doc_id, (_, entry) in self._pending.items():  # tokens already made
            if doc_id in wanted and doc_id not in held and entry[0] == wanted[doc_id].chunks:
                held[doc_id] = entry
        self._fetch(held, {d: i for d, i in docs.items() if d not in held}, self._published)
        self._fetch(held, {d: i for d, i in staged.items() if d not in held}, self._staged)
        self._reindex(held, wanted, gen)

    def _reindex(self, held: dict, wanted: dict[str, DocumentInfo], gen) -> None:
        for doc_id, (info, entry) in self._pending.items():
            if doc_id not in held:
                held[doc_id], wanted[doc_id] = entry, info
        order = sorted(held)
        self.chunks = [c for d in order for c in held[d][1]]
        self.index = LexicalIndex.from_tokens([t for d in order for t in held[d][2]])
        self.by_id = {c.chunk_id: c for c in self.chunks}
        self._held, self.live, self.docs, self._generation = held, set(held), wanted, gen
        if self._scans:
            self._publish_meta()

    def _fetch(self, held: dict, todo: dict[str, DocumentInfo], source) -> None:
        for doc_id, chunks in source(set(todo)).items():
            chunks.sort(key=lambda c: c.ordinal)
            if len(chunks) == todo[doc_id].chunks:  # else: changing right now, next time
                tokens = [self._tokens(f"{c.title}\n{c.text}") for c in chunks]
                held[doc_id] = (len(chunks), chunks, tokens)

    def _tokens(self, text: str) -> list[str]:
        words = self._words
        return [words.setdefault(t, t) for t in tokenize(text)]

    def _published(self, doc_ids: set[str]) -> dict[str, list[Chunk]]:
        return (
            _group(self.store.iter_chunks(), doc_ids)
            if len(doc_ids) > 20
            else {d: list(self.store.iter_chunks(d)) for d in doc_ids}
        )

    def _staged(self, doc_ids: set[str]) -> dict[str, list[Chunk]]:
        return {d: list(self.store.iter_staged(d)) for d in doc_ids}


class PendingScan:
    """A document's chunks as one normalised string, searched by `str.find` while its tokens
    are not indexed yet: a question finds it whatever its size (no tokenising needed)."""

    def __init__(self, chunks: list[Chunk]) -> None:
        texts = [normalise(f"{c.title}\n{c.text}") for c in chunks]
        self.chunks = chunks
        self.starts = list(itertools.accumulate([0] + [len(t) + 1 for t in texts[:-1]]))
        self.lengths = [len(t) for t in texts]
        self.text = "\x00".join(texts)

    def search(self, tokens: list[str], idf) -> tuple[list[tuple[Chunk, float]], set[str]]:
        counts: dict[int, dict[str, int]] = {}
        found: set[str] = set()
        for t in dict.fromkeys(tokens):
            pos = self.text.find(t)
            while pos != -1:
                i = bisect.bisect_right(self.starts, pos) - 1
                tf = counts.setdefault(i, {})
                tf[t] = tf.get(t, 0) + 1
                found.add(t)
                pos = self.text.find(t, pos + len(t))
        avg = sum(self.lengths) / max(len(self.lengths), 1)
        scored = []
        for i, tf in counts.items():
            norm = 1.2 * (0.25 + 0.75 * self.lengths[i] / avg)
            scored.append(
                (self.chunks[i], sum(idf(t) * n * 2.2 / (n + norm) for t, n in tf.items()))
            )
        return scored, found


def _group(chunks, doc_ids: set[str]) -> dict[str, list[Chunk]]:
    out: dict[str, list[Chunk]] = {d: [] for d in doc_ids}
    for c in chunks:
        if c.doc_id in out:
            out[c.doc_id].append(c)
    return out


class HybridSearcher:
    """Runs both searches and fuses them; keeps the per-channel scores for answer selection."""

    def __init__(
        self, store: ChromaStore, embeddings: E5Embeddings, candidates: int = 30, rrf_k: int = 60
    ) -> None:
        self.store = store
        self.embeddings = embeddings
        self.keywords = KeywordIndex(store)
        self.candidates = candidates
        self.rrf_k = rrf_k

    def search(self, question: str, k: int | None = None) -> SearchResult:
        k = k or self.candidates
        t0 = time.perf_counter()
        index, chunks, live = self.keywords.current()
        t1 = time.perf_counter()
        query = normalise(question)
        vector = self.embeddings.embed_query_vector(query)
        t2 = time.perf_counter()
        known = self.keywords.by_id
        dense = [(known[i], s) for i, s in self.store.nearest(vector, k, live, known)]
        t3 = time.perf_counter()
        tokens = question_tokens(query)
        lexical = [(chunks[i], s) for i, s in index.search(tokens, k)]
        scanned, found = self.keywords.scan(tokens, k)
        if scanned:  # documents still being tokenised: their hits join the keyword channel
            lexical = sorted(lexical + scanned, key=lambda h: -h[1])[:k]
        t4 = time.perf_counter()
        hits = self._fuse(dense, lexical)
        timings = {
            "index_ms": (t1 - t0) * 1000,
            "embed_ms": (t2 - t1) * 1000,
            "dense_ms": (t3 - t2) * 1000,
            "lexical_ms": (t4 - t3) * 1000,
        }
        return SearchResult(query, tokens, hits[:k], index, timings, found if scanned else set())

    def _fuse(
        self, dense: list[tuple[Chunk, float]], lexical: list[tuple[Chunk, float]]
    ) -> list[ScoredChunk]:
        fused: dict[str, dict] = {}
        for channel, ranked in (("dense", dense), ("lexical", lexical)):
            for rank, (chunk, score) in enumerate(ranked):
                entry = fused.setdefault(chunk.chunk_id, {"chunk": chunk, "score": 0.0})
                entry["score"] += 1.0 / (self.rrf_k + rank + 1)
                entry[channel] = score
        ordered = sorted(fused.values(), key=lambda e: -e["score"])
        return [
            ScoredChunk(e["chunk"], e["score"], e.get("dense"), e.get("lexical")) for e in ordered
        ]

    def query_vector(self, text: str) -> np.ndarray:
        return self.embeddings.embed_query_vector(normalise(text))


class HybridRetriever(BaseRetriever):
    """LangChain view of the hybrid search: Documents with chunk metadata and scores."""

    searcher: HybridSearcher
    k: int = 5

    model_config = {"arbitrary_types_allowed": True}

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        hits = self.searcher.search(query).hits[: self.k]
        return [to_document(h) for h in hits]


def to_document(hit: ScoredChunk) -> Document:
    c = hit.chunk
    return Document(
        page_content=c.text,
        id=c.chunk_id,
        metadata={
            "chunk_id": c.chunk_id,
            **chunk_meta(c),
            "score": hit.score,
            "dense": hit.dense,
            "lexical": hit.lexical,
        },
    )
