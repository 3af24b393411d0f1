"""Tests for knowledge.documents.formats.pdf on the fixtures: pages, running headers and page
numbers, tables as rows, scanned pages read by OCR (only those), clear messages."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from knowledge.documents.loaders import load_bytes
from knowledge.documents.structure import parse
from knowledge.errors import LoadError
from tests.documents.formats.conftest import FORMATS, LIMIT, PAGES_READ, cleaned, loaded

TEXT_PDF = "qinghe-changfang-xize.pdf"
SCANNED = "qinghe-rending-tongzhi-scan.pdf"
MIXED = "qinghe-rencai-gongyu-mixed.pdf"
BORDERLESS = "qinghe-jigai-butie-tongzhi.pdf"
TWO_COLUMNS = "qinghe-zhengce-jianbao-2col.pdf"


def test_text_pdf_pages_and_title() -> None:
    raw = loaded(TEXT_PDF)
    assert raw.fmt == "pdf" and raw.title_hint == "青禾市飞地园区标准厂房租赁管理细则"
    assert len(raw.page_starts) == 3 and raw.page_starts[0] == 0
    doc = cleaned(TEXT_PDF)
    assert len(doc.page_starts) == 3
    assert doc.page_at(doc.text.index("第一条")) == 1
    assert doc.page_at(doc.text.index("第十四条")) == 3
    assert doc.page_at(len(doc.text) - 1) == 3


def test_running_header_and_page_numbers_removed() -> None:
    text = loaded(TEXT_PDF).text
    assert "规范性文件" not in text  # the running header, on every page
    assert "页 共" not in text and "第 1 页" not in text  # the footer 「第 1 页 共 3 页」
    assert text.startswith("青禾市飞地园区联合管理委员会文件\n青飞管〔2025〕3号")


def test_articles_are_whole_lines_and_wrapped_lines_joined() -> None:
    lines = loaded(TEXT_PDF).text.split("\n")
    article = next(line for line in lines if line.startswith("第一条"))
    assert article.endswith("结合园区实际，制定本细则。")
    assert sum(line.startswith("第") and "条　" in line for line in lines) == 14


def test_table_kept_as_rows_between_its_articles() -> None:
    text = loaded(TEXT_PDF).text
    rows = [
        "厂房类型\t月租金（元/平方米）\t前两年减免",
        "单层钢结构厂房\t10\t免收",
        "多层框架厂房\t12\t减半",
    ]
    for row in rows:
        assert row + "\n" in text
    assert text.index("第五条") < text.index(rows[0]) < text.index(rows[2]) < text.index("第六条")
    fifth = next(line for line in text.split("\n") if line.startswith("第五条"))
    assert "钢结构" not in fifth and "免收" not in fifth  # no cell scrambled into the flow


def test_a_table_without_ruling_lines_is_kept_as_rows() -> None:
    text = loaded(BORDERLESS).text
    rows = [
        "县（市、区）\t项目个数\t补贴资金（万元）\t备注",
        "南岭县\t5\t320\t含结转项目2个",
        "北川县\t3\t180\t无",
        "合计\t12\t760\t无",
    ]
    for row in rows:
        assert row in text.split("\n")
    assert text.index("分配情况如下表。") < text.index(rows[0]) < text.index("请各地在收到资金后")
    st = parse(cleaned(BORDERLESS).text)
    assert st.doc_type == "通知" and st.field("issuer").value == "青禾市财政局"


def test_a_two_column_page_is_read_column_by_column() -> None:
    text = loaded(TWO_COLUMNS).text
    paragraphs = [
        "一、标准厂房租金有哪些优惠？",
        "已通过入驻评审的项目单位承租单层钢结构厂房，前两年免收租金，第三年起按每月每平方米10元收取。",
        "年度亩均税收达到所在产业类别标准两倍以上的企业，次年租金按八折收取，优惠可以逐年申请。",
        "二、押金怎么退还？",
        "租赁期满且没有欠费和损坏的，园区平台公司在退租验收后十五日内全额退还押金。",
        "三、人才公寓怎么申请？",
        "与飞地项目单位签订一年以上劳动合同、本人及配偶在园区所在县没有自有住房的员工，可以向园区平台公司提出申请。",
        "四、公寓租金是多少？",
        "人才公寓租金按同地段市场租金的一半收取，入住人员按月缴纳，每次入住期限不超过两年。",
    ]
    lines = text.split("\n")
    for p in paragraphs:
        assert p in lines, p
    assert [text.index(p) for p in paragraphs] == sorted(text.index(p) for p in paragraphs)
    assert lines[0] == "青禾市飞地园区政策简报（第3期）"
    assert lines[-1] == "本简报内容仅供参考，具体以正式印发的文件为准。"  # under both columns
    assert "— 1 —" not in text


def test_columns_written_one_after_the_other_are_not_interleaved() -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    left = ["The left column starts here and its", "lines are written before any line",
            "of the right column is written."]  # fmt: skip
    right = ["The right column comes second and", "its lines sit level with the lines",
             "of the left column on the page."]  # fmt: skip
    for x, column in ((10, left), (110, right)):
        for n, text in enumerate(column):
            pdf.text(x, 30 + 7 * n, text)
    raw = load_bytes(bytes(pdf.output()), "columns.pdf", LIMIT)
    columns = [c.replace("\n", " ") for c in raw.text.split("\n\n")]  # ragged lines stay apart
    assert columns == [" ".join(left), " ".join(right)]


def test_a_sentence_running_over_a_page_break_stays_whole() -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 8, "The enclave park office reviews every application and")
    pdf.add_page()
    pdf.multi_cell(0, 8, "answers within ten working days.\nA new paragraph.")
    raw = load_bytes(bytes(pdf.output()), "a.pdf", LIMIT)
    assert "and" + "answers within" in raw.text.replace(" and\n", "and")  # joined, no blank line
    assert "\n\n" not in raw.text
    assert raw.text[raw.page_starts[1] :].startswith("answers within")


@pytest.fixture(scope="module")
def scanned_pages() -> list[tuple[int, int]]:
    pytest.importorskip("rapidocr_onnxruntime")
    loaded(SCANNED)
    return PAGES_READ[SCANNED]


def test_scanned_pdf_read_by_ocr_page_by_page(scanned_pages) -> None:
    assert scanned_pages == [(1, 2), (2, 2)]
    raw = loaded(SCANNED)
    assert len(raw.page_starts) == 2
    first, second = raw.text[: raw.page_starts[1]], raw.text[raw.page_starts[1] :]
    assert "关于开展2025年度飞地园区项目认定工作的通知" in first
    assert "一、认定范围" in first and "不低于五千万元" in first
    assert "申报截止日期为2025年11月30日" in second  # a wrapped line joined again
    assert "三、申报程序" in second
    assert "— 1 —" not in raw.text and "—1—" not in raw.text


def test_ocr_text_goes_through_the_same_structure_parsing() -> None:
    from knowledge.documents.structure import parse

    st = parse(cleaned(SCANNED).text)
    labels = [s.label for s in st.sections if s.kind.startswith("outline")]
    assert labels[:4] == ["一、", "二、", "三、", "四、"]


def test_partial_text_layer_only_the_scanned_page_is_read_by_ocr() -> None:
    pytest.importorskip("rapidocr_onnxruntime")
    raw = loaded(MIXED)
    assert PAGES_READ[MIXED] == [(1, 1)]  # one page needed OCR
    first, second = raw.text[: raw.page_starts[1]], raw.text[raw.page_starts[1] :]
    assert "第一条　为吸引和留住飞地园区项目的技术和管理人才" in first  # the text layer, exact
    assert "第五条" in second and "累计入住最长不超过四年" in second


def test_scanned_pdf_with_ocr_off_says_so() -> None:
    data = (FORMATS / SCANNED).read_bytes()
    with pytest.raises(LoadError) as info:
        load_bytes(data, SCANNED, LIMIT, ocr=False)
    assert "OCR" in str(info.value) and str(info.value).startswith("该文件是扫描件")


def test_partial_text_layer_with_ocr_off_keeps_the_text_pages() -> None:
    raw = load_bytes((FORMATS / MIXED).read_bytes(), MIXED, LIMIT, ocr=False)
    assert "第三条" in raw.text and "第五条" not in raw.text and len(raw.page_starts) == 2


def test_offsets_hold_for_paged_text() -> None:
    from knowledge.documents.chunking import chunk_text

    doc = cleaned(TEXT_PDF)
    for span in chunk_text(doc.text, 120, 1):
        assert span.text == doc.text[span.start : span.end]


def test_blank_pdf_page_is_a_page_too() -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.cell(0, 10, "Page one text.")
    pdf.add_page()
    pdf.add_page()
    pdf.cell(0, 10, "Page three text.")
    raw = load_bytes(bytes(pdf.output()), "a.pdf", LIMIT)
    assert len(raw.page_starts) == 3
    assert raw.text[raw.page_starts[2] :].startswith("Page three text.")
