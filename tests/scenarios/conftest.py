"""Store fixtures of the AppTest scenario tests: the app reads its settings from QA_ variables."""

from __future__ import annotations

import pytest


@pytest.fixture
def fake_store(tmp_path, monkeypatch):
    """A fresh store with hash embeddings: fast, for everything where meaning does not matter."""
    monkeypatch.setenv("QA_STORE__PATH", str(tmp_path / "store"))
    monkeypatch.setenv("QA_EMBEDDING__PROVIDER", "fake")
    monkeypatch.setenv("QA_LLM__PROVIDER", "none")
    return tmp_path / "store"


@pytest.fixture(scope="module")
def e5_path(tmp_path_factory):
    return tmp_path_factory.mktemp("e5") / "store"


@pytest.fixture
def e5_store(e5_path, monkeypatch):
    """One store with the real e5 embeddings, shared by the tests whose answers must be right."""
    monkeypatch.setenv("QA_STORE__PATH", str(e5_path))
    monkeypatch.setenv("QA_EMBEDDING__PROVIDER", "e5")
    monkeypatch.setenv("QA_LLM__PROVIDER", "none")
    return e5_path
