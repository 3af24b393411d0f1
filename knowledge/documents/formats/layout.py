"""Lines placed on a page (from a PDF's text layer or from OCR) back into text: running headers,
footers and page numbers dropped, wrapped lines joined into their paragraph, table rows kept."""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

# a page number alone on a line: 「第 3 页 共 5 页」「共5页 第3页」「- 3 -」「— 3 —」「3 / 5」「Page 3 of 5」「3」
PAGE_NUMBER = re.compile(
    r"\s*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页"
    r"|[-—–－·•一]\s*\d+\s*[-—–－·•一]|\d+\s*/\s*\d+|page\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d{1,4})\s*",
    re.IGNORECASE,
)
# a line that starts a heading or an item: never the continuation of the line above
_STARTS_PART = re.compile(
    r"\s*(?:第[零〇一二两三四五六七八九十百千\d]+[编章节条]|[一二三四五六七八九十]+、"
    r"|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[．.、](?!\d)|附件\s*\d*[：:]?\s*$|附件\d)"
)
_ENDS_SENTENCE = tuple("。！？!?；;：:")
_CLOSING = tuple(
    "”」』）)"
)  # ends a paragraph only after a sentence's end: 「。”」, not 「简称“备案”」
_INDENT = 2.6  # characters: a paragraph's first line is indented two, a wrapped line none
_SHORT = 8  # characters: an OCR box this short is padded, taller than a full line's
_EDGE_LINES = 3  # lines at the top and at the bottom of a page that may be running text


@dataclass(frozen=True)
class Line:
    """A visual line: its text and its box (points or pixels, y downwards); `parts` the pieces
    a wide gap divides it into (a table's cells, two columns), each a Line, when there are."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    parts: tuple[Line, ...] = ()


@dataclass(frozen=True)
class TableBlock:
    """A table found on a page: its rows of cell texts, and where it starts."""

    rows: tuple[tuple[str, ...], ...]
    top: float


@dataclass(frozen=True)
class ColumnBreak:
    """The end of a column: the lines before and after it are not one paragraph."""

    top: float


Block = Line | TableBlock | ColumnBreak


def _key(text: str) -> str:
    """A running line's identity across pages: digits (its page number) and spaces ignored."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def strip_running(pages: list[list[Block]]) -> list[list[Block]]:
    """Drop page numbers and the lines repeated at the top of most pages (running headers) or
    at their bottom (footers); only the first and last few lines of a page are looked at."""
    edges = [_edges(blocks) for blocks in pages]
    least = max(2, (len(pages) + 1) // 2)
    running: list[set[str]] = []
    for side in (0, 1):
        where: dict[str, list[Line]] = {}
        for edge in edges:
            for k, b in {_key(b.text): b for b in reversed(edge[side])}.items():
                where.setdefault(k, []).append(b)
        running.append({k for k, at in where.items() if _in_place(at) >= least and k.strip("#")})
    out = []
    for blocks, edge in zip(pages, edges):
        drop = {
            id(b)
            for side in (0, 1)
            for b in edge[side]
            if PAGE_NUMBER.fullmatch(b.text) or _key(b.text) in running[side]
        }
        out.append([b for b in blocks if id(b) not in drop])
    return out


def _in_place(lines: list[Line]) -> int:
    """How many of one text's lines on different pages stand where one of them stands (a
    running header keeps its place on every page; a cover's title set again at the top of
    the next page stands lower there)."""
    return max(
        sum(abs(o.top - b.top) <= 1.5 * max(b.bottom - b.top, 1.0) for o in lines) for b in lines
    )


def _edges(blocks: list[Block]) -> tuple[list[Line], list[Line]]:
    """The first and the last few lines of a page (fewer on a short page), each run stopping
    at a table."""
    blocks = [b for b in blocks if not isinstance(b, ColumnBreak)]
    k = min(_EDGE_LINES, max(1, len(blocks) // 4))
    head: list[Line] = []
    for b in blocks[:k]:
        if not isinstance(b, Line):
            break
        head.append(b)
    tail: list[Line] = []
    for b in reversed(blocks[-k:]):
        if not isinstance(b, Line):
            break
        tail.append(b)
    return head, tail


def page_text(blocks: list[Block]) -> str:
    """A page's text: runs of lines reflowed into paragraphs (a column is a run of its own), a
    table one row a line (cells separated by tabs), a blank line between paragraphs."""
    parts: list[str] = []
    run: list[Line] = []
    for b in blocks:
        if isinstance(b, Line):
            run.append(b)
            continue
        parts += reflow(run)
        run = []
        if isinstance(b, ColumnBreak):
            continue
        rows = ["\t".join(" ".join(c.split()) for c in row) for row in b.rows]
        parts.append("\n".join(r for r in rows if r.strip()))
    parts += reflow(run)
    return "\n\n".join(p for p in parts if p.strip())


def reflow(lines: list[Line]) -> list[str]:
    """Paragraphs of a run of lines: a line that reaches the right edge and does not end a
    sentence continues on the next line (a short line set flush right, a date, does not), unless
    that one is indented, starts a heading or is
    set in another size (an OCR box of a few characters may be up to half a line taller)."""
    lines = [ln for ln in lines if ln.text.strip()]
    if not lines:
        return []
    size = median(ln.bottom - ln.top for ln in lines) or 10.0
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    paragraphs: list[str] = []
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        prev = lines[i - 1] if i else None
        joined = (
            prev is not None
            and prev.x1 >= right - 1.5 * size
            and not _centred(prev, left, right, size)
            and prev.x0 <= left + _INDENT * size  # a line set flush right (a date) is whole
            and abs((prev.bottom - prev.top) - (ln.bottom - ln.top))
            < (0.5 if len(text) <= _SHORT else 0.25) * size
            and not _ends_paragraph(prev.text)
            and ln.x0 <= left + 0.8 * size
            and not _STARTS_PART.match(text)
            and ln.top - prev.bottom < 1.2 * size
        )
        if joined or (prev is not None and _closes_bracket(paragraphs[-1], text, prev, ln, size)):
            paragraphs[-1] = _join(paragraphs[-1], text)
        else:
            paragraphs.append(text)
    return ["\n".join(paragraphs)]


def _closes_bracket(before: str, text: str, prev: Line, ln: Line, size: float) -> bool:
    """A line closing the bracket the line above left open, set in its size right under it:
    a centred title wrapped inside its bracket (「…行动方案（2025—2026年」 over 「）」, a cover's
    「…（2」 over 「025—2026年）」) is one line."""
    opened = before.count("（") + before.count("(") - before.count("）") - before.count(")")
    shut = re.match(r"[^（(]*[）)]", text)
    return (
        opened > 0
        and shut is not None
        and len(text) <= 20
        and abs((prev.bottom - prev.top) - (ln.bottom - ln.top)) < 0.25 * size
        and ln.top - prev.bottom < 1.2 * size
    )


def _ends_paragraph(text: str) -> bool:
    text = text.rstrip()
    return text.endswith(_ENDS_SENTENCE) or (
        text.endswith(_CLOSING) and text.rstrip("”」』）)").endswith(_ENDS_SENTENCE)
    )


def _centred(line: Line, left: float, right: float, size: float) -> bool:
    """A line set in the middle (a title): as far from both margins, and not near either."""
    before, after = line.x0 - left, right - line.x1
    return before > 0.5 * size and abs(before - after) < 0.5 * size


def _join(left: str, right: str) -> str:
    """Two pieces of one wrapped line: a space only between two Latin words (a number broken
    in Chinese text, 「不超过220」 「0元」, is one number)."""
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum():
        digits = left[len(left.rstrip("0123456789")) :]
        before = left[: len(left) - len(digits)][-1:]
        if not (digits and right[0].isdigit() and before and not before.isascii()):
            return f"{left} {right}"
    return left + right
