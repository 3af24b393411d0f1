"""The service's own policy, without Streamlit: first start, uploads in the foreground or the
background, limits and estimates, pasted text."""

from __future__ import annotations

import time

from knowledge.service import BACKGROUND_BYTES
from tests.conftest import make_service, warehouse_rules

NOTICE = "关于2025年防汛值班安排的通知\n经研究决定，防汛值班电话为0871-12345678。"


def service(tmp_path, **overrides):
    return make_service(tmp_path / "store", embedding={"provider": "fake"}, **overrides)


def test_the_first_start_indexes_the_bundled_corpus_once(tmp_path) -> None:
    svc = service(tmp_path)
    assert svc.needs_bundled_corpus() and svc.bundled_estimate() >= 1
    ticks: list[int] = []
    assert [r.status for r in svc.ingest_bundled(ticks.append)] == ["added"]
    assert sum(ticks) == svc.list_documents()[0].chunks
    assert not svc.needs_bundled_corpus()
    again = service(tmp_path)  # a restart over the same store
    assert not again.needs_bundled_corpus()


def test_a_small_upload_is_added_now_and_a_rerun_finds_the_same_job(tmp_path) -> None:
    svc = service(tmp_path)
    ticks: list[int] = []
    job = svc.upload("k1", NOTICE.encode("gbk"), "notice.txt", ticks.append)
    assert job.state == "done" and job.result.status == "added" and sum(ticks) == 1
    assert svc.upload("k1", NOTICE.encode("gbk"), "notice.txt") is job
    assert svc.job("k1") is job and len(svc.list_documents()) == 1


def test_a_big_upload_runs_in_the_background(tmp_path) -> None:
    svc = service(tmp_path)
    data = warehouse_rules().encode()
    assert len(data) >= BACKGROUND_BYTES
    job = svc.upload("big", data, "rules.txt")
    for _ in range(400):
        if job.state == "done":
            break
        time.sleep(0.05)
    assert job.state == "done" and job.result.status == "added" and job.result.chunks == 400
    assert job.estimate == svc.estimate_chunks(len(data))


def test_upload_errors_are_results_with_the_limit(tmp_path) -> None:
    svc = service(tmp_path, ingest={"max_file_mb": 0.01})
    assert svc.max_upload_bytes == int(0.01 * 2**20)
    big = svc.upload("b", "政策".encode() * 2000, "big.txt")  # too big for the background too
    assert big.state == "done" and big.result.status == "error"
    assert "文件超过 0.01 MB 的上限" in big.result.message
    bad = svc.upload("x", b"\x00\x01", "a.exe")
    assert bad.result.status == "error" and "不支持的文件类型" in bad.result.message
    assert svc.list_documents() == []
    assert "pdf" in svc.upload_types and "docx" in svc.upload_types


def test_pasted_text_needs_a_body_and_takes_its_title(tmp_path) -> None:
    svc = service(tmp_path)
    assert svc.add_text("   ", "空").message == "正文是空的"
    added = svc.add_text(NOTICE, "防汛通知")
    assert added.status == "added" and added.title == "防汛通知"


def test_removing_the_bundled_corpus_is_remembered_across_restarts(tmp_path) -> None:
    svc = service(tmp_path)
    [added] = svc.ingest_bundled()
    svc.add_text(NOTICE, "防汛通知")
    other = next(d for d in svc.list_documents() if d.doc_id != added.doc_id)
    assert svc.remove_document(other.doc_id) and svc.remove_document(added.doc_id)
    assert svc.is_empty()
    restarted = service(tmp_path)
    assert not restarted.needs_bundled_corpus()  # the user emptied it: it stays empty
    assert [r.status for r in restarted.ingest_bundled()] == ["added"]  # unless asked for
    again = service(tmp_path)
    again.remove_document(added.doc_id)
    assert not service(tmp_path).needs_bundled_corpus()


def test_scope_options_list_what_the_documents_offer(tmp_path) -> None:
    from tests.conftest import ROOT

    svc = service(tmp_path)
    assert svc.scope_options().issuers == []
    svc.ingest_paths([ROOT / "tests/data/policy"])
    opts = svc.scope_options()
    assert opts.issuers == ["青禾市人民政府办公室", "青禾市发展和改革委员会"]
    assert opts.doc_types == ["办法", "解读", "通知"]
    assert (opts.earliest, opts.latest) == ("2024-05-08", "2024-06-03")
