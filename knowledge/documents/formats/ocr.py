"""Offline Chinese OCR of scanned pages and images with RapidOCR (the PP-OCR detection and
recognition models ship inside the `rapidocr-onnxruntime` wheel: nothing is downloaded). The
engine is loaded on first use, never at import, and shared by the threads of one process."""

from __future__ import annotations

import io
import re
import threading
from typing import Any

from knowledge.documents.formats.base import Extracted, LoadOptions
from knowledge.documents.formats.layout import Block, Line, page_text
from knowledge.documents.formats.regions import arrange
from knowledge.documents.gongwen_fields import hexagonal
from knowledge.errors import LoadError

MISSING = (
    "无法识别扫描件：未安装文字识别组件 rapidocr-onnxruntime，请先安装 "
    "(OCR engine missing: pip install rapidocr-onnxruntime)"
)
DISABLED = (
    "该文件是扫描件或图片，需要文字识别（OCR），但 OCR 已关闭（QA_INGEST__OCR=false）"
    " (scanned file: OCR is disabled)"
)
NOTHING_READ = "文字识别（OCR）没有在图片中识别出文字 (OCR found no text in the image)"
_MIN_SCORE = 0.5  # recognised boxes below this confidence are dropped
_PUNCT_SCORE = 0.2  # a lone mark (「。」) is small and read with less confidence
_MARKS = re.compile(r"^[。，、；：！？!?,.;:）)】」』”’》〉…—]+$")
# a mark read off the edge of a 〔 between a 文号's 代字 and its year (「望财：[2025]22号」)
_STRAY = re.compile(
    r"^([\u4e00-\u9fff]{1,12})[:：;；.·,，]+(?=[〔\[［【(（]\d{4}[〕\]］】)）]\d{1,5}号$)"
)

_engine: Any = None
_lock = threading.Lock()


def engine() -> Any:
    """The RapidOCR engine of this process, loaded on first use."""
    global _engine
    with _lock:
        if _engine is None:
            try:
                from rapidocr_onnxruntime import RapidOCR
            except ImportError as exc:
                raise LoadError(MISSING) from exc
            _engine = RapidOCR()
    return _engine


_HALF_PARENS = re.compile(r"[ \t]*\(([\u4e00-\u9fff]{1,12})\)")


def read_as_typed(text: str) -> str:
    """A box's text with a 文号's year in 〔〕 again (read as [2025], 「望财：[2025]22号」) and
    a parenthesis of Chinese words in full-width marks, as typed (read as 「办法 (试行)」)."""
    text = _HALF_PARENS.sub(r"（\1）", text.strip())
    return hexagonal(_STRAY.sub(r"\1", text))


def image_lines(image: Any) -> list[Line]:
    """The text lines of a PIL image, top to bottom: boxes whose vertical centres fall within
    half a line height of each other are one line, read left to right, each box a part of it
    when there are several (cells, columns)."""
    import numpy as np

    ocr = engine()
    with _lock:  # one recognition at a time: the engine's sessions already use every core
        found, _ = ocr(np.asarray(image.convert("RGB")))
    boxes = []
    for box, text, score in found or []:
        text = read_as_typed(str(text))
        if not text or float(score) < (_PUNCT_SCORE if _MARKS.match(text) else _MIN_SCORE):
            continue
        xs, ys = [p[0] for p in box], [p[1] for p in box]
        boxes.append(Line(text, min(xs), max(xs), min(ys), max(ys)))
    boxes.sort(key=lambda b: (b.top + b.bottom) / 2)
    rows: list[list[Line]] = []
    for b in boxes:
        centre, last = (b.top + b.bottom) / 2, rows[-1] if rows else None
        if last and abs(centre - (last[0].top + last[0].bottom) / 2) < (b.bottom - b.top) / 2:
            last.append(b)
        elif last and _MARKS.match(b.text):  # a lone 「。」, low or wrapped: it ends the line above
            k = max(range(len(last)), key=lambda j: last[j].x1)
            a = last[k]
            last[k] = Line(a.text + b.text, a.x0, max(a.x1, b.x1), a.top, a.bottom)
        else:
            rows.append([b])
    lines = []
    for row in rows:
        row.sort(key=lambda b: b.x0)
        row = _marks_attached(row)
        text = "\u3000".join(b.text for b in row)  # boxes apart on one line: table cells, gaps
        top, bottom = min(b.top for b in row), max(b.bottom for b in row)
        parts = tuple(row) if len(row) > 1 else ()  # each box a part, as a PDF line's runs
        lines.append(Line(text, row[0].x0, row[-1].x1, top, bottom, parts))
    return lines


def _marks_attached(row: list[Line]) -> list[Line]:
    """A row's boxes with each lone punctuation mark joined to the box before it (「……施行」
    「。」 -> 「……施行。」), never standing as a cell of its own."""
    out: list[Line] = []
    for b in row:
        if out and _MARKS.match(b.text):
            a = out[-1]
            out[-1] = Line(a.text + b.text, a.x0, max(a.x1, b.x1), min(a.top, b.top), a.bottom)
        else:
            out.append(b)
    return out


def image_blocks(image: Any) -> list[Block]:
    """A scanned page's lines in reading order, as a text page's: two columns read one after
    the other, a table without ruling lines kept as rows (`regions.arrange`)."""
    return arrange(image_lines(image))


def image_text(image: Any) -> str:
    """The text of a scanned page: lines reflowed into paragraphs."""
    return page_text(image_blocks(image))


def load_image(data: bytes, opts: LoadOptions) -> Extracted:
    """A png/jpg image of a document, read by OCR (one page)."""
    if not opts.ocr:
        raise LoadError(DISABLED)
    try:
        from PIL import Image, UnidentifiedImageError

        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise LoadError("图片文件损坏或无法解析 (corrupt or unreadable image)") from exc
    text = image_text(image)
    if opts.on_page:
        opts.on_page(1, 1)
    if not text.strip():
        raise LoadError(NOTHING_READ)
    return Extracted(pages=(text,))
