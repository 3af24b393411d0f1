"""The metadata of every fixture, exactly: each policy, 公文, format, evaluation and probe
fixture (fictional, written for this project) read and planned as ingest does, its record's
title, 发文机关 or publisher, 发文字号, 文种, 成文 / 施行 / published dates and pages compared
with the values the document states, listed in tests/data/fixture_metadata.json (a key left
out must be None), and the documents a notice issues (`parts`: title, 文种, 施行 date). OCR fixtures need the bundled engine."""

from __future__ import annotations

import json

import pytest

from knowledge.documents.loaders import load_bytes
from knowledge.ingestion.plan import Planned, plan
from knowledge.settings import IngestSettings
from tests.conftest import ROOT
from tests.documents.formats.conftest import LIMIT

KEYS = "title issuer publisher doc_number doc_type issued_on effective_on published_on pages"
EXPECTED = json.loads((ROOT / "tests" / "data" / "fixture_metadata.json").read_text("utf-8"))
SUFFIXES = (".txt", ".md", ".html", ".pdf", ".doc", ".docx", ".png")


def test_every_fixture_is_listed() -> None:
    folders = {(ROOT / name).parent for name in EXPECTED}
    on_disk = {
        str(p.relative_to(ROOT)) for f in folders for p in f.iterdir() if p.suffix in SUFFIXES
    }
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_metadata_of_each_fixture_is_exact(name: str) -> None:
    if name.endswith((".png", "scan.pdf", "mixed.pdf")):
        pytest.importorskip("rapidocr_onnxruntime")
    path = ROOT / name
    planned = plan(load_bytes(path.read_bytes(), path.name, LIMIT), IngestSettings())
    assert isinstance(planned, Planned)
    record = planned.record()
    want = EXPECTED[name]
    assert {k: getattr(record, k) for k in KEYS.split()} == {k: want.get(k) for k in KEYS.split()}
    parts = [[p.title, p.doc_type, p.effective_on] for p in record.parts]
    assert parts == want.get("parts", [])  # the documents a notice issues, each its own 施行
