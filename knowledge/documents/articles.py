"""Inside an article (条): its subtitle (「第五条（适用范围）」「第三条【立法目的】」), its 款
(paragraphs; a wrapped line continues one), 项 （一） — or （1） (1) 1) in an article that numbers
them so — and 目 1., and the section path of a chunk narrowed to the 款 that holds a sentence
(citations)."""

from __future__ import annotations

import re

from knowledge.documents import gongwen_fields as gw
from knowledge.documents.gongwen_fields import Line
from knowledge.schema import SECTION_SEP as SEP
from knowledge.text.numbers import numeral

NUMERAL = r"[零〇一二两三四五六七八九十百千]+|\d{1,4}"
ARTICLE = re.compile(rf"^第(?P<n>{NUMERAL})条(?!之)")
# an article's subtitle as written after its number: 【立法目的】, 〔适用范围〕, （适用范围）, [目的]
_SUB = (
    r"【[^【】。；，,]{1,16}】|〔[^〔〕。；，,]{1,16}〕|\[(?!\d{1,4}\])[^\[\]。；，,]{2,16}\]"  # OCR: [目的]
    r"|[（(](?![一二三四五六七八九十\d]{1,3}[）)])[^（）()。；，,]{2,16}[）)]"
)
SUBTITLE = re.compile(rf"[ \t\u3000]*(?P<sub>{_SUB})")
ARTICLE_NAME = re.compile(rf"第(?P<n>{NUMERAL})条(?P<sub>{_SUB})?")  # a path's article name
ITEM = re.compile(r"^[（(](?P<n>[一二三四五六七八九十]{1,3})[）)]")  # 项, also outline level 2
ARABIC_ITEM = re.compile(r"^(?:[（(](?P<n>\d{1,2})[）)]|(?P<m>\d{1,2})[)）])")  # 项 （1） (1) 1)
SUBITEM = re.compile(r"^(?P<n>\d{1,2})[．.、](?!\d)")  # 目, also outline level 3


def article_number(name: str) -> int | None:
    """The number of an article's name on a path (「第十条」「第五条（适用范围）」), else None."""
    m = ARTICLE_NAME.fullmatch(name)
    return numeral(m["n"]) if m else None


def article_subtitle(line: str) -> str:
    """The subtitle after an article's number at the start of `line` (「【立法目的】」), or ""."""
    m = ARTICLE.match(line)
    sub = SUBTITLE.match(line, m.end()) if m else None
    return sub["sub"] if sub else ""


def is_item(text: str) -> bool:
    """Whether a line starts a 项 or 目: （一） 1. （1） (1) 1)."""
    return bool(ITEM.match(text) or SUBITEM.match(text) or ARABIC_ITEM.match(text))


_PARAGRAPH_END = tuple("。！？!?") + ("。”", "。」", "！”", "？”")


def article_parts(
    lines: list[str], first: int = 1
) -> list[tuple[str, int, str, int, int, int | None]]:
    """(kind, number, label, first line, last line, owner part index) of the 款/项/目 of an
    article's lines; the first line starts 款 `first` (a chunk that starts at a later 款)."""
    parts: list[list] = []
    clause = item = None
    arabic = False  # the open 项 are numbered （1） (1) 1): no 目 of the （1） form under them
    for i, text in enumerate(lines):
        prev = lines[i - 1] if i else ""
        m_item, m_sub, m_arabic = ITEM.match(text), SUBITEM.match(text), ARABIC_ITEM.match(text)
        n_arabic = int(m_arabic["n"] or m_arabic["m"]) if m_arabic else 0
        if (
            i
            and m_item
            and clause is not None
            and numeral(m_item["n"]) == _count(parts, clause, "项") + 1
        ):
            n = numeral(m_item["n"])
            parts.append(["项", n, f"第（{m_item['n']}）项", i, i, clause])
            item, arabic = len(parts) - 1, False
        elif (
            i
            and m_arabic
            and clause is not None
            and (item is None or arabic)
            and n_arabic == _count(parts, clause, "项") + 1
        ):
            parts.append(["项", n_arabic, f"第（{n_arabic}）项", i, i, clause])
            item, arabic = len(parts) - 1, True
        elif (
            i
            and (m_sub or (m_arabic and not arabic))
            and item is not None
            and (int(m_sub["n"]) if m_sub else n_arabic) == _count(parts, item, "目") + 1
        ):
            n = int(m_sub["n"]) if m_sub else n_arabic
            parts.append(["目", n, f"第{n}目", i, i, item])
        elif i == 0 or prev.endswith(_PARAGRAPH_END) or (item is not None and prev.endswith("；")):
            n = first + sum(p[0] == "款" for p in parts)
            parts.append(["款", n, f"第{_cn(n)}款", i, i, None])
            clause, item, arabic = len(parts) - 1, None, False
            continue
        _extend(parts, i)
    return [tuple(p) for p in parts]


def _count(parts: list[list], owner: int, kind: str) -> int:
    return sum(1 for p in parts if p[0] == kind and p[5] == owner)


def _extend(parts: list[list], i: int) -> None:
    """Line i belongs to the last part and to every part that holds it."""
    k = len(parts) - 1
    while k is not None and k >= 0:
        parts[k][4] = i
        k = parts[k][5]


def _cn(n: int) -> str:
    import cn2an

    return cn2an.an2cn(n)


def _article_lines(section: str | None, chunk_text: str):
    """(path names, index of the article name, first 款 number, the article's lines in the
    chunk) for a chunk of an article whose 款 can be counted from its text; else None."""
    names = (section or "").split(SEP)
    art = next(
        (k for k in range(len(names) - 1, -1, -1) if article_number(names[k]) is not None), None
    )
    rest = names[art + 1 :] if art is not None else []
    first = re.match(rf"第({NUMERAL})款", rest[0]) if rest else None
    if not section or art is None or len(rest) > 1 or (rest and not first):
        return None
    lines = gw.lines_of(chunk_text)
    head = next((k for k, ln in enumerate(lines) if ARTICLE.match(ln.text)), None)
    lines = lines[head:] if head is not None and not rest else lines
    if rest and lines and is_item(lines[0].text):
        return None  # a piece that starts inside a 款: its 项 cannot be counted from here
    return names, art, numeral(first[1]) if first else 1, lines


def section_at(section: str | None, chunk_text: str, offset: int) -> str | None:
    """A chunk's section path narrowed to the 款 (项, 目) of the article holding `offset` of
    its text: 「… › 第十条」 -> 「… › 第十条 › 第二款」. Other paths come back unchanged."""
    got = _article_lines(section, chunk_text)
    if got is None:
        return section
    names, art, first, lines = got
    parts = article_parts([ln.text for ln in lines], first)
    at = next((k for k, ln in enumerate(lines) if ln.start <= offset < ln.end + 1), None)
    if at is None:
        return section
    chain: list[str] = []
    k = max((i for i, p in enumerate(parts) if p[3] <= at <= p[4] and p[0] != "款"), default=None)
    while k is not None and parts[k][0] != "款":
        chain.insert(0, parts[k][2])
        k = parts[k][5]
    clause = next(p for p in reversed(parts) if p[0] == "款" and p[3] <= at)
    if len(names) > art + 1 or sum(p[0] == "款" for p in parts) > 1:
        chain.insert(0, clause[2])
    return SEP.join(names[: art + 1] + chain)


def clause_spans(section: str | None, chunk_text: str) -> list[tuple[int, int, int]]:
    """(款 number, start, end) of each 款 of an article chunk, spans in its text (a chapter
    heading before the article left out); [] for a chunk that is no countable article part."""
    got = _article_lines(section, chunk_text)
    if got is None:
        return []
    _, _, first, lines = got
    parts = article_parts([ln.text for ln in lines], first)
    return [(p[1], lines[p[3]].start, lines[p[4]].end) for p in parts if p[0] == "款"]


def item_span(
    section: str | None, chunk_text: str, clause: int | None, item: int, sub: int | None = None
) -> tuple[int, int, str] | None:
    """(start, end, label) of the 项 `item` (its 目 `sub`) of an article chunk, in 款 `clause`
    or, without one, the first 款 that has such a 项: 「第二款第（三）项第2目」 (the 款 named only
    when the article has more than one). None when the chunk does not hold it."""
    got = _article_lines(section, chunk_text)
    if got is None:
        return None
    _, _, first, lines = got
    parts = article_parts([ln.text for ln in lines], first)
    several = sum(p[0] == "款" for p in parts) > 1 or first > 1
    for k, p in enumerate(parts):
        if p[0] != "项" or p[1] != item or (clause and parts[p[5]][1] != clause):
            continue
        at, label = p, p[2]
        if sub is not None:
            at = next((q for q in parts if q[0] == "目" and q[5] == k and q[1] == sub), None)
            if at is None:
                continue
            label += at[2]
        label = (parts[p[5]][2] if several else "") + label
        return lines[at[3]].start, lines[at[4]].end, label
    return None


def items_with_subitem(
    section: str | None, chunk_text: str, clause: int | None, sub: int
) -> list[tuple[int, int, str]]:
    """(款 number, 项 number, label) of each 项 of an article chunk (in 款 `clause` when given)
    whose 目 list has a 目 `sub`: what 「第十条第2目」, asked without its 项, may mean. The label
    names the 款 only when the article has more than one: 「第二款第（一）项」."""
    got = _article_lines(section, chunk_text)
    if got is None:
        return []
    _, _, first, lines = got
    parts = article_parts([ln.text for ln in lines], first)
    several = sum(p[0] == "款" for p in parts) > 1 or first > 1
    out = []
    for k, p in enumerate(parts):
        owner = parts[p[5]] if p[0] == "项" else None
        if owner is None or (clause and owner[1] != clause):
            continue
        if any(q[0] == "目" and q[5] == k and q[1] == sub for q in parts):
            out.append((owner[1], p[1], (owner[2] if several else "") + p[2]))
    return out


OUTLINE = (
    ("outline1", re.compile(r"^(?P<n>[一二三四五六七八九十]{1,3})、")),
    ("outline2", ITEM),
    ("outline3", SUBITEM),
    ("outline4", re.compile(r"^[（(](?P<n>\d{1,2})[）)]")),
)


def level(kind: str) -> int:
    return int(kind[-1])


def outline_heads(lines: list[Line]) -> list[tuple[int, str, int, str, str]]:
    """Accepted outline headings: each level numbers from 1 under its nearest higher heading."""
    heads, open_at, count = [], {}, {}
    for i, ln in enumerate(lines):
        for kind, pattern in OUTLINE:
            m = pattern.match(ln.text)
            if not m:
                continue
            depth = level(kind)
            owner = max((lv for lv in open_at if lv < depth), default=0)
            key = (owner, open_at.get(owner), depth)
            if numeral(m["n"]) != count.get(key, 0) + 1:
                continue
            count[key] = count.get(key, 0) + 1
            open_at = {lv: at for lv, at in open_at.items() if lv < depth} | {depth: i}
            heads.append((i, kind, count[key], m.group(), outline_heading(ln.text[m.end() :])))
            break
    return heads


def outline_heading(rest: str) -> str:
    head = re.split(r"[。；;：:]", rest, maxsplit=1)[0].strip()
    return head if len(head) <= 30 else head[:20] + "…"
