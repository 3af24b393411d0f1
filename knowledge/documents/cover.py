"""A cover page: the first page of a booklet-style PDF that holds only the document's name, the
organs' names and a month (「峪川市……办法」「二〇二四年十二月」), the 公文 itself starting on the
next page with its own 文号, title and 落款. The cover's lines are neither 版头 nor title of the
text below, so the structure is read from the page after it; and a page of such lines never runs
on into the next (its last line is no sentence cut by the page break)."""

from __future__ import annotations

import re

from knowledge.documents import gongwen_fields as gw

_MAX_LINES = 8  # a name over two or three lines, one or two organs, a month
_MAX_CHARS = 40
_ENDS = re.compile(r"[。；;！？!?：:，,、]$")
# a line of a body: 第一章 / 第一条 / 一、 / （一）/ 1. — a cover has none
_PART = re.compile(
    r"第[零〇一二两三四五六七八九十百千\d]+[编章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]"
    r"|\d{1,2}[．.、](?!\d)"
)


def is_cover(page: str) -> bool:
    """A page of a few short lines, none a sentence, a table row, a body's part or a 文号."""
    lines = [ln.strip() for ln in page.split("\n") if ln.strip()]
    return 0 < len(lines) <= _MAX_LINES and not any(
        len(ln) > _MAX_CHARS
        or _ENDS.search(ln)
        or "\t" in ln
        or _PART.match(ln)
        or gw.number_line(gw.Line(0, len(ln), ln))
        for ln in lines
    )


def cover_end(text: str, page_starts: tuple[int, ...]) -> int:
    """Where the text after a cover page starts; 0 when the first page is no cover (or the
    document is not paged, or nothing follows it)."""
    if len(page_starts) < 2 or not text[page_starts[1] :].strip():
        return 0
    return page_starts[1] if is_cover(text[page_starts[0] : page_starts[1]]) else 0
