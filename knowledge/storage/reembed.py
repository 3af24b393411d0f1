"""Which embedder made a store's vectors, and replacing them all by another embedder's.

The META record carries `embedder` (the identity string of `VectorEmbeddings.identity()`:
provider, model, dimension, passage preparation); a store made before it has none (unknown).
Re-embedding never writes into the live chunk vectors: the new vectors go to a shadow
collection `<prefix>_chunks_next` (same ids, texts and metadata), which a re-run resumes, and
one swap under the write lock puts it in place:

1. META `reembedding` names the target identity (set when the shadow is started);
2. the swap renames `_chunks` to `_chunks_old`, then `_chunks_next` to `_chunks`;
3. META `embedder` becomes the target, the sentence vectors (made by the old embedder) go,
   `_chunks_old` goes.

A process that dies inside the swap leaves `_chunks_old`; the next open finishes the swap from
wherever it stopped (`_finish_swap`). Until the swap the old vectors are untouched and the store
answers as before for the embedder that made them.
"""

from __future__ import annotations

import secrets
from typing import Any

import numpy as np

from knowledge.schema import Chunk
from knowledge.storage.base import _SYNC_CHUNKS, _SYNC_SMALL, META_ID, StoreBase
from knowledge.storage.chroma_io import open_collection


class Reembedding(StoreBase):
    """The embedder record and the re-embedding steps of `ChromaStore`."""

    def _attach(self, client: Any) -> None:
        swapped = _finish_swap(client, self.prefix)
        super()._attach(client)
        if swapped:
            self._after_swap()

    # ---- the record ------------------------------------------------------------------------
    def record_embedder(self, key: str) -> None:
        """Record who makes the vectors (an empty store's first writer)."""
        with self.writing():
            self._set_meta(embedder=key)

    def _set_meta(self, **values: Any) -> None:
        meta = {**values, "gen": secrets.randbits(62), "chunks": self.chunks.count()}
        self.docs.upsert(ids=[META_ID], embeddings=[[1.0]], metadatas=[meta])  # merges keys
        self._embedder = self.meta_record().get("embedder") or None

    # ---- re-embedding ----------------------------------------------------------------------
    def _shadow(self) -> Any:
        return open_collection(self.client, f"{self.prefix}_chunks_next", _SYNC_CHUNKS, "cosine")

    def begin_reembedding(self, key: str) -> set[str]:
        """Start (or resume) re-embedding for `key`; the chunk ids already re-embedded. A shadow
        begun for another identity is dropped."""
        with self.writing():
            if self.meta_record().get("reembedding") != key:
                _drop(self.client, f"{self.prefix}_chunks_next")
                self._set_meta(reembedding=key)
            return {cid for got in self._pages(self._shadow(), include=[]) for cid in got["ids"]}

    def add_reembedded(self, chunks: list[Chunk], vectors: np.ndarray) -> None:
        with self.writing():
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
        """Put the shadow in place of the chunk vectors (call under `writing()`, once the shadow
        holds every chunk)."""
        with self._rw.write():
            self.chunks.modify(name=f"{self.prefix}_chunks_old")
            self._shadow().modify(name=f"{self.prefix}_chunks")
            self.chunks = open_collection(
                self.client, f"{self.prefix}_chunks", _SYNC_CHUNKS, "cosine"
            )
            self._after_swap()
            self._loaded = None

    def _after_swap(self) -> None:
        """Step 3: the record names the new embedder, the old sentence vectors and chunk
        vectors go (idempotent: a swap cut short is finished by the next open)."""
        meta = self.meta_record()
        self._set_meta(embedder=meta.get("reembedding") or meta.get("embedder", ""), reembedding="")
        _drop(self.client, f"{self.prefix}_sentences")
        self.sentences = open_collection(self.client, f"{self.prefix}_sentences", _SYNC_SMALL)
        if hasattr(self, "_recent"):  # the sentence-vector part's memory
            self._recent.forget("")
        _drop(self.client, f"{self.prefix}_chunks_old")


def _drop(client: Any, name: str) -> None:
    try:
        client.delete_collection(name)
    except Exception:  # not there
        pass


def _finish_swap(client: Any, prefix: str) -> bool:
    """Complete a swap a dead process left half-done (step 2 or 3); True if there was one."""
    names = {c.name for c in client.list_collections()}
    chunks, shadow, old = (f"{prefix}_chunks{s}" for s in ("", "_next", "_old"))
    if old not in names:
        return False
    if chunks in names:
        return True
    if shadow in names:
        client.get_collection(shadow).modify(name=chunks)
        return True
    client.get_collection(old).modify(name=chunks)  # never swapped: the old vectors stay
    return False
