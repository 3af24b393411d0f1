"""The 令 page a 政府规章 is published with, before (or, on a web page, under) its title:
「榆川市人民政府令」「第5号」 (one line or two), the 公布 sentence 「《…》已经…通过，现予公布，
自…起施行。」, the signer 「市长　周明远」 and the date. The 令 number is the 规章's 发文字号
(「榆川市人民政府令第5号」), the organ its issuer and the date its 公布 (成文) date."""

from __future__ import annotations

import re

from knowledge.documents.gongwen_fields import Field, Line
from knowledge.text.dates import DATE, iso

_NUM = r"(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,6})"
_HEAD = re.compile(
    rf"^(?P<org>[\u4e00-\u9fff]{{2,24}}?(?:人民政府|政府|委员会|部|局|署|厅|院|行))令"
    rf"(?:[ \t\u3000]*(?P<no>第[ \t\u3000]*{_NUM}[ \t\u3000]*号))?$"
)
_NUMBER = re.compile(rf"^[（(]?(?P<no>第[ \t\u3000]*{_NUM}[ \t\u3000]*号)[）)]?$")
_SIGNER = re.compile(
    r"^(?:代理)?(?:省长|市长|州长|区长|县长|盟长|主席|主任|部长|局长)[ \t\u3000]+\S{2,4}$"
)
_SPACE = re.compile(r"[ \t\u3000]")


def block(lines: list[Line], i: int) -> tuple[list[Field], int] | None:
    """The fields of a 令 page starting at lines[i] (doc_number, issuer, issued) and the index
    of the line after its date; None when lines[i] starts none."""
    if i >= len(lines) or not (head := _HEAD.match(lines[i].text)):
        return None
    k = i + 1
    if head["no"]:
        number = head["no"]
    elif k < len(lines) and (m := _NUMBER.match(lines[k].text)):
        number, k = m["no"], k + 1
    else:
        return None
    org = head["org"]
    value = _SPACE.sub("", f"{org}令{number}")
    fields = [
        Field("doc_number", value, lines[i].start, lines[k - 1].end),
        Field("issuer", org, lines[i].start, lines[i].start + len(org)),
    ]
    for j in range(k, min(k + 6, len(lines))):
        text = lines[j].text
        if (m := DATE.fullmatch(text)) and (day := iso(m)):
            fields.append(Field("issued", text, lines[j].start, lines[j].end, day))
            return fields, j + 1
        if not ("现予公布" in text or "予以公布" in text or _SIGNER.match(text)):
            break
    return fields, k
