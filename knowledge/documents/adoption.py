"""The 题注 under the title of a 法规 or 规章: one bracketed note of dated events —
「（2024年9月26日松岭省第十四届人民代表大会常务委员会第十二次会议通过）」,
「（2024年3月5日松岭市人民政府第二十次常务会议通过　2024年3月20日松岭市人民政府令第15号公布
自2024年5月1日起施行）」, with 修正/修订 after a first 通过. Such a document has no 署名 nor
成文日期: the body that last adopted (通过, 修订, 修正) it is its issuer — without the session
(「第十四届」) — and that date its own; a 令 number is its 发文字号 and 公布 its publication."""

from __future__ import annotations

import re

from knowledge.documents.gongwen_fields import Field, Line
from knowledge.text.dates import DATE, iso
from knowledge.text.doc_numbers import DOC_NUMBER

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
    """The fields of a 题注 starting at lines[i] (it may wrap onto two more lines, even inside
    a word) and the index of the line after it; None when lines[i] starts none."""
    if i >= len(lines) or lines[i].text[0] not in _OPEN:
        return None
    end = next((k for k in range(i, min(i + 3, len(lines))) if lines[k].text[-1] in _CLOSE), None)
    if end is None:
        return None
    # the note's words without its line breaks, each character's offset in the text kept
    where = [p for p in range(lines[i].start + 1, lines[end].end - 1) if text[p] not in "\r\n"]
    inner = "".join(text[p] for p in where)
    dates = [m for m in DATE.finditer(inner) if iso(m)]
    if not dates or dates[0].start() > 2 or not _EVENT.search(inner):
        return None

    def field(name: str, s: int, e: int, value: str | None = None, day: str | None = None):
        return Field(name, value or inner[s:e], where[s], where[e - 1] + 1, day)

    fields: list[Field] = []
    adopted = False
    for k, m in enumerate(dates):
        stop_at = dates[k + 1].start() if k + 1 < len(dates) else len(inner)
        event = inner[m.end() : stop_at]
        verb = _EVENT.search(re.sub(r"《[^《》]*》", lambda b: "　" * len(b.group()), event))
        if verb is None:
            continue
        event = event[: verb.end()]  # 「……公布」, not the 「自……起施行」 after it
        if verb.group() in ("通过", "修订", "修正"):
            adopted = True
            fields = [f for f in fields if f.name not in ("adopted", "adopted_by")]
            fields.append(field("adopted", m.start(), m.end(), day=iso(m)))
            if body := _body(event):
                s, e, name = body
                fields.append(field("adopted_by", m.end() + s, m.end() + e, name))
        elif verb.group() == "公布":
            fields.append(field("published", m.start(), m.end(), day=iso(m)))
            if number := DOC_NUMBER.search(event):
                fields.append(field("doc_number", m.end() + number.start(), m.end() + number.end()))
    return (fields, end + 1) if adopted else None


def _body(event: str) -> tuple[int, int, str] | None:
    """Where in `event` the body that adopted is named and its name (「松岭省第十四届人民代表
    大会常务委员会」 as 「松岭省人民代表大会常务委员会」); None when no meeting is named."""
    lead = len(event) - len(event.lstrip(" \t\u3000"))
    m = _MEETING.match(event[lead:])
    if not m:
        return None
    return lead, lead + len(m["org"]), _SESSION.sub("", m["org"])
