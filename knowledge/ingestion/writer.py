"""Writing planned documents to the store so that an interrupted or failed ingest is never
half-used.

One protocol for every group of documents (a single upload being a group of one): take leases,
embed the chunks still missing (a re-run resumes), write them in batches, then publish each
document's record last, after checking every chunk landed. A big document is staged first, so
it answers keyword questions while its vectors are computed. The entry points (files, bytes,
pasted text, grouping, replace) are `ingestor.py`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Protocol

from knowledge.errors import StaleStoreError, UserError, stale_store_message
from knowledge.ingestion.plan import Planned, embed_texts
from knowledge.protocols import DocumentStore, Embedder
from knowledge.schema import Chunk, DocumentInfo, IngestResult
from knowledge.settings import IngestSettings

Progress = Callable[[int], None]
WRITE_BATCH = 128  # chunks embedded, then written under the lock, at a time
STAGE_MIN_CHUNKS = 16  # documents this big are keyword-searchable while they are embedded
LEASE_BEAT_S = 30.0  # a lease's heartbeat is renewed at most this often (other hosts: 600 s TTL)
LOST = (
    "写入期间部分段落被删除（可能同时删除了该文档），请重新导入 (chunks removed meanwhile; retry)"
)


class StagingListener(Protocol):
    """Told when a document is staged and when it is no longer (this process's keyword index
    takes it in before the store has it)."""

    def add_pending(self, info: DocumentInfo, chunks: list[Chunk]) -> object: ...

    def drop_pending(self, doc_id: str) -> None: ...


def failed_message(exc: Exception) -> str:
    if isinstance(exc, UserError):  # the user can act on it (e.g. re-embed the store first)
        return str(exc)
    message = f"写入知识库失败 (store write failed): {type(exc).__name__}: {exc}"
    return " ".join(message.split())[:500]


class GroupWriter:
    """Writes groups of planned documents; a failing group is abandoned and reported, whole."""

    def __init__(
        self,
        store: DocumentStore,
        embeddings: Embedder,
        settings: IngestSettings,
        listener: StagingListener | None = None,
    ) -> None:
        self.store = store
        self.embeddings = embeddings
        self.settings = settings
        self.listener = listener
        self._recovered = False
        self._beats: dict[str, float] = {}  # doc id -> when this process last renewed its lease

    def recover(self, keep: Iterable[str] = ()) -> int:
        """Remove chunks of ingests whose writer died; returns how many documents were cleaned."""
        self._recovered = True
        return self.store.remove_orphans(keep)

    def write(self, group: list[Planned], progress: Progress | None) -> list[IngestResult]:
        """One result per planned document; a store failure fails the group, cleaned up."""
        if not group:
            return []
        try:
            return self._write_group(group, progress)
        except Exception as exc:  # a store failure fails this group; later files go on
            self._abandon(group)
            return [IngestResult(p.source, "error", message=failed_message(exc)) for p in group]

    def _write_group(self, group: list[Planned], progress: Progress | None) -> list[IngestResult]:
        stored = self.store.existing_documents([p.doc_id for p in group])
        new = list({p.doc_id: p for p in group if p.doc_id not in stored}.values())
        added: set[str] = set()
        lost: set[str] = set()
        if new:
            todo = self._prepare(new)
            staged = [p for p in new if len(todo[p.doc_id]) >= STAGE_MIN_CHUNKS]
            try:
                for p in staged:
                    self._stage(p)
                added, lost = self._embed_and_commit(new, todo, bool(staged), progress)
            finally:
                for p in staged:
                    if self.listener:
                        self.listener.drop_pending(p.doc_id)
        return [self._result(p, added, lost) for p in group]

    @staticmethod
    def _result(p: Planned, added: set[str], lost: set[str]) -> IngestResult:
        if p.doc_id in added:
            added.discard(p.doc_id)  # a document given twice is added once
            return p.result("added")
        if p.doc_id in lost:
            return p.result("error", LOST)
        return p.result("present", "已存在")

    def _prepare(self, new: list[Planned]) -> dict[str, list[Chunk]]:
        """Take the leases, clean up after dead writers and drop chunks a dead run left under
        these ids with other numbering; return each document's chunks still to write."""
        ids = [p.doc_id for p in new]
        with self.store.writing():
            if not self._recovered:
                self.recover(keep=ids)
            self._same_embedder()  # after recovery: a dead writer's leftovers do not count
            self.store.touch_leases([(p.doc_id, p.source, len(p.chunks)) for p in new])
            self._beats.update(dict.fromkeys(ids, time.monotonic()))
            stored = self.store.stored_chunks(ids)
            planned = {c.chunk_id for p in new for c in p.chunks}
            extra = [cid for cid in stored if cid not in planned]
            if extra:
                self.store.delete_chunks(extra)
        return {p.doc_id: [c for c in p.chunks if stored.get(c.chunk_id) != c] for p in new}

    def _same_embedder(self) -> None:
        """Vectors of two embedders never share a store (`holds_vectors_of`, the test asking
        and re-embedding use too): an empty store records this one's identity, a store made by
        another refuses the write (re-embed it first)."""
        key = self.embeddings.identity()
        if not self.store.holds_vectors_of(key, fresh=True):
            raise StaleStoreError(stale_store_message(self.store.stored_embedder(fresh=True), key))
        self.store.record_embedder(key)  # no-op once recorded

    def _stage(self, p: Planned) -> None:
        """Searchable by keyword now: this process's index first, then the store's."""
        info = p.record()
        if self.listener:
            self.listener.add_pending(info, p.chunks)
        self.store.stage_document(info, p.chunks)

    def _embed_and_commit(
        self,
        new: list[Planned],
        todo: dict[str, list[Chunk]],
        staged: bool,
        progress: Progress | None,
    ) -> tuple[set[str], set[str]]:
        """Embed and write the missing chunks batch by batch; publish in the last batch's write."""
        if progress and (resumed := sum(len(p.chunks) - len(todo[p.doc_id]) for p in new)):
            progress(resumed)  # stored by an earlier run
        texts = {}
        for p in new:
            ordered = sorted(p.chunks, key=lambda c: c.ordinal)
            texts.update(zip((c.chunk_id for c in ordered), embed_texts(p.chunks, self.settings)))
        chunks = [c for p in new for c in todo[p.doc_id]]
        done: set[str] = set()  # documents another writer published meanwhile
        starts = range(0, len(chunks), WRITE_BATCH)
        for i in starts:
            part = [c for c in chunks[i : i + WRITE_BATCH] if c.doc_id not in done]
            if not part and i != starts[-1]:
                continue
            vectors = self.embeddings.embed_passages([texts[c.chunk_id] for c in part], progress)
            with self.store.writing():
                self._same_embedder()  # not re-embedded by another process meanwhile
                done |= self.store.existing_documents(list({c.doc_id for c in part}))
                rows = [j for j, c in enumerate(part) if c.doc_id not in done]
                self._renew_leases(new, {part[j].doc_id for j in rows})
                if rows:
                    self.store.add_chunks([part[j] for j in rows], vectors[rows])
                if i == starts[-1]:
                    return self._commit(new, staged)
        with self.store.writing():  # nothing was left to write
            return self._commit(new, staged)

    def _renew_leases(self, new: list[Planned], doc_ids: set[str]) -> None:
        now = time.monotonic()
        stale = [
            (p.doc_id, p.source, len(p.chunks))
            for p in new
            if p.doc_id in doc_ids and now - self._beats.get(p.doc_id, float("-inf")) > LEASE_BEAT_S
        ]
        if stale:
            self.store.touch_leases(stale)
            self._beats.update(dict.fromkeys((d for d, _, _ in stale), now))

    def _commit(self, new: list[Planned], staged: bool) -> tuple[set[str], set[str]]:
        """Publish the documents that landed whole (under the write lock): (added, lost)."""
        done = self.store.existing_documents([p.doc_id for p in new])  # by another writer
        todo = [p for p in new if p.doc_id not in done]
        keep = {c.chunk_id for p in todo for c in p.chunks}
        missing = set(self.store.missing_chunks(sorted(keep)))
        lost = {p.doc_id for p in todo if any(c.chunk_id in missing for c in p.chunks)}
        for doc_id in lost:
            self.store.remove_document(doc_id)  # drop the rest and the lease: retry cleanly
        records = [(p.record(), p.doc.text) for p in todo if p.doc_id not in lost]
        if records:
            self.store.commit_documents(records, staged)
        if done:
            self.store.release_leases(sorted(done))
        return {info.doc_id for info, _ in records}, lost

    def _abandon(self, group: list[Planned]) -> None:
        """Best effort after a failure: drop the group's unpublished chunks and leases."""
        try:
            with self.store.writing():
                published = self.store.existing_documents([p.doc_id for p in group])
                for doc_id in {p.doc_id for p in group} - published:
                    self.store.remove_document(doc_id)
        except Exception:  # the store is failing; the next run's recovery cleans up
            pass
