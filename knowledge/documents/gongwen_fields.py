"""The fields of a 公文 (GB/T 9704-2012 layout) in its cleaned text, each with its exact span:
版头 (发文字号, labelled metadata tables of government web pages), 标题, 主送机关, 版记 (抄送,
印发机关和印发日期), the 文种 of the title, and what the document says about its own effect
(施行, 有效期, 废止 — the repeal clauses found by `repeals`). The issuer and the 落款 are in `issuers`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from knowledge.documents import repeals
from knowledge.text.dates import DATE, find_dates, iso
from knowledge.text.doc_numbers import DOC_NUMBER
from knowledge.text.numbers import numeral

_SIGNER = re.compile(r"签发人[:：]")
# 文种, longest first; the value is the base kind (实施细则 is a 细则).
DOC_TYPES = {
    "答记者问": "答记者问",
    "政策解读": "解读",
    "实施细则": "细则",
    "实施意见": "意见",
    "实施方案": "方案",
    "解读": "解读",
    "问答": "问答",
    **{f"{how}计划": "计划" for how in ("行动", "工作", "实施")},  # not any 「…计划」: a project
    "工作要点": "要点",
    **{
        t: t
        for t in "办法 规定 通知 意见 决定 方案 细则 条例 规则 规划 决议 命令 公报 公告 措施".split()
    },
    **{t: t for t in "通告 通报 报告 请示 批复 议案 纪要 函 指引 指南".split()},
    "公示": "公示",  # no 公文 文种, yet what a 名单 or a 补助项目 is published as (「…项目公示」)
}
_YEAR_BRACKETS = re.compile(
    r"[ \t\u3000]*[〔\[［【(（][ \t\u3000]*(\d{4})[ \t\u3000]*[〕\]］】)）][ \t\u3000]*"
)


def hexagonal(text: str) -> str:
    """`text` with the year of each 发文字号 in it put in 六角括号: what OCR reads off a scan as
    「澄财建[2025]56号」 is 「澄财建〔2025〕56号」 (a typed text keeps its own brackets)."""
    return DOC_NUMBER.sub(lambda m: _YEAR_BRACKETS.sub(r"〔\1〕", m[0]) if m["org"] else m[0], text)


NOT_NORMATIVE = {"解读", "答记者问", "问答"}  # they describe another document's effect
# what may follow the 文种 in a title: 「（试行）」, a period 「（2025—2027年）」, an edition 「（2024年修订）」
_TYPE_SUFFIX = re.compile(
    r"[（(](?:试行|暂行|修订|修订稿|修订版|征求意见稿|草案|送审稿"
    r"|(?:19|20)\d{2}\s*年?(?:\s*[—–\-~～至到]\s*(?:19|20)\d{2}\s*年?)?(?:版|修订|修正)?"
    r"|第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*期)[）)]$"  # an issue: 「问答（第2期）」
)
_LABELS = {
    "发文机关": "issuer",
    "发布机构": "issuer",
    "发文单位": "issuer",
    "发文字号": "doc_number",
    "文号": "doc_number",
    "成文日期": "issued",
    "发布日期": "published",
    "发布时间": "published",
    "发文日期": "issued",
    "施行日期": "effective",
    "实施日期": "effective",
    "生效日期": "effective",
}
_LABEL_WORDS = [*_LABELS, "索引号", "主题分类", "来源", "名称", "标题"]
# a label padded to the table's width (「文　　号：」, 「名　　称：」) is the label
_LABEL = re.compile(
    "(?:^|(?<=[\\s\u3000]))("
    + "|".join("[ \u3000]*".join(word) for word in _LABEL_WORDS)
    + r")(?:[ \t\u3000]*[:：]|[ \u3000]*\t)"  # a Word table's cells: 「成文日期\t2025年…」
)


def _label(m: re.Match) -> str:
    """The label a match names, its padding taken out."""
    return re.sub(r"[ \u3000]+", "", m.group(1))


_TITLE_PUNCT = re.compile(r"[。，,；;！？!?|｜]")
_CC = re.compile(r"^(?:抄送|抄报)[ \t\u3000]*[:：][ \t\u3000]*")
_PRINTED = re.compile(
    r"^(?P<org>\S.*?)[ \t\u3000]*(?P<date>" + DATE.pattern + r")[ \t\u3000]*印发$"
)
_CLAUSE_SUBJECT = r"(?:本[\u4e00-\u9fff（）()]{1,12}?)"
EFFECTIVE = re.compile(
    rf"(?P<subj>{_CLAUSE_SUBJECT})?自(?P<when>印发之日|发布之日|公布之日|下发之日|通过之日|"
    r"[^，。；\n]{6,24}?[日号])起(?:(?P<after>\d{1,3}|[一二三四五六七八九十百]{1,4})日后)?"
    r"(?:施行|实施|执行|生效|试行)"
)
VALIDITY = re.compile(
    r"(?:有效期|试行期)[ \t\u3000]*[:：]?[ \t\u3000]*(?:为|暂定为?)?[ \t\u3000]*"
    r"(?:(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,2})[ \t\u3000]*(?:个)?(?P<unit>年|月)"
    r"|至[ \t\u3000]*[:：]?[ \t\u3000]*(?P<until>" + DATE.pattern + "))"
)
# a sunset: 「本办法自…起施行，2026年12月31日废止」
_SUNSET = re.compile(
    r"(?:至|到)?[ \t\u3000]*(?P<until>" + DATE.pattern + r")[ \t\u3000]*起?(?:废止|失效|停止执行)"
)


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Field:
    """A 公文 field as written, its span in the text, and its ISO date when it is one."""

    name: str
    value: str
    start: int
    end: int
    iso: str | None = None


def lines_of(text: str) -> list[Line]:
    """The non-blank lines of `text`, spans trimmed of surrounding whitespace."""
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            out.append(Line(start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def doc_type(title: str) -> str | None:
    """The 文种 a title ends with (办法, 通知, 意见, 解读 …), None for a title that names none."""
    t = _TYPE_SUFFIX.sub("", re.sub(r"[\s\u3000]+", "", title or "")).rstrip('》」”"')
    if _COUNTED_QA.search(t):
        return "问答"
    if _GRAPHIC.match(t):
        return "解读"
    return next((kind for word, kind in DOC_TYPES.items() if t.endswith(word)), None)


# a counted Q&A: 「十问十答」, 「20问」, 「百问百答」
# a 解读 told in pictures: 「一图看懂｜…方案」, 「图解：…」
_GRAPHIC = re.compile(r"一图(?:看懂|读懂|速览|了解|解读)|图解|图说|漫画解读|视频解读")
_COUNTED_QA = re.compile(r"[一二三四五六七八九十百\d]+问(?:[一二三四五六七八九十百\d]+答)?$")


def field_at(line: Line, name: str, match: re.Match | None = None, group: str | int = 0) -> Field:
    if match is None:
        return Field(name, line.text, line.start, line.end)
    s, e = match.span(group)
    return Field(name, match.group(group), line.start + s, line.start + e)


def _date_field(name: str, line: Line, text: str, offset: int) -> Field | None:
    found = find_dates(text)
    if not found:
        return None
    s, e, value = found[0]
    return Field(name, text[s:e], line.start + offset + s, line.start + offset + e, value)


def labelled(line: Line) -> list[Field]:
    """`标签：值` pairs of a metadata line (发文机关：…　发布日期：…), several per line allowed."""
    labels = list(_LABEL.finditer(line.text))
    out = []
    for i, m in enumerate(labels):
        name = _LABELS.get(_label(m))
        end = labels[i + 1].start() if i + 1 < len(labels) else len(line.text)
        raw = line.text[m.end() : end]
        value = raw.strip(" \t\u3000")
        if not name or not value:
            continue
        at = m.end() + raw.index(value[0])
        if name in ("issued", "published", "effective"):
            if f := _date_field(name, line, value, at):
                out.append(f)
        else:
            out.append(Field(name, value, line.start + at, line.start + at + len(value)))
    byline = any(_label(m) == "来源" for m in labels) and (t := _BYLINE_TIME.search(line.text))
    if byline and not any(f.name == "published" for f in out):  # 「来源：…　时间：2025-06-26」
        out += [f] if (f := _date_field("published", line, line.text[t.end() :], t.end())) else []
    return out


# the time on a page's byline beside its 来源 (「来源：市城市管理局　时间：2025-06-26」)
_BYLINE_TIME = re.compile(r"(?:^|(?<=[\s\u3000]))(?:时间|日期)[ \t\u3000]*[:：][ \t\u3000]*")


def labelled_title(line: Line) -> str | None:
    """The value of a 「标题：…」 or 「名称：…」 cell of a metadata row."""
    labels = list(_LABEL.finditer(line.text))
    for k, m in enumerate(labels):
        if _label(m) in ("标题", "名称"):
            end = labels[k + 1].start() if k + 1 < len(labels) else len(line.text)
            return line.text[m.end() : end].strip(" \t\u3000") or None
    return None


def label_line(line: Line) -> bool:
    """A line of a page's metadata table (「索引号：…　主题分类：…」), kept fields or not; a
    规范性文件's stamp over its 版头 (「××市行政规范性文件」, 「登记号：HCFR—2025—0021」,
    「有效期至：2028年6月30日」) is one too — neither a title nor a 版头."""
    return bool(_LABEL.match(line.text) or _STAMP.match(line.text))


# the stamp a 规范性文件 carries over its 版头: its registration number, its term of validity
_STAMP = re.compile(
    r"^\S{0,20}?(?:登记|备案)(?:编)?号[ \t\u3000]*[:：]"
    r"|^有效期(?:至|截至)?[ \t\u3000]*[:：]?[ \t\u3000]*(?:" + DATE.pattern + r")"
    r"|^(?:[\u4e00-\u9fff]{1,8}?[省市县区州旗])?(?:行政)?规范性文件$"  # 「泓川市行政规范性文件」
)


def number_line(line: Line) -> Field | None:
    """A 发文字号 standing on its own line (a 签发人 may follow it)."""
    text = _SIGNER.split(line.text)[0].rstrip(" \t\u3000")
    m = DOC_NUMBER.fullmatch(text)
    parts = re.split(r"[ \t\u3000]+", text)
    if m is None and len(parts) > 1 and all(DOC_NUMBER.fullmatch(p) for p in parts):
        m = DOC_NUMBER.fullmatch(text, 0, len(parts[0]))  # a joint issue's: the lead organ's
    return field_at(line, "doc_number", m) if m else None


def is_title_line(text: str) -> bool:
    """Short, no sentence punctuation, not a label line: may be (part of) a title. A column's
    name before a bar (「一图看懂｜…方案」, 「权威发布 | …」) is part of one."""
    text = _COLUMN.sub("", text, count=1)
    return len(text) <= 60 and not _TITLE_PUNCT.search(text) and text[-1] not in "：:"


_COLUMN = re.compile(r"^[^|｜\s]{2,8}\s*[|｜]\s*(?=\S{4})")


def recipients(line: Line) -> Field | None:
    """主送机关: the line after the title that ends with a colon (「各县（市、区）人民政府：」)."""
    t = line.text
    if t[-1] in "：:" and 2 < len(t) <= 120 and "。" not in t and not _LABEL.search(t):
        return Field("recipients", t[:-1], line.start, line.end - 1)
    return None


def footer(lines: list[Line]) -> tuple[int, list[Field]]:
    """The 版记 at the very end: 抄送 and the 印发机关和印发日期 line. Returns the index of its
    first line (len(lines) when there is none) and its fields."""
    fields: list[Field] = []
    first = len(lines)
    tail = range(len(lines) - 1, max(-1, len(lines) - 8), -1)
    for i in tail:
        m = _PRINTED.match(lines[i].text)
        if m and (value := iso(DATE.search(m["date"]))):
            ln = lines[i]
            fields.append(Field("printed_by", m["org"], ln.start, ln.start + len(m["org"])))
            s, e = m.span("date")
            fields.append(Field("printed_on", m["date"], ln.start + s, ln.start + e, value))
            first = i
            break
    for i in tail:
        if m := _CC.match(lines[i].text):
            end = i
            while end + 1 < first and not _CC.match(lines[end + 1].text):
                end += 1  # a 抄送 list wraps onto the next lines
            start = lines[i].start + m.end()
            value = "".join(x.text for x in lines[i : end + 1])[m.end() :]
            fields.append(Field("cc", value, start, lines[end].end))
            first = min(first, i)
            break
    return first, fields


def effect(text: str, lo: int, hi: int, issued: dict[str, str]) -> list[Field]:
    """施行, 有效期 and 废止 clauses of text[lo:hi]. `issued` holds the ISO dates the relative
    clauses refer to (printed_on, issued, published, adopted): 「自印发之日起施行」 takes the
    印发日期."""
    out: list[Field] = []
    body = text[lo:hi]
    for m in reversed(list(EFFECTIVE.finditer(body))):
        before = body[m.start() - 1] if m.start() else "\n"
        if not m["subj"] and before not in "。；;\n，,　 ":
            continue
        when = m["when"]
        if when.endswith("之日"):
            ref = issued.get("published") if when[:2] in ("发布", "公布") else None
            ref = issued.get("adopted") if when[:2] == "通过" else ref
            value = ref or issued.get("printed_on") or issued.get("issued")
            if value and m["after"]:  # 「自公布之日起三十日后施行」
                value = (
                    date.fromisoformat(value) + timedelta(days=numeral(m["after"]) or 0)
                ).isoformat()
        else:
            value = (found := find_dates(when)) and found[0][2] or None
            if not value:
                continue
        out.append(Field("effective", m.group(), lo + m.start(), lo + m.end(), value))
        break
    if m := VALIDITY.search(body):
        until = m["until"] and iso(DATE.search(m["until"]))
        out.append(Field("validity", m.group(), lo + m.start(), lo + m.end(), until or None))
    else:
        for m in _SUNSET.finditer(body):
            said = body[max(body.rfind(ch, 0, m.start()) for ch in "。；\n") + 1 : m.start()]
            until = iso(DATE.search(m["until"]))
            if until and "本" in said and "《" not in said:  # this document's own end
                start = m.end() - len(m.group().lstrip(" \t\u3000"))
                out.append(
                    Field("validity", body[start : m.end()], lo + start, lo + m.end(), until)
                )
                break
    out += [Field("repeals", body[a:b], lo + a, lo + b) for a, b in repeals.spans(body)]
    return out

