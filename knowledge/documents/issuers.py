"""Who issued a 公文 and when it was signed: the 发文机关标志 at the top (「青禾市人民政府办公室
文件」, or the organ's name alone when a 发文字号 or the title follows), joint issues (several
organs on one line or stacked), 「X关于」 in the title, and the 落款 at the end of the body
(附件说明, 发文机关署名 — one organ, several, or on the date's line —, 成文日期, 附注).

The organs of a joint issue are one field: their names joined by 、, the span from the first
to the last. A news report's first line naming an organisation is no issuer: a bare name counts
only when what follows it is a 公文's (a 发文字号, a 「关于……」 title after a blank line, a
second organ), and otherwise only when the document turns out to have articles."""

from __future__ import annotations

import re

from knowledge.documents import decree
from knowledge.documents.adoption import note
from knowledge.documents.gongwen_fields import (
    Field,
    Line,
    doc_type,
    is_title_line,
    label_line,
    labelled,
    number_line,
)
from knowledge.text.dates import DATE, iso

# An organ's name ends with what organs are called (人民政府, 办公室, 委员会, 局 …).
ORGAN = re.compile(
    r"[\u4e00-\u9fff（）()]{2,36}?(?:人民政府|政府|办公室|办公厅|委员会|管委会|工委|党委|党组"
    r"|委|总局|局|厅|部|署|院|会|中心|小组|办|支队)"
)
_BETWEEN = re.compile(r"[ \t\u3000、]+")
_PUNCT = re.compile(r"[。，,；;：:！？!?]")
_ABOUT = re.compile(r"^(?P<org>[\u4e00-\u9fff（）()]{2,40}?)关于")
_ABOUT_JOINT = re.compile(r"^(?P<org>[\u4e00-\u9fff（）() \t\u3000、]{4,120}?)关于")
_ATTACH_NOTE = re.compile(r"^附件[ \t\u3000]*[:：][ \t\u3000]*")
_NOTE_LINE = re.compile(r"^[（(][^（）()]{2,40}[）)]$")  # 附注: （此件公开发布）
_HOSTS = re.compile(r"(?:主办|承办|协办|制作|出品)$")  # a site's foot: 「…办公室主办」
# a site's foot line under a page's 落款 (「主办：…」, 「网站标识码：…」, 「版权所有」)
_SITE_FOOT = re.compile(
    r"^(?:主办|承办|协办|技术支持|网站标识码|联系电话|地址)[ \t\u3000]*[:：]|网站标识码|版权所有|ICP备"
)
_SEAL = re.compile(r"^[（(](?:盖章|印章|公章)[）)]$")
_SIGNED_ON = re.compile(r"^(?P<org>\S.*?)[ \t\u3000]+(?P<date>" + DATE.pattern + ")$")
_HEADING = re.compile(r"^第[一二三四五六七八九十百零〇\d]+[编章节条]|^[一二三四五六七八九十]+、")


def organs(line: Line, text: str | None = None) -> list[tuple[int, int]]:
    """Spans of the organ names `text` (default: the line's) consists of — one, or several
    set apart by spaces or 、 —; [] when it is anything else."""
    text = line.text if text is None else text
    spans, pos = [], 0
    for part in _BETWEEN.split(text):
        at = text.index(part, pos)
        if not part or len(part) < 4 or not ORGAN.fullmatch(part):
            return []
        base = line.start + at
        spans += [(base + s, base + e) for s, e in _run_together(part)]
        pos = at + len(part)
    return spans


_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,6}?[省市县区州]")


def _run_together(name: str) -> list[tuple[int, int]]:
    """The organs of one name that is several run together (「湖岭市财政局湖岭市教育局」, joint
    seals side by side that OCR read as one line): cut where the first one's place name starts
    again, when every piece is an organ's name; [(0, len)] otherwise."""
    place = _PLACE.match(name)
    cuts = [m.start() for m in re.finditer(re.escape(place[0]), name)] if place else [0]
    pieces = list(zip(cuts, [*cuts[1:], len(name)]))
    if len(pieces) > 1 and all(ORGAN.fullmatch(name[s:e]) for s, e in pieces):
        return pieces
    return [(0, len(name))]


def organ_field(name: str, spans: list[tuple[int, int]], text: str) -> Field:
    """One field for the organs at `spans` of `text`: names joined by 、."""
    value = "、".join(text[s:e] for s, e in spans)
    return Field(name, value, spans[0][0], spans[-1][1])


# what a 版头 may say kind of 文件 it is after the organ's name: 「X市人民政府（行政）规范性文件」
_KIND_OF_FILE = re.compile(r"[ \t\u3000]*(?:行政)?规范性$")


def header(lines: list[Line], i: int, text: str) -> tuple[Field | None, int, bool]:
    """The 发文机关标志 from lines[i] on: (issuer field, index of the line after it, sure).
    Not sure: a bare organ's name before a title of its own 文种 (the issuer when the document
    has articles — a news report's source line otherwise). (None, i, False) when there is none."""
    spans: list[tuple[int, int]] = []
    j, mark = i, False
    while j < len(lines) and j - i < 4:
        t = lines[j].text
        if t == "文件" and spans:
            j, mark = j + 1, True
            break
        core = t[:-2].rstrip(" \t\u3000") if t.endswith("文件") else t
        core = _KIND_OF_FILE.sub("", core) if core != t else core  # 「…人民政府规范性文件」
        got = organs(lines[j], core)
        if not got and core != t and 4 <= len(t) <= 40 and not _PUNCT.search(t):
            got = [(lines[j].start, lines[j].start + len(core))]  # 「……文件」: any name
        if not got:
            break
        spans += got
        j += 1
        if core != t:
            mark = True
            break
    if not spans:
        return None, i, False
    spans = _one_each(spans, text)
    field = organ_field("issuer", spans, text)
    nxt = lines[j] if j < len(lines) else None
    if mark or nxt is not None and number_line(nxt):
        return field, j, True
    if nxt is None or not is_title_line(nxt.text):
        return None, i, False
    if not mark and _wrapped_joint_title(field.value, nxt.text):
        return None, i, False
    if len(spans) > 1:
        return field, j, True
    if doc_type(nxt.text) is None:
        return None, i, False
    if nxt.text.startswith("关于"):
        gap = "\n\n" in text[lines[j - 1].end : nxt.start]
        return (field, j, True) if gap else (None, i, False)  # else: the title's first line
    return field, j, False


def _one_each(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """An organ named twice over the title, once without its place (a running header
    「汀兰区卫生健康局」 over the 版头 「鹤浦市汀兰区卫生健康局」), is one organ: its fuller name;
    named twice alike (a one-page PDF's running header over the same 版头), its last naming."""
    names = [text[s:e] for s, e in spans]
    one = [(sp, n) for k, (sp, n) in enumerate(zip(spans, names)) if n not in names[k + 1 :]]
    return [sp for sp, n in one if not any(fuller(o, n) for o in names)] or spans


def fuller(name: str, short: str) -> bool:
    """`name` is `short` with its place before it (「鹤浦市」 + 「汀兰区卫生健康局」)."""
    return (
        len(name) > len(short)
        and name.endswith(short)
        and bool(_PLACE.fullmatch(name[: -len(short)]))
    )


def _wrapped_joint_title(names: str, following: str) -> bool:
    """Organs' names over a line starting with another organ's 「…关于」: the first line of a
    joint title wrapped after its first organs (「X局　Y局」 / 「Z局关于印发《…》的通知」), not
    a 版头 (which stands over the 文号, and names the title's organs, not others)."""
    m = _ABOUT.match(following)
    return bool(m and ORGAN.fullmatch(m["org"]) and m["org"] not in names.split("、"))


def in_title(title: Field) -> Field | None:
    """「青禾市发展和改革委员会关于……的通知」 names its issuer before 关于; a joint title its
    organs, set apart by spaces or run together where its lines were joined."""
    joint = _ABOUT_JOINT.match(title.value)
    spans = organs(Line(0, len(joint["org"]), joint["org"])) if joint else []
    if len(spans) > 1:
        value = "、".join(joint["org"][s:e] for s, e in spans)
        return Field("issuer", value, title.start, title.start + spans[-1][1])
    m = _ABOUT.match(title.value)
    if not m or "\n" in m["org"]:
        return None
    return Field("issuer", m["org"], title.start, title.start + len(m["org"]))


def closing(lines: list[Line], text: str) -> tuple[int, list[Field]]:
    """The 落款 at the end of a body (its lines): 附件说明, 发文机关署名, 成文日期, 附注.
    Returns the index of its first line (len(lines) when there is none) and its fields."""
    fields: list[Field] = []
    first = len(lines)
    i = len(lines) - 1
    while i > 0 and len(lines) - i <= 2 and _SITE_FOOT.search(lines[i].text):
        i -= 1  # a web page's foot under its 落款
    foot = i
    while i >= 0 and foot - i < 3 and _NOTE_LINE.match(lines[i].text):
        i -= 1  # 附注 after the date
    if i >= 0 and (dated := _dated(lines[i], text)):
        signed, date = dated
        fields.append(date)
        first = i
        if signed:
            fields.append(signed)
        else:
            k = i - 1
            while k >= 0 and _SEAL.match(lines[k].text):
                k -= 1
            if k >= 0 and (signer := _signer(lines, k, text)):
                fields.append(signer[0])
                first = signer[1]
    elif (
        i > 0
        and organs(lines[i])
        and lines[i - 1].text.endswith("。")
        and not _HOSTS.search(lines[i].text)
    ):
        signer = _signer(lines, i, text)  # a 署名 with no date under it (a page's copy)
        if signer:
            fields.append(signer[0])
            first = signer[1]
    for j in range(first - 1, max(-1, first - 12), -1):
        if m := _ATTACH_NOTE.match(lines[j].text):
            end = j
            while end + 1 < first and re.match(r"^\d{1,2}[．.、]", lines[end + 1].text):
                end += 1
            note = lines[j].text[m.end() :]
            value = "\n".join([note] + [x.text for x in lines[j + 1 : end + 1]]).strip()
            at = lines[j].end - len(note)
            fields.append(Field("attachments", value, at, lines[end].end))
            first = j
            break
    return first, fields


def under_title(lines: list[Line], i: int, text: str) -> tuple[list[Field], int]:
    """What a copy on the web or in Markdown puts right under the title instead of the 版头:
    labelled lines, the 发文字号, and the issuing organ with the 成文日期 (on one line or two). Returns the
    fields and the index of the first line after them."""
    fields: list[Field] = []
    while i < len(lines) and len(fields) < 4:
        if got := labelled(lines[i]):  # 「发布时间：… 来源：…」 of a web page
            fields += got
            i += 1
        elif label_line(lines[i]) and not fields:  # 「来源：市城市管理局　浏览次数：…」
            i += 1
        elif number := number_line(lines[i]):
            fields.append(number)
            i += 1
        elif got := decree.block(lines, i):  # the 令 page a 规章 is published with
            fields += got[0]
            i = got[1]
        elif got := note(lines, i, text):  # the 题注 of a 法规 or 规章
            fields += got[0]
            i = got[1]
        elif dated := _dated(lines[i], text):
            fields += [f for f in dated if f]
            i += 1
        elif (
            i + 1 < len(lines)
            and (spans := organs(lines[i]))
            and ((d := _dated(lines[i + 1], text)) and d[0] is None)
        ):
            fields += [organ_field("signer", spans, text), d[1]]
            i += 2
        else:
            break
    return fields, i


def _dated(line: Line, text: str) -> tuple[Field | None, Field] | None:
    """(署名 on the same line or None, 成文日期) of a line that ends the 落款 with a date."""
    if (m := DATE.fullmatch(line.text)) and (value := iso(m)):
        return None, Field("issued", line.text, line.start, line.end, value)
    m = _SIGNED_ON.match(line.text)
    if not m or not (value := iso(DATE.fullmatch(m["date"]))):
        return None
    spans = organs(line, m["org"])
    if not spans:
        return None
    s, e = m.span("date")
    issued = Field("issued", m["date"], line.start + s, line.start + e, value)
    return organ_field("signer", spans, text), issued


def _signer(lines: list[Line], k: int, text: str) -> tuple[Field, int] | None:
    """The 署名 ending at lines[k] (organs stacked on up to three lines, or any short line
    that is no sentence nor heading) and the index of its first line."""
    spans = organs(lines[k])
    if not spans:
        sig = lines[k]
        if len(sig.text) <= 40 and not _PUNCT.search(sig.text) and not _HEADING.match(sig.text):
            return Field("signer", sig.text, sig.start, sig.end), k
        return None
    top = k
    while top > 0 and k - top < 2 and (more := organs(lines[top - 1])):
        spans = more + spans
        top -= 1
    return organ_field("signer", spans, text), top


def choose(fields: list[Field], title: Field | None) -> list[Field]:
    """One 发文机关: labelled, else the 版头 mark, the title's 「X关于」, the 署名, the body
    that adopted it (题注), the 印发机关. A joint issue whose 版头 names only its lead organ is
    issued by all the organs its 署名 names."""
    if any(f.name == "issuer" for f in fields):
        best = next(f for f in fields if f.name == "issuer")
        signer = next((f for f in fields if f.name == "signer"), None)
        joint = signer.value.split("、") if signer else []
        if len(joint) > 1 and best.value in joint:  # the 版头 of a joint issue: its lead organ
            best = Field("issuer", signer.value, signer.start, signer.end)
        elif signer and fuller(signer.value, best.value):  # 「发布机构：汀兰区…」, signed in full
            best = Field("issuer", signer.value, signer.start, signer.end)
    else:
        by = {f.name: f for f in fields}
        about = in_title(title) if title else None
        best = about or by.get("signer") or by.get("adopted_by") or by.get("printed_by")
        best = best and Field("issuer", best.value, best.start, best.end)
    return [f for f in fields if f.name != "issuer"] + ([best] if best else [])
