"""Sentence vectors: e5 vectors of the sentences of each chunk, kept so that answering a
question in another language than the documents' needs no passage embedding at question time.

Derived data, one row per chunk in `<prefix>_sentences` (a 1-dimensional dummy vector: nothing
searches them by similarity): the chunk's sentence spans and their vectors as float16. Written
after the document is published (by a later pass, see `knowledge.ingestion.sentence_pass`),
removed with the document; a chunk without a row is answered by embedding its sentences then.
"""

from __future__ import annotations

import base64
import json
import threading
from collections import OrderedDict
from collections.abc import Iterable

import numpy as np

from knowledge.schema import Chunk
from knowledge.storage.base import StoreBase

Spans = list[tuple[int, int]]
# chunks whose sentence vectors are kept in memory once read (about 8 KB each): a chunk id is
# the hash of its document's text and the chunk's ordinal, so a row read once stays true for
# that id; what changes is only whether the row exists, and misses are never remembered.
CACHED_CHUNKS = 2048


def pack(
    chunk: Chunk, spans: Spans, vectors: np.ndarray, embedder: str | None = None
) -> dict[str, str | int]:
    data = np.asarray(vectors, dtype=np.float16).tobytes()
    return {
        "doc_id": chunk.doc_id,
        "embedder": embedder or "",
        "spans": json.dumps([list(s) for s in spans]),
        "dim": int(vectors.shape[1]) if len(spans) else 0,
        "vecs": base64.b64encode(data).decode("ascii"),
    }


def unpack(meta: dict) -> tuple[Spans, np.ndarray]:
    spans = [(int(s), int(e)) for s, e in json.loads(meta["spans"])]
    raw = np.frombuffer(base64.b64decode(meta["vecs"]), dtype=np.float16)
    dim = int(meta.get("dim") or 1)
    return spans, raw.astype(np.float32).reshape(len(spans), dim) if spans else raw[:0]


class _Recent:
    """The last `size` rows read, by chunk id (thread-safe; least recently used goes first)."""

    def __init__(self, size: int = CACHED_CHUNKS) -> None:
        self.size = size
        self._rows: OrderedDict[str, tuple[Spans, np.ndarray]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, ids: list[str]) -> dict[str, tuple[Spans, np.ndarray]]:
        with self._lock:
            found = {i: self._rows[i] for i in ids if i in self._rows}
            for i in found:
                self._rows.move_to_end(i)
        return found

    def put(self, rows: dict[str, tuple[Spans, np.ndarray]]) -> None:
        with self._lock:
            self._rows.update(rows)
            while len(self._rows) > self.size:
                self._rows.popitem(last=False)

    def forget(self, doc_id: str) -> None:
        """Drop the rows of a document ("": of every document)."""
        with self._lock:
            for i in [i for i in self._rows if i.startswith(f"{doc_id}:" if doc_id else "")]:
                del self._rows[i]


class SentenceVectors(StoreBase):
    """The sentence-vector part of `ChromaStore`. Rows read are kept in memory (`_Recent`): an
    English question reads the vectors of 20 chunks, mostly the same ones again."""

    def __init__(self, *args, **kwargs) -> None:
        self._recent = _Recent()
        super().__init__(*args, **kwargs)

    def add_sentence_vectors(
        self, rows: list[tuple[Chunk, Spans, np.ndarray]], embedder: str | None = None
    ) -> None:
        """Write the rows of chunks whose document still has a record (call under `writing()`:
        a document removed meanwhile gets none), made by `embedder` (its identity): none when
        the store's chunk vectors are another embedder's (re-embedded meanwhile)."""
        if embedder is not None and embedder != self.stored_embedder(fresh=True):
            return
        live = self.existing_documents([c.doc_id for c, _, _ in rows])
        rows = [r for r in rows if r[0].doc_id in live]
        with self.writing():
            for i in range(0, len(rows), self.batch):
                part = rows[i : i + self.batch]
                self.sentences.upsert(
                    ids=[c.chunk_id for c, _, _ in part],
                    embeddings=[[1.0]] * len(part),
                    metadatas=[pack(c, s, v, embedder) for c, s, v in part],
                )

    def sentence_vectors(self, chunk_ids: Iterable[str]) -> dict[str, tuple[Spans, np.ndarray]]:
        """Chunk id -> (sentence spans in the chunk text, their unit vectors), for the chunks
        that have them."""
        ids = list(dict.fromkeys(chunk_ids))
        if not ids:
            return {}
        found = self._recent.get(ids)
        if rest := [i for i in ids if i not in found]:
            with self._rw.read():
                got = self.sentences.get(ids=rest, include=["metadatas"])
            read = {cid: unpack(meta) for cid, meta in zip(got["ids"], got["metadatas"])}
            self._recent.put(read)
            found |= read
        return found

    def chunks_with_sentence_vectors(self, doc_id: str | None = None) -> set[str]:
        where = {"where": {"doc_id": doc_id}} if doc_id else {}
        return {
            cid for got in self._pages(self.sentences, include=[], **where) for cid in got["ids"]
        }

    def sentence_doc_ids(self) -> set[str]:
        return {
            m["doc_id"]
            for got in self._pages(self.sentences, include=["metadatas"])
            for m in got["metadatas"]
        }
