"""Chroma-backed store: chunk vectors plus a document list; a document is live once its record lands."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
from filelock import FileLock

from knowledge.chroma_io import (
    StoreError,
    chunk_meta,
    evict,
    make_client,
    open_collection,
    record_meta,
    to_chunk,
    to_doc_info,
)
from knowledge.locking import ReadWriteLock, WriteStamp, owner_alive, owner_id, try_lock
from knowledge.schema import Chunk, DocumentInfo
from knowledge.settings import Settings
from knowledge.staging import Staging
from knowledge.vector_search import VectorSearch

__all__ = ["ChromaStore", "StoreError", "make_client", "make_store"]

_META_ID = "__generation__"
_PAGE = 2000
_REFRESH_WAIT_S = 0.5  # a reader waits at most this long for writers before serving stale
_OPEN_WAIT_S = 10.0
_SYNC_CHUNKS = 256  # chunk vectors: index persisted every ~2 write batches
_SYNC_SMALL = 4  # records and leases: 1-dimensional dummy vectors, big texts


class ChromaStore(Staging, VectorSearch):
    """Collections `<prefix>_chunks` (cosine vectors), `_documents` (records), `_pending` (leases)
    and `_staged` (texts of chunks still being embedded, for keyword search meanwhile).

    Every write runs inside `writing()`, which holds `self.lock` (a file lock beside the store;
    re-entrant per thread). An embedded (Persistent) client keeps its vector index in memory,
    so with an `opener` the store reloads the client when another process has written: writers
    check a stamp file under the lock, readers reload when the generation changes. Against a
    Chroma server the file lock only serialises writers on this machine; the server itself is
    the one process holding the data, and leases plus the commit record keep clients apart.
    """

    def __init__(
        self,
        client: Any,
        prefix: str = "qa",
        *,
        opener: Callable[[], Any] | None = None,
        lock_path: Path | None = None,
    ) -> None:
        self.prefix = prefix
        self.lock: Any = FileLock(str(lock_path)) if lock_path else threading.RLock()
        self._opener = opener
        self._stamp = (
            WriteStamp(lock_path.with_name("write.stamp")) if opener and lock_path else None
        )
        self._rw = ReadWriteLock()
        self._loaded: tuple[int, int, int] | None = None
        self._gen_cache: tuple[str, tuple[int, int, int]] | None = None
        fresh = self._stamp is not None and not lock_path.with_name("chroma.sqlite3").exists()
        locked = try_lock(self.lock, _OPEN_WAIT_S if fresh else _REFRESH_WAIT_S)  # creators collide
        try:
            self._attach(client if client is not None else opener())
        finally:
            if locked:
                self.lock.release()

    def _attach(self, client: Any) -> None:
        self.client = client
        self.chunks = open_collection(client, f"{self.prefix}_chunks", _SYNC_CHUNKS, "cosine")
        self.docs = open_collection(client, f"{self.prefix}_documents", _SYNC_SMALL)
        self.pending = open_collection(client, f"{self.prefix}_pending", _SYNC_SMALL)
        self.staged = open_collection(client, f"{self.prefix}_staged", _SYNC_SMALL)
        self.batch = min(_PAGE, client.get_max_batch_size())

    def close(self) -> None:
        """Release the client (an embedded one is dropped, so a later open reads from disk)."""
        with self._rw.write():
            evict(self.client)

    # ---- freshness -------------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the write lock, with a client that has seen every other local writer's data."""
        with self.lock:
            if self._stamp is not None:
                if not self._stamp.is_current():
                    self._reopen()
                self._stamp.renew()  # before writing: a crash mid-write still marks the change
            try:
                yield
            finally:
                if self._stamp is not None:
                    self._stamp.renew()  # after: a generation read meanwhile is not trusted

    def _reopen(self) -> None:
        with self._rw.write():
            evict(self.client)
            try:
                self._attach(self._opener())
            except Exception as exc:
                raise StoreError(f"无法重新打开知识库存储: {exc}") from exc
            self._loaded = None

    def _refresh(self, gen: tuple[int, int, int]) -> None:
        """Reload (under the lock, so no index file is half-written) if others have written."""
        if not try_lock(self.lock, _REFRESH_WAIT_S):
            return  # writers are busy: serve what we have (keyword side is fresh), retry later
        try:
            if not self._stamp.is_current():
                self._reopen()
                self._stamp.remember()
            with self._rw.read():
                got = self.chunks.get(limit=1, include=["embeddings"])
                if got["ids"]:  # load the vector index now, while no one writes it
                    self.chunks.query(query_embeddings=got["embeddings"][:1], n_results=1)
            self._loaded = gen
        finally:
            self.lock.release()

    def generation(self) -> tuple[int, int, int]:
        """Changes whenever a document is added or removed (by any process or client): a token
        renewed at each change, the record count, and the chunk count at that change.

        With a stamp file (embedded store) the value read last is reused while the stamp is
        unchanged: every local write renews the stamp before and after it writes.
        """
        token = self._stamp.read() if self._stamp is not None else None
        if token is not None and self._gen_cache is not None and self._gen_cache[0] == token:
            gen = self._gen_cache[1]
        else:
            gen = self._read_generation()
            if token is not None:
                self._gen_cache = (token, gen)
        if self._stamp is not None and gen != self._loaded:
            self._refresh(gen)
        return gen

    def _read_generation(self) -> tuple[int, int, int]:
        with self._rw.read():
            got = self.docs.get(ids=[_META_ID], include=["metadatas"])
            meta = got["metadatas"][0] if got["ids"] else {}
            return int(meta.get("gen", 0)), self.docs.count(), int(meta.get("chunks", 0))

    def _bump(self) -> None:
        meta = {"gen": secrets.randbits(62), "chunks": self.chunks.count()}
        self.docs.upsert(ids=[_META_ID], embeddings=[[1.0]], metadatas=[meta])

    # ---- documents -------------------------------------------------------------------------
    def list_documents(self) -> list[DocumentInfo]:
        with self._rw.read():
            got = self.docs.get(include=["metadatas"])
        infos = [to_doc_info(i, m) for i, m in zip(got["ids"], got["metadatas"]) if i != _META_ID]
        return sorted(infos, key=lambda d: (d.added_at, d.title))

    def get_document(self, doc_id: str) -> DocumentInfo | None:
        with self._rw.read():
            got = self.docs.get(ids=[doc_id], include=["metadatas"])
        return to_doc_info(doc_id, got["metadatas"][0]) if got["ids"] else None

    def get_document_text(self, doc_id: str) -> str | None:
        with self._rw.read():
            got = self.docs.get(ids=[doc_id], include=["documents"])
        return got["documents"][0] if got["ids"] else None

    def existing_documents(self, doc_ids: list[str]) -> set[str]:
        """Which of these documents have a record."""
        with self._rw.read():
            return set(self.docs.get(ids=list(dict.fromkeys(doc_ids)), include=[])["ids"])

    def chunk_ids_of(self, doc_ids: list[str]) -> list[str]:
        """Ids of the stored chunks of these documents (published or not)."""
        with self._rw.read():
            return self.chunks.get(where={"doc_id": {"$in": doc_ids}}, include=[])["ids"]

    def has_document(self, doc_id: str) -> bool:
        with self._rw.read():
            return bool(self.docs.get(ids=[doc_id], include=[])["ids"])

    def leases(self) -> dict[str, dict[str, Any]]:
        """Ingests in progress (or interrupted): doc id -> owner, heartbeat, source, chunks."""
        with self._rw.read():
            got = self.pending.get(include=["metadatas"])
        return dict(zip(got["ids"], got["metadatas"]))

    # ---- writes ----------------------------------------------------------------------------
    def touch_leases(self, items: list[tuple[str, str, int]]) -> None:
        """Leases for several new documents at once: (doc id, source, chunks) each."""
        owner, now = owner_id(), time.time()
        metas = [{"owner": owner, "heartbeat": now, "source": s, "chunks": n} for _, s, n in items]
        with self.writing():
            self.pending.upsert(
                ids=[d for d, _, _ in items], embeddings=[[1.0]] * len(items), metadatas=metas
            )

    def touch_lease(self, doc_id: str, source: str = "", chunks: int = 0) -> None:
        """Mark a document's ingest as in progress by this process (written before its chunks)."""
        meta = {"owner": owner_id(), "heartbeat": time.time(), "source": source, "chunks": chunks}
        with self.writing():
            with self._rw.read():
                got = self.pending.get(ids=[doc_id], include=["metadatas"])
            if got["ids"] and got["metadatas"][0].get("staged"):
                meta = {**got["metadatas"][0], **meta}  # keep the staged record-to-be
            self.pending.upsert(ids=[doc_id], embeddings=[[1.0]], metadatas=[meta])

    def release_lease(self, doc_id: str) -> None:
        """Drop the lease of a document another writer has committed meanwhile."""
        with self.writing():
            if self.has_document(doc_id):
                self.pending.delete(ids=[doc_id])

    def add_chunks(self, chunks: list[Chunk], vectors: np.ndarray) -> None:
        with self.writing():
            for i in range(0, len(chunks), self.batch):
                part = chunks[i : i + self.batch]
                self.chunks.upsert(
                    ids=[c.chunk_id for c in part],
                    embeddings=vectors[i : i + len(part)],
                    documents=[c.text for c in part],
                    metadatas=[chunk_meta(c) for c in part],
                )

    def delete_chunks(self, ids: list[str]) -> None:
        with self.writing():
            for i in range(0, len(ids), self.batch):
                self.chunks.delete(ids=ids[i : i + self.batch])

    def commit_document(self, info: DocumentInfo, text: str, staged: bool = True) -> None:
        """Write the document record last: from now on its chunks are used."""
        self.commit_documents([(info, text)], staged)

    def commit_documents(
        self, records: list[tuple[DocumentInfo, str]], staged: bool = True
    ) -> None:
        """Publish documents whose chunks have all landed: their records and the new generation
        in one write, then their leases (and staged texts, if any) go."""
        ids = [info.doc_id for info, _ in records]
        metas = [{**record_meta(info), "chars": len(text)} for info, text in records]
        with self.writing():
            gen = {"gen": secrets.randbits(62), "chunks": self.chunks.count()}
            self.docs.upsert(
                ids=[*ids, _META_ID],
                embeddings=[[1.0]] * (len(ids) + 1),
                documents=[text for _, text in records] + [None],
                metadatas=[*metas, gen],
            )
            self.pending.delete(ids=ids)
            if staged:
                self.staged.delete(where={"doc_id": {"$in": ids}})

    def remove_document(self, doc_id: str) -> bool:
        with self.writing():
            existed = self.has_document(doc_id)
            self.docs.delete(ids=[doc_id])  # unpublish first, then drop the chunks
            self.chunks.delete(where={"doc_id": doc_id})
            self.staged.delete(where={"doc_id": doc_id})
            self.pending.delete(ids=[doc_id])
            self._bump()
        return existed

    def remove_orphans(self, keep: Iterable[str] = ()) -> int:
        """Delete chunks and leases of ingests that died before their record landed.

        Chunks of a document in `keep`, or whose lease belongs to a live writer, stay.
        """
        with self.writing():
            live = {d.doc_id for d in self.list_documents()}
            now = time.time()
            leases = self.leases()
            busy = set(keep) | {
                d
                for d, m in leases.items()
                if owner_alive(str(m.get("owner", "")), float(m.get("heartbeat", 0)), now)
            }
            orphans = {d for d in self._chunk_doc_ids() if d not in live and d not in busy}
            for doc_id in sorted(orphans):
                self.chunks.delete(where={"doc_id": doc_id})
            stale = {
                m["doc_id"]
                for got in self._pages(self.staged, include=["metadatas"])
                for m in got["metadatas"]
            } - busy
            for doc_id in sorted(stale):
                self.staged.delete(where={"doc_id": doc_id})
            if stale - live:
                self._bump()  # keyword indexes drop what they served of it
            dead = [d for d in leases if d not in busy or d in live]
            if dead:
                self.pending.delete(ids=dead)
        return len(orphans)

    # ---- reads -----------------------------------------------------------------------------
    def _pages(self, collection: Any = None, **where: Any) -> Iterator[dict[str, Any]]:
        collection = self.chunks if collection is None else collection
        offset = 0
        while True:
            with self._rw.read():
                got = collection.get(limit=self.batch, offset=offset, **where)
            yield got
            if len(got["ids"]) < self.batch:
                return
            offset += self.batch

    def _chunk_doc_ids(self) -> set[str]:
        return {m["doc_id"] for got in self._pages(include=["metadatas"]) for m in got["metadatas"]}

    def iter_chunks(self, doc_id: str | None = None) -> Iterator[Chunk]:
        where = {"where": {"doc_id": doc_id}} if doc_id else {}
        for got in self._pages(include=["documents", "metadatas"], **where):
            for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"]):
                yield to_chunk(cid, text, meta)

    def missing_chunks(self, ids: list[str]) -> list[str]:
        """The ids (of chunks meant to be stored) that are not in the store."""
        found: set[str] = set()
        for i in range(0, len(ids), self.batch):
            with self._rw.read():
                found.update(self.chunks.get(ids=ids[i : i + self.batch], include=[])["ids"])
        return [i for i in ids if i not in found]


def make_store(settings: Settings) -> ChromaStore:
    """Open (creating if needed) the configured store; its write lock lives in the store folder."""
    cfg = settings.store
    try:
        Path(cfg.path).mkdir(parents=True, exist_ok=True)
        lock_path = Path(cfg.path) / "write.lock"
        if cfg.host:  # a server: one process holds the data, nothing to reload
            return ChromaStore(make_client(settings), cfg.prefix, lock_path=lock_path)
        return ChromaStore(
            None, cfg.prefix, opener=lambda: make_client(settings), lock_path=lock_path
        )
    except StoreError:
        raise
    except Exception as exc:
        raise StoreError(f"无法打开知识库存储: {exc}") from exc
