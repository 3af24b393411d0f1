"""A scoped snapshot: only the allowed documents come back, from the keyword side and the
dense side alike (fixtures: tests/data/policy, fictional)."""

from __future__ import annotations

from knowledge.retrieval.bm25 import LexicalIndex
from tests.conftest import ROOT, make_service

POLICY = ROOT / "tests/data/policy"


def test_a_scoped_search_returns_only_the_allowed_documents(tmp_path) -> None:
    svc = make_service(tmp_path / "store", embedding={"provider": "fake"})
    svc.ingest_paths([POLICY])
    docs = {d.source: d.doc_id for d in svc.list_documents()}
    snap = svc.searcher.snapshot()
    question = "飞地园区利益分享管理办法什么时候起施行？"
    everything = svc.searcher.search(question, 20, snap)
    assert len({h.chunk.doc_id for h in everything.hits}) >= 3
    allowed = {docs["qinghe-feidi-jiedu.txt"]}
    scoped = snap.scoped(allowed)
    assert scoped.live == allowed and scoped.allowed == frozenset(allowed)
    hits = svc.searcher.search(question, 20, scoped).hits
    assert hits and {h.chunk.doc_id for h in hits} == allowed
    assert any(h.lexical for h in hits) and any(h.dense is not None for h in hits)
    assert snap.scoped(allowed).scoped(set(docs.values())).live == allowed  # only narrows


def test_the_keyword_index_masks_rows() -> None:
    index = LexicalIndex(["飞地 园区 税收", "飞地 园区 用地", "会议 通知"])
    import numpy as np

    assert {i for i, _ in index.search(["飞地"], 3)} == {0, 1}
    assert [i for i, _ in index.search(["飞地"], 3, np.array([0.0, 1.0, 1.0]))] == [1]


def test_a_snapshot_is_kept_until_the_documents_change(tmp_path) -> None:
    versions = ROOT / "eval/policy/corpus"
    svc = make_service(tmp_path / "store", embedding={"provider": "fake"})
    svc.ingest_paths([versions / "2024-05-08-feidi-liyi-fenxiang-banfa.txt"])
    snap = svc.searcher.snapshot()
    assert svc.searcher.snapshot() is snap  # nothing changed: the same one, its reads kept
    assert [d.doc_id for d in snap.in_reach] == list(snap.live) and snap.superseded == []
    svc.ingest_paths([versions / "2026-03-02-feidi-liyi-fenxiang-banfa-xiuding.txt"])
    later = svc.searcher.snapshot()
    assert later is not snap and len(later.in_reach) == 2  # the new version is read
    old = {d.doc_id for d in svc.list_documents() if d.status == "superseded"}
    assert len(old) == 1 and {d.doc_id for d in later.superseded} == old
    assert {d.doc_id for d in later.in_force} == later.live - old
    assert [d.doc_id for d in later.scoped(old).in_reach] == list(old)
