"""Which embedder made a store's vectors, and replacing them all by another embedder's.

The META record carries `embedder` (the identity string of `VectorEmbeddings.identity()`:
provider, model, dimension, passage preparation); a store made before it has none (unknown).
`holds_vectors_of(key)` is the one test of whether the chunk vectors are `key`'s, for asking,
adding and re-embedding alike.

Re-embedding never writes into the live chunk vectors. META `vectors` names the collection that
holds them (none: `<prefix>_chunks`); the new vectors go to a shadow collection named in META
`shadow` (same ids, texts and metadata), a batch at a time, which a re-run resumes. The swap is
one META write under the write lock — `vectors` names the shadow, `embedder` the new identity —
so a reader, opening the store or reading META with the generation, finds either the old
collection or the new one, never none. The old collection is kept `RETIRE_GRACE_S` (a reader
that looked just before the swap finishes its question on it), then dropped by the next write
or the next open of the store, whichever comes first once the grace has passed.

One re-embedding at a time: it holds the lease `REINDEX_ID` in `_pending` (owner, heartbeat,
chunks done of total); a thread renews its heartbeat every third of `reindex_lease_s` while the
run lives (against a server without the local file lock, so a long locked step of the run
never stops the beat). A second run, while the owner lives (same host: its process runs; another
host: its heartbeat is younger than `reindex_lease_s`), is refused (`ReindexRunningError`;
the service decides whether to wait); once the owner is dead, the next run takes the lease
over and resumes its shadow.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

import numpy as np

from knowledge.errors import ReindexRunningError, StoreError, reindex_running_message
from knowledge.schema import Chunk
from knowledge.storage.base import _SYNC_CHUNKS, META_ID, REINDEX_ID, StoreBase
from knowledge.storage.chroma_io import lease_meta, open_collection, read_retired, write_retired
from knowledge.storage.locking import heartbeat, owner_alive, try_lock

RETIRE_GRACE_S = 60.0  # the replaced chunk collection outlives the swap this long
REINDEX_LEASE_S = 45.0  # a re-embedding lease not renewed this long is dead (settings override)


class Reembedding(StoreBase):
    """The embedder record and the re-embedding steps of `ChromaStore`."""

    reindex_lease_s = REINDEX_LEASE_S  # `make_store` sets QA_STORE__REINDEX_LEASE_S
    _lease: tuple[str, float] | None = None  # this process's re-embedding: token, last beat
    _beating: threading.Event | None = None  # set: the heartbeat thread stops
    _progress: tuple[int, int] = (0, 0)  # this run's chunks in the shadow, of the total
    _retired: tuple[tuple[str, float], ...] = ()  # collections swaps replaced, and when

    def _attach(self, client: Any) -> None:
        _finish_swap(client, self.prefix)  # a store14 rename swap cut short
        super()._attach(client)

    def _opened(self) -> None:
        """On open: a replaced collection whose grace has passed is dropped now (not left for a
        later write); skipped when writers hold the lock (their write drops it)."""
        if self._retire_due() and try_lock(self.lock, 0.5):
            try:
                with self.writing():  # drops it on the way out, if still due
                    pass
            finally:
                self.lock.release()

    def _open_chunks(self, client: Any) -> Any:
        got = self.docs.get(ids=[META_ID], include=["metadatas"])
        meta = (got["metadatas"][0] or {}) if got["ids"] else {}
        self._note_meta(meta)
        return _open_live(client, meta.get("vectors") or f"{self.prefix}_chunks")

    def _note_meta(self, meta: dict[str, Any]) -> None:
        super()._seen_meta(meta)
        self._retired = read_retired(meta)

    def _seen_meta(self, meta: dict[str, Any]) -> None:
        """Follow a swap made by another process: the next read uses the collection META names
        (the client is reloaded too once the write lock is free)."""
        self._note_meta(meta)
        name = meta.get("vectors") or f"{self.prefix}_chunks"
        if self.chunks.name != name:
            try:
                live = _open_live(self.client, name)
            except StoreError:  # not visible to this client yet: the reload will find it
                return
            with self._rw.write():
                self.chunks, self._loaded = live, None

    # ---- the record ------------------------------------------------------------------------
    def holds_vectors_of(self, key: str, fresh: bool = False) -> bool:
        """Whether the chunk vectors are those of the embedder `key`: the record names it, or
        nothing is stored yet (no record, no chunk, no document: its first writer records
        `key`). `fresh` reads the record now (writers, under the lock); otherwise the value
        read with the current generation serves (asking: no extra read)."""
        stored = self.stored_embedder(fresh)
        if stored is not None:
            return stored == key
        with self._rw.read():
            return not self.chunks.count() and self.docs.count() <= 1  # META alone

    def record_embedder(self, key: str) -> None:
        """Record who makes the vectors (an empty store's first writer; no-op once recorded)."""
        with self.writing():
            if self.meta_record().get("embedder") != key:
                self._set_meta(embedder=key)

    def _set_meta(self, **values: Any) -> None:
        meta = {**values, "gen": secrets.randbits(62), "chunks": self.chunks.count()}
        self.docs.upsert(ids=[META_ID], embeddings=[[1.0]], metadatas=[meta])  # merges keys
        self._embedder = self.meta_record().get("embedder") or None

    # ---- one re-embedding at a time --------------------------------------------------------
    def claim_reembedding(self, key: str) -> None:
        """Take the store's re-embedding lease for this run (a dead owner's is taken over);
        ReindexRunningError if another live process or run holds it."""
        with self.writing():
            held = self._held_lease()
            mine = self._lease is not None and held.get("token") == self._lease[0]
            if held and not mine and self._lease_alive(held):
                raise ReindexRunningError(reindex_running_message(str(held.get("owner", ""))))
            token = secrets.token_hex(8)
            meta = lease_meta("reindex", 0, token=token, target=key, started=time.time())
            self.pending.upsert(ids=[REINDEX_ID], embeddings=[[1.0]], metadatas=[meta])
            self._lease, self._progress = (token, time.monotonic()), (0, 0)
        self._beating = heartbeat(lambda: self._renew_lease(token), self.reindex_lease_s / 3)

    def release_reembedding(self) -> None:
        if self._beating is not None:
            self._beating.set()
        with self.writing():
            if self._lease and self._held_lease().get("token") == self._lease[0]:
                self.pending.delete(ids=[REINDEX_ID])
            self._lease = None

    def running_reembedding(self) -> dict[str, Any] | None:
        """The re-embedding another live run holds (owner, started, done, total, heartbeat),
        None when no live run holds the lease (none, this process's own, or a dead one's)."""
        with self._rw.read():
            held = self._held_lease()
        mine = self._lease is not None and held.get("token") == self._lease[0]
        return held if held and not mine and self._lease_alive(held) else None

    def _lease_alive(self, held: dict[str, Any]) -> bool:
        owner, beat = str(held.get("owner", "")), float(held.get("heartbeat", 0))
        return owner_alive(owner, beat, time.time(), self.reindex_lease_s)

    def _renew_lease(self, token: str) -> bool:
        """The heartbeat: the lease's time (and progress) now, if it is still this run's; False
        once it is not. Embedded: under the write lock; against a server the server orders
        the writes and the local lock (held through the run's long steps) is not waited for."""
        with self.writing() if self._stamp is not None else nullcontext():
            held = self._held_lease()
            if held.get("token") != token:
                return False
            done, total = self._progress
            meta = {**held, "heartbeat": time.time(), "done": done, "total": total}
            self.pending.upsert(ids=[REINDEX_ID], embeddings=[[1.0]], metadatas=[meta])
            return True

    def _held_lease(self) -> dict[str, Any]:
        got = self.pending.get(ids=[REINDEX_ID], include=["metadatas"])
        return dict(got["metadatas"][0] or {}) if got["ids"] else {}

    def _keep_lease(self) -> None:
        """Under the lock before each shadow write and the swap: still ours (not taken over by
        a run that thought this process dead); heartbeat and progress renewed."""
        if self._lease is None or not self._renew_lease(self._lease[0]):
            held = self._held_lease()
            raise ReindexRunningError(reindex_running_message(str(held.get("owner", ""))))

    # ---- re-embedding ----------------------------------------------------------------------
    def _shadow(self, meta: dict[str, Any] | None = None) -> Any:
        meta = self.meta_record() if meta is None else meta
        name = meta.get("shadow") or f"{self.prefix}_chunks_next"  # a store14 run: its name
        return open_collection(self.client, name, _SYNC_CHUNKS, "cosine")

    def begin_reembedding(self, key: str) -> set[str]:
        """Start (or resume) re-embedding for `key`; the chunk ids already re-embedded. A shadow
        begun for another identity is dropped."""
        with self.writing():
            meta = self.meta_record()
            if meta.get("reembedding") != key:
                if meta.get("reembedding"):
                    _drop(self.client, self._shadow(meta).name)
                shadow = f"{self.prefix}_chunks_{secrets.token_hex(4)}"
                self._set_meta(reembedding=key, shadow=shadow)
            done = self.reembedded_ids()
            self._progress = (len(done), self.chunks.count())
            return done

    def reembedded_ids(self) -> set[str]:
        """The chunk ids the shadow holds."""
        return {cid for got in self._pages(self._shadow(), include=[]) for cid in got["ids"]}

    def add_reembedded(self, chunks: list[Chunk], vectors: np.ndarray) -> None:
        with self.writing():
            self._progress = (self._progress[0] + len(chunks), self._progress[1])
            self._keep_lease()  # the lease says these are done as they are written
            shadow = self._shadow()
            for i in range(0, len(chunks), self.batch):
                part = chunks[i : i + self.batch]
                shadow.upsert(
                    ids=[c.chunk_id for c in part],
                    embeddings=vectors[i : i + len(part)],
                    documents=[c.text for c in part],
                    metadatas=[c.metadata() for c in part],
                )

    def drop_reembedded(self, ids: list[str]) -> None:
        """Shadow rows whose chunks went meanwhile (a document removed during the re-embed)."""
        with self.writing():
            shadow = self._shadow()
            for i in range(0, len(ids), self.batch):
                shadow.delete(ids=ids[i : i + self.batch])

    def swap_reembedded(self) -> None:
        """Put the shadow in place of the chunk vectors (call under `writing()`, holding the
        lease, once the shadow holds every chunk): one META write."""
        self._keep_lease()
        meta = self.meta_record()
        shadow, old = self._shadow(meta), self.chunks
        live = {c for got in self._pages(include=[]) for c in got["ids"]}
        if missing := live - self.reembedded_ids():
            raise StoreError(f"重新生成的向量缺少 {len(missing)} 个段落 (shadow incomplete)")
        self._clear_sentence_vectors()  # the old embedder's; the sentence pass makes them again
        # an earlier swap's collection keeps its own grace (a reader may still hold it)
        retired = tuple(r for r in self._retired if r[0] not in (old.name, shadow.name))
        retired += ((old.name, time.time()),)
        with self._rw.write():
            self.chunks = shadow
            self._set_meta(
                vectors=shadow.name,
                embedder=meta["reembedding"],
                reembedding="",
                shadow="",
                retired=write_retired(retired),
                retired_at=retired[-1][1],
            )
            self._retired = retired
            self._loaded = None

    def _clear_sentence_vectors(self) -> None:
        ids = [cid for got in self._pages(self.sentences, include=[]) for cid in got["ids"]]
        for i in range(0, len(ids), self.batch):
            self.sentences.delete(ids=ids[i : i + self.batch])
        if hasattr(self, "_recent"):  # the sentence-vector part's memory
            self._recent.forget("")

    @contextmanager
    def writing(self) -> Iterator[None]:
        with super().writing():
            yield
            self._drop_retired()

    def _retire_due(self) -> list[str]:
        """The replaced collections whose grace has passed (never the live one)."""
        now = time.time()
        return [n for n, at in self._retired if n != self.chunks.name and now - at > RETIRE_GRACE_S]

    def _drop_retired(self) -> None:
        """Drop each collection a swap replaced once no question can still be reading it."""
        if due := self._retire_due():
            for name in due:
                _drop(self.client, name)
            kept = tuple(r for r in self._retired if r[0] not in due)
            meta = {"retired": write_retired(kept)}
            self.docs.upsert(ids=[META_ID], embeddings=[[1.0]], metadatas=[meta])
            self._retired = kept


def _open_live(client: Any, name: str) -> Any:
    """The chunk collection META names (the default one is made with a new store; any other
    was made by a swap and is never created here: a missing one is an error, not an empty
    store)."""
    if not name.endswith("_chunks"):
        try:
            client.get_collection(name)
        except Exception as exc:
            raise StoreError(f"知识库的向量集合 {name} 不存在 (chunk vectors missing)") from exc
    return open_collection(client, name, _SYNC_CHUNKS, "cosine")


def _names(client: Any) -> set[str]:
    return {getattr(c, "name", c) for c in client.list_collections()}


def _drop(client: Any, name: str) -> None:
    try:
        client.delete_collection(name)
    except Exception:  # not there
        pass


def _finish_swap(client: Any, prefix: str) -> None:
    """Complete a store14 rename swap a dead process left half-done: `_chunks_old` renamed
    back, or the shadow `_chunks_next` moved in (its META `reembedding` still names the target:
    the new identity is recorded below, in `_after_legacy_swap`)."""
    names = _names(client)
    chunks, shadow, old = (f"{prefix}_chunks{s}" for s in ("", "_next", "_old"))
    if old not in names:
        return
    if chunks not in names:
        client.get_collection(shadow if shadow in names else old).modify(name=chunks)
        if shadow not in names:
            return  # never swapped: the old vectors stay
    docs = client.get_collection(f"{prefix}_documents")
    got = docs.get(ids=[META_ID], include=["metadatas"])
    meta = (got["metadatas"][0] or {}) if got["ids"] else {}
    if meta.get("reembedding"):
        docs.upsert(
            ids=[META_ID],
            embeddings=[[1.0]],
            metadatas=[{"embedder": meta["reembedding"], "reembedding": "", "gen": 1}],
        )
    _drop(client, f"{prefix}_sentences")  # the old embedder's (made again by the pass)
    _drop(client, old)
