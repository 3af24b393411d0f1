"""What every part of the store stands on: opening the Chroma collections, a write lock with
freshness across processes (stamp file, generation), paging reads and the lease list."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelock import FileLock

from knowledge.errors import StoreError
from knowledge.schema import DocumentInfo
from knowledge.storage.chroma_io import evict, open_collection, to_doc_info
from knowledge.storage.locking import ReadWriteLock, WriteStamp, try_lock
from knowledge.storage.versions import resolve

META_ID = "__generation__"
REINDEX_ID = "__reindex__"  # in `_pending`: the lease of the store's one re-embedding
_PAGE = 2000
_REFRESH_WAIT_S = 0.5  # a reader waits at most this long for writers before serving stale
_OPEN_WAIT_S = 10.0
_SYNC_CHUNKS = 256  # chunk vectors: index persisted every ~2 write batches
_SYNC_SMALL = 4  # records and leases: 1-dimensional dummy vectors, big texts


class StoreBase:
    """Collections `<prefix>_chunks` (cosine vectors), `_documents` (records), `_pending` (leases),
    `_staged` (texts of chunks still being embedded, for keyword search meanwhile) and
    `_sentences` (sentence vectors of published chunks, see `SentenceVectors`).

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
        self._embedder: str | None = None  # the META record's, read with the generation
        fresh = self._stamp is not None and not lock_path.with_name("chroma.sqlite3").exists()
        locked = try_lock(self.lock, _OPEN_WAIT_S if fresh else _REFRESH_WAIT_S)  # creators collide
        try:
            self._attach(client if client is not None else opener())
        finally:
            if locked:
                self.lock.release()
        self._opened()

    def _opened(self) -> None:
        """Upkeep once the store is open (`Reembedding`: a replaced collection past its grace)."""

    def _attach(self, client: Any) -> None:
        self.client = client
        self.docs = open_collection(client, f"{self.prefix}_documents", _SYNC_SMALL)
        self.chunks = self._open_chunks(client)
        self.pending = open_collection(client, f"{self.prefix}_pending", _SYNC_SMALL)
        self.staged = open_collection(client, f"{self.prefix}_staged", _SYNC_SMALL)
        self.sentences = open_collection(client, f"{self.prefix}_sentences", _SYNC_SMALL)
        self.batch = min(_PAGE, client.get_max_batch_size())

    def _open_chunks(self, client: Any) -> Any:
        """The live chunk vectors (`Reembedding` follows the record's pointer)."""
        return open_collection(client, f"{self.prefix}_chunks", _SYNC_CHUNKS, "cosine")

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
            got = self.docs.get(ids=[META_ID], include=["metadatas"])
            meta = got["metadatas"][0] if got["ids"] else {}
            count = self.docs.count()
        self._seen_meta(meta or {})
        return int(meta.get("gen", 0)), count, int(meta.get("chunks", 0))

    def _seen_meta(self, meta: dict[str, Any]) -> None:
        """The META record as read with the generation (`Reembedding` follows a swap)."""
        self._embedder = meta.get("embedder") or None

    def stored_embedder(self, fresh: bool = False) -> str | None:
        """The identity of the embedder that made the chunk vectors (META `embedder`; None: not
        recorded — a store made before the record existed, or an empty one). `fresh` reads it
        now; otherwise the value read with the current generation serves (no extra read)."""
        if fresh:
            with self._rw.read():
                return self.meta_record().get("embedder") or None
        self.generation()
        return self._embedder

    def meta_record(self) -> dict[str, Any]:
        got = self.docs.get(ids=[META_ID], include=["metadatas"])
        return dict(got["metadatas"][0] or {}) if got["ids"] else {}

    def _bump(self) -> None:
        meta = {"gen": secrets.randbits(62), "chunks": self.chunks.count()}
        self.docs.upsert(ids=[META_ID], embeddings=[[1.0]], metadatas=[meta])

    def list_documents(self) -> list[DocumentInfo]:
        with self._rw.read():
            got = self.docs.get(include=["metadatas"])
        infos = [to_doc_info(i, m) for i, m in zip(got["ids"], got["metadatas"]) if i != META_ID]
        return resolve(sorted(infos, key=lambda d: (d.added_at, d.title)))

    def leases(self) -> dict[str, dict[str, Any]]:
        """Ingests in progress (or interrupted): doc id -> owner, heartbeat, source, chunks."""
        with self._rw.read():
            got = self.pending.get(include=["metadatas"])
        return {i: m for i, m in zip(got["ids"], got["metadatas"]) if i != REINDEX_ID}

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
