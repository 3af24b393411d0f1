"""A store made by another embedder through the front ends: the CLI's `ask` prints one message
naming `python -m knowledge reindex` (no traceback), `reindex` re-embeds; the API answers 409
`store_stale` with the same message until `POST /v1/documents/reindex` has run."""

from __future__ import annotations

import time

from knowledge.__main__ import main
from knowledge.storage.base import REINDEX_ID
from tests.api.test_app import assert_error, chat, client
from tests.test_reindexing import QUESTION, filled, service


def test_the_cli_names_the_command_then_reindexes(tmp_path, monkeypatch, capsys) -> None:
    filled(tmp_path, 20)
    store = str(tmp_path / "store")
    monkeypatch.setenv("QA_EMBEDDING__PROVIDER", "fake")
    monkeypatch.setenv("QA_EMBEDDING__MODEL", "two")
    monkeypatch.setenv("QA_ANSWER__REFUSAL_THRESHOLD", "0")
    assert main(["ask", QUESTION, "--store", store]) == 2
    err = capsys.readouterr().err
    assert "`python -m knowledge reindex`" in err and "fake|one|64|prep2" in err
    assert "Traceback" not in err and err.count("\n") == 1
    assert main(["reindex", "--store", store]) == 0
    out = capsys.readouterr()
    assert "reindexed:" in out.out and "100%" in out.err
    assert main(["reindex", "--store", store]) == 0
    assert "无需重建" in capsys.readouterr().out
    assert main(["ask", QUESTION, "--store", store]) == 0


def test_the_api_answers_409_until_reindexed(tmp_path) -> None:
    filled(tmp_path, 20)
    api = client(service(tmp_path / "store", "two", dim=32))
    err = assert_error(chat(api, QUESTION), 409, "store_stale")
    assert "python -m knowledge reindex" in err["message"]
    r = api.post("/v1/documents/reindex")
    assert r.status_code == 202, r.text
    job = r.json()
    deadline = time.monotonic() + 60
    while job["state"] != "done" and time.monotonic() < deadline:
        time.sleep(0.1)
        job = api.get(f"/v1/documents/jobs/{job['id']}").json()
    assert job["state"] == "done" and job["result"]["status"] == "added"
    assert chat(api, QUESTION).status_code == 200
    assert api.post("/v1/documents/reindex").json()["state"] == "current"


def hold_lease(svc) -> None:
    """Another machine's re-embedding, as its lease says: alive while its heartbeat is younger
    than the lease expiry, 3 of 20 chunks done."""
    now = time.time()
    meta = {"owner": "far-host:4242:1", "heartbeat": now, "started": now, "source": "reindex",
            "chunks": 0, "token": "theirs", "done": 3, "total": 20}  # fmt: skip
    with svc.store.writing():
        svc.store.pending.upsert(ids=[REINDEX_ID], embeddings=[[1.0]], metadatas=[meta])


def test_the_cli_waits_for_another_reindex_unless_told_not_to(
    tmp_path, monkeypatch, capsys
) -> None:
    hold_lease(filled(tmp_path, 20))
    store = str(tmp_path / "store")
    monkeypatch.setenv("QA_EMBEDDING__PROVIDER", "fake")
    monkeypatch.setenv("QA_EMBEDDING__MODEL", "two")
    monkeypatch.setenv("QA_ANSWER__REFUSAL_THRESHOLD", "0")
    monkeypatch.setenv("QA_STORE__REINDEX_LEASE_S", "2")
    assert main(["reindex", "--no-wait", "--store", store]) == 2  # refused at once
    err = capsys.readouterr().err
    assert (
        err.startswith("error: 另一个进程（far-host，进程 4242）正在重新生成")
        and err.count("\n") == 1
    )
    began = time.monotonic()
    assert main(["reindex", "--store", store]) == 0  # waits; its heartbeat stops: taken over
    out = capsys.readouterr()
    assert "等待它完成（它已完成 3/20 段）" in out.err and "reindexed: 20 chunks" in out.out
    assert time.monotonic() - began >= 1.0
    assert main(["ask", QUESTION, "--store", store]) == 0


def test_the_api_job_waits_for_another_reindex_or_answers_409_at_once(tmp_path) -> None:
    filled(tmp_path, 20)
    svc = service(tmp_path / "store", "two", dim=32)
    svc.store.reindex_lease_s = 2.0
    hold_lease(svc)
    api = client(svc)
    assert_error(api.post("/v1/documents/reindex?wait=false"), 409, "reindex_running")
    r = api.post("/v1/documents/reindex")
    assert r.status_code == 202, r.text
    job, seen = r.json(), []
    deadline = time.monotonic() + 60
    while job["state"] != "done" and time.monotonic() < deadline:
        seen.append(job["waiting"])
        time.sleep(0.1)
        job = api.get(f"/v1/documents/jobs/{job['id']}").json()
    waited = [w for w in seen if w]
    assert waited and waited[0]["owner"] == "far-host:4242:1"
    assert (waited[0]["chunks_done"], waited[0]["chunks_total"]) == (3, 20)
    assert job["result"]["status"] == "added" and job["result"]["chunks"] == 20  # taken over
    assert job["waiting"] is None and chat(api, QUESTION).status_code == 200


def test_a_no_wait_job_fails_when_another_run_starts_after_the_request(
    tmp_path, monkeypatch
) -> None:
    filled(tmp_path, 20)
    svc = service(tmp_path / "store", "two", dim=32)
    hold_lease(svc)  # the other run claims the store ...
    monkeypatch.setattr(
        svc, "running_reindex", lambda waited_s=0.0: None
    )  # ... just after the check
    api = client(svc)
    r = api.post("/v1/documents/reindex?wait=false")
    assert r.status_code == 202, r.text
    job, deadline = r.json(), time.monotonic() + 30
    while job["state"] != "done" and time.monotonic() < deadline:
        time.sleep(0.1)
        job = api.get(f"/v1/documents/jobs/{job['id']}").json()
    assert job["result"]["status"] == "error" and "far-host" in job["result"]["message"]
    assert job["waiting"] is None
