"""Tests for the pages of knowledge.ingestion.plan: every chunk of a paged document knows its
page, the record its page count; unpaged documents have neither."""

from __future__ import annotations

from knowledge.documents.loaders import load_bytes
from knowledge.ingestion.plan import Planned, plan
from knowledge.settings import IngestSettings
from tests.documents.formats.conftest import FORMATS, LIMIT


def _planned(name: str) -> Planned:
    raw = load_bytes((FORMATS / name).read_bytes(), name, LIMIT)
    planned = plan(raw, IngestSettings())
    assert isinstance(planned, Planned)
    return planned


def test_every_pdf_chunk_has_its_page() -> None:
    planned = _planned("qinghe-changfang-xize.pdf")
    text = planned.doc.text
    assert planned.record().pages == 3
    pages = {c.section: c.page for c in planned.chunks if c.section}
    assert all(c.page in (1, 2, 3) for c in planned.chunks)
    assert pages["第一条"] == 1 and pages["第十四条"] == 3
    assert [c.page for c in planned.chunks] == sorted(c.page for c in planned.chunks)
    for c in planned.chunks:
        assert c.text == text[c.start : c.end]
        assert planned.doc.page_at(c.start) == c.page


def test_unpaged_documents_have_no_pages() -> None:
    planned = _planned("qinghe-ruzhu-banfa.docx")
    assert planned.record().pages is None and {c.page for c in planned.chunks} == {None}


def test_chunk_metadata_carries_the_page() -> None:
    chunk = _planned("qinghe-changfang-xize.pdf").chunks[-1]
    assert chunk.metadata()["page"] == 3
