"""The body hierarchy of a policy document: its 编/章/节/条 headings (numbered on, a 目录 left
out), each article's 款, 项 and 目, or the 一、（一）1.（1） outline of notices and 意见, as
`Section`s with exact [start, end) spans and their parents. `structure.parse` calls it for the
body, each document a notice issues and each 附件."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from knowledge.documents import articles
from knowledge.documents.articles import ARTICLE, NUMERAL, article_parts, level, outline_heads
from knowledge.documents.gongwen_fields import Line
from knowledge.text.numbers import numeral

_N = NUMERAL
_BLOCK = re.compile(
    rf"^第(?P<n>{_N})(?P<kind>[编章节])(?:[ \t\u3000]*(?P<h>[^。；;，,：:]{{0,40}}))?$"
)
_RANK = {"编": 0, "章": 1, "节": 2, "条": 3}


@dataclass(frozen=True)
class Section:
    """One node of the hierarchy. kind: 编 章 节 条 款 项 目, outline1…outline4 (一、（一）1.（1）),
    附件 or 版记; number from 1; label as cited (第十条, 第二款, 第（一）项, 一、, 附件2); an
    article's heading is its subtitle as written (「【立法目的】」「（适用范围）」) or ""."""

    kind: str
    number: int
    label: str
    heading: str
    start: int
    end: int
    parent: int | None = None

    @property
    def name(self) -> str:
        """This section's part of a path: 「第三章 利益分享机制」「第十条」「（一）统一认识」."""
        if self.kind in ("编", "章", "节", "附件"):
            return f"{self.label} {self.heading}".strip()
        if self.kind == "条" or self.kind.startswith("outline"):
            return self.label + self.heading  # 「第五条（适用范围）」「（一）统一认识」
        return self.label


_CONTENTS = re.compile(r"目[ \t\u3000]*录")
_CONTENTS_LINE = re.compile(rf"第(?:{NUMERAL})[编章节][^。；]{{0,30}}")


def without_contents(lines: list[Line]) -> list[Line]:
    """The lines without a 目录 (「目　　录」 and the 编/章/节 headings it lists), which would
    otherwise open every chapter twice."""
    at = next((i for i, ln in enumerate(lines[:40]) if _CONTENTS.fullmatch(ln.text)), None)
    if at is None:
        return lines
    end, seen = at + 1, set()
    while end < len(lines) and _CONTENTS_LINE.fullmatch(lines[end].text):
        label = classify(lines[end].text)
        if label is None or label[2] in seen:
            break  # the body's own first heading, listed already
        seen.add(label[2])
        end += 1
    return lines[:at] + lines[end:]


def in_order(sections: list[Section]) -> tuple[Section, ...]:
    """Sections by position (a parent before its children), parent indices renumbered."""
    order = sorted(range(len(sections)), key=lambda i: (sections[i].start, -sections[i].end))
    new = {old: n for n, old in enumerate(order)}
    return tuple(
        replace(sections[i], parent=None if sections[i].parent is None else new[sections[i].parent])
        for i in order
    )


def classify(text: str) -> tuple[str, int, str, str] | None:
    """(kind, number, label, heading) of a heading line of the article form (编章节条)."""
    if m := _BLOCK.match(text):
        heading = re.sub(r"[ \t\u3000]+", "", m["h"] or "")
        return m["kind"], numeral(m["n"]) or 0, f"第{m['n']}{m['kind']}", heading
    if m := ARTICLE.match(text):
        return "条", numeral(m["n"]) or 0, f"第{m['n']}条", articles.article_subtitle(text)
    return None


def sections_in(
    lines: list[Line], out: list[Section], parent: int | None, allow_outline: bool
) -> bool:
    """Sections of one part (the body or an attachment), appended to `out`; False if none."""
    heads = _article_heads(lines)
    if sum(h[1] == "条" for h in heads) >= 2:
        first = len(out)
        spans = _place(lines, heads, _RANK, out, parent)
        for n, (i, last) in enumerate(spans):
            if out[first + n].kind == "条":
                _article_parts(lines[i : last + 1], out, first + n)
        return True
    if allow_outline:
        heads = outline_heads(lines)
        top = min((level(h[1]) for h in heads), default=0)
        if sum(level(h[1]) == top for h in heads) >= 2:
            _place(lines, heads, {f"outline{n}": n for n in range(1, 5)}, out, parent)
            return True
    if len(heads := qa_heads(lines)) >= 2:
        _place(lines, heads, {"问答": 1}, out, parent)
        return True
    return False


# a Q&A item's question on a line of its own (「问：……？」, 「1. 问：……」, 「问3：……」), its answer
# opening a later line with 「答：」
_QUESTION = re.compile(r"^(?:\d{1,2}[.．、]\s*|[（(]\d{1,2}[）)]\s*)?问\s*\d{0,2}\s*[:：]\s*\S")
_ANSWER = re.compile(r"^答\s*\d{0,2}\s*[:：]")


def qa_heads(lines: list[Line]) -> list[tuple[int, str, int, str, str]]:
    """The questions of a Q&A page (问答, 答记者问, a 解读 in questions) as headings, each
    labelled with its question as written, so that an answer cites the item it comes from:
    a 「问：」 line whose answer (「答：」) starts one of the next two lines."""
    heads: list[tuple[int, str, int, str, str]] = []
    for i, ln in enumerate(lines):
        if not _QUESTION.match(ln.text) or re.search(r"答\s*[:：]", ln.text):
            continue
        if any(_ANSWER.match(x.text) for x in lines[i + 1 : i + 3]):
            heads.append((i, "问答", len(heads) + 1, ln.text, ""))
    return heads


def _article_heads(lines: list[Line]) -> list[tuple[int, str, int, str, str]]:
    """Accepted 编/章/节/条 headings: articles number on by one (from any number), 编 from 1,
    章 from 1 in each 编, 节 from 1 in each 章; anything else is body text."""
    heads = []
    last = {"编": 0, "章": 0, "节": 0, "条": None}
    for i, ln in enumerate(lines):
        got = classify(ln.text)
        if not got:
            continue
        kind, number, label, heading = got
        want = (last[kind] + 1) if last[kind] is not None else number
        if number != want:
            continue
        last[kind] = number
        if kind == "编":
            last["章"] = last["节"] = 0
        elif kind == "章":
            last["节"] = 0
        heads.append((i, kind, number, label, heading))
    return heads


def _place(lines, heads, rank, out: list[Section], parent: int | None) -> list[tuple[int, int]]:
    """Heads to sections: parents by rank, each running to the line before the next head of
    its rank or higher (or the last line). Returns each new section's (first, last) line."""
    stack: list[int] = []
    nxt: dict[int, int] = {}  # rank -> line of the closest later head of that rank
    stops = []
    for i, kind, *_ in reversed(heads):
        r = rank[kind]
        stops.append(min((at for rk, at in nxt.items() if rk <= r), default=len(lines)) - 1)
        nxt[r] = i
    spans = []
    for (i, kind, number, label, heading), last in zip(heads, reversed(stops)):
        while stack and rank[out[stack[-1]].kind] >= rank[kind]:
            stack.pop()
        owner = stack[-1] if stack else parent
        out.append(Section(kind, number, label, heading, lines[i].start, lines[last].end, owner))
        stack.append(len(out) - 1)
        spans.append((i, last))
    return spans


def _article_parts(lines: list[Line], out: list[Section], article: int) -> None:
    """款 (a paragraph; a wrapped line continues it), 项 （一） and 目 1. of one article.
    款 are sections only when the article has more than one."""
    parts = article_parts([ln.text for ln in lines])
    several = sum(p[0] == "款" for p in parts) > 1
    made: dict[int, int] = {}
    for k, (kind, number, label, li, lj, owner) in enumerate(parts):
        if kind == "款" and not several:
            continue
        up = made.get(owner, article) if owner is not None else article
        out.append(Section(kind, number, label, "", lines[li].start, lines[lj].end, up))
        made[k] = len(out) - 1
