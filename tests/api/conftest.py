"""Services for the API tests: the bundled corpus with fake embeddings (fast; the refusal
threshold at 0 so the meaning-blind vectors still give answers), and helpers for SSE."""

from __future__ import annotations

import json

import pytest

from knowledge.service import QAService
from tests.conftest import make_service

QUESTION = "磨憨沿边产业园签约了多少个项目？"


def fake_service(store, **sections) -> QAService:
    sections.setdefault("answer", {"refusal_threshold": 0})
    return make_service(store, embedding={"provider": "fake"}, **sections)


@pytest.fixture(scope="module")
def corpus_service(tmp_path_factory) -> QAService:
    """The bundled corpus, fake embeddings; read-only for the tests that share it."""
    svc = fake_service(tmp_path_factory.mktemp("api-store"))
    assert [r.status for r in svc.ingest_bundled()] == ["added"]
    return svc


def sse_data(body: str) -> list[dict | str]:
    """The `data:` payloads of an SSE body: JSON objects, and "[DONE]" as a string."""
    out: list[dict | str] = []
    for block in body.split("\n\n"):
        if block.startswith("data: "):
            payload = block[len("data: ") :]
            out.append(payload if payload == "[DONE]" else json.loads(payload))
    return out
