"""Chroma-backed store: chunk vectors plus a document list; a document is live once its record lands."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from knowledge.schema import Chunk, DocumentInfo
from knowledge.settings import Settings

_META_ID = "__generation__"
_PAGE = 2000


class StoreError(Exception):
    """The store cannot be opened or reached; str() is a user-facing message."""


def make_client(settings: Settings):
    """Embedded PersistentClient by default; an HttpClient when a server host is configured."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    cfg = settings.store
    try:
        if cfg.host:
            return chromadb.HttpClient(host=cfg.host, port=cfg.port, settings=chroma_settings)
        Path(cfg.path).mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(cfg.path), settings=chroma_settings)
    except Exception as exc:  # connection refused, unwritable folder, ...
        where = f"{cfg.host}:{cfg.port}" if cfg.host else str(cfg.path)
        raise StoreError(f"无法打开知识库存储 ({where}): {exc}") from exc


class ChromaStore:
    """Two collections: `<prefix>_chunks` (cosine vectors) and `<prefix>_documents` (records)."""

    def __init__(self, client: Any, prefix: str = "qa") -> None:
        self.client = client
        self.chunks = client.get_or_create_collection(
            f"{prefix}_chunks", metadata={"hnsw:space": "cosine"}, embedding_function=None
        )
        self.docs = client.get_or_create_collection(f"{prefix}_documents", embedding_function=None)
        self.batch = min(_PAGE, client.get_max_batch_size())

    # ---- documents -------------------------------------------------------------------------
    def list_documents(self) -> list[DocumentInfo]:
        got = self.docs.get(include=["metadatas"])
        infos = [_doc_info(i, m) for i, m in zip(got["ids"], got["metadatas"]) if i != _META_ID]
        return sorted(infos, key=lambda d: (d.added_at, d.title))

    def get_document(self, doc_id: str) -> DocumentInfo | None:
        got = self.docs.get(ids=[doc_id], include=["metadatas"])
        return _doc_info(doc_id, got["metadatas"][0]) if got["ids"] else None

    def get_document_text(self, doc_id: str) -> str | None:
        got = self.docs.get(ids=[doc_id], include=["documents"])
        return got["documents"][0] if got["ids"] else None

    def has_document(self, doc_id: str) -> bool:
        return bool(self.docs.get(ids=[doc_id], include=[])["ids"])

    def generation(self) -> tuple[int, int, int]:
        """Changes whenever a document is added or removed (by any process or client)."""
        got = self.docs.get(ids=[_META_ID], include=["metadatas"])
        gen = int(got["metadatas"][0]["gen"]) if got["ids"] else 0
        return gen, self.docs.count(), self.chunks.count()

    def _bump(self) -> None:
        gen = self.generation()[0] + 1
        self.docs.upsert(ids=[_META_ID], embeddings=[[1.0]], metadatas=[{"gen": gen}])

    # ---- writes ----------------------------------------------------------------------------
    def add_chunks(self, chunks: list[Chunk], vectors: np.ndarray) -> None:
        for i in range(0, len(chunks), self.batch):
            part = chunks[i : i + self.batch]
            self.chunks.upsert(
                ids=[c.chunk_id for c in part],
                embeddings=vectors[i : i + len(part)],
                documents=[c.text for c in part],
                metadatas=[_chunk_meta(c) for c in part],
            )

    def commit_document(self, info: DocumentInfo, text: str) -> None:
        """Write the document record last: from now on its chunks are used."""
        meta = {k: v for k, v in info.to_json().items() if v is not None and k != "doc_id"}
        meta["chars"] = len(text)
        self.docs.upsert(ids=[info.doc_id], embeddings=[[1.0]], documents=[text], metadatas=[meta])
        self._bump()

    def remove_document(self, doc_id: str) -> bool:
        existed = self.has_document(doc_id)
        self.docs.delete(ids=[doc_id])  # unpublish first, then drop the chunks
        self.chunks.delete(where={"doc_id": doc_id})
        self._bump()
        return existed

    def remove_orphans(self) -> int:
        """Delete chunks whose document record never landed (an interrupted ingest)."""
        live = {d.doc_id for d in self.list_documents()}
        orphan_docs = {c.doc_id for c in self.iter_chunks() if c.doc_id not in live}
        for doc_id in orphan_docs:
            self.chunks.delete(where={"doc_id": doc_id})
        return len(orphan_docs)

    # ---- reads -----------------------------------------------------------------------------
    def iter_chunks(self) -> Iterator[Chunk]:
        offset = 0
        while True:
            got = self.chunks.get(
                include=["documents", "metadatas"], limit=self.batch, offset=offset
            )
            for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"]):
                yield _chunk(cid, text, meta)
            if len(got["ids"]) < self.batch:
                return
            offset += self.batch

    def dense_search(self, vector: np.ndarray, k: int) -> list[tuple[Chunk, float]]:
        n = self.chunks.count()
        if n == 0:
            return []
        got = self.chunks.query(
            query_embeddings=[vector],
            n_results=min(k, n),
            include=["documents", "metadatas", "distances"],
        )
        return [
            (_chunk(cid, text, meta), 1.0 - float(dist))
            for cid, text, meta, dist in zip(
                got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0]
            )
        ]


def _chunk_meta(c: Chunk) -> dict[str, Any]:
    return {
        "doc_id": c.doc_id,
        "ordinal": c.ordinal,
        "start": c.start,
        "end": c.end,
        "title": c.title,
        "source": c.source,
    }


def _chunk(cid: str, text: str, meta: dict[str, Any]) -> Chunk:
    return Chunk(
        chunk_id=cid,
        doc_id=meta["doc_id"],
        ordinal=int(meta["ordinal"]),
        start=int(meta["start"]),
        end=int(meta["end"]),
        text=text,
        title=meta.get("title", ""),
        source=meta.get("source", ""),
    )


def _doc_info(doc_id: str, meta: dict[str, Any]) -> DocumentInfo:
    return DocumentInfo(
        doc_id=doc_id,
        title=meta.get("title", ""),
        source=meta.get("source", ""),
        chunks=int(meta.get("chunks", 0)),
        added_at=meta.get("added_at", ""),
        published=meta.get("published"),
        publisher=meta.get("publisher"),
        chars=int(meta.get("chars", 0)),
    )


def make_store(settings: Settings) -> ChromaStore:
    """Open (creating if needed) the configured store."""
    try:
        return ChromaStore(make_client(settings), settings.store.prefix)
    except StoreError:
        raise
    except Exception as exc:
        raise StoreError(f"无法打开知识库存储: {exc}") from exc
