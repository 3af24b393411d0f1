"""A cover page: the first page of a booklet-style PDF that holds only the document's name, the
organs' names and a month (「峪川市……办法」「二〇二四年十二月」), the 公文 itself starting on the
next page with its own 文号, title and 落款. The cover's lines are neither 版头 nor title of the
text below, so the structure is read from the page after it; and a page of such lines never runs
on into the next (its last line is no sentence cut by the page break). So too a 目录 page (after
the cover or first): its lines list the parts with their page numbers, not the 公文's head."""

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


_CONTENTS = re.compile(r"目[ \t\u3000]*录")
_LISTED = re.compile(r".*?[\S][ \t\u3000.…·．—-]*\d{1,3}")  # 「第一章　总则 ……… 1」


def is_contents(page: str) -> bool:
    """A 目录 page: 「目　录」, then lines most of which end with a page number."""
    lines = [ln.strip() for ln in page.split("\n") if ln.strip()]
    if not lines or not _CONTENTS.fullmatch(lines[0]) or len(lines) < 2:
        return False
    return 2 * sum(bool(_LISTED.fullmatch(ln)) for ln in lines[1:]) >= len(lines) - 1


def cover_end(text: str, page_starts: tuple[int, ...]) -> int:
    """Where the text after a cover page (and a 目录 page after it, or first) starts; 0 when
    the first page is neither (or the document is not paged, or nothing follows it)."""
    ends = [*page_starts[1:], len(text)]
    k = 0
    for test in (is_cover, is_contents):
        if k + 1 < len(page_starts) and test(text[page_starts[k] : ends[k]]):
            k += 1
    return page_starts[k] if k and text[page_starts[k] :].strip() else 0
