"""keyword_index.py: the snapshot's per-document chunks."""

from __future__ import annotations

from knowledge.retrieval.bm25 import LexicalIndex
from knowledge.retrieval.keyword_index import Snapshot
from knowledge.schema import Chunk


def test_chunks_of_a_document_come_from_one_map_shared_by_scoped_copies() -> None:
    chunks = [
        Chunk("a1", "a", 0, 0, 4, "甲乙丙丁"),
        Chunk("b1", "b", 0, 0, 2, "戊己"),
        Chunk("a2", "a", 1, 4, 6, "庚辛"),
    ]
    by_id = {c.chunk_id: c for c in chunks}
    snap = Snapshot(LexicalIndex([]), chunks, {"a", "b"}, by_id, {})
    assert [c.chunk_id for c in snap.chunks_of("a")] == ["a1", "a2"]
    assert snap.chunks_of("z") == []
    scoped = snap.scoped({"b"})
    assert scoped.chunks_of("b") is snap.chunks_of("b")  # the same map, not built again


def test_indexed_chunks_of_a_document_keep_the_index_order_and_leave_scanned_ones_out() -> None:
    chunks = [
        Chunk("a2", "a", 1, 4, 6, "庚辛"),
        Chunk("b1", "b", 0, 0, 2, "戊己"),
        Chunk("a1", "a", 0, 0, 4, "甲乙丙丁"),
    ]
    scanned = Chunk("c1", "c", 0, 0, 2, "壬癸")  # a document still being scanned: by_id only
    by_id = {c.chunk_id: c for c in [*chunks, scanned]}
    snap = Snapshot(LexicalIndex([]), chunks, {"a", "b", "c"}, by_id, {})
    assert [c.chunk_id for c in snap.indexed_of("a")] == ["a2", "a1"]  # as the index holds them
    assert snap.indexed_of("c") == [] and [c.chunk_id for c in snap.chunks_of("c")] == ["c1"]
    assert snap.scoped({"a"}).indexed_of("a") is snap.indexed_of("a")  # one map, shared
