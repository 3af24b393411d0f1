"""The structure of a policy document, parsed from its cleaned text: the 公文 fields
(`gongwen_fields`) and the body hierarchy (`hierarchy`) — 第X编/章/节, 第X条 with its 款
(paragraphs), 项 （一） and 目 1., or the 一、（一）1.（1） outline of notices and 意见 — plus the
附件 and the 版记, each a `Section` with an exact [start, end) span. A text with none of this (a
news report) parses to an empty `Structure` and is chunked as plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from knowledge.documents import decree, issued, issuers, page_organs
from knowledge.documents import gongwen_fields as gw
from knowledge.documents.articles import SEP
from knowledge.documents.attachments import attachment_marks
from knowledge.documents.gongwen_fields import Field, Line
from knowledge.documents.hierarchy import Section, classify, in_order, sections_in, without_contents
from knowledge.documents.places import qualified, with_city
from knowledge.text.normalise import simplified


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


def parse(text: str, start: int = 0, site: str | None = None) -> Structure:
    """The structure of a cleaned document text (empty for a text that has none), read from
    `start` on (after a cover page, `cover.cover_end`). `site`: the name of the web site the
    text is from, the place an issuer named without one (「市财政局」) belongs to. A text in
    Traditional characters has its 公文 fields read in simplified form (「…號」, 「自印發之日起」)
    and given as written; its sections as its own text gives them."""
    folded = simplified(text)
    if folded == text:
        return _parse(text, start, site)
    own, read = _parse(text, start, site), _parse(folded, start, simplified(site or "") or None)
    fields = tuple(_as_written(f, text, folded) for f in read.fields)
    return replace(own, fields=fields, doc_type=own.doc_type or read.doc_type)


def _as_written(f: Field, text: str, folded: str) -> Field:
    """A field read off the simplified copy of a Traditional text, in the text's characters."""
    if simplified(text[f.start : f.end]) == f.value:
        return replace(f, value=text[f.start : f.end])
    back = {s: t for s, t in zip(folded, text) if s != t}
    return replace(f, value="".join(back.get(c, c) for c in f.value))


def _parse(text: str, start: int, site: str | None) -> Structure:
    lines = [ln for ln in gw.lines_of(text) if ln.start >= start]
    if not lines:
        return Structure()
    foot_at, foot_fields = gw.footer(lines)
    marks = attachment_marks(lines[:foot_at])
    body = lines[: marks[0][0] if marks else foot_at]
    foot = (foot_at, len(lines)) if foot_at < len(lines) else None
    if marks and foot is None and (mid := gw.footer(body))[1]:  # the 版记 printed before the 附件
        foot, foot_fields, body = (mid[0], len(body)), mid[1], body[: mid[0]]
    head_fields, title, maybe = _head(body, text, site)
    kind = gw.doc_type(title.value) if title else None
    official = kind is not None or any(f.name in ("doc_number", "issuer") for f in head_fields)
    close_at, close_fields = issuers.closing(body, text) if official or marks else (len(body), [])
    inner = issued.issued_document(body, title)
    if inner is not None and close_at < len(body):  # a 落款 at the end: the carried text's own
        inner = inner if inner < close_at and _dated_close(body[:inner], text) else None
    region = body[:close_at]
    if inner is not None:  # a notice's 落款, then the document it issues
        close_at, close_fields = issuers.closing(body[:inner], text)
        region = body[:close_at] + body[inner:]
    out: list[Section] = []
    parts = issued.issued_parts(body, title) if inner is not None else []
    own = body[:close_at] if parts else region  # a notice issuing several: its own text first
    found = sections_in(without_contents(own), out, None, allow_outline=official)
    issued_docs = (
        [(body[inner].text, body[inner].start, body[-1].end)] if inner and not parts else []
    )
    for n, (k, name) in enumerate(parts, 1):  # 「印发《A》和《B》的通知」: each under its title
        end = parts[n][0] if n < len(parts) else len(body)
        out.append(Section("文件", n, name, "", body[k].start, body[end - 1].end))
        issued_docs.append((name, body[k].start, body[end - 1].end))
        found = sections_in(body[k + 1 : end], out, len(out) - 1, allow_outline=True) or found
    if not (official or found):
        return Structure()
    for i, end, number, label, heading in marks:
        head_end = lines[i + 1].end if heading and heading.start > lines[i].end else lines[i].end
        name = heading.value if heading else ""
        out.append(Section("附件", number, label, name, lines[i].start, lines[end - 1].end))
        inner = [ln for ln in lines[i + 1 : end] if ln.start >= head_end]
        first = len(out)
        sections_in(inner, out, len(out) - 1, allow_outline=True)
        if issued.issuable(gw.doc_type(name)) and any(x.kind == "条" for x in out[first:]):
            issued_docs.append((name.strip("《》"), lines[i].start, lines[end - 1].end))  # an 办法
    if foot:
        out.append(Section("版记", 1, "版记", "", lines[foot[0]].start, lines[foot[1] - 1].end))
    fields = [*head_fields, *([title] if title else []), *close_fields, *foot_fields]
    if maybe and any(s.kind == "条" for s in out):
        fields.insert(0, maybe)  # 「青禾市人民政府办公室」 over a 办法 with articles
    fields = _mended(issuers.choose(fields, title), text)
    if kind in gw.NOT_NORMATIVE and not any(f.name == "issuer" for f in fields):
        who = page_organs.page_organ(body, title)
        fields += [replace(who, value=with_city(who.value, text, site))] if who else []
    fields = [_placed(f, text, site) if f.name == "issuer" else f for f in fields]
    dates = {f.name: f.iso for f in fields if f.iso}
    if kind not in gw.NOT_NORMATIVE:
        content_end = region[-1].end if region else 0
        spans = [(s.start, s.end) for s in out if s.kind == "文件"] or [(0, content_end)]
        fields += [f for lo, hi in spans for f in gw.effect(text, lo, hi, dates)]
        fields += issued.notice_own(text, issued_docs, parts, fields, dates)
        if not any(f.name == "effective" for f in fields) and marks:
            fields += [f for f in gw.effect(text, content_end, len(text), dates)]
    return Structure(tuple(fields), in_order(out), kind, tuple(issued_docs))


def _dated_close(lines: list[Line], text: str) -> bool:
    """The lines end with a dated 落款: a 转发/印发 notice's own, over the text it carries (which
    may end with a 落款 of its own, the forwarded notice's)."""
    return any(f.name == "issued" for f in issuers.closing(lines, text)[1])


def _mended(fields: list[Field], text: str) -> list[Field]:
    """A scan's rare character misread once. The 版头 and the 署名 naming one organ but for one
    character: the reading whose character the text shows more often (「俞川市…办公室」 over
    「榆燃办〔2025〕3号」 and 「榆川市…办公室」). A title whose 「X关于」 organ is the issuer's name
    but for one character, where 版头 and 署名 agree on the name, reads it as they do
    (「漂泉市…局关于」 under 「溧泉市…局」). A level (市, 区, 县) read otherwise is no misreading."""
    by = {f.name: f for f in fields}
    title, issuer, signer = by.get("title"), by.get("issuer"), by.get("signer")
    if issuer and signer and (k := _misread(issuer.value, signer.value)) is not None:
        if text.count(signer.value[k]) > text.count(issuer.value[k]):
            issuer = replace(issuer, value=signer.value)
            fields = [issuer if f.name == "issuer" else f for f in fields]
    if not (title and issuer and signer) or signer.value != issuer.value:
        return fields
    org = issuer.value
    if _misread(org, title.value[: len(org)]) is None or title.value[len(org) :][:2] != "关于":
        return fields
    return [replace(f, value=org + f.value[len(org) :]) if f is title else f for f in fields]


def _misread(a: str, b: str) -> int | None:
    """Where two names of six or more characters differ by one character, when it is one
    character against another (not 、 against a space) and neither is a level."""
    diff = [k for k, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(a) != len(b) or len(a) < 6 or len(diff) != 1:
        return None
    pair = a[diff[0]] + b[diff[0]]
    return diff[0] if _IDEOGRAPHS.fullmatch(pair) and not set(pair) & set("省市区县州旗") else None


def _placed(f: Field, text: str, site: str | None) -> Field:
    """An issuer named by its level alone (「市财政局」) with its place (「岚溪市财政局」)."""
    value = qualified(f.value, text, site)
    return f if value == f.value else Field(f.name, value, f.start, f.end, f.iso)


def _head(
    lines: list[Line], text: str, site: str | None = None
) -> tuple[list[Field], Field | None, Field | None]:
    """版头 and labelled metadata, then the title (up to three lines) and the 主送机关. Also
    a bare organ's name before the title, the issuer only if the document has articles. The
    site's name a pasted page opens with is neither 版头 nor the title's first line, nor is a
    gazette's head line (「鹤浦市人民政府公报　2025年第9期」) over a page it printed."""
    fields: list[Field] = []
    i, maybe = 0, None
    while i < min(2, len(lines)) and (lines[i].text == site or _ISSUE.fullmatch(lines[i].text)):
        i += 1
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
        elif not known and (got := decree.block(lines, j)):  # a 规章's 令 page
            fields += got[0]
            i = got[1]
            continue
        elif not known and (number := gw.number_line(ln)):
            fields.append(number)
        elif not known:
            continue
        i = after if mark is not None else j + 1
    while i < len(lines) and (
        gw.labelled(lines[i]) or gw.label_line(lines[i]) or _cells(lines[i].text)
    ):
        i += 1  # a 信息公开 table's rows: 「有效性\t有效\t统一编号\t…」
    named = {t for ln in lines[:15] if (t := gw.labelled_title(ln))}  # 「标题：…」 of a page
    i = next((k for k in range(i, min(i + 15, len(lines))) if lines[k].text in named), i)
    before, i = i, _past_site_name(lines, i)
    fields += [n for ln in lines[before:i] if (n := gw.number_line(ln))]
    if i >= len(lines) or not gw.is_title_line(lines[i].text) or classify(lines[i].text):
        return fields, None, maybe
    first = last = i
    if _tail(lines, i):  # 「…关于印发…管理办法」 / 「的通知」: the line broke before 的
        last = i + 1
    elif gw.doc_type(lines[i].text) is None:
        for k in (i + 1, i + 2):
            joined = "".join(x.text for x in lines[i : k + 1])
            if k < len(lines) and all(gw.is_title_line(x.text) for x in lines[i + 1 : k + 1]):
                if gw.doc_type(joined):
                    last = k
                    break
    value = "".join(x.text for x in lines[first : last + 1])
    tag = _COLUMN_TAG.match(value)  # 「【政策解读】一图看懂…」: the column's name is no part of it
    cut = tag.end() if tag else 0
    title = Field("title", value[cut:], lines[first].start + cut, lines[last].end)
    below, nxt = issuers.under_title(lines, last + 1, text)
    fields += [f for f in below if f.name not in {g.name for g in fields}]
    if nxt < len(lines) and (rec := gw.recipients(lines[nxt])):
        fields.append(rec)
    return fields, title, maybe


_IDEOGRAPHS = re.compile(r"[\u4e00-\u9fff]+")
_ISSUE = re.compile(
    r"[^\s。，]{2,30}(?:公报|政报|简报)[ \t\u3000]*(?:\d{4}[ \t]*年)?[ \t]*第[ \t]*[\d一二三四五六七八九十]{1,4}"
    r"[ \t]*期(?:[ \t\u3000]*[（(]总第\d+期[）)])?"
)
_COLUMN_TAG = re.compile(r"^【[^【】\s\d]{2,8}】[ \t\u3000]*(?=\S{4})")


def _past_site_name(lines: list[Line], i: int) -> int:
    """A page pasted with its chrome: the site's name, then 「发布时间：…　来源：…」 rows (or a
    table's cells, or the 发文字号), then the title naming its 文种 (on one line or two) — the
    title is that line, not the site's name (or a running header, even one naming the title
    without its period: 「…专项规划」 over 「…专项规划（2025—2030年）」) over it."""
    k = i + 1
    while k < min(i + 4, len(lines)) and (
        gw.labelled(lines[k])
        or gw.label_line(lines[k])
        or _cells(lines[k].text)
        or gw.number_line(lines[k])  # a running header over the 发文字号 of a one-page PDF
    ):
        k += 1
    if (
        i < len(lines)
        and k > i + 1
        and k < len(lines)
        and (
            gw.doc_type(lines[i].text) is None  # a running header naming the title's start: it too
            or (lines[k].text.startswith(lines[i].text) and len(lines[k].text) > len(lines[i].text))
        )
    ):
        two = lines[k : k + 2] if all(gw.is_title_line(x.text) for x in lines[k : k + 2]) else []
        if gw.is_title_line(lines[k].text) and (
            gw.doc_type(lines[k].text) or gw.doc_type("".join(x.text for x in two))
        ):
            return k
    return i


def _cells(text: str) -> bool:
    """A row of a metadata table, label and value twice at most (「发布形式\t依申请公开」)."""
    cells = text.split("\t")
    return len(cells) in (2, 4) and all(0 < len(c) <= 30 for c in cells)


def _tail(lines: list[Line], i: int) -> bool:
    """The title at line i goes on to the next line, a short 「的通知」 (「的决定」, 「的意见」)
    its 文种 is named in: 「关于印发…办法」 broke before its 的."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return (
        nxt.startswith("的")
        and len(nxt) <= 8
        and gw.is_title_line(nxt)
        and gw.doc_type(nxt) is not None
        and "关于" in lines[i].text
    )
