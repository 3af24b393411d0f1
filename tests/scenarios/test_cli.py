"""The CLIs as a user runs them: ingest, ask --json shape, list, remove, eval."""

import json
import os
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEED_QA

CITATION_KEYS = {"marker", "doc_id", "title", "source", "chunk_id", "text", "start", "end", "score"}


def run(*args, check=True):
    proc = subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-store")
    out = run("ingest", "--store", str(path)).stdout
    assert out.startswith("added:")
    return str(path)


def test_ask_json_shape(store):
    proc = run("knowledge", "ask", "磨憨沿边产业园签约了多少个项目？", "--store", store, "--json")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    assert {
        "question",
        "answer",
        "abstained",
        "mode",
        "notice",
        "citations",
        "sentences",
        "timings_ms",
    } <= set(data)
    assert data["mode"] == "extractive" and data["abstained"] is False and data["notice"] is None
    assert "14" in data["answer"] and "103.7" in data["answer"]
    assert all(CITATION_KEYS <= set(c) for c in data["citations"])
    assert any("磨憨沿边产业园签约项目14个" in c["text"] for c in data["citations"])
    assert all({"text", "citations", "supported"} <= set(s) for s in data["sentences"])


def test_plain_ask_lists_sources(store):
    out = run("knowledge", "ask", "这次会议采取了什么形式？", "--store", store).stdout
    assert "现场观摩" in out and "[1]" in out and "来源" in out


def test_reingest_is_a_no_op(store):
    out = run("ingest", "--store", store).stdout
    assert out.startswith("already present:")


def test_list_and_remove(tmp_path):
    store = str(tmp_path / "s")
    note = tmp_path / "note.md"
    note.write_text("# 试点通知\n\n试点工作于2025年3月启动。", encoding="utf-8")
    run("ingest", str(note), "--store", store)
    docs = json.loads(run("knowledge", "list", "--store", store, "--json").stdout)
    assert [set(d) >= {"doc_id", "title", "source", "chunks", "added_at"} for d in docs] == [True]
    assert docs[0]["source"] == "note.md" and docs[0]["title"] == "试点通知"
    run("knowledge", "remove", docs[0]["doc_id"], "--store", store)
    assert json.loads(run("knowledge", "list", "--store", store, "--json").stdout) == []
    missing = run("knowledge", "remove", "nope", "--store", store, check=False)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_empty_store_message(tmp_path):
    proc = run("knowledge", "ask", "磨憨在哪里？", "--store", str(tmp_path / "e"), check=False)
    assert proc.returncode == 2 and "python -m ingest" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_bad_file_fails_alone(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("今年的试点工作于三月启动。", encoding="utf-8")
    proc = run(
        "ingest",
        str(tmp_path / "empty.txt"),
        str(good),
        "--store",
        str(tmp_path / "s"),
        check=False,
    )
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "error: " in proc.stderr and "empty.txt" in proc.stderr
    assert proc.stdout.startswith("added:")


def test_eval_command(store):
    proc = run(
        "knowledge",
        "eval",
        str(SEED_QA),
        "--store",
        store,
        "--json",
        check=False,
    )
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["total"] == 21 and report["passed"] == 21, proc.stdout
    assert proc.returncode == 0


# ---- policy documents (tests/data/policy, fictional; hash embeddings: no meaning needed) --------
POLICY = ROOT / "tests" / "data" / "policy"


def run_fake(*args, check=True):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env["QA_EMBEDDING__PROVIDER"] = "fake"
    proc = subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def policy_store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("policy-store"))
    out = run_fake("ingest", str(POLICY), "--store", path).stdout
    assert out.count("added:") == 4
    return path


def test_ask_json_citations_carry_the_section(policy_store):
    q = "第十条第二款讲了什么？"
    proc = run_fake("knowledge", "ask", q, "--store", policy_store, "--json")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    (c,) = data["citations"]
    assert c["section"] == "第三章 利益分享机制 › 第十条 › 第二款" and c["page"] is None
    assert "按照五比五的比例与飞出地分享" in data["answer"]
    shown = run_fake("knowledge", "ask", q, "--store", policy_store).stdout
    # the source line dates its document (成文日期 of a 公文)
    assert re.search(
        r"\[1\] 《青禾市飞地园区利益分享管理办法》第十条第二款 \(\d{4}-\d\d-\d\d, qinghe-feidi-banfa.txt",
        shown,
    )
    assert c["date"] and len(c["date"]) == 10


def test_structure_questions_answered_from_the_document(policy_store):
    def ask(q):
        out = run_fake("knowledge", "ask", q, "--store", policy_store, "--json").stdout
        return json.loads(out.strip().splitlines()[-1])

    number = ask("《青禾市飞地园区利益分享管理办法》的发文字号是多少？")
    assert "青政办〔2024〕12号" in number["answer"] and not number["abstained"]
    effect = ask("这个办法什么时候开始施行？有效期多久？")
    assert "自2024年6月1日起施行，有效期2年" in effect["answer"]
    assert effect["citations"][0]["section"] == "第四章 附则 › 第十二条"
    chapter = ask("这个办法的第三章有哪几条？")
    assert "第七条、第八条、第九条、第十条" in chapter["answer"]
    attachment = ask("办法的附件2是什么？")
    assert "青禾市飞地园区收益分配测算表" in attachment["answer"]


def test_list_shows_the_policy_fields(policy_store):
    docs = json.loads(run_fake("knowledge", "list", "--store", policy_store, "--json").stdout)
    contract = {"issuer", "doc_number", "doc_type", "issued_on", "effective_on", "published_on"}
    assert all(contract | {"status", "superseded_by", "pages"} <= set(d) for d in docs)
    by_type = {d["doc_type"]: d for d in docs}
    banfa = by_type["办法"]
    assert (banfa["doc_number"], banfa["issued_on"], banfa["effective_on"]) == (
        "青政办〔2024〕12号",
        "2024-05-08",
        "2024-06-01",
    )
    assert banfa["status"] == "current" and banfa["superseded_by"] is None
    assert by_type["通知"]["doc_number"] == "青发改［2024］35号"
    assert by_type["解读"]["published_on"] == "2024-05-10"
    assert by_type[None]["published_on"] == "2024-06-03" and by_type[None]["issuer"] is None
    plain = run_fake("knowledge", "list", "--store", policy_store).stdout
    assert "青政办〔2024〕12号" in plain and "青禾市人民政府办公室" in plain and "办法" in plain


def test_an_article_of_an_issued_banfa_is_cited_under_the_banfas_title(tmp_path):
    """The 办法 a 印发 notice carries: its article is cited 《…办法》第三条, the notice staying
    the document (title, doc_id, the list)."""
    store = str(tmp_path / "s")
    run_fake("ingest", str(ROOT / "tests" / "data" / "policy_subtitled"), "--store", store)
    notice = "松岭市人民政府办公室关于印发松岭市青年驿站管理办法的通知"
    q = "青年驿站管理办法第三条第（2）项是什么？"
    data = json.loads(
        run_fake("knowledge", "ask", q, "--store", store, "--json").stdout.split("\n")[-2]
    )
    (c,) = data["citations"]
    assert (c["title"], c["cited_as"]) == (notice, "松岭市青年驿站管理办法")
    docs = json.loads(run_fake("knowledge", "list", "--store", store, "--json").stdout)
    assert {d["doc_id"]: d["title"] for d in docs}[c["doc_id"]] == notice
    shown = run_fake("knowledge", "ask", q, "--store", store).stdout
    assert "[1] 《松岭市青年驿站管理办法》第三条第（2）项 (" in shown and "关于印发" not in shown


def test_a_notice_issuing_two_documents_lists_a_row_for_each(tmp_path):
    """「印发《A》和《B》的通知」: the notice's row, then one for each document it issues (own
    title, 文种, 施行 date, status; `part_of` the notice), with every contract key; a scope of
    either 文种 reaches the notice."""
    store = str(tmp_path / "s")
    run_fake("ingest", str(ROOT / "tests" / "data" / "issued" / "tingxi-liangfa-tongzhi.txt"),
             "--store", store)  # fmt: skip
    docs = json.loads(run_fake("knowledge", "list", "--store", store, "--json").stdout)
    contract = "issuer doc_number doc_type issued_on effective_on published_on status"
    assert all(
        set(contract.split()) | {"superseded_by", "pages", "part_of"} <= set(d) for d in docs
    )
    notice, first, second = docs
    assert (notice["doc_type"], notice["effective_on"], notice["part_of"]) == ("通知", None, None)
    assert notice["issues"] == [first["doc_id"], second["doc_id"]]
    assert [(d["title"], d["doc_type"], d["effective_on"], d["status"]) for d in docs[1:]] == [
        ("汀溪县农村电商服务站管理办法", "办法", "2025-10-01", "current"),
        ("汀溪县电商直播基地认定办法", "办法", "2025-09-16", "current"),
    ]
    assert {first["part_of"], second["part_of"]} == {notice["doc_id"]}
    assert first["doc_number"] == notice["doc_number"] == "汀商发〔2025〕9号"
    plain = run_fake("knowledge", "list", "--store", store).stdout.splitlines()
    assert (
        plain[1].startswith(f"    ├ {first['doc_id']}") and "汀溪县电商直播基地认定办法" in plain[2]
    )
    q = "电商直播基地认定办法什么时候施行？"
    scoped = run_fake("knowledge", "ask", q, "--store", store, "--type", "办法", "--json")
    assert json.loads(scoped.stdout.strip().splitlines()[-1])["citations"]
