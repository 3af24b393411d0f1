"""Nearest-neighbour reads of the chunk vectors, filtered to the documents in use."""

from __future__ import annotations

from collections.abc import Container
from typing import Any

import numpy as np

from knowledge.schema import Chunk
from knowledge.storage.base import StoreBase
from knowledge.storage.chroma_io import to_chunk


class VectorSearch(StoreBase):
    """The nearest-neighbour part of `ChromaStore`."""

    def dense_search(
        self, vector: np.ndarray, k: int, live: set[str] | None = None
    ) -> list[tuple[Chunk, float]]:
        """The k nearest chunks of documents in `live` (default: those with a record)."""
        if live is None:
            live = {d.doc_id for d in self.list_documents()}
        hits = self.nearest(vector, k, live)
        by_id = {c.chunk_id: c for c in self.get_chunks([cid for cid, _ in hits])}
        return [(by_id[cid], score) for cid, score in hits if cid in by_id]

    def nearest(
        self, vector: np.ndarray, k: int, live: Container[str], known: Container[str] | None = None
    ) -> list[tuple[str, float]]:
        """Ids and cosine similarities of the k nearest chunks of documents in `live`.

        One plain query for ids only (the caller has the texts); only when chunks of
        unpublished documents (an ingest in progress) took places in a full result, or chunks
        missing from `known`, is it repeated with a filter on the live documents.
        """
        if not live or k <= 0:
            return []
        hits = self._query(vector, k)
        kept = [h for h in hits if _doc_of(h[0]) in live and (known is None or h[0] in known)]
        if len(kept) < len(hits) == k:
            hits = self._query(vector, k, {"doc_id": {"$in": sorted(live)}})  # type: ignore[arg-type]
            kept = [h for h in hits if known is None or h[0] in known]
        return kept

    def _query(
        self, vector: np.ndarray, k: int, where: dict[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        with self._rw.read():
            got = self.chunks.query(
                query_embeddings=[vector], n_results=k, where=where, include=["distances"]
            )
        return [(cid, 1.0 - float(d)) for cid, d in zip(got["ids"][0], got["distances"][0])]

    def get_chunks(self, ids: list[str]) -> list[Chunk]:
        if not ids:
            return []
        with self._rw.read():
            got = self.chunks.get(ids=ids, include=["documents", "metadatas"])
        return [to_chunk(*row) for row in zip(got["ids"], got["documents"], got["metadatas"])]


def _doc_of(chunk_id: str) -> str:
    return chunk_id.rsplit(":", 1)[0]
