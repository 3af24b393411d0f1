"""The 题注 under the title of a 法规 or 规章: one bracketed note of dated events —
「（2024年9月26日松岭省第十四届人民代表大会常务委员会第十二次会议通过）」,
「（2024年3月5日松岭市人民政府第二十次常务会议通过　2024年3月20日松岭市人民政府令第15号公布
自2024年5月1日起施行）」, with 修正/修订 after a first 通过. Such a document has no 署名 nor
成文日期: the body that last adopted (通过, 修订, 修正) it is its issuer — without the session
(「第十四届」) — and that date its own; a 令 number is its 发文字号 and 公布 its publication."""

from __future__ import annotations

import re

from knowledge.documents.gongwen_fields import DOC_NUMBER, Field, Line
from knowledge.text.dates import DATE, iso

_OPEN, _CLOSE = "（(", "）)"
_EVENT = re.compile(r"通过|修订|修正|批准|公布")
_NUM = r"[一二三四五六七八九十百零〇\d]+"
# the body before its meeting: 「……常务委员会第十二次会议」「……人民政府第二十次常务会议」
_MEETING = re.compile(
    rf"^(?P<org>[\u4e00-\u9fff（）()]{{2,40}}?)[ \t\u3000]*(?:第{_NUM}次)?"
    r"(?:全体|常务|主任|执法检查|联席)?会议"
)
_SESSION = re.compile(rf"第{_NUM}届")


def note(lines: list[Line], i: int, text: str) -> tuple[list[Field], int] | None:
    """The fields of a 题注 starting at lines[i] (it may wrap onto two more lines) and the
    index of the line after it; None when lines[i] starts none."""
    if i >= len(lines) or lines[i].text[0] not in _OPEN:
        return None
    end = next((k for k in range(i, min(i + 3, len(lines))) if lines[k].text[-1] in _CLOSE), None)
    if end is None:
        return None
    start, stop = lines[i].start + 1, lines[end].end - 1
    inner = text[start:stop]
    dates = [m for m in DATE.finditer(inner) if iso(m)]
    if not dates or dates[0].start() > 2 or not _EVENT.search(inner):
        return None
    fields: list[Field] = []
    adopted: tuple[re.Match, Field | None] | None = None
    for k, m in enumerate(dates):
        stop_at = dates[k + 1].start() if k + 1 < len(dates) else len(inner)
        event = inner[m.end() : stop_at]
        verb = _EVENT.search(re.sub(r"《[^《》]*》", lambda b: "　" * len(b.group()), event))
        if verb is None:
            continue
        event = event[: verb.end()]  # 「……公布」, not the 「自……起施行」 after it
        when = Field("", m.group(), start + m.start(), start + m.end(), iso(m))
        if verb.group() in ("通过", "修订", "修正"):
            adopted = (m, _body(event, start + m.end()))
            fields = [f for f in fields if f.name not in ("adopted", "adopted_by")]
            fields.append(Field("adopted", when.value, when.start, when.end, when.iso))
            if adopted[1] is not None:
                fields.append(adopted[1])
        elif verb.group() == "公布":
            fields.append(Field("published", when.value, when.start, when.end, when.iso))
            if number := DOC_NUMBER.search(event):
                s, e = number.span()
                at = start + m.end() + s
                fields.append(Field("doc_number", number.group(), at, at + e - s))
    return (fields, end + 1) if adopted else None


def _body(event: str, at: int) -> Field | None:
    """The body that adopted (「松岭省第十四届人民代表大会常务委员会」 as 「松岭省人民代表大会
    常务委员会」), its span the words as written; None when no meeting is named."""
    lead = len(event) - len(event.lstrip(" \t\u3000"))
    m = _MEETING.match(event[lead:])
    if not m:
        return None
    org = m["org"]
    name = _SESSION.sub("", org)
    return Field("adopted_by", name, at + lead, at + lead + len(org))
