"""Cold paths: what importing the service loads, and the warm-up a front end asks for."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

from knowledge.models.embeddings import HashEmbeddings
from knowledge.service import build_service
from knowledge.settings import Settings
from tests.test_layout import ROOT

HEAVY = ("langchain_core.retrievers", "pypdf", "docx", "bs4", "bm25s", "jieba", "chromadb")


def test_importing_the_service_leaves_heavy_libraries_for_first_use() -> None:
    code = (
        f"import sys, knowledge.service\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == []


class WarmCounting(HashEmbeddings):
    def __init__(self) -> None:
        super().__init__()
        self.warmed = threading.Event()

    def warm_up(self) -> None:
        self.warmed.set()


def test_warm_service_loads_the_model_and_index_in_the_background(tmp_path) -> None:
    emb = WarmCounting()
    service = build_service(Settings.isolated(tmp_path / "store"), embeddings=emb, warm=True)
    assert emb.warmed.wait(10)
    service.add_text("磨憨沿边产业园签约项目14个。", "园区")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not service.searchable_chunks():
        time.sleep(0.05)
    assert "14" in service.ask("磨憨沿边产业园签约了多少个项目？").answer


def test_cold_service_does_not_warm(tmp_path) -> None:
    emb = WarmCounting()
    build_service(Settings.isolated(tmp_path / "store"), embeddings=emb)
    time.sleep(0.2)
    assert not emb.warmed.is_set()
