"""The 附件 of a 公文 after its body: 「附件1」「附件2：标题」 headings numbered on from 1, each with
its title (on the heading line or the next), or one 「附件　标题」 right after the 落款's date; the
parser makes each a sub-document."""

from __future__ import annotations

import re

from knowledge.documents import gongwen_fields as gw
from knowledge.documents.gongwen_fields import Field, Line
from knowledge.text.dates import DATE
from knowledge.text.numbers import numeral

_ATTACHMENT = re.compile(
    r"^附件[ \t\u3000]*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})?[ \t\u3000]*"
    r"(?:[:：][ \t\u3000]*(?P<t>[^。\n]{2,60}))?$"
)


def attachment_marks(lines: list[Line]) -> list[tuple[int, int, int, str, Field | None]]:
    """(line index, end index, number, label, title) of each 附件 heading, numbered 1, 2, …"""
    marks = []
    for i, ln in enumerate(lines):
        m = _ATTACHMENT.match(ln.text)
        if not m or ln.text.startswith(("附件：", "附件:")) and not m["n"]:
            continue
        number = numeral(m["n"]) if m["n"] else 1
        if number != len(marks) + 1:
            continue
        if m["t"]:
            title = gw.field_at(ln, "attachment", m, "t")
        elif i + 1 < len(lines) and gw.is_title_line(lines[i + 1].text):
            nxt = lines[i + 1]
            title = Field("attachment", nxt.text, nxt.start, nxt.end)
        else:
            title = None
        marks.append((i, number, f"附件{m['n']}" if m["n"] else "附件", title))
    marks = marks or _unlabelled(lines) or _after_close(lines)
    ends = [m[0] for m in marks[1:]] + [len(lines)]
    return [(i, end, n, label, t) for (i, n, label, t), end in zip(marks, ends)]


def _unlabelled(lines: list[Line]) -> list[tuple[int, int, str, Field | None]]:
    """The one 附件 a 附件说明 (「附件：X」) names, begun by its title X alone on a line after
    the 落款 without the 「附件」 heading over it (a scan whose heading OCR lost, a copy that
    left it out): [(line index, 1, "附件", title)], else []."""
    for j, ln in enumerate(lines):
        m = _ATTACHMENT.match(ln.text)
        if m and m["t"] and not m["n"] and ln.text.startswith(("附件：", "附件:")):
            name = m["t"].strip()
            k = next((k for k in range(j + 2, len(lines)) if lines[k].text == name), None)
            if k is not None:
                at = lines[k]
                return [(k, 1, "附件", Field("attachment", at.text, at.start, at.end))]
            return []
    return []


# 「附件　亮度限值表」「附件：亮度限值表」: the heading of the one 附件, its title on the same line
_HEADED = re.compile(r"^附件(?:[ \t\u3000]+|[ \t\u3000]*[:：][ \t\u3000]*)(?P<t>[^。\n]{2,60})$")
_OPEN = re.compile(r"^[（(]此件[^）)]{2,8}[）)]$")  # 「（此件公开发布）」 under the date


def _after_close(lines: list[Line]) -> list[tuple[int, int, str, Field | None]]:
    """The one 附件 whose heading names its title on the same line (「附件　X」, 「附件：X」), right
    after the 落款's date (or the 「（此件公开发布）」 under it): before the 落款 such a line is the
    附件说明, after it the attachment's page begins. [(line index, 1, "附件", title)], else []."""
    for i in range(1, len(lines)):
        m = _HEADED.match(lines[i].text)
        prev = lines[i - 1].text.strip()
        if m and (
            DATE.fullmatch(prev)
            or _OPEN.match(prev)
            and i > 1
            and DATE.fullmatch(lines[i - 2].text.strip())
        ):
            return [(i, 1, "附件", gw.field_at(lines[i], "attachment", m, "t"))]
    return []
