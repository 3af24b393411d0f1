"""Tests for real formats through knowledge.ingestion.plan: every chunk of a paged document knows
its page, the record its page count (unpaged documents have neither), and the 公文 fields or publish
date of each format fixture come out exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.documents.loaders import load_bytes
from knowledge.ingestion.plan import Planned, plan
from knowledge.settings import IngestSettings
from tests.documents.formats.conftest import FORMATS, LIMIT

CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


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


RECORDS = {
    "qinghe-ruzhu-banfa.docx": dict(
        title="青禾市飞地园区项目入驻管理办法",
        issuer="青禾市人民政府办公室",
        doc_number="青政办〔2025〕7号",
        doc_type="办法",
        issued_on="2025-02-10",
        effective_on="2025-03-01",
        pages=None,
    ),
    "qinghe-changfang-xize.pdf": dict(
        title="青禾市飞地园区标准厂房租赁管理细则",
        issuer="青禾市飞地园区联合管理委员会",
        doc_number="青飞管〔2025〕3号",
        doc_type="细则",
        effective_on="2025-06-01",
        pages=3,
    ),
    "qinghe-rending-tongzhi-scan.pdf": dict(
        issuer="青禾市发展和改革委员会", doc_type="通知", issued_on="2025-09-15", pages=2
    ),
    "qinghe-canguan-gonggao.png": dict(
        title="关于飞地园区标准厂房开放参观的公告", doc_type="公告", issued_on="2025-08-04", pages=1
    ),
    "qinghe-tuijinhui.html": dict(
        title="青禾市召开飞地园区建设推进会", published_on="2025-10-17", doc_type=None, pages=None
    ),
}


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_record_of_each_format_fixture(name: str) -> None:
    if name.endswith((".png", "scan.pdf")):
        pytest.importorskip("rapidocr_onnxruntime")
    record = _planned(name).record()
    for key, value in RECORDS[name].items():
        assert getattr(record, key) == value, key


def _cover_pdf() -> bytes:
    """A booklet of our own: a cover (name over two lines, the organ, a month), then the 办法
    with its running header, 文号, articles and 落款 on page 2."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("noto", fname=str(CJK_FONT), collection_font_number=2)
    pdf.add_page()
    pdf.set_font("noto", size=22)
    for line in ("岚桥县集贸市场", "摊位管理办法"):
        pdf.cell(0, 14, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("noto", size=14)
    for line in ("岚桥县人民政府", "2024年9月"):
        pdf.cell(0, 12, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("noto", size=12)
    for line in (
        "岚桥县人民政府规范性文件",
        "岚政规〔2024〕5号",
        "岚桥县集贸市场摊位管理办法",
        "第一条　为规范集贸市场摊位管理，制定本办法。",
        "第二条　摊位租期不超过3年。",
        "第三条　本办法自2024年10月1日起施行，有效期5年。",
    ):
        pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    for line in ("岚桥县人民政府", "2024年9月12日"):
        pdf.cell(0, 10, line, align="R", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.skipif(not CJK_FONT.exists(), reason="no Noto CJK font installed")
def test_a_pdf_whose_first_page_is_a_cover_is_read_from_its_second_page() -> None:
    planned = plan(load_bytes(_cover_pdf(), "booklet.pdf", LIMIT), IngestSettings())
    assert isinstance(planned, Planned)
    assert "2024年9月\n\n" in planned.doc.text  # the cover's month runs on into nothing
    record = planned.record()
    assert record.pages == 2
    assert record.doc_number == "岚政规〔2024〕5号"  # on page 2, after the cover's name
    assert record.issuer == "岚桥县人民政府" and record.issued_on == "2024-09-12"
    assert record.title == "岚桥县集贸市场摊位管理办法" and record.doc_type == "办法"
    assert record.effective_on == "2024-10-01"
    assert {c.page for c in planned.chunks if c.section} == {2}
