"""The CLIs for versions and scope as a user runs them: ingest --replace, list (grouped
versions; --json status), ask --issuer/--since/--until/--type (fake embeddings: fast)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

POLICY = ROOT / "tests/data/policy"


def run(*args, check=True):
    env = {**os.environ, "QA_EMBEDDING__PROVIDER": "fake", "QA_ANSWER__REFUSAL_THRESHOLD": "0"}
    proc = subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300,
        env=env,
    )  # fmt: skip
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("cli-versions"))
    run("ingest", str(POLICY), "--store", path)
    return path


def listed(store) -> dict[str, dict]:
    out = run("knowledge", "list", "--store", store, "--json").stdout
    return {d["source"]: d for d in json.loads(out.strip().splitlines()[-1])}


def test_ingest_replace_keeps_the_old_version_listed_under_the_new(store, tmp_path) -> None:
    old = listed(store)["qinghe-feidi-news.txt"]
    new = tmp_path / "news-v2.txt"
    new.write_text(
        "青禾市签约仪式（更正稿）\n\n6月2日，12个项目现场签约，总投资88.1亿元。", "utf-8"
    )
    out = run("ingest", str(new), "--replace", old["doc_id"], "--store", store).stdout
    assert "added:" in out and f"replaced: {old['doc_id']}" in out
    docs = listed(store)
    assert docs["qinghe-feidi-news.txt"]["status"] == "superseded"
    assert docs["qinghe-feidi-news.txt"]["superseded_by"] == docs["news-v2.txt"]["doc_id"]
    assert (
        docs["news-v2.txt"]["status"] == "current" and docs["news-v2.txt"]["superseded_by"] is None
    )
    lines = run("knowledge", "list", "--store", store).stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if "news-v2.txt" in line)
    assert "已被替代" in lines[at + 1] and "qinghe-feidi-news.txt" in lines[at + 1]
    assert lines[at + 1].startswith("    └ ")
    bad = run("ingest", str(new), str(POLICY / "qinghe-feidi-jiedu.txt"), "--replace", "x",
              "--store", store, check=False)  # fmt: skip
    assert bad.returncode == 2 and "只能提供一个文件" in bad.stderr


def test_ask_with_a_scope(store) -> None:
    args = ["knowledge", "ask", "备案材料什么时候报送？", "--store", store, "--json"]
    proc = run(*args, "--issuer", "发展和改革委员会", "--type", "通知", "--since", "2024-05-01")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    assert {c["source"] for c in data["citations"]} == {"qinghe-feidi-tongzhi.txt"}
    none = run(*args, "--until", "2020-01-01", check=False)
    assert none.returncode == 2 and "没有符合范围条件（日期 … 至 2020-01-01）的文档" in none.stderr
    bad = run(*args, "--since", "去年", check=False)
    assert bad.returncode == 2 and "日期格式应为 YYYY-MM-DD" in bad.stderr
