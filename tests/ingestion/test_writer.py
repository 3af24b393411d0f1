"""Grouped ingest of many small documents: one engine call and a few writes per group."""

from __future__ import annotations

from knowledge.documents.loaders import RawDocument
from knowledge.schema import IngestResult
from tests.conftest import make_service


def raw(i: int) -> RawDocument:
    text = f"第{i}号合作社今年收获了{i + 10}吨蓝莓，比去年多了{i}成。社员们把蓝莓卖到了昆明。"
    return RawDocument(text=text, source=f"doc{i}.txt", fmt="txt", title_hint=f"合作社{i}")


def service(tmp_path):
    return make_service(tmp_path / "store", embedding={"provider": "fake"})


def test_small_documents_are_embedded_together_and_all_land(tmp_path):
    svc = service(tmp_path)
    svc.sentence_pass.mode = "off"  # the chunks' engine calls only
    calls = []
    real = svc.embeddings.embed_passages
    svc.embeddings.embed_passages = lambda texts, progress=None: (
        calls.append(len(texts)) or real(texts, progress)
    )
    bad = IngestResult("bad.txt", "error", message="文件为空 (empty file)")
    items = [raw(0), raw(1), bad, raw(2), raw(1), raw(3)]
    results = list(svc.add_documents(items))
    assert [r.status for r in results] == ["added", "added", "error", "added", "present", "added"]
    assert [r.source for r in results] == [
        "doc0.txt",
        "doc1.txt",
        "bad.txt",
        "doc2.txt",
        "doc1.txt",
        "doc3.txt",
    ]
    assert calls == [2, 2]  # the error splits the stream in order; each group is one call
    assert len(svc.list_documents()) == 4
    assert svc.store.leases() == {} and svc.store.staged.count() == 0
    hits = svc.searcher.search("第2号合作社收获了多少吨蓝莓").hits
    assert hits and "12吨" in hits[0].chunk.text and hits[0].dense is not None
    again = list(svc.add_documents([raw(0), raw(3)]))
    assert [r.status for r in again] == ["present", "present"]


def test_a_store_failure_fails_its_group_and_later_files_go_on(tmp_path, monkeypatch):
    svc = service(tmp_path)
    real = svc.store.add_chunks
    failures = iter([RuntimeError("disk full")])

    def flaky(chunks, vectors):
        for exc in failures:
            raise exc
        return real(chunks, vectors)

    monkeypatch.setattr(svc.store, "add_chunks", flaky)
    monkeypatch.setattr("knowledge.ingestion.ingestor.GROUP_CHUNKS", 2)
    results = list(svc.add_documents([raw(0), raw(1), raw(2)]))
    assert [r.status for r in results] == ["error", "error", "added"]
    assert "disk full" in results[0].message
    assert [d.source for d in svc.list_documents()] == ["doc2.txt"]
    assert svc.store.chunks.count() == 1 and svc.store.leases() == {}  # nothing half-written


def test_service_ingest_paths_uses_the_grouped_path(tmp_path):
    svc = service(tmp_path)
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(5):
        (folder / f"d{i}.txt").write_text(raw(i).text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    results = svc.ingest_paths([folder])
    assert [r.status for r in results] == ["added"] * 5 + ["error"]
    assert len(svc.list_documents()) == 5


def test_a_document_whose_chunks_vanished_is_an_error_not_present(tmp_path, monkeypatch):
    svc = service(tmp_path)
    real = svc.store.missing_chunks

    def lose_doc1(ids):
        return [i for i in ids if i.startswith(doc1_id)] + real(ids)

    from knowledge.documents.cleaning import clean_text
    from knowledge.ingestion.plan import doc_id_for

    r1 = raw(1)
    doc1_id = doc_id_for(clean_text(r1.text, r1.title_hint, fallback_title="doc1").text)
    monkeypatch.setattr(svc.store, "missing_chunks", lose_doc1)
    results = list(svc.add_documents([raw(0), r1]))
    assert [r.status for r in results] == ["added", "error"]
    assert "重新导入" in results[1].message
    assert [d.source for d in svc.list_documents()] == ["doc0.txt"]
