"""Chroma-backed store: chunk vectors plus a document list; a document is live once its record lands."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from knowledge.errors import StoreError
from knowledge.schema import Chunk, DocumentInfo
from knowledge.settings import Settings
from knowledge.storage.base import META_ID
from knowledge.storage.chroma_io import (
    lease_meta,
    make_client,
    record_meta,
    to_chunk,
)
from knowledge.storage.locking import owner_alive
from knowledge.storage.reembed import Reembedding
from knowledge.storage.sentences import SentenceVectors
from knowledge.storage.staging import Staging
from knowledge.storage.vector_search import VectorSearch

__all__ = ["ChromaStore", "make_client", "make_store"]


class ChromaStore(Reembedding, Staging, VectorSearch, SentenceVectors):
    """The store: documents, chunks, leases and their commit (see `StoreBase` for opening and
    freshness, `Reembedding`, `Staging`, `VectorSearch` and `SentenceVectors` for the other
    parts)."""

    # ---- documents -------------------------------------------------------------------------
    def chunk_count(self) -> int:
        with self._rw.read():
            return self.chunks.count()

    def get_document_text(self, doc_id: str) -> str | None:
        with self._rw.read():
            got = self.docs.get(ids=[doc_id], include=["documents"])
        return got["documents"][0] if got["ids"] else None

    def existing_documents(self, doc_ids: list[str]) -> set[str]:
        """Which of these documents have a record."""
        if not doc_ids:
            return set()  # Chroma refuses an empty id list
        with self._rw.read():
            return set(self.docs.get(ids=list(dict.fromkeys(doc_ids)), include=[])["ids"])

    def stored_chunks(self, doc_ids: list[str]) -> dict[str, Chunk]:
        """The stored chunks of these documents (published or not), by id."""
        where = {"where": {"doc_id": {"$in": list(doc_ids)}}}
        return {
            cid: to_chunk(cid, text, meta)
            for got in self._pages(include=["documents", "metadatas"], **where)
            for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"])
        }

    def has_document(self, doc_id: str) -> bool:
        with self._rw.read():
            return bool(self.docs.get(ids=[doc_id], include=[])["ids"])

    # ---- writes ----------------------------------------------------------------------------
    def touch_leases(self, items: list[tuple[str, str, int]]) -> None:
        """Mark documents' ingests as in progress by this process (written before their chunks,
        renewed as they go): (doc id, source, chunks) each. A staged record-to-be is kept."""
        ids = [d for d, _, _ in items]
        if not ids:
            return
        with self.writing():
            with self._rw.read():
                got = self.pending.get(ids=ids, include=["metadatas"])
            staged = {i: m for i, m in zip(got["ids"], got["metadatas"]) if m.get("staged")}
            metas = [{**staged.get(d, {}), **lease_meta(s, n)} for d, s, n in items]
            self.pending.upsert(ids=ids, embeddings=[[1.0]] * len(items), metadatas=metas)

    def release_leases(self, doc_ids: list[str]) -> None:
        """Drop the leases of documents another writer has committed meanwhile."""
        with self.writing():
            if done := list(self.existing_documents(doc_ids)):
                self.pending.delete(ids=done)

    def add_chunks(self, chunks: list[Chunk], vectors: np.ndarray) -> None:
        with self.writing():
            for i in range(0, len(chunks), self.batch):
                part = chunks[i : i + self.batch]
                self.chunks.upsert(
                    ids=[c.chunk_id for c in part],
                    embeddings=vectors[i : i + len(part)],
                    documents=[c.text for c in part],
                    metadatas=[c.metadata() for c in part],
                )

    def delete_chunks(self, ids: list[str]) -> None:
        with self.writing():
            for i in range(0, len(ids), self.batch):
                self.chunks.delete(ids=ids[i : i + self.batch])

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
                ids=[*ids, META_ID],
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
            self.sentences.delete(where={"doc_id": doc_id})
            self._recent.forget(doc_id)
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
            for doc_id in sorted(self.sentence_doc_ids() - live):  # a removal cut short
                self.sentences.delete(where={"doc_id": doc_id})
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
            store = ChromaStore(make_client(settings), cfg.prefix, lock_path=lock_path)
        else:
            opener = lambda: make_client(settings)  # noqa: E731
            store = ChromaStore(None, cfg.prefix, opener=opener, lock_path=lock_path)
        store.reindex_lease_s = cfg.reindex_lease_s
        return store
    except StoreError:
        raise
    except Exception as exc:
        raise StoreError(f"无法打开知识库存储: {exc}") from exc
