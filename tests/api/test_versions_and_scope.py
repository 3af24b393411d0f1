"""The API's extensions for policy documents: `scope` on chat completions (the request stays
OpenAI-valid), the `replace` form field on uploads, and the status in the document list."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from knowledge.api.app import create_app
from tests.api.conftest import fake_service, sse_data
from tests.conftest import ROOT

POLICY = ROOT / "tests/data/policy"
BANFA = (POLICY / "qinghe-feidi-banfa.txt").read_bytes()
MODEL = "policy-qa"


@pytest.fixture
def svc(tmp_path):
    svc = fake_service(tmp_path / "store")
    assert [r.status for r in svc.ingest_paths([POLICY])] == ["added"] * 4
    return svc


@pytest.fixture
def c(svc):
    return TestClient(create_app(svc))


def ask(c: TestClient, question: str, **body):
    messages = [{"role": "user", "content": question}]
    return c.post("/v1/chat/completions", json={"model": MODEL, "messages": messages, **body})


def test_a_scope_narrows_the_documents_that_answer(c) -> None:
    scope = {"issuer": "发展和改革委员会", "type": "通知", "since": "2024-05-01"}
    r = ask(c, "备案材料什么时候报送？", scope=scope)
    assert r.status_code == 200
    cites = r.json()["choices"][0]["message"]["citations"]
    assert cites and {x["source"] for x in cites} == {"qinghe-feidi-tongzhi.txt"}
    assert all(x["status"] == "current" for x in cites)
    streamed = ask(c, "备案材料什么时候报送？", scope=scope, stream=True)
    assert streamed.status_code == 200 and "qinghe-feidi-tongzhi.txt" in streamed.text


def test_citations_carry_the_article_path_and_the_fields_the_cli_prints(svc, c) -> None:
    question = "第十条讲了什么？"
    r = ask(c, question)
    assert r.status_code == 200
    cites = r.json()["choices"][0]["message"]["citations"]
    cli = svc.ask(question).to_json()["citations"]  # what `ask --json` prints
    assert cites and [{k: x[k] for k in y} for x, y in zip(cites, cli)] == cli
    first = cites[0]
    assert first["source"] == "qinghe-feidi-banfa.txt"
    assert first["path"] == first["section"] == "第三章 利益分享机制 › 第十条"
    chunks = [x for x in sse_data(ask(c, question, stream=True).text) if x != "[DONE]"]
    (end,) = [x for x in chunks if x["choices"] and x["choices"][0]["finish_reason"] == "stop"]
    assert end["citations"][0]["path"] == first["path"]  # streamed: on the final chunk


def test_a_scope_matching_nothing_or_malformed_is_a_400(c) -> None:
    r = ask(c, "税收怎么分享？", scope={"issuer": "教育局"})
    assert r.status_code == 400
    err = r.json()["error"]
    assert err["code"] == "scope_matches_nothing" and err["param"] == "scope"
    assert "没有符合范围条件" in err["message"]
    assert ask(c, "税收怎么分享？", scope={"since": "去年"}).status_code == 400
    assert ask(c, "税收怎么分享？", scope={"colour": "red"}).status_code == 400


def test_an_upload_replacing_a_document_keeps_it_as_superseded(c) -> None:
    docs = c.get("/v1/documents").json()["data"]
    old = next(d for d in docs if d["source"] == "qinghe-feidi-news.txt")
    new = (
        "file",
        ("news-v2.txt", "青禾市举行签约仪式（更正）\n\n12个项目现场签约，总投资88亿元。".encode()),
    )
    r = c.post("/v1/documents", files=[new], data={"replace": old["id"]})
    assert r.status_code == 200
    (added,) = r.json()["data"]
    listed = {d["id"]: d for d in c.get("/v1/documents").json()["data"]}
    assert listed[old["id"]]["status"] == "superseded"
    assert listed[old["id"]]["superseded_by"] == added["doc_id"]
    assert listed[old["id"]]["superseded_as"] == "replaced"
    assert listed[added["doc_id"]]["replaces"] == [old["id"]]
    r = ask(c, "签约了多少个项目？", scope={"doc_ids": [old["id"]]})
    content = r.json()["choices"][0]["message"]["content"]
    assert content.startswith(
        "注意：以下内容出自已被替代的旧版《青禾市举行飞地园区合作项目集中签约仪式》"
    )
    assert "\n[1] 《青禾市举行飞地园区合作项目集中签约仪式》（已被替代，" in content
    unknown = c.post("/v1/documents", files=[new], data={"replace": "nosuchdoc"})
    assert unknown.status_code == 404 and unknown.json()["error"]["param"] == "replace"
    two = c.post("/v1/documents", files=[new, new], data={"replace": old["id"]})
    assert two.status_code == 400


def test_the_document_list_has_a_row_for_each_document_a_notice_issues(c) -> None:
    """As `list --json`: the notice issuing two 办法, then a row for each, `part_of` it."""
    notice = ROOT / "tests/data/issued/tingxi-liangfa-tongzhi.txt"
    r = c.post("/v1/documents", files=[("file", (notice.name, notice.read_bytes()))])
    (added,) = r.json()["data"]
    rows = [d for d in c.get("/v1/documents").json()["data"] if d["source"] == notice.name]
    assert [(d["id"], d["doc_type"], d["part_of"]) for d in rows] == [
        (added["doc_id"], "通知", None),
        (f"{added['doc_id']}#1", "办法", added["doc_id"]),
        (f"{added['doc_id']}#2", "办法", added["doc_id"]),
    ]
    assert rows[1]["effective_on"] == "2025-10-01" and rows[0]["effective_on"] is None
