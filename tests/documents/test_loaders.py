"""Tests for knowledge.documents.loaders: every format, every encoding, and every kind of bad file."""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from pypdf import PdfWriter

from knowledge.documents.loaders import (
    SUPPORTED_SUFFIXES,
    RawDocument,
    load_bytes,
    load_file,
    safe_name,
)
from knowledge.errors import LoadError
from tests.conftest import ROOT

MB = 1024 * 1024
LIMIT = 20 * MB
CORPUS = ROOT / "corpus" / "mohan-meeting-2024-05-10.txt"
CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
NOTICE = "关于2024年春节放假安排的通知\n经研究决定，春节放假7天。"
NOTICE_TW = "關於2024年春節放假安排的通知\n經研究決定，春節放假7天。"


def _error(data: bytes, name: str, max_bytes: int = LIMIT) -> str:
    with pytest.raises(LoadError) as info:
        load_bytes(data, name, max_bytes)
    return str(info.value)


def _pdf(text: str | None = "Spring Festival holiday notice\nSeven days off.") -> bytes:
    pdf = FPDF()
    pdf.add_page()
    if text is None:
        pdf.rect(20, 20, 80, 40)  # a drawing only: no text layer
    else:
        pdf.set_font("helvetica", size=12)
        pdf.multi_cell(0, 10, text)
    pdf.set_title("Holiday Notice")
    return bytes(pdf.output())


def _docx(title: str = "") -> bytes:
    document = docx.Document()
    document.core_properties.title = title
    document.add_heading("关于春节放假的通知", level=1)
    document.add_paragraph("经研究决定，春节放假7天。")
    table = document.add_table(rows=2, cols=2)
    for (row, col), value in {(0, 0): "项目", (0, 1): "天数", (1, 0): "春节", (1, 1): "7"}.items():
        table.cell(row, col).text = value
    document.add_paragraph("特此通知。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------- names, dispatch, limits


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\windows\\报告.docx", "报告.docx"),
        ("a\x00b\x1f\x7fc.txt", "abc.txt"),
        ("\u202egpj.txt", "gpj.txt"),
        ("  通知.pdf  ", "通知.pdf"),
        (".hidden.md", "hidden.md"),
        ("..", "untitled"),
        ("dir/", "untitled"),
        ("", "untitled"),
        ("\x00\x01", "untitled"),
    ],
)
def test_safe_name(given: str, expected: str) -> None:
    assert safe_name(given) == expected


def test_safe_name_limits_length_and_keeps_suffix() -> None:
    name = safe_name("长" * 500 + ".pdf")
    assert len(name) <= 200 and name.endswith(".pdf")


def test_source_is_safe_name() -> None:
    doc = load_bytes("正文".encode(), "../../evil\x00/../通知.TXT", LIMIT)
    assert doc == RawDocument(text="正文", source="通知.TXT", fmt="txt", title_hint=None)


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == {
        ".txt",
        ".md",
        ".markdown",
        ".html",
        ".htm",
        ".pdf",
        ".docx",
        ".doc",
        ".png",
        ".jpg",
        ".jpeg",
    }


@pytest.mark.parametrize("name", ["a.exe", "a.xls", "README", "a.txt.zip"])
def test_unsupported_suffix(name: str) -> None:
    message = _error(b"hello", name)
    assert "不支持" in message and ".docx" in message and ".pdf" in message


def test_oversized_bytes() -> None:
    message = _error(b"x" * 2048, "a.txt", max_bytes=1024)
    assert "过大" in message and "MB" in message


def test_oversized_file_rejected_by_stat_before_reading(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(200 * MB)  # sparse: no real disk use

    def no_read(*_args, **_kwargs):
        raise AssertionError("file must not be read")

    monkeypatch.setattr(Path, "open", no_read)
    monkeypatch.setattr(Path, "read_bytes", no_read)
    with pytest.raises(LoadError, match="20 MB"):
        load_file(path, LIMIT)


def test_load_file_reads_and_names(tmp_path: Path) -> None:
    path = tmp_path / "通知.txt"
    path.write_bytes(NOTICE.encode("gbk"))
    doc = load_file(path, LIMIT)
    assert (doc.text, doc.source, doc.fmt) == (NOTICE, "通知.txt", "txt")


def test_load_file_missing(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="不存在"):
        load_file(tmp_path / "nope.txt", LIMIT)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\u3000\n \n".encode()])
def test_empty_and_whitespace_only(data: bytes) -> None:
    assert _error(data, "a.txt").startswith("文件为空")


@pytest.mark.parametrize("text", ["！？。，……\n——", "🎉🎉🎉 ★★★ ...", "- - -\n* * *"])
def test_punctuation_only_has_nothing_to_index(text: str) -> None:
    assert _error(text.encode(), "a.txt").startswith("文件没有可索引的文字")


def test_errors_are_chinese_first() -> None:
    for data, name in [(b"", "a.txt"), (b"x", "a.exe"), (b"hello", "a.pdf"), (b"PK", "a.docx")]:
        message = _error(data, name)
        chinese = [i for i, ch in enumerate(message) if "\u4e00" <= ch <= "\u9fff"]
        assert chinese and chinese[0] < message.index("("), message


# ---------------------------------------------------------------- markdown and html


def test_markdown_strips_markup_and_keeps_title() -> None:
    source = (
        "# 关于**春节**放假的通知\n\n"
        "> 经研究决定，春节放假**7**天，详见[国务院办公厅](https://www.gov.cn/x)。\n"
        "![图片](a.png)\n\n```python\nprint('x')\n```\n\n"
        "- 第一项 *强调* 与 _下划线_ 和 `代码`\n- 2*3*4 snake_case_name\n---\n"
        "| 项目 | 天数 |\n|---|---|\n| 春节 | 7 |\n"
    )
    doc = load_bytes(source.encode(), "notice.markdown", LIMIT)
    assert doc.fmt == "md" and doc.title_hint == "关于春节放假的通知"
    for fragment in ["关于春节放假的通知", "春节放假7天，详见国务院办公厅。", "print('x')"]:
        assert fragment in doc.text
    assert "- 第一项 强调 与 下划线 和 代码" in doc.text
    assert "2*3*4 snake_case_name" in doc.text and "项目\t天数\n春节\t7" in doc.text
    for junk in ["#", "**", "](", "![", "```", "gov.cn", "---"]:
        assert junk not in doc.text


def test_html_visible_text_only() -> None:
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>放假通知</title>"
        "<style>body { color: red }</style><script>alert('x')</script></head>"
        "<body><!-- hidden comment --><noscript>请启用脚本</noscript>"
        "<h1>关于春节放假的通知</h1><p>经研究决定，\n春节放假<b>7</b>天。</p>"
        "<div>第二段<br>换行</div><ul><li>一</li><li>二</li></ul>"
        "<table><tr><th>项目</th><th>天数</th></tr><tr><td>春节</td><td>7</td></tr></table>"
        "<template><p>模板</p></template><script>var secret = 1;</script></body></html>"
    )
    doc = load_bytes(page.encode(), "page.html", LIMIT)
    assert doc.fmt == "html" and doc.title_hint == "放假通知"
    assert doc.text == (
        "关于春节放假的通知\n\n经研究决定，春节放假7天。\n\n第二段\n换行\n\n一\n二\n\n"
        "项目\t天数\n春节\t7"
    )
    for junk in ["alert", "color", "secret", "hidden", "请启用", "模板", "DOCTYPE", "html"]:
        assert junk not in doc.text


def test_html_meta_charset_and_h1_title() -> None:
    page = "<html><head><meta charset=gb2312></head><body><h1>春节通知</h1><p>放假7天。</p>"
    doc = load_bytes(page.encode("gbk"), "page.htm", LIMIT)
    assert doc.title_hint == "春节通知" and doc.text == "春节通知\n\n放假7天。"


def test_html_meta_big5() -> None:
    page = f"<html><head><meta charset='big5'></head><body><p>{NOTICE_TW}</p></body></html>"
    assert NOTICE_TW.replace("\n", "") in load_bytes(page.encode("big5"), "a.html", LIMIT).text


def test_html_valid_utf8_beats_wrong_meta_charset() -> None:
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    page += f"</head><body><p>{NOTICE}</p></body></html>"
    assert "春节放假7天。" in load_bytes(page.encode(), "a.html", LIMIT).text


def test_html_without_charset_uses_detection() -> None:
    page = f"<html><body><p>{NOTICE}</p></body></html>"
    assert NOTICE.split("\n")[1] in load_bytes(page.encode("gbk"), "a.html", LIMIT).text


def test_html_with_only_script_is_empty() -> None:
    page = b"<html><head><title>t</title><script>go()</script></head><body> </body></html>"
    assert _error(page, "a.html").startswith("文件为空")


# ---------------------------------------------------------------- pdf


def test_pdf_text_layer() -> None:
    doc = load_bytes(_pdf(), "notice.PDF", LIMIT)
    assert doc.fmt == "pdf" and doc.title_hint == "Holiday Notice"
    assert "Spring Festival holiday notice" in doc.text and "Seven days off." in doc.text


@pytest.mark.skipif(not CJK_FONT.exists(), reason="no Noto CJK font installed")
def test_pdf_chinese_text() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("noto", fname=str(CJK_FONT), collection_font_number=2)
    pdf.set_font("noto", size=14)
    pdf.multi_cell(0, 10, NOTICE)
    text = load_bytes(bytes(pdf.output()), "a.pdf", LIMIT).text
    assert "\x00" not in text and "关于2024年春节放假安排的通知" in text and "春节放假7天。" in text


def test_pdf_without_text_layer_or_scan() -> None:
    assert "没有文字层" in _error(_pdf(None), "scan.pdf")


@pytest.mark.parametrize(
    "data",
    [
        b"hello",
        b"%PDF-1.7\n" + b"garbage " * 100 + b"\n%%EOF\n",
        _pdf()[:200] + b"\x00broken" * 50 + _pdf()[-120:],
    ],
    ids=["not-pdf", "garbage-body", "corrupt-middle"],
)
def test_corrupt_pdf(data: bytes) -> None:
    assert _error(data, "a.pdf").startswith("PDF 文件损坏或无法解析")


@pytest.mark.parametrize("fraction", [0.3, 0.6, 0.9])
def test_truncated_pdf(fraction: float) -> None:
    data = _pdf()
    assert _error(data[: int(len(data) * fraction)], "a.pdf").startswith("PDF 文件损坏")


def _encrypted(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(_pdf()))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_encrypted_pdf() -> None:
    assert "加密" in _error(_encrypted("secret"), "a.pdf")


def test_pdf_with_empty_user_password_is_readable() -> None:
    assert "Seven days off." in load_bytes(_encrypted(""), "a.pdf", LIMIT).text


# ---------------------------------------------------------------- docx


def test_docx_paragraphs_and_table_in_order() -> None:
    doc = load_bytes(_docx(), "notice.docx", LIMIT)
    assert doc.fmt == "docx" and doc.title_hint == "关于春节放假的通知"
    assert (
        doc.text
        == "关于春节放假的通知\n\n经研究决定，春节放假7天。\n\n项目\t天数\n春节\t7\n\n特此通知。"
    )


def test_docx_core_title_wins() -> None:
    assert load_bytes(_docx("国务院办公厅通知"), "a.docx", LIMIT).title_hint == "国务院办公厅通知"


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04 not really a zip", random.Random(3).randbytes(2048), _docx()[:4000]],
    ids=["fake-zip", "random", "truncated"],
)
def test_corrupt_docx(data: bytes) -> None:
    assert _error(data, "a.docx").startswith("DOCX 文件损坏")


def test_docx_without_document_xml() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert "word/document.xml" in _error(buffer.getvalue(), "a.docx")


def test_docx_with_broken_document_xml() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx())) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            body = source.read(item)
            target.writestr(item, b"<w:document" if item.filename == "word/document.xml" else body)
    assert _error(buffer.getvalue(), "a.docx").startswith("DOCX 文件损坏")


def test_docx_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open("word/document.xml", "w") as member:
            block = bytes(MB)
            for _ in range(100):  # 100 MB of zeros, streamed
                member.write(block)
    assert os.path.getsize(path) < 2 * MB
    with pytest.raises(LoadError, match="压缩炸弹"):
        load_file(path, LIMIT)
