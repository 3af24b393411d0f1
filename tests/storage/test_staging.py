"""A big document is keyword-searchable while it is embedded; the keyword index updates per document."""

from __future__ import annotations

import threading

from tests.conftest import make_service, warehouse_rules

FACT = "星澜计划的专项资金总额为三千七百万元。"


def big_text(n: int = 160) -> str:
    return warehouse_rules(n, FACT)


def planned_big(svc):
    """The big document cleaned and chunked as the ingest path would, not written."""
    from knowledge.documents.cleaning import clean_text
    from knowledge.ingestion.plan import Planned, chunks_for, doc_id_for

    doc = clean_text(big_text(), "星澜计划")
    doc_id = doc_id_for(doc.text)
    return Planned(doc, doc_id, "x.txt", chunks_for(doc, doc_id, "x.txt", svc.settings.ingest))


def blocked_embeddings(svc):
    """Make passage embedding wait for `release` (queries are not blocked)."""
    release, started = threading.Event(), threading.Event()
    real = svc.embeddings.embed_passages

    def slow(texts, progress=None):
        started.set()
        assert release.wait(30), "test never released the embedding"
        return real(texts, progress)

    svc.embeddings.embed_passages = slow
    return release, started


def test_big_document_is_keyword_searchable_while_embedding(tmp_path):
    svc = make_service(tmp_path / "store", embedding={"provider": "fake"})
    release, started = blocked_embeddings(svc)
    done: dict = {}
    worker = threading.Thread(
        target=lambda: done.update(r=svc.add_text(big_text(), "星澜计划")), daemon=True
    )
    worker.start()
    try:
        assert started.wait(30)
        staged = svc.store.staged_documents()
        assert [d.title for d in staged] == ["星澜计划"]
        assert svc.list_documents() == []  # not published yet
        hits = svc.searcher.search("星澜计划的专项资金总额是多少").hits
        assert hits and FACT in hits[0].chunk.text and hits[0].dense is None
        assert svc.searcher.keywords.docs[hits[0].chunk.doc_id].title == "星澜计划"
        assert svc.is_indexing(hits[0].chunk.doc_id)
        assert svc.document_text(hits[0].chunk.doc_id) is None  # the app says "being indexed"
    finally:
        release.set()
        worker.join(30)
    assert done["r"].status == "added"
    assert svc.store.staged.count() == 0 and svc.store.leases() == {}
    assert not svc.is_indexing(done["r"].doc_id)
    hits = svc.searcher.search("星澜计划的专项资金总额是多少").hits
    # published: the passage is in the dense channel too (the fake vectors rank the others by
    # chance, so it need not stay first)
    fact = next(h for h in hits[:3] if FACT in h.chunk.text)
    assert fact.dense is not None


def test_small_documents_are_not_staged(fresh_service):
    calls = []
    fresh_service.store.stage_document = lambda *a: calls.append(a)
    assert fresh_service.add_text("蓝莓合作社今年收获了三百吨蓝莓。", "蓝莓").chunks == 1
    assert calls == []


def test_staged_chunks_of_a_dead_writer_are_not_served_and_are_cleared(tmp_path):
    svc = make_service(tmp_path / "store", embedding={"provider": "fake"})
    store = svc.store
    planned = planned_big(svc)
    doc_id, chunks = planned.doc_id, planned.chunks
    store.stage_document(planned.record(), chunks)
    assert svc.searcher.search("星澜计划的专项资金总额是多少").hits
    meta = store.leases()[doc_id]
    with store.writing():  # what a crash leaves behind; the next change makes readers look
        store.pending.update(ids=[doc_id], metadatas=[{**meta, "owner": "x:1:1", "heartbeat": 0}])
        store._bump()
    assert store.staged_documents() == []
    assert svc.searcher.search("星澜计划的专项资金总额是多少").hits == []
    svc.recover()
    assert store.staged.count() == 0 and store.leases() == {}


def test_generation_is_read_from_chroma_only_after_a_write(fresh_service):
    store = fresh_service.store
    reads = []
    real = store._read_generation
    store._read_generation = lambda: reads.append(1) or real()
    first = store.generation()
    for _ in range(5):
        assert store.generation() == first
    assert len(reads) <= 1
    fresh_service.add_text("蓝莓合作社今年收获了三百吨蓝莓。", "蓝莓")
    assert store.generation() != first


def test_keyword_index_fetches_only_new_documents(fresh_service):
    svc = fresh_service
    svc.add_text("蓝莓合作社今年收获了三百吨蓝莓。", "蓝莓")
    svc.searcher.snapshot()
    fetched = []
    real = svc.store.iter_chunks
    svc.store.iter_chunks = lambda doc_id=None: fetched.append(doc_id) or real(doc_id)
    r = svc.add_text("苹果园今年收获了五十吨苹果。", "苹果")
    fetched.clear()  # the ingest itself looked for chunks of an earlier run
    snap = svc.searcher.snapshot()
    index, chunks, live = snap.index, snap.chunks, snap.live
    assert fetched == [r.doc_id]
    assert len(live) == 2 and index.size == len(chunks) == 2
    svc.remove_document(r.doc_id)
    snap = svc.searcher.snapshot()
    index, chunks, live = snap.index, snap.chunks, snap.live
    assert fetched == [r.doc_id] and index.size == 1 and [c.title for c in chunks] == ["蓝莓"]


def test_a_document_not_tokenised_yet_is_found_by_substring_scan(fresh_service):
    from knowledge.retrieval.keyword_index import PendingScan

    svc = fresh_service
    svc.add_text("蓝莓合作社今年收获了三百吨蓝莓。", "蓝莓")
    kw = svc.searcher.keywords
    kw.snapshot()
    planned = planned_big(svc)
    doc_id, chunks, info = planned.doc_id, planned.chunks, planned.record()
    with kw._lock:  # the moment between add_pending's scan and its tokens being indexed
        kw._scans[doc_id] = (info, chunks, PendingScan(chunks))
        kw._publish_meta()
    result = svc.searcher.search("星澜计划的专项资金总额是多少")
    assert any(FACT in h.chunk.text and h.lexical and h.dense is None for h in result.hits[:2])
    assert {"星澜", "专项资金"} & result.scanned  # terms the BM25 index has not seen yet
    assert svc.searcher.keywords.docs[doc_id].title == "星澜计划"  # citations can name it
    kw.drop_pending(doc_id)
    assert svc.searcher.search("星澜计划的专项资金总额是多少").scanned == set()
