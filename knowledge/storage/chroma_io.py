"""Chroma plumbing for the store: opening and evicting clients, records <-> Chroma metadata."""

from __future__ import annotations

import json
import time
import warnings
from dataclasses import astuple
from pathlib import Path
from typing import Any

from knowledge.errors import StoreError
from knowledge.schema import Chunk, DocField, DocumentInfo, IssuedPart
from knowledge.settings import Settings
from knowledge.storage.locking import owner_id


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


def evict(client: Any) -> None:
    """Close an embedded client and drop it from chroma's per-path cache, so the next open of
    that path loads from disk (other holders keep their handle until they reopen too)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    ident = getattr(client, "_identifier", None)
    try:
        client.close()
    except Exception:  # an old handle that cannot close is just dropped
        pass
    if ident is not None:
        SharedSystemClient._identifier_to_system.pop(ident, None)
        SharedSystemClient._identifier_to_refcount.pop(ident, None)


def to_chunk(cid: str, text: str, meta: dict[str, Any]) -> Chunk:
    return Chunk(
        chunk_id=cid,
        doc_id=meta["doc_id"],
        ordinal=int(meta["ordinal"]),
        start=int(meta["start"]),
        end=int(meta["end"]),
        text=text,
        title=meta.get("title", ""),
        source=meta.get("source", ""),
        section=meta.get("section"),
        page=int(meta["page"]) if meta.get("page") is not None else None,
    )


def to_doc_info(doc_id: str, meta: dict[str, Any]) -> DocumentInfo:
    """A document record; keys a store made before them lack take their defaults."""
    pages = meta.get("pages")
    return DocumentInfo(
        doc_id=doc_id,
        title=meta.get("title", ""),
        source=meta.get("source", ""),
        chunks=int(meta.get("chunks", 0)),
        added_at=meta.get("added_at", ""),
        published=meta.get("published"),
        publisher=meta.get("publisher"),
        chars=int(meta.get("chars", 0)),
        issuer=meta.get("issuer"),
        doc_number=meta.get("doc_number"),
        doc_type=meta.get("doc_type"),
        issued_on=meta.get("issued_on"),
        effective_on=meta.get("effective_on"),
        published_on=meta.get("published_on"),
        pages=int(pages) if pages is not None else None,
        repeals=tuple(_json(meta.get("repeals"), [])),
        replaces=tuple(_json(meta.get("replaces"), [])),
        fields=tuple(DocField(*f) for f in _json(meta.get("fields"), [])),
        parts=tuple(_part(p) for p in _json(meta.get("parts"), [])),
    )


def _part(row: list) -> IssuedPart:
    number, title, kind, effective, start, end, repeals, chunks = row
    return IssuedPart(number, title, kind, effective, start, end, tuple(repeals), chunks)


def record_meta(info: DocumentInfo) -> dict[str, Any]:
    """A record as Chroma metadata: no None values, lists as JSON text; the status is derived
    from the records when they are read (storage/versions.py), never stored."""
    skip = {"doc_id", "repeals", "replaces", "status", "superseded_by", "superseded_as", "part_of"}
    skip |= {"issues"}
    meta = {k: v for k, v in info.to_json().items() if v is not None and k not in skip}
    for name in ("repeals", "replaces"):
        if getattr(info, name):
            meta[name] = json.dumps(list(getattr(info, name)), ensure_ascii=False)
    if info.fields:
        rows = [[f.name, f.value, f.start, f.end] for f in info.fields]
        meta["fields"] = json.dumps(rows, ensure_ascii=False)
    if info.parts:
        rows = [[*astuple(p)[:6], list(p.repeals), p.chunks] for p in info.parts]
        meta["parts"] = json.dumps(rows, ensure_ascii=False)
    return meta


def _json(text: Any, default: Any) -> Any:
    try:
        return json.loads(text) if isinstance(text, str) else default
    except ValueError:
        return default


def lease_meta(source: str, chunks: int, **extra: Any) -> dict[str, Any]:
    """A lease: this process is writing a document of `chunks` chunks from `source`."""
    return {
        "owner": owner_id(),
        "heartbeat": time.time(),
        "source": source,
        "chunks": chunks,
        **extra,
    }


def read_retired(meta: dict[str, Any]) -> tuple[tuple[str, float], ...]:
    """META's replaced collections: `name@time,…` (a store17 record: one name, `retired_at`)."""
    out = []
    for item in str(meta.get("retired") or "").split(","):
        name, _, at = item.partition("@")
        if name:
            out.append((name, float(at) if at else float(meta.get("retired_at") or 0)))
    return tuple(out)


def write_retired(retired: tuple[tuple[str, float], ...]) -> str:
    return ",".join(f"{name}@{at:.3f}" for name, at in retired)


EF_SEARCH = 400  # candidates a chunk-vector query visits (Chroma's default is 100)


def open_collection(client: Any, name: str, sync: int, space: str = "l2") -> Any:
    """Get or create a collection whose write log is folded into its index every `sync` records.

    Chroma keeps every record written since the last index sync in its log and goes through
    that log again on each write, so with its default (1,000) a write costs more the more text
    the collection holds: 0.8 s per record once 40 documents of 60,000 characters are in
    `_documents`, 4 ms with a threshold of 4 (bench/RESULTS.md, P6). Stores made before this
    get the threshold on open.

    Cosine collections (the chunk vectors) search with `EF_SEARCH` candidates: at Chroma's 100,
    the approximate index missed the exact nearest chunk about once in 10 to 30 builds of the
    same 160 near-duplicate vectors (its multi-threaded build inserts them in varying order),
    which made `test_big_document_is_keyword_searchable_while_embedding` flaky; at 400 none in
    30 builds. Query time stays far below a query embedding's.
    """
    hnsw = {"space": space, "sync_threshold": sync, "batch_size": min(sync, 100)}
    tuned = {"sync_threshold": sync}
    if space == "cosine":
        tuned["ef_search"] = hnsw["ef_search"] = EF_SEARCH
    col = client.get_or_create_collection(
        name, configuration={"hnsw": hnsw}, embedding_function=None
    )
    with warnings.catch_warnings():  # chroma warns about its own legacy config format
        warnings.simplefilter("ignore", DeprecationWarning)
        current = (col.configuration or {}).get("hnsw") or {}
    if any(current.get(k) != v for k, v in tuned.items()):  # (batch_size is not shown)
        col.modify(configuration={"hnsw": {**tuned, "batch_size": hnsw["batch_size"]}})
    return col
