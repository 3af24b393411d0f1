"""Staged documents: chunk texts searchable by keyword while their vectors are computed."""

from __future__ import annotations

import time
from collections.abc import Iterator

from knowledge.schema import Chunk, DocumentInfo
from knowledge.storage.base import StoreBase
from knowledge.storage.chroma_io import lease_meta, record_meta, to_chunk, to_doc_info
from knowledge.storage.locking import owner_alive

STAGE_STEP = 128  # a Chroma call holds the GIL; 128 staged chunks take ~50 ms


class Staging(StoreBase):
    """The staging part of `ChromaStore`: texts in `_staged`, the record-to-be in the
    document's lease."""

    def stage_document(self, info: DocumentInfo, chunks: list[Chunk]) -> None:
        """Make a document keyword-searchable before its vectors exist: its chunk texts go to
        `_staged` and its lease carries the record-to-be. Commit or removal clears them."""
        meta = {**lease_meta(info.source, len(chunks), staged=True), **record_meta(info)}
        with self.writing():
            for i in range(0, len(chunks), STAGE_STEP):  # short calls: asks get turns between
                part = chunks[i : i + STAGE_STEP]
                self.staged.upsert(
                    ids=[c.chunk_id for c in part],
                    embeddings=[[1.0]] * len(part),
                    documents=[c.text for c in part],
                    metadatas=[c.metadata() for c in part],
                )
            self.pending.upsert(ids=[info.doc_id], embeddings=[[1.0]], metadatas=[meta])
            self._bump()

    def staged_documents(self) -> list[DocumentInfo]:
        """Documents being embedded by a live writer, searchable by keyword meanwhile."""
        now = time.time()
        return [
            to_doc_info(doc_id, meta)
            for doc_id, meta in self.leases().items()
            if meta.get("staged")
            and owner_alive(str(meta.get("owner", "")), float(meta.get("heartbeat", 0)), now)
        ]

    def iter_staged(self, doc_id: str | None = None) -> Iterator[Chunk]:
        where = {"where": {"doc_id": doc_id}} if doc_id else {}
        for got in self._pages(self.staged, include=["documents", "metadatas"], **where):
            for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"]):
                yield to_chunk(cid, text, meta)
