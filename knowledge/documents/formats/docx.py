"""DOCX: the body in document order (paragraphs with the labels Word's automatic numbering draws
before them, tables one row a line, the lines of a text box after the paragraph it is anchored
in); headers, footers and notes are not read, except a 发文字号 a page header carries that the
body does not: it goes first, on its own line."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.oxml.ns import qn
from docx.table import Table

from knowledge.documents.formats.base import Extracted, LoadOptions
from knowledge.documents.formats.docx_numbering import Numbering
from knowledge.errors import LoadError
from knowledge.text.doc_numbers import BRACKETED_NUMBER

_MB = 1024 * 1024


def load_docx(data: bytes, opts: LoadOptions) -> Extracted:
    _check_docx_zip(data, opts.max_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
        numbering = Numbering(document)
        blocks, title = [], document.core_properties.title or None
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                blocks.append("\n".join(table_rows(item)))
                continue
            style = item.style.name if item.style is not None else ""
            text = item.text
            if text.strip():
                text = numbering.label(item) + text
            if boxed := box_lines(item._p):  # a 文号 or a 落款 Word set in a text box
                text = "\n".join([text, *boxed] if text.strip() else boxed)
            if title is None and text.strip() and style.startswith(("Heading", "Title")):
                title = text.strip()
            blocks.append(text)
    except Exception as exc:  # python-docx / lxml errors on broken parts
        raise LoadError("DOCX 文件损坏或无法解析 (corrupt DOCX)") from exc
    body = "\n\n".join(blocks)
    numbers = [n for n in _header_numbers(document) if n not in body]
    return Extracted(text="\n\n".join([*numbers[:1], body]), title=title)


def _header_numbers(document) -> list[str]:
    """发文字号 written in the sections' page headers (「榆川市财政局　榆财建〔2025〕21号」)."""
    found = []
    for section in document.sections:
        for paragraph in section.header.paragraphs:
            found += [m.group() for m in BRACKETED_NUMBER.finditer(paragraph.text)]
    return found


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def box_lines(paragraph) -> list[str]:
    """The lines of the text boxes anchored in a paragraph (a red-header template's 文号, a
    落款 and its date set beside the seal), each box once: Word writes a box twice, as a
    drawing and as its VML fallback (mc:Fallback), which is not read."""
    lines = []
    for box in paragraph.iter(qn("w:txbxContent")):
        if any(a.tag == _FALLBACK for a in box.iterancestors()):
            continue
        for p in box.iter(qn("w:p")):
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            if text.strip():
                lines.append(text)
    return lines


def table_rows(table: Table) -> list[str]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:  # merged cells repeat the same element
                seen.add(id(cell._tc))
                cells.append(" ".join(cell.text.split()))
        rows.append("\t".join(cells))
    return rows


def _check_docx_zip(data: bytes, max_bytes: int) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except Exception as exc:  # BadZipFile, truncated central directory, ...
        raise LoadError("DOCX 文件损坏或不是有效的 Word 文档 (not a valid DOCX)") from exc
    if "word/document.xml" not in {m.filename for m in members}:
        raise LoadError("DOCX 文件缺少正文 word/document.xml，不是有效的 Word 文档 (invalid DOCX)")
    total = sum(m.file_size for m in members)
    ratio = max(
        (m.file_size / max(m.compress_size, 1) for m in members if m.file_size > 65536), default=0
    )
    if total > max(50 * _MB, 20 * max_bytes) or ratio > 200:
        raise LoadError("DOCX 文件异常（疑似压缩炸弹）(suspected zip bomb)")
