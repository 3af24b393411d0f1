"""Store and ingest: dedup by content, exact list/remove, GBK files, bad files next to good ones."""

from pathlib import Path

from tests.conftest import make_service

NOTICE = "关于2025年防汛值班安排的通知\n经研究决定，防汛值班电话为0871-12345678，值班时间为6月1日至9月30日。"


def write_gbk(path: Path) -> Path:
    path.write_bytes(NOTICE.encode("gbk"))
    return path


def test_gbk_file_is_added_answered_deduplicated_and_removed(fresh_service, tmp_path):
    svc = fresh_service
    first = svc.ingest_paths([write_gbk(tmp_path / "notice.txt")])
    assert [r.status for r in first] == ["added"]
    again = svc.ingest_paths([write_gbk(tmp_path / "copy-with-other-name.txt")])
    assert [r.status for r in again] == ["present"]
    assert again[0].doc_id == first[0].doc_id
    docs = svc.list_documents()
    assert [(d.doc_id, d.source, d.chunks) for d in docs] == [
        (first[0].doc_id, "notice.txt", first[0].chunks)
    ]
    ans = svc.ask("防汛值班电话是多少？")
    assert not ans.abstained and "0871-12345678" in ans.answer
    assert ans.citations[0].source == "notice.txt"
    assert svc.remove_document(first[0].doc_id)
    assert svc.list_documents() == []
    assert svc.store.chunks.count() == 0


def test_bad_files_fail_alone(fresh_service, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "fake.pdf").write_text("hello, not a pdf")
    good = write_gbk(tmp_path / "good.txt")
    results = fresh_service.ingest_paths(
        [tmp_path / "empty.txt", tmp_path / "binary.txt", tmp_path / "fake.pdf", good]
    )
    assert [r.status for r in results] == ["error", "error", "error", "added"]
    assert all(r.message for r in results[:3])
    assert [d.source for d in fresh_service.list_documents()] == ["good.txt"]


def test_html_script_never_reaches_the_store(fresh_service, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>通知</title><script>var secret='SCRIPTTEXT';</script>"
        "<style>.x{color:red}</style></head><body><h1>通知</h1><p>会议定于周五召开。</p></body></html>",
        encoding="utf-8",
    )
    [res] = fresh_service.ingest_paths([page])
    assert res.status == "added"
    texts = [c.text for c in fresh_service.store.iter_chunks()]
    assert texts and not any("SCRIPTTEXT" in t or "color:red" in t for t in texts)


def test_document_survives_reopening(tmp_path):
    svc = make_service(tmp_path / "s")
    res = svc.add_text("磨憨是一个口岸。昆明托管磨憨。", "测试")
    reopened = make_service(tmp_path / "s")
    assert [d.doc_id for d in reopened.list_documents()] == [res.doc_id]
    assert reopened.document_text(res.doc_id).startswith("磨憨是一个口岸")


def test_policy_fields_and_chunk_sections_survive_the_store(tmp_path):
    policy = Path(__file__).resolve().parent.parent / "data" / "policy"
    svc = make_service(tmp_path / "s", embedding={"provider": "fake"})
    [res] = svc.ingest_paths([policy / "qinghe-feidi-banfa.txt"])
    reopened = make_service(tmp_path / "s", embedding={"provider": "fake"})
    [info] = reopened.list_documents()
    assert (info.doc_number, info.doc_type, info.effective_on) == (
        "青政办〔2024〕12号",
        "办法",
        "2024-06-01",
    )
    assert info.field("validity").value == "有效期2年" and info.repeals
    chunks = sorted(reopened.store.iter_chunks(res.doc_id), key=lambda c: c.ordinal)
    assert "第三章 利益分享机制 › 第十条" in [c.section for c in chunks]
    assert {c.page for c in chunks} == {None}
