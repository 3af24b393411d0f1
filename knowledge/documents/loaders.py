"""Turn a user's file (txt, md, html, pdf, docx, doc, png/jpg) into plain text, with where each
page starts for paged formats, or raise one clear LoadError. The binary and markup formats are
read in `formats/`."""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from knowledge.documents.cover import is_contents, is_cover
from knowledge.documents.encodings import EMPTY, decode_text
from knowledge.documents.formats.base import Extracted, LoadOptions, PageProgress

__all__ = [
    "PageProgress",
    "RawDocument",
    "SUPPORTED_SUFFIXES",
    "load_bytes",
    "load_file",
    "safe_name",
]
from knowledge.errors import LoadError

_MB = 1024 * 1024
_FORMATS = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".doc": "doc",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_FORMATS)


@dataclass(frozen=True)
class RawDocument:
    text: str  # extracted text, '\n' line ends
    source: str  # safe display file name (basename only)
    fmt: str  # 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'doc' | 'image'
    title_hint: str | None = None  # HTML <title>/<h1>, DOCX/PDF title, first Markdown heading
    page_starts: tuple[int, ...] = ()  # where each page starts in `text` (PDF, image); () unpaged
    published: str | None = None  # a web page's publish date (header or meta tags)
    site: str | None = None  # a web page's site name (「岚溪市人民政府」)


def safe_name(filename: str) -> str:
    """Basename only, without path separators, control/format chars or leading dots."""
    name = "".join(ch for ch in filename if unicodedata.category(ch)[0] != "C")
    name = re.split(r"[\\/]", name)[-1].strip().lstrip(".").strip()
    if len(name) > 200:
        stem, dot, suffix = name.rpartition(".")
        name = stem[:190] + dot + suffix[:9] if dot and len(suffix) < 10 else name[:200]
    return name or "untitled"


def load_file(
    path: Path, max_bytes: int, *, ocr: bool = True, on_page: PageProgress | None = None
) -> RawDocument:
    """Load a file from disk; the size limit is checked with stat() before reading. `ocr`
    allows reading scanned pages and images; `on_page` is told of each page read by OCR."""
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
    return load_bytes(data, path.name, max_bytes, ocr=ocr, on_page=on_page)


def load_bytes(
    data: bytes,
    filename: str,
    max_bytes: int,
    *,
    ocr: bool = True,
    on_page: PageProgress | None = None,
) -> RawDocument:
    """Load an uploaded file's bytes; `filename` only chooses the format and display name."""
    name = safe_name(filename)
    fmt = _format_for(name)
    _check_size(len(data), max_bytes)
    if not data.strip():
        raise LoadError(EMPTY)
    got = _extractor(fmt)(data, LoadOptions(max_bytes, ocr, on_page))
    starts: tuple[int, ...] = ()
    if got.pages is None:
        text = _finish(got.text)
    else:
        pages = [_clean_chars(page).strip("\n") for page in got.pages]
        joints = [_joint(a, b) for a, b in zip(pages, pages[1:])] + [""]
        starts = tuple(
            sum(len(p) + len(j) for p, j in zip(pages[:i], joints)) for i in range(len(pages))
        )
        text = _finish("".join(p + j for p, j in zip(pages, joints)))
    title = (got.title or "").strip() or None
    return RawDocument(text, name, fmt, title, starts, got.published, got.site)


_ENDS = tuple("。！？!?；;：:”」』）)")
_STARTS_PART = re.compile(
    r"第[零〇一二两三四五六七八九十百千\d]+[编章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|附件"
)


def _joint(page: str, following: str) -> str:
    """What joins two pages: nothing when a sentence runs on over the page break (「…无欠」 +
    「费和损坏的…」), else a blank line (after a cover page too: 「二〇二四年十二月」 ends no
    sentence, yet runs on into nothing)."""
    if page and following and not page.endswith(_ENDS) and not page.endswith("\t"):
        if is_cover(page) or is_contents(page):
            return "\n\n"
        last = page.rsplit("\n", 1)[-1]
        if "\t" not in last and not _STARTS_PART.match(following):
            return ""
    return "\n\n"


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


def _clean_chars(text: str) -> str:
    text = re.sub(r"\r\n?|[\f\v]", "\n", text).lstrip("\ufeff")
    return "".join(ch for ch in text if ch in "\t\n" or unicodedata.category(ch) != "Cc")


def _finish(text: str) -> str:
    text = _clean_chars(text)
    if not text.strip():
        raise LoadError(EMPTY)
    if not any(ch.isalnum() for ch in text):
        raise LoadError("文件没有可索引的文字（只有标点、符号或空白）(no indexable text)")
    return text


# ---------------------------------------------------------------- formats


def _load_txt(data: bytes, _opts: LoadOptions) -> Extracted:
    return Extracted(decode_text(data))


def _load_md(data: bytes, _opts: LoadOptions) -> Extracted:
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
    return Extracted("\n".join(lines), title)


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


_EXTRACTORS: dict[str, Callable[[bytes, LoadOptions], Extracted]] = {
    "txt": _load_txt,
    "md": _load_md,
}
# the other formats' readers, imported on first use (their libraries load in ~0.4 s and more)
_READERS = {
    "html": ("html", "load_html"),
    "pdf": ("pdf", "load_pdf"),
    "docx": ("docx", "load_docx"),
    "doc": ("legacy_doc", "load_doc"),
    "image": ("ocr", "load_image"),
}


def _extractor(fmt: str) -> Callable[[bytes, LoadOptions], Extracted]:
    if fmt not in _EXTRACTORS:
        module, name = _READERS[fmt]
        reader = getattr(importlib.import_module(f"knowledge.documents.formats.{module}"), name)
        _EXTRACTORS[fmt] = reader
    return _EXTRACTORS[fmt]
