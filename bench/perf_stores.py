"""The stores perf.py measures: the 1,104-paragraph CMRC store (seeded from the split stores
without embedding again) and a synthetic 100k-chunk store from real chunk texts."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.baseline import Baseline
from bench.cmrc_data import ingest_paragraph_ids, load_split
from knowledge.schema import Chunk, DocumentInfo
from knowledge.service import QAService, build_service
from knowledge.settings import Settings

BIG_CHUNKS = 100_000
BIG_DOC_CHUNKS = 250  # ~60,000 characters: a long policy document


def all_paragraphs(data: Path) -> list[tuple[str, str]]:
    return load_split(data, "dev")[0] + load_split(data, "trial")[0]


def seed_copy(store: Path, seeds: list[Path], log) -> list[Path]:
    """Start a missing store as a copy of the first filled seed; returns the seeds to merge."""
    seeds = [p for p in seeds if (p / "chroma.sqlite3").exists()]
    if store.exists() or not seeds:
        return []
    log(f"seeding {store} from {seeds[0]}")
    shutil.copytree(seeds[0], store, ignore=shutil.ignore_patterns("*.lock"))
    return seeds[1:]


def merge_store(dst: QAService, src_path: Path, log) -> int:
    """Copy the documents (chunks, vectors, records) of another bench store that `dst` lacks:
    what the same ingest path already computed, without embedding it again."""
    from knowledge.storage.store import make_store

    src = make_store(Settings().with_store(src_path))
    if (embedder := src.stored_embedder(fresh=True)) and dst.store.stored_embedder() is None:
        dst.store.record_embedder(embedder)  # the vectors copied are src's embedder's
    got = src.chunks.get(include=["documents", "metadatas", "embeddings"])
    by_doc: dict[str, list[int]] = {}
    for i, meta in enumerate(got["metadatas"]):
        by_doc.setdefault(meta["doc_id"], []).append(i)
    added = 0
    for info in src.list_documents():
        if dst.store.has_document(info.doc_id) or info.doc_id not in by_doc:
            continue
        rows = by_doc[info.doc_id]
        chunks = [_chunk(got["ids"][i], got["documents"][i], got["metadatas"][i]) for i in rows]
        vectors = np.asarray([got["embeddings"][i] for i in rows], dtype=np.float32)
        dst.store.add_chunks(chunks, vectors)
        dst.store.commit_documents([(info, src.get_document_text(info.doc_id) or "")])
        added += 1
    log(f"merged {added} documents from {src_path}")
    return added


def merge_baseline(dst: Baseline, src_path: Path) -> None:
    """The same for the standard recipe's collection."""
    from bench.baseline import COLLECTION, open_client

    src = open_client(src_path).get_or_create_collection(COLLECTION, embedding_function=None)
    got = src.get(include=["documents", "metadatas", "embeddings"])
    for i in range(0, len(got["ids"]), 1000):
        dst.col.upsert(
            ids=got["ids"][i : i + 1000],
            embeddings=got["embeddings"][i : i + 1000],
            documents=got["documents"][i : i + 1000],
            metadatas=got["metadatas"][i : i + 1000],
        )


def _chunk(cid: str, text: str, meta: dict[str, Any]) -> Chunk:
    return Chunk(
        cid,
        meta["doc_id"],
        int(meta["ordinal"]),
        int(meta["start"]),
        int(meta["end"]),
        text,
        meta.get("title", ""),
        meta.get("source", ""),
    )


def open_all_store(store: Path, seeds: list[Path], data: Path, log) -> QAService:
    """The 1,104-paragraph store, seeded from the per-split bench stores, then filled if needed."""
    merge = seed_copy(store, seeds, log)
    service = build_service(Settings().with_store(store))
    for path in merge:
        merge_store(service, path, log)
    t0 = time.perf_counter()
    counts, _ = ingest_paragraph_ids(service, all_paragraphs(data))
    log(f"store {store}: {counts} ({time.perf_counter() - t0:.1f}s)")
    return service


def build_big_store(src: QAService, path: Path, n_chunks: int, log) -> None:
    """Real chunk texts from `src`, repeated with perturbed vectors, up to n_chunks chunks, in
    synthetic documents of BIG_DOC_CHUNKS chunks; chunks are written in large batches, then
    each document is committed (add_chunks + commit_documents, like the ingest path)."""
    from knowledge.storage.store import make_store

    done_mark = path / "synthetic.json"
    if done_mark.exists():
        log(f"big store {path}: {done_mark.read_text().strip()} (reused)")
        return
    shutil.rmtree(path, ignore_errors=True)  # a build that did not finish
    store = make_store(Settings().with_store(path))
    if embedder := src.store.stored_embedder(fresh=True):  # the vectors are src's embedder's
        store.record_embedder(embedder)
    got = src.store.chunks.get(include=["documents", "metadatas", "embeddings"])
    texts, metas = got["documents"], got["metadatas"]
    vecs = np.asarray(got["embeddings"], dtype=np.float32)
    rng = np.random.default_rng(0)
    t0 = time.perf_counter()
    done, pos, copy = 0, 0, 0
    pending: list[tuple[DocumentInfo, str, list[Chunk], np.ndarray]] = []
    while done < n_chunks:
        take = min(BIG_DOC_CHUNKS, n_chunks - done, len(texts) - pos)
        doc_id = f"synth{copy:03d}-{pos:05d}"
        chunks, start = [], 0
        for j, i in enumerate(range(pos, pos + take)):
            t = texts[i]
            title = metas[i].get("title", "")
            chunks.append(Chunk(f"{doc_id}:{j}", doc_id, j, start, start + len(t), t, title, ""))
            start += len(t) + 1
        v = vecs[pos : pos + take] + rng.normal(0, 0.02, (take, vecs.shape[1])).astype(np.float32)
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        info = DocumentInfo(doc_id, chunks[0].title, f"{doc_id}.txt", take, f"synth-{copy:03d}")
        # The record's text is a stub (the first chunk): Chroma slows every later document
        # write in proportion to the full texts already stored (see RESULTS.md), which would
        # make building 100k chunks take hours; asks never read the document text.
        pending.append((info, chunks[0].text, chunks, v))
        done, pos = done + take, pos + take
        if pos >= len(texts):
            pos, copy = 0, copy + 1
        if sum(len(p[2]) for p in pending) >= 4000 or done >= n_chunks:
            store.add_chunks([c for p in pending for c in p[2]], np.vstack([p[3] for p in pending]))
            for info, text, _, _ in pending:
                store.commit_documents([(info, text)])
            pending = []
            log(f"big store: {done} chunks ({time.perf_counter() - t0:.0f}s)")
    done_mark.write_text(json.dumps({"chunks": done, "documents": done // BIG_DOC_CHUNKS}))
