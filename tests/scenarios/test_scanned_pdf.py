"""A scanned PDF through the whole bot, offline: added by OCR (progress a page), listed with
its pages, and a question about its second page answered from it, citing 第2页."""

from __future__ import annotations

import json
import socket

import pytest

from knowledge.__main__ import main as cli
from tests.conftest import make_service
from tests.documents.formats.conftest import FORMATS

SCANNED = FORMATS / "qinghe-rending-tongzhi-scan.pdf"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    pytest.importorskip("rapidocr_onnxruntime")
    path = tmp_path_factory.mktemp("scanned-store")
    pages: list[tuple[int, int]] = []
    with pytest.MonkeyPatch.context() as mp:  # offline: any connection attempt fails the test
        mp.setattr(socket.socket, "connect", _no_network)
        mp.setattr(socket, "create_connection", _no_network)
        svc = make_service(path)
        results = [r for _, r in svc.add_files([SCANNED], pages=lambda d, n: pages.append((d, n)))]
    assert [r.status for r in results] == ["added"], results
    assert pages == [(1, 2), (2, 2)]
    return path


def _no_network(*args, **kwargs):
    raise AssertionError(f"network used while reading a scan: {args[1:]}")


def test_answer_cites_the_scanned_page(store, capsys) -> None:
    svc = make_service(store)
    answer = svc.ask("飞地项目认定的申报截止日期是哪天？")
    assert not answer.abstained
    assert "2025年11月30日" in answer.answer
    cited = [c for c in answer.citations if "2025年11月30日" in c.text]
    assert cited and cited[0].page == 2 and "第2页" in cited[0].label()
    assert cli(["ask", "飞地项目认定的申报截止日期是哪天？", "--store", str(store), "--json"]) == 0
    data = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert any(c["page"] == 2 for c in data["citations"])


def test_listed_with_its_pages(store, capsys) -> None:
    assert cli(["list", "--store", str(store), "--json"]) == 0
    docs = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    docs = docs if isinstance(docs, list) else docs["documents"]
    assert [d["pages"] for d in docs] == [2]
    assert docs[0]["source"] == SCANNED.name
