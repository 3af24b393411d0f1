"""Shared fixtures: services on temporary stores, the bundled corpus indexed once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from knowledge.service import QAService, build_service
from knowledge.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# the seed questions: the shared copy when this checkout sits beside it, else the project's copy
_SHARED_SEED = SHARED / "eval/seed_qa.jsonl"
SEED_QA = _SHARED_SEED if _SHARED_SEED.is_file() else ROOT / "tests/data/seed_qa.jsonl"


@pytest.fixture(autouse=True)
def no_developer_settings(monkeypatch):
    """Every test starts from the defaults: the developer's QA_* variables and .env are not
    read (tests that configure the app through the environment set their own)."""
    for name in [n for n in os.environ if n.startswith("QA_")]:
        monkeypatch.delenv(name)
    monkeypatch.setitem(Settings.model_config, "env_file", None)


def make_service(store: Path, **sections) -> QAService:
    """A service on `store` with the test profile of settings plus `sections`
    (e.g. embedding={"provider": "fake"})."""
    return build_service(Settings.isolated(store, **sections))


def report_service(tmp_path: Path, text: str, name: str = "report.txt") -> QAService:
    """A store of its own holding one written report, fake vectors and the refusal model set
    aside (fake vectors carry no meaning): for tests of the answer checks."""
    return reports_service(tmp_path, {name: text})


def reports_service(tmp_path: Path, reports: dict[str, str]) -> QAService:
    """`report_service` for several reports, by file name."""
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    paths = []
    for name, text in reports.items():
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
    svc.ingest_paths(paths)
    return svc


@pytest.fixture(scope="session")
def mohan_service(tmp_path_factory) -> QAService:
    """The bundled corpus in a session-wide temporary store (real e5). Read-only for tests."""
    svc = make_service(tmp_path_factory.mktemp("mohan-store"))
    results = svc.ingest_bundled()
    assert [r.status for r in results] == ["added"]
    return svc


@pytest.fixture
def fresh_service(tmp_path) -> QAService:
    """An empty store of its own for tests that write."""
    return make_service(tmp_path / "store")


def warehouse_rules(n: int = 400, last: str = "") -> str:
    """A long regulation (a title line, n short articles, then `last`) for big-document tests."""
    rules = [
        f"第{i}条，园区第{i}号仓库用于存放第{i}批进口货物，管理方每月检查一次。" for i in range(n)
    ]
    return "\n".join(["关于园区仓库管理的规定", *rules, *([last] if last else [])])
