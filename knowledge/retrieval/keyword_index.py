"""The keyword side of retrieval: a BM25 index kept per document, plus a scan of documents not tokenised yet."""

from __future__ import annotations

import bisect
import itertools
import threading
from dataclasses import dataclass, replace
from functools import cached_property

from knowledge.protocols import ChunkSource
from knowledge.retrieval.bm25 import LexicalIndex
from knowledge.retrieval.token_cache import TokenCache
from knowledge.schema import Chunk, DocumentInfo, part_id
from knowledge.storage.versions import row_id, with_rows
from knowledge.text.normalise import normalise
from knowledge.text.tokens import tokenize


@dataclass(frozen=True)
class Snapshot:
    """The searchable state at one moment: one question uses one snapshot throughout."""

    index: LexicalIndex
    chunks: list[Chunk]  # BM25 row -> chunk
    live: set[str]  # documents that may be cited (published, staged, or being scanned)
    by_id: dict[str, Chunk]
    docs: dict[str, DocumentInfo]  # by id, and the rows of a notice issuing several (#2)
    allowed: frozenset[str] | None = None  # a question's scope: only these documents answer
    excluded: frozenset[str] = frozenset()  # rows (<id>#2) whose passages do not answer

    def scoped(
        self, doc_ids: set[str] | frozenset[str], without: frozenset[str] = frozenset()
    ) -> Snapshot:
        """The same moment with only `doc_ids` searchable (a scope, the current versions),
        less the passages of the rows `without` (a repealed 细则 a current notice issued)."""
        allowed = frozenset(doc_ids) & (self.allowed if self.allowed is not None else self.live)
        return replace(self, live=set(allowed), allowed=allowed, excluded=self.excluded | without)

    def row_of(self, chunk: Chunk) -> str:
        """The row the passage answers for: the document, or the one a notice issues."""
        return row_id(self.docs, chunk.doc_id, chunk.start)

    def admits(self, chunk: Chunk) -> bool:
        """Whether the passage may answer on this snapshot."""
        if chunk.doc_id not in self.live:
            return False
        return not self.excluded or self.row_of(chunk) not in self.excluded

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        """The chunks of one document (a map built once per `by_id`, which the scoped copies of
        a snapshot share: no walk over the chunks per question)."""
        return _by_doc(self.by_id).get(doc_id, [])

    def indexed_of(self, doc_id: str) -> list[Chunk]:
        """The chunks of one document in the keyword index (`chunks`), in its order; none of a
        document still being scanned (a map built once per `chunks` list, shared like
        `chunks_of`'s: a question reading a few documents' passages walks no other chunk)."""
        return _by_index(self.chunks).get(doc_id, [])

    @cached_property
    def in_reach(self) -> list[DocumentInfo]:
        """The records of the documents that may answer (read once per snapshot: the answer
        checks of every question read them, a CMRC store has 1,100)."""
        return [self.docs[d] for d in self.live if d in self.docs]

    @cached_property
    def with_issued(self) -> list[DocumentInfo]:
        """The documents in reach, each notice issuing several followed by the rows of what it
        issues (<id>#2): a repealed 细则 is superseded while the 办法 beside it is not."""
        rows = [
            self.docs.get(part_id(d.doc_id, p.number))
            for d in self.in_reach
            if len(d.parts) > 1
            for p in d.parts
        ]
        return self.in_reach + [r for r in rows if r is not None]

    @cached_property
    def superseded(self) -> list[DocumentInfo]:
        """The documents and issued rows in reach that a newer version replaced or repealed."""
        return [d for d in self.with_issued if not d.current]

    @cached_property
    def in_force(self) -> list[DocumentInfo]:
        """The documents and issued rows in reach that are not superseded."""
        return [d for d in self.with_issued if d.current]

    @cached_property
    def in_force_ids(self) -> frozenset[str]:
        """The ids of `in_force` (read once per snapshot, like it)."""
        return frozenset(d.doc_id for d in self.in_force)


_BY_DOC: list[tuple[dict[str, Chunk], dict[str, list[Chunk]]]] = []  # the last few maps


def _by_doc(by_id: dict[str, Chunk]) -> dict[str, list[Chunk]]:
    for held, grouped in _BY_DOC:
        if held is by_id:
            return grouped
    grouped: dict[str, list[Chunk]] = {}
    for c in by_id.values():
        grouped.setdefault(c.doc_id, []).append(c)
    _BY_DOC[:] = [(by_id, grouped), *_BY_DOC[:3]]
    return grouped


# `indexed_of`'s maps (the answer step's), each with the `chunks` list it groups (held, so
# never reused), kept apart from `chunks_of`'s
_BY_INDEX: list[tuple[list[Chunk], dict[str, list[Chunk]]]] = []


def _by_index(chunks: list[Chunk]) -> dict[str, list[Chunk]]:
    for held, grouped in _BY_INDEX:
        if held is chunks:
            return grouped
    grouped: dict[str, list[Chunk]] = {}
    for c in chunks:
        grouped.setdefault(c.doc_id, []).append(c)
    _BY_INDEX[:] = [(chunks, grouped), *_BY_INDEX[:3]]
    return grouped


class KeywordIndex:
    """The BM25 index over the searchable chunks: those of published documents and of documents
    still being embedded (staged). Derived data, updated whenever the store changes; chunks and
    their tokens are kept per document, so a change fetches and tokenises only new documents."""

    def __init__(self, store: ChunkSource, cache: TokenCache | None = None) -> None:
        self.store = store
        self.cache = cache or TokenCache(None)
        self._unsaved = 0  # chunks tokenised since the cache was last written
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
        self._snapshot: Snapshot | None = None  # handed out until one of its parts changes

    def snapshot(self) -> Snapshot:
        """The index brought up to date with the store (only new documents are tokenised)."""
        gen = self.store.generation()
        with self._lock:
            if gen != self._generation:
                self._rebuild(gen)
            parts = (self.index, self.chunks, self.live, self.by_id, self.docs)
            snap = self._snapshot
            if snap is None or any(a is not b for a, b in zip(parts, _parts(snap))):
                self._snapshot = snap = Snapshot(*parts)
            return snap

    def add_pending(self, info: DocumentInfo, chunks: list[Chunk]) -> None:
        """Make a document this process is about to stage searchable at once: by substring scan
        right away, then (tokenised here, not read back from the store) in the BM25 index. It
        stays until `drop_pending`."""
        scan = PendingScan(chunks)
        with self._lock:
            self._scans[info.doc_id] = (info, chunks, scan)
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
                self._unsaved += entry[0]
        self._fetch(held, {d: i for d, i in docs.items() if d not in held}, self._published)
        self._fetch(held, {d: i for d, i in staged.items() if d not in held}, self._staged)
        first = self._generation is None and not self._held
        self._reindex(held, wanted, gen)
        self._save_tokens(docs, first)

    def _save_tokens(self, docs: dict[str, DocumentInfo], first: bool) -> None:
        """Write the token cache when much was tokenised (not after every small upload)."""
        if first:
            self.cache.release()
        total = sum(self._held[d][0] for d in docs if d in self._held)
        if self._unsaved and (first or self._unsaved >= max(200, total // 5)):
            self._unsaved = 0
            self.cache.save_later(
                {d: (h[0], h[1][0].title, h[2]) for d in docs if (h := self._held.get(d)) and h[0]}
            )

    def _reindex(self, held: dict, wanted: dict[str, DocumentInfo], gen) -> None:
        for doc_id, (info, entry) in self._pending.items():
            if doc_id not in held:
                held[doc_id], wanted[doc_id] = entry, info
        order = sorted(held)
        self.chunks = [c for d in order for c in held[d][1]]
        self.index = LexicalIndex.from_tokens([t for d in order for t in held[d][2]])
        self.by_id = {c.chunk_id: c for c in self.chunks}
        self._held, self.live, self._generation = held, set(held), gen
        self.docs = with_rows(wanted)
        if self._scans:
            self._publish_meta()

    def _fetch(self, held: dict, todo: dict[str, DocumentInfo], source) -> None:
        for doc_id, chunks in source(set(todo)).items():
            chunks.sort(key=lambda c: c.ordinal)
            if not chunks or len(chunks) != todo[doc_id].chunks:
                continue  # changing right now: next time
            tokens = self.cache.get(doc_id, len(chunks), chunks[0].title)
            if tokens is None:
                tokens = [self._tokens(f"{c.title}\n{c.text}") for c in chunks]
                self._unsaved += len(chunks)
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


def _parts(snap: Snapshot) -> tuple:
    return snap.index, snap.chunks, snap.live, snap.by_id, snap.docs


class PendingScan:
    """A document's chunks as one normalised string, searched by `str.find` while its tokens
    are not indexed yet: a question finds it whatever its size (no tokenising needed)."""

    def __init__(self, chunks: list[Chunk]) -> None:
        texts = [normalise(f"{c.title}\n{c.text}") for c in chunks]
        self.chunks = chunks
        self.starts = list(itertools.accumulate([0] + [len(t) + 1 for t in texts[:-1]]))
        self.lengths = [len(t) for t in texts]
        self.mean_length = sum(self.lengths) / max(len(self.lengths), 1)
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
        scored = []
        for i, tf in counts.items():
            norm = 1.2 * (0.25 + 0.75 * self.lengths[i] / self.mean_length)
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
