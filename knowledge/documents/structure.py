"""The structure of a policy document, parsed from its cleaned text: the 公文 fields
(`gongwen_fields`) and the body hierarchy — 第X编/章/节, 第X条 with its 款 (paragraphs), 项
（一） and 目 1., or the 一、（一）1.（1） outline of notices and 意见 — plus the 附件 and the 版记,
each a `Section` with an exact [start, end) span. A text with none of this (a news report) parses
to an empty `Structure` and is chunked as plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from knowledge.documents import articles, issued, issuers
from knowledge.documents import gongwen_fields as gw
from knowledge.documents.articles import (
    ARTICLE,
    NUMERAL,
    SEP,
    article_parts,
    level,
    outline_heads,
)
from knowledge.documents.attachments import attachment_marks
from knowledge.documents.gongwen_fields import Field, Line
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


@dataclass(frozen=True)
class Structure:
    fields: tuple[Field, ...] = ()
    sections: tuple[Section, ...] = ()
    doc_type: str | None = None
    issued: tuple[tuple[str, int, int], ...] = ()  # (title, start, end) of each issued document

    @property
    def empty(self) -> bool:
        """No hierarchy: the document is chunked as plain text."""
        return not self.sections

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    @property
    def title(self) -> str | None:
        f = self.field("title")
        return f.value if f else None

    def path(self, i: int) -> str:
        """「第三章 利益分享机制 › 第十条 › 第二款」: the names from the top down to section i."""
        names = []
        while i is not None:
            names.append(self.sections[i].name)
            i = self.sections[i].parent
        return SEP.join(reversed(names))

    def children(self, i: int | None) -> list[int]:
        return [j for j, s in enumerate(self.sections) if s.parent == i]


def parse(text: str) -> Structure:
    """The structure of a cleaned document text (empty for a text that has none)."""
    lines = gw.lines_of(text)
    if not lines:
        return Structure()
    foot_at, foot_fields = gw.footer(lines)
    marks = attachment_marks(lines[:foot_at])
    body = lines[: marks[0][0] if marks else foot_at]
    head_fields, title, maybe = _head(body, text)
    kind = gw.doc_type(title.value) if title else None
    official = kind is not None or any(f.name in ("doc_number", "issuer") for f in head_fields)
    close_at, close_fields = issuers.closing(body, text) if official or marks else (len(body), [])
    inner = issued.issued_document(body, title) if close_at == len(body) else None
    region = body[:close_at]
    if inner is not None:  # a notice's 落款, then the document it issues
        close_at, close_fields = issuers.closing(body[:inner], text)
        region = body[:close_at] + body[inner:]
    out: list[Section] = []
    parts = issued.issued_parts(body, title) if inner is not None else []
    own = body[:close_at] if parts else region  # a notice issuing several: its own text first
    found = _region(_without_contents(own), out, None, allow_outline=official)
    issued_docs = (
        [(body[inner].text, body[inner].start, body[-1].end)] if inner and not parts else []
    )
    for n, (k, name) in enumerate(parts, 1):  # 「印发《A》和《B》的通知」: each under its title
        end = parts[n][0] if n < len(parts) else len(body)
        out.append(Section("文件", n, name, "", body[k].start, body[end - 1].end))
        issued_docs.append((name, body[k].start, body[end - 1].end))
        found = _region(body[k + 1 : end], out, len(out) - 1, allow_outline=True) or found
    if not (official or found):
        return Structure()
    for i, end, number, label, heading in marks:
        head_end = lines[i + 1].end if heading and heading.start > lines[i].end else lines[i].end
        name = heading.value if heading else ""
        out.append(Section("附件", number, label, name, lines[i].start, lines[end - 1].end))
        inner = [ln for ln in lines[i + 1 : end] if ln.start >= head_end]
        first = len(out)
        _region(inner, out, len(out) - 1, allow_outline=True)
        if issued.issuable(gw.doc_type(name)) and any(x.kind == "条" for x in out[first:]):
            issued_docs.append((name.strip("《》"), lines[i].start, lines[end - 1].end))  # an 办法
    if foot_at < len(lines):
        out.append(Section("版记", 1, "版记", "", lines[foot_at].start, lines[-1].end))
    fields = [*head_fields, *([title] if title else []), *close_fields, *foot_fields]
    if maybe and any(s.kind == "条" for s in out):
        fields.insert(0, maybe)  # 「青禾市人民政府办公室」 over a 办法 with articles
    fields = issuers.choose(fields, title)
    dates = {f.name: f.iso for f in fields if f.iso}
    if kind not in gw.NOT_NORMATIVE:
        content_end = region[-1].end if region else 0
        spans = [(s.start, s.end) for s in out if s.kind == "文件"] or [(0, content_end)]
        fields += [f for lo, hi in spans for f in gw.effect(text, lo, hi, dates)]
        if not any(f.name == "effective" for f in fields) and marks:
            fields += [f for f in gw.effect(text, content_end, len(text), dates)]
    return Structure(tuple(fields), _in_order(out), kind, tuple(issued_docs))


_CONTENTS = re.compile(r"目[ \t\u3000]*录")
_CONTENTS_LINE = re.compile(rf"第(?:{NUMERAL})[编章节][^。；]{{0,30}}")


def _without_contents(lines: list[Line]) -> list[Line]:
    """The lines without a 目录 (「目　　录」 and the 编/章/节 headings it lists), which would
    otherwise open every chapter twice."""
    at = next((i for i, ln in enumerate(lines[:40]) if _CONTENTS.fullmatch(ln.text)), None)
    if at is None:
        return lines
    end, seen = at + 1, set()
    while end < len(lines) and _CONTENTS_LINE.fullmatch(lines[end].text):
        label = _classify(lines[end].text)
        if label is None or label[2] in seen:
            break  # the body's own first heading, listed already
        seen.add(label[2])
        end += 1
    return lines[:at] + lines[end:]


def _in_order(sections: list[Section]) -> tuple[Section, ...]:
    """Sections by position (a parent before its children), parent indices renumbered."""
    order = sorted(range(len(sections)), key=lambda i: (sections[i].start, -sections[i].end))
    new = {old: n for n, old in enumerate(order)}
    return tuple(
        replace(sections[i], parent=None if sections[i].parent is None else new[sections[i].parent])
        for i in order
    )


def _head(lines: list[Line], text: str) -> tuple[list[Field], Field | None, Field | None]:
    """版头 and labelled metadata, then the title (up to three lines) and the 主送机关. Also
    a bare organ's name before the title, the issuer only if the document has articles."""
    fields: list[Field] = []
    i, maybe = 0, None
    for j, ln in enumerate(lines[:15]):
        if j < i:
            continue  # a line of a 发文机关标志 read already
        got = gw.labelled(ln)
        fields += got
        if j != i:
            continue
        known = bool(got) or gw.label_line(ln)  # 「索引号：…」 too: a metadata row, no title
        mark, after, sure = (None, j, False) if known else issuers.header(lines, j, text)
        if mark is not None and sure:
            fields.append(mark)
        elif mark is not None:
            maybe = mark
        elif not known and (number := gw.number_line(ln)):
            fields.append(number)
        elif not known:
            continue
        i = after if mark is not None else j + 1
    while i < len(lines) and (gw.labelled(lines[i]) or gw.label_line(lines[i])):
        i += 1
    named = {t for ln in lines[:15] if (t := gw.labelled_title(ln))}  # 「标题：…」 of a page
    i = next((k for k in range(i, min(i + 15, len(lines))) if lines[k].text in named), i)
    if i >= len(lines) or not gw.is_title_line(lines[i].text) or _classify(lines[i].text):
        return fields, None, maybe
    first = last = i
    if gw.doc_type(lines[i].text) is None:
        for k in (i + 1, i + 2):
            joined = "".join(x.text for x in lines[i : k + 1])
            if k < len(lines) and all(gw.is_title_line(x.text) for x in lines[i + 1 : k + 1]):
                if gw.doc_type(joined):
                    last = k
                    break
    title = Field(
        "title",
        "".join(x.text for x in lines[first : last + 1]),
        lines[first].start,
        lines[last].end,
    )
    below, nxt = issuers.under_title(lines, last + 1, text)
    fields += [f for f in below if f.name not in {g.name for g in fields}]
    if nxt < len(lines) and (rec := gw.recipients(lines[nxt])):
        fields.append(rec)
    return fields, title, maybe


def _classify(text: str) -> tuple[str, int, str, str] | None:
    """(kind, number, label, heading) of a heading line of the article form (编章节条)."""
    if m := _BLOCK.match(text):
        heading = re.sub(r"[ \t\u3000]+", "", m["h"] or "")
        return m["kind"], numeral(m["n"]) or 0, f"第{m['n']}{m['kind']}", heading
    if m := ARTICLE.match(text):
        return "条", numeral(m["n"]) or 0, f"第{m['n']}条", articles.article_subtitle(text)
    return None


def _region(lines: list[Line], out: list[Section], parent: int | None, allow_outline: bool) -> bool:
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
    return False


def _article_heads(lines: list[Line]) -> list[tuple[int, str, int, str, str]]:
    """Accepted 编/章/节/条 headings: articles number on by one (from any number), 编 from 1,
    章 from 1 in each 编, 节 from 1 in each 章; anything else is body text."""
    heads = []
    last = {"编": 0, "章": 0, "节": 0, "条": None}
    for i, ln in enumerate(lines):
        got = _classify(ln.text)
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
