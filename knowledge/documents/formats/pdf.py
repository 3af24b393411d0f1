"""PDF: the text layer page by page with pdfplumber (tables as rows where they stand, running
headers, footers and page numbers dropped, wrapped lines joined), and OCR for the pages that
have no text layer but an image (a scan), so a partly scanned file is read whole."""

from __future__ import annotations

import io
import re
from typing import Any

from pypdf import PdfReader, PdfWriter

from knowledge.documents.formats import ocr
from knowledge.documents.formats.base import Extracted, LoadOptions
from knowledge.documents.formats.layout import (
    Block,
    ColumnBreak,
    Line,
    TableBlock,
    page_text,
    strip_running,
)
from knowledge.documents.formats.regions import arrange
from knowledge.errors import LoadError

NO_TEXT = (
    "该 PDF 没有文字层，也没有可供文字识别（OCR）的扫描图像"
    " (PDF has no text layer and no scanned image to OCR)"
)
_MIN_TEXT = 8  # a page with fewer letters than this in its text layer is read by OCR if scanned
_OCR_DPI = 110  # scans rendered at this resolution: 150 reads no better and takes ~1.6x longer
_GAP = 1.2  # a gap wider than this many line heights divides a line into parts


def corrupt(detail: str = "", detail_en: str = "") -> str:
    return f"PDF 文件损坏或无法解析{detail} (corrupt or unreadable PDF{detail_en})"


def load_pdf(data: bytes, opts: LoadOptions) -> Extracted:
    if b"%PDF" not in data[:1024]:
        raise LoadError(corrupt("：不是 PDF 格式", ": not a PDF"))
    if b"%%EOF" not in data[-2048:]:
        raise LoadError(corrupt("：文件不完整，可能被截断", ": truncated"))
    data, title = _opened(data)
    try:
        import pdfplumber
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(data)
        with pdfplumber.open(io.BytesIO(data)) as plumber:
            layers = [_page_blocks(document[i], plumber.pages[i]) for i in range(len(document))]
        if not layers:
            raise LoadError(corrupt("：没有页面", ": no pages"))
        scanned = [
            i for i, b in enumerate(layers) if _letters(b) < _MIN_TEXT and _has_image(document[i])
        ]
        if scanned and not opts.ocr:
            if all(_letters(b) == 0 for b in layers):
                raise LoadError(ocr.DISABLED)
            scanned = []
        for done, i in enumerate(scanned, 1):
            image = document[i].render(scale=_OCR_DPI / 72).to_pil()
            layers[i] = ocr.image_blocks(image) or layers[i]
            if opts.on_page:
                opts.on_page(done, len(scanned))
        texts = [page_text(b) for b in strip_running(layers)]
    except LoadError:
        raise
    except Exception as exc:  # pdfium / pdfminer raise many exception types on broken input
        raise LoadError(corrupt()) from exc
    texts = [t.replace("\x00", "") for t in texts]
    if not any(t.strip() for t in texts):
        raise LoadError(ocr.NOTHING_READ if scanned else NO_TEXT)
    return Extracted(title=title, pages=tuple(texts))


def _opened(data: bytes) -> tuple[bytes, str | None]:
    """Check the file with pypdf (broken, encrypted) and read its title; a file encrypted with
    an empty user password is decrypted for the text extraction."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            if not reader.decrypt(""):
                raise LoadError("PDF 已加密，需要密码才能读取，请先解除密码保护 (encrypted PDF)")
            out = io.BytesIO()
            PdfWriter(clone_from=reader).write(out)
            data = out.getvalue()
        if not reader.pages:
            raise LoadError(corrupt("：没有页面", ": no pages"))
        title = reader.metadata.title if reader.metadata else None
    except LoadError:
        raise
    except Exception as exc:  # pypdf raises many exception types on broken input
        raise LoadError(corrupt()) from exc
    return data, title if isinstance(title, str) else None


def _page_blocks(page: Any, plumbed: Any) -> list[Block]:
    """A page's lines outside its tables, and its tables, in reading order (top down). The
    text and its boxes come from PDFium (it reads the CID fonts pdfminer misses); the tables
    (ruled cells) are found by pdfplumber and their cells read from PDFium by their boxes."""
    height = page.get_height()
    textpage = page.get_textpage()
    tables = [t for t in plumbed.find_tables() if len(t.rows) > 1 or len(t.columns) > 1]
    boxes = [t.bbox for t in tables]
    ruled: list[TableBlock] = []
    for t in tables:
        rows = []
        for row in t.rows:
            cells = [c for c in row.cells if c is not None]
            rows.append(tuple(_cell_text(textpage, height, c) for c in cells))
        ruled.append(TableBlock(tuple(rows), t.bbox[1]))
    blocks = arrange(sorted(_lines(textpage, height, boxes), key=lambda b: b.top))
    for table in sorted(ruled, key=lambda b: b.top, reverse=True):  # before the first line below
        at = next((i for i, b in enumerate(blocks) if b.top > table.top), len(blocks))
        blocks.insert(at, table)
    return blocks


def _lines(textpage: Any, height: float, tables: list[tuple]) -> list[Line]:
    """The text lines of a page with their boxes (top-down coordinates), leaving out the
    characters inside a table; each line with its parts when a wide gap divides it."""
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:  # characters outside the BMP: no per-character boxes
        return [Line(t, 0, 0, n, n + 1) for n, t in enumerate(text.splitlines()) if t.strip()]
    lines: list[Line] = []
    chars: list[tuple[str, float, float, float, float]] = []  # char, x0 top x1 bottom

    def flush() -> None:
        if "".join(c[0] for c in chars).strip():
            lines.append(_line(chars))
        chars.clear()

    for i, ch in enumerate(text):
        if ch in "\r\n":
            flush()
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        y0, y1 = height - top, height - bottom
        if ch.strip() and any(
            x0 <= (left + right) / 2 <= x1 and t <= (y0 + y1) / 2 <= b for x0, t, x1, b in tables
        ):
            continue
        chars.append((ch, left, y0, right, y1))
    flush()
    return lines


def _line(chars: list[tuple[str, float, float, float, float]]) -> Line:
    """One line from its characters (their boxes), and its parts: the runs of characters
    between gaps wider than _GAP times the line's height (a table's cells, two columns)."""
    seen = [c for c in chars if c[0].strip()]
    runs: list[list[tuple]] = [[seen[0]]]
    for prev, c in zip(seen, seen[1:]):
        if c[1] - prev[3] > _GAP * max(c[4] - c[2], prev[4] - prev[2]):
            runs.append([])
        runs[-1].append(c)

    def box(text: str, cs: list[tuple]) -> Line:
        return Line(text, min(c[1] for c in cs), max(c[3] for c in cs),
                    min(c[2] for c in cs), max(c[4] for c in cs))  # fmt: skip

    whole = box("".join(c[0] for c in chars).strip(), seen)
    if len(runs) == 1:
        return whole
    pieces = tuple(box("".join(c[0] for c in run), run) for run in runs)
    return Line(whole.text, whole.x0, whole.x1, whole.top, whole.bottom, pieces)


def _cell_text(textpage: Any, height: float, bbox: tuple) -> str:
    x0, top, x1, bottom = bbox
    text = textpage.get_text_bounded(left=x0, bottom=height - bottom, right=x1, top=height - top)
    return " ".join(text.split())


def _has_image(page: Any) -> bool:
    import pypdfium2.raw as raw

    return any(True for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,)))


def _letters(blocks: list[Block]) -> int:
    return sum(
        len(re.findall(r"\w", b.text if isinstance(b, Line) else "".join(map("".join, b.rows))))
        for b in blocks
        if not isinstance(b, ColumnBreak)
    )
