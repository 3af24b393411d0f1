"""Turn a user's file (txt, md, html, pdf, docx) into plain text, or raise one clear LoadError."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.documents.encodings import BOMS, EMPTY, checked_textual, decode_text
from knowledge.errors import LoadError

if TYPE_CHECKING:  # the format libraries load ~0.4 s: each is imported by its loader
    from bs4 import BeautifulSoup
    from docx.table import Table

_MB = 1024 * 1024
_FORMATS = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_FORMATS)


@dataclass(frozen=True)
class RawDocument:
    text: str  # extracted text, '\n' line ends
    source: str  # safe display file name (basename only)
    fmt: str  # 'txt' | 'md' | 'html' | 'pdf' | 'docx'
    title_hint: str | None = None  # HTML <title>/<h1>, DOCX/PDF title, first Markdown heading


def safe_name(filename: str) -> str:
    """Basename only, without path separators, control/format chars or leading dots."""
    name = "".join(ch for ch in filename if unicodedata.category(ch)[0] != "C")
    name = re.split(r"[\\/]", name)[-1].strip().lstrip(".").strip()
    if len(name) > 200:
        stem, dot, suffix = name.rpartition(".")
        name = stem[:190] + dot + suffix[:9] if dot and len(suffix) < 10 else name[:200]
    return name or "untitled"


def load_file(path: Path, max_bytes: int) -> RawDocument:
    """Load a file from disk; the size limit is checked with stat() before reading."""
    path = Path(path)
    _format_for(path.name)
    try:
        if not path.is_file():
            raise LoadError("文件不存在或不是普通文件 (file not found)")
        _check_size(path.stat().st_size, max_bytes)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise LoadError(f"无法读取文件 (cannot read file): {exc.strerror or exc}") from exc
    return load_bytes(data, path.name, max_bytes)


def load_bytes(data: bytes, filename: str, max_bytes: int) -> RawDocument:
    """Load an uploaded file's bytes; `filename` only chooses the format and display name."""
    name = safe_name(filename)
    fmt = _format_for(name)
    _check_size(len(data), max_bytes)
    if not data.strip():
        raise LoadError(EMPTY)
    text, title = _EXTRACTORS[fmt](data, max_bytes)
    text = _finish(text)
    return RawDocument(text=text, source=name, fmt=fmt, title_hint=(title or "").strip() or None)


def _format_for(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix not in _FORMATS:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise LoadError(
            f"不支持的文件类型 {suffix or '(无扩展名)'}，仅支持 {kinds} (unsupported type)"
        )
    return _FORMATS[suffix]


def _check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        limit = f"{max_bytes / _MB:.2f}".rstrip("0").rstrip(".")
        raise LoadError(
            f"文件超过 {limit} MB 的上限（文件过大，上限为 {limit} MB；file too large）"
        )


def _finish(text: str) -> str:
    text = re.sub(r"\r\n?|[\f\v]", "\n", text).lstrip("\ufeff")
    text = "".join(ch for ch in text if ch in "\t\n" or unicodedata.category(ch) != "Cc")
    if not text.strip():
        raise LoadError(EMPTY)
    if not any(ch.isalnum() for ch in text):
        raise LoadError("文件没有可索引的文字（只有标点、符号或空白）(no indexable text)")
    return text


# ---------------------------------------------------------------- formats


def _load_txt(data: bytes, _max: int) -> tuple[str, str | None]:
    return decode_text(data), None


def _load_md(data: bytes, _max: int) -> tuple[str, str | None]:
    lines, title, in_code = [], None, False
    for line in decode_text(data).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if re.match(r"\s{0,3}(```|~~~)", line):
            in_code = not in_code
            continue
        if in_code:
            lines.append(line)
            continue
        heading = re.match(r"\s{0,3}#{1,6}\s+(.*?)(\s+#+)?\s*$", line)
        if heading:
            line = heading.group(1)
        elif re.fullmatch(
            r"\s*([-*_=]\s*){3,}|\s*\[[^\]]+\]:\s+\S+.*|\|?[\s:|-]*-{3,}[\s:|-]*", line
        ):
            continue
        line = _md_inline(re.sub(r"^\s{0,3}(>\s?)+", "", line))
        if heading and title is None:
            title = line.strip()
        lines.append(line)
    return "\n".join(lines), title


def _md_inline(line: str) -> str:
    if line.strip().startswith("|") and line.strip().endswith("|"):
        line = "\t".join(cell.strip() for cell in line.strip().strip("|").split("|"))
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
    line = re.sub(r"\[([^\]]+)\](\([^)]*\)|\[[^\]]*\])", r"\1", line)
    line = re.sub(r"<(https?://[^>\s]+)>", r"\1", line)
    line = re.sub(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1", r"\2", line)
    line = re.sub(
        r"(?<![A-Za-z0-9*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![A-Za-z0-9*])", r"\1", line
    )
    line = re.sub(r"(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)", r"\1", line)
    return re.sub(r"`([^`\n]+)`", r"\1", line)


_BLOCKS = (
    "p div section article main aside header footer nav h1 h2 h3 h4 h5 h6 ul ol dl table "
    "blockquote pre form fieldset figure figcaption address hr"
).split()
_LINES = "li tr dt dd caption br option".split()


_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_JUNK_TAGS = ["script", "style", "noscript", "template", "head", "title", "iframe", "svg", "object"]


def _load_html(data: bytes, _max: int) -> tuple[str, str | None]:
    from bs4 import BeautifulSoup
    from bs4.element import PreformattedString

    soup = BeautifulSoup(_decode_html(data), "html.parser")
    candidates = (tag.get_text(" ", strip=True) for tag in (soup.title, soup.find("h1")) if tag)
    title_text = next((text for text in candidates if text), "")
    for tag in soup.find_all(_JUNK_TAGS):
        tag.decompose()
    for special in soup.find_all(string=lambda s: isinstance(s, PreformattedString)):
        special.extract()  # comments, doctype, CDATA, processing instructions
    return _html_text(soup), title_text or None


def _html_text(soup: BeautifulSoup) -> str:
    """Visible text; block elements become paragraphs, <li>/<tr>/<br> lines, cells tabs."""
    for string in soup.find_all(string=True):
        if string.find_parent(["pre", "textarea"]) is None:
            joined = re.sub(rf"(?<=[{_CJK}])[ \t\r\f]*\n\s*(?=[{_CJK}])", "", string)
            string.replace_with(re.sub(r"[ \t\r\n\f]+", " ", joined))
    for tag in soup.find_all(_BLOCKS + _LINES + ["td", "th"]):
        mark = "\ufdd0" if tag.name in _BLOCKS else "\ufdd1" if tag.name in _LINES else "\t"
        tag.insert_after(mark)
        if mark != "\t" and tag.name != "br":
            tag.insert_before(mark)

    def gap(match: re.Match[str]) -> str:
        return "\n\n" if "\ufdd0" in match.group() else "\n"

    text = re.sub(r"[ \t]*[\ufdd0\ufdd1][\s\ufdd0\ufdd1]*", gap, soup.get_text())
    lines = (re.sub(r" {2,}", " ", line).strip(" \t") for line in text.split("\n"))
    return "\n".join(lines).strip()


def _decode_html(data: bytes) -> str:
    """BOM, then valid UTF-8, then the <meta charset>, then the plain-text detection."""
    declared = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", data[:4096], re.I)
    if data.startswith(tuple(bom for bom, _ in BOMS)) or b"\x00" in data:
        return decode_text(data)
    codec = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    codec = "gb18030" if codec in ("gb2312", "gbk", "x-gbk") else codec
    for candidate in dict.fromkeys(("utf-8", codec)):
        try:
            return checked_textual(data.decode(candidate))
        except (LookupError, UnicodeDecodeError):
            continue
    return decode_text(data)


def _load_pdf(data: bytes, _max: int) -> tuple[str, str | None]:
    if b"%PDF" not in data[:1024]:
        raise LoadError(_corrupt_pdf("：不是 PDF 格式", ": not a PDF"))
    if b"%%EOF" not in data[-2048:]:
        raise LoadError(_corrupt_pdf("：文件不完整，可能被截断", ": truncated"))
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError("PDF 已加密，需要密码才能读取，请先解除密码保护 (encrypted PDF)")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except LoadError:
        raise
    except Exception as exc:  # pypdf raises many exception types on broken input
        raise LoadError(_corrupt_pdf()) from exc
    if not pages:
        raise LoadError(_corrupt_pdf("：没有页面", ": no pages"))
    text = "\n\n".join(pages).replace("\x00", "")
    if not text.strip():
        raise LoadError("该 PDF 没有文字层（可能是扫描件），需要先做 OCR (PDF has no text layer)")
    return text, title if isinstance(title, str) else None


def _corrupt_pdf(detail: str = "", detail_en: str = "") -> str:
    return f"PDF 文件损坏或无法解析{detail} (corrupt or unreadable PDF{detail_en})"


def _load_docx(data: bytes, max_bytes: int) -> tuple[str, str | None]:
    _check_docx_zip(data, max_bytes)
    try:
        import docx
        from docx.table import Table

        document = docx.Document(io.BytesIO(data))
        blocks, title = [], document.core_properties.title or None
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                blocks.append("\n".join(_table_rows(item)))
                continue
            style = item.style.name if item.style is not None else ""
            if title is None and item.text.strip() and style.startswith(("Heading", "Title")):
                title = item.text.strip()
            blocks.append(item.text)
    except Exception as exc:  # python-docx / lxml errors on broken parts
        raise LoadError("DOCX 文件损坏或无法解析 (corrupt DOCX)") from exc
    return "\n\n".join(blocks), title


def _table_rows(table: Table) -> list[str]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:  # merged cells repeat the same element
                seen.add(id(cell._tc))
                cells.append(cell.text.replace("\n", " ").strip())
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


_EXTRACTORS: dict[str, Callable[[bytes, int], tuple[str, str | None]]] = {
    "txt": _load_txt,
    "md": _load_md,
    "html": _load_html,
    "pdf": _load_pdf,
    "docx": _load_docx,
}
