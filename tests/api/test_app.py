"""The app through FastAPI's TestClient: the chat and model endpoints, every error status with
its OpenAI-style body, the key, CORS, and the document endpoints."""

from __future__ import annotations

import json
import time

import pytest
from fastapi.testclient import TestClient

from knowledge.api.app import create_app
from knowledge.models.chat import make_chat_model
from knowledge.schema import Turn
from knowledge.settings import LLMSettings, Settings
from tests.api.conftest import QUESTION, fake_service, sse_data
from tests.conftest import warehouse_rules

MODEL = "policy-qa"
NOTICE = "关于2025年防汛值班安排的通知\n经研究决定，防汛值班电话为0871-12345678。"


def client(service, **api) -> TestClient:
    settings = Settings.isolated(service.settings.store.path, api=api) if api else None
    return TestClient(create_app(service, settings), raise_server_exceptions=False)


def chat(c: TestClient, content: str = QUESTION, **body):
    body = {"model": MODEL, "messages": [{"role": "user", "content": content}], **body}
    return c.post("/v1/chat/completions", json=body)


def assert_error(r, status: int, code: str | None = None) -> dict:
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"} and err["message"]
    assert "Traceback" not in r.text
    if code:
        assert err["code"] == code
    return err


@pytest.fixture(scope="module")
def api(corpus_service) -> TestClient:
    return client(corpus_service)


# ---- chat and models ---------------------------------------------------------------------------
def test_the_bot_is_one_model(api) -> None:
    data = api.get("/v1/models").json()
    assert data["object"] == "list" and [m["id"] for m in data["data"]] == [MODEL]
    assert api.get(f"/v1/models/{MODEL}").json()["id"] == MODEL
    assert_error(api.get("/v1/models/gpt-4o"), 404, "model_not_found")


def test_an_answer_keeps_its_markers_and_carries_its_sources(api) -> None:
    r = chat(api)
    assert r.status_code == 200
    msg = r.json()["choices"][0]["message"]
    answer, _, footer = msg["content"].partition("\n\n来源：\n")
    assert "14个" in answer and "[1]" in answer and footer.startswith("[1] 《")
    assert msg["abstained"] is False and msg["citations"][0]["marker"] == 1
    assert "磨憨沿边产业园签约项目14个" in msg["citations"][0]["text"]


def test_a_streamed_answer_has_the_same_content_and_citations(api) -> None:
    whole = chat(api).json()["choices"][0]["message"]
    r = chat(api, stream=True)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = sse_data(r.text)
    assert events[-1] == "[DONE]"
    text = "".join(e["choices"][0]["delta"].get("content", "") for e in events[:-1])
    assert text == whole["content"]
    assert events[-2]["choices"][0]["finish_reason"] == "stop"
    assert events[-2]["citations"] == whole["citations"]


def test_the_history_drives_a_follow_up(corpus_service, monkeypatch) -> None:
    seen = []
    real = corpus_service.ask
    monkeypatch.setattr(
        corpus_service, "ask", lambda q, h, k: seen.append((q, h, k)) or real(q, h, k)
    )
    first = chat(client(corpus_service)).json()["choices"][0]["message"]["content"]
    messages = [
        {"role": "user", "content": QUESTION},
        {"role": "assistant", "content": first},
        {"role": "user", "content": "那投资了多少？"},
    ]
    r = client(corpus_service).post(
        "/v1/chat/completions", json={"model": MODEL, "messages": messages, "top_k": 3}
    )
    assert r.status_code == 200 and "103.7亿元" in r.json()["choices"][0]["message"]["content"]
    q, history, top_k = seen[-1]
    assert q == "那投资了多少？" and top_k == 3
    assert history == [Turn(QUESTION, first.partition("\n\n来源：")[0])]


def test_a_chat_models_reply_streams_in_pieces(tmp_path) -> None:
    svc = fake_service(tmp_path / "store")
    svc.ingest_bundled()
    reply = "磨憨沿边产业园签约项目14个[1]。"
    svc.chat_model = make_chat_model(LLMSettings(provider="fake"), [reply])
    events = sse_data(chat(client(svc), stream=True).text)
    pieces = [e["choices"][0]["delta"].get("content") for e in events[1:-2]]
    assert len(pieces) > 5  # one chunk per piece the model wrote, then the sources list
    assert "".join(pieces).startswith(reply + "\n\n来源：\n[1] 《")
    assert events[-2]["answer"] == reply and events[-2]["citations"]


def test_a_model_failing_mid_reply_ends_with_the_extractive_answer(tmp_path) -> None:
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    svc = fake_service(tmp_path / "store")
    svc.ingest_bundled()
    svc.chat_model = FakeListChatModel(
        responses=["磨憨沿边产业园签约项目"], error_on_chunk_number=4
    )
    events = sse_data(chat(client(svc), stream=True).text)
    final = events[-2]
    text = "".join(e["choices"][0]["delta"].get("content", "") for e in events[:-1])
    assert final["notice"] and "大模型暂时不可用" in final["notice"]
    assert text.startswith("磨憨沿边\n\n" + final["answer"] + "\n\n注意：大模型暂时不可用")


# ---- errors ------------------------------------------------------------------------------------
@pytest.mark.parametrize("stream", [False, True])
def test_bad_requests_are_400s(api, stream) -> None:
    post = lambda body: api.post(  # noqa: E731
        "/v1/chat/completions", content=body, headers={"content-type": "application/json"}
    )
    assert_error(post('{"model": "policy-qa", "messages": ['), 400)
    assert_error(post(json.dumps({"model": MODEL, "messages": [], "stream": stream})), 400)
    assert_error(post(json.dumps({"messages": [{"role": "user", "content": "q"}]})), 400)
    assert_error(post(json.dumps({"model": MODEL, "messages": "hi", "stream": stream})), 400)
    err = assert_error(chat(api, "问" * 10_000, stream=stream), 400)
    assert "问题太长" in err["message"]
    assert_error(chat(api, "   ", stream=stream), 400)
    only_reply = {"model": MODEL, "messages": [{"role": "assistant", "content": "a"}]}
    assert_error(api.post("/v1/chat/completions", json={**only_reply, "stream": stream}), 400)


@pytest.mark.parametrize("stream", [False, True])
def test_an_unknown_model_is_a_404(api, stream) -> None:
    assert_error(chat(api, model="gpt-4o", stream=stream), 404, "model_not_found")


def test_unknown_paths_and_methods_are_openai_style_errors(api) -> None:
    assert_error(api.get("/v1/nothing"), 404)
    assert_error(api.get("/v1/chat/completions"), 405)


def test_a_question_to_an_empty_store_says_so(tmp_path) -> None:
    c = client(fake_service(tmp_path / "store"))
    for stream in (False, True):
        err = assert_error(chat(c, stream=stream), 400, "empty_store")
        assert "知识库是空的" in err["message"]


def test_an_unexpected_failure_is_a_500_without_a_traceback(corpus_service, monkeypatch) -> None:
    def boom(*args, **kwargs):
        raise RuntimeError("internal detail /srv/secret")

    monkeypatch.setattr(corpus_service, "ask", boom)
    err = assert_error(chat(client(corpus_service)), 500)
    assert err["type"] == "server_error" and "secret" not in err["message"]


# ---- key and CORS ------------------------------------------------------------------------------
def test_with_a_key_every_request_needs_it(corpus_service) -> None:
    c = client(corpus_service, key="s3cret")
    assert_error(c.get("/v1/models"), 401, "invalid_api_key")
    assert_error(chat(c), 401, "invalid_api_key")
    assert_error(c.get("/v1/documents"), 401)
    assert_error(c.get("/v1/nothing"), 401)
    bad = {"Authorization": "Bearer wrong"}
    assert_error(c.get("/v1/models", headers=bad), 401, "invalid_api_key")
    assert_error(c.get("/v1/models", headers={"Authorization": "s3cret"}), 401)
    good = {"Authorization": "Bearer s3cret"}
    assert c.get("/v1/models", headers=good).status_code == 200
    assert chat(c).status_code == 401
    c.headers.update(good)
    assert chat(c).status_code == 200


def test_cors_is_off_by_default(api) -> None:
    r = api.get("/v1/models", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    pre = api.options(
        "/v1/models",
        headers={"Origin": "http://a.example", "Access-Control-Request-Method": "GET"},
    )
    assert "access-control-allow-origin" not in pre.headers


def test_cors_allows_the_configured_origins_even_before_the_key(corpus_service) -> None:
    c = client(corpus_service, key="k", cors_origins=["http://a.example"])
    pre = c.options(
        "/v1/chat/completions",
        headers={
            "Origin": "http://a.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type",
        },
    )
    assert pre.status_code == 200
    assert pre.headers["access-control-allow-origin"] == "http://a.example"
    denied = c.get("/v1/models", headers={"Origin": "http://a.example"})
    assert denied.status_code == 401
    assert denied.headers["access-control-allow-origin"] == "http://a.example"
    other = c.get("/v1/models", headers={"Origin": "http://b.example"})
    assert "access-control-allow-origin" not in other.headers


@pytest.mark.parametrize(
    "value, origins",
    [("http://a.example, http://b.example", ["http://a.example", "http://b.example"]),
     ('["http://a.example"]', ["http://a.example"]), ("*", ["*"]), ("", [])],
)  # fmt: skip
def test_the_api_is_configured_by_the_environment(monkeypatch, value, origins) -> None:
    monkeypatch.setenv("QA_API__KEY", "k1")
    monkeypatch.setenv("QA_API__CORS_ORIGINS", value)
    monkeypatch.setenv("QA_API__PORT", "9001")
    s = Settings()
    assert (s.api.key, s.api.cors_origins, s.api.port) == ("k1", origins, 9001)
    assert Settings.isolated().api.key == "" and Settings.isolated().api.cors_origins == []


# ---- documents ---------------------------------------------------------------------------------
@pytest.fixture
def docs(tmp_path):
    svc = fake_service(tmp_path / "store", ingest={"max_file_mb": 0.1})
    return svc, client(svc)


def test_add_list_and_remove_documents(docs) -> None:
    svc, c = docs
    files = [
        ("file", ("notice.txt", NOTICE.encode("gbk"))),
        ("file", ("again.md", NOTICE.encode())),
    ]
    r = c.post("/v1/documents", files=files)
    assert r.status_code == 200
    added, again = r.json()["data"]
    assert added["status"] == "added" and added["file"] == "notice.txt" and added["chunks"] == 1
    assert again["status"] == "present" and again["doc_id"] == added["doc_id"]
    listed = c.get("/v1/documents").json()["data"]
    assert [(d["id"], d["title"], d["source"]) for d in listed] == [
        (added["doc_id"], "关于2025年防汛值班安排的通知", "notice.txt")
    ]
    assert {"added_at", "published", "publisher", "chunks", "chars"} <= set(listed[0])
    gone = c.delete(f"/v1/documents/{added['doc_id']}")
    assert gone.json() == {"id": added["doc_id"], "object": "document.deleted", "deleted": True}
    assert_error(c.delete(f"/v1/documents/{added['doc_id']}"), 404, "document_not_found")
    assert c.get("/v1/documents").json()["data"] == []


def test_a_file_that_cannot_be_read_is_an_error_result(docs) -> None:
    r = docs[1].post("/v1/documents", files=[("file", ("empty.txt", b""))])
    assert r.status_code == 200
    (res,) = r.json()["data"]
    assert res["status"] == "error" and res["message"]


def test_bad_uploads_are_refused_before_anything_is_added(docs) -> None:
    svc, c = docs
    ok = ("file", ("notice.txt", NOTICE.encode()))
    err = assert_error(c.post("/v1/documents", files=[ok, ("file", ("x.exe", b"MZ"))]), 400)
    assert err["code"] == "unsupported_file" and "x.exe" in err["message"]
    assert_error(c.post("/v1/documents", files=[ok, ("file", ("noname", b"x"))]), 400)
    big = ("file", ("big.txt", "政策".encode() * 20_000))  # 120 kB over the 0.1 MB limit
    assert_error(c.post("/v1/documents", files=[ok, big]), 413, "file_too_large")
    assert_error(c.post("/v1/documents", data={"file": "text, not a file"}), 400)
    assert_error(c.post("/v1/documents", json={"file": "x"}), 400)
    assert svc.list_documents() == []


def test_a_big_upload_runs_in_the_background_with_a_job(docs) -> None:
    svc, c = docs
    r = c.post("/v1/documents", files=[("file", ("rules.txt", warehouse_rules().encode()))])
    assert r.status_code == 202
    (entry,) = r.json()["data"]
    assert entry["status"] in ("queued", "running") and entry["job_id"]
    for _ in range(400):
        job = c.get(f"/v1/documents/jobs/{entry['job_id']}").json()
        if job["state"] == "done":
            break
        assert 0 <= job["progress"] < 1 and job["result"] is None
        time.sleep(0.05)
    assert job["state"] == "done" and job["progress"] == 1.0 and job["object"] == "ingest.job"
    assert (
        job["result"]["status"] == "added" and job["result"]["chunks"] == 400
    )  # one article a chunk
    assert_error(c.get("/v1/documents/jobs/no-such-job"), 404, "job_not_found")
