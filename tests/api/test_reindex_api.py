"""A store made by another embedder through the front ends: the CLI's `ask` prints one message
naming `python -m knowledge reindex` (no traceback), `reindex` re-embeds; the API answers 409
`store_stale` with the same message until `POST /v1/documents/reindex` has run."""

from __future__ import annotations

import time

from knowledge.__main__ import main
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
