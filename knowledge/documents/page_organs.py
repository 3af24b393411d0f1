"""Who speaks for a page that names no issuer in its text: the organ its 「来源：」 line names,
or the organ whose 负责人 answers in a 答记者问's title. `structure` asks these last, after the
公文 fields of `issuers` found none."""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.documents.gongwen_fields import Field, Line
from knowledge.documents.issuers import ORGAN
from knowledge.documents.places import qualified

_SOURCE = re.compile(r"来[ \t\u3000]*源[ \t\u3000]*[:：][ \t\u3000]*(?P<org>[^\s\u3000]+)")
# what a page's next label runs on with when its spans were joined (「来源：市财政局发布时间：…」)
_NEXT_LABEL = re.compile(
    r"(?:发布|更新|成文)?(?:时间|日期)[:：]|作者[:：]|编辑[:：]|浏览|字号|点击"
)
_SPEAKER = re.compile(r"^(?P<org>[\u4e00-\u9fff]{3,30}?)(?:有关|主要)?负责人(?:就|解读|答)")


def source_organ(lines: list[Line]) -> Field | None:
    """The organ a page's 「来源：」 line under the title names (「发布时间：…　来源：澄川市住房
    和城乡建设局」), or a line of its own closing the article (a public account's), for a 解读
    or 答记者问 whose text names no issuer: the organ speaking."""
    ends = [ln for ln in lines[6:][-6:] if _SOURCE.match(ln.text)]  # 「来源：…」 closing an article
    for ln in [*lines[:6], *ends]:
        if not (m := _SOURCE.search(ln.text)):
            continue
        org = _NEXT_LABEL.split(m["org"])[0]
        if ORGAN.fullmatch(org) and len(org) >= 4:
            s = m.start("org")
            return Field("issuer", org, ln.start + s, ln.start + s + len(org))
    return None


def page_organ(body: list[Line], title: Field | None) -> Field | None:
    """Who speaks for a 解读 or 答记者问 naming no issuer in its text: the 「来源：」 line's organ,
    or the 负责人's organ its title names. A 来源 naming a government (「沂滨市澜坪区人民政府」)
    under the head of one of its bureaus (「区农业农村局负责人就…」) is only the site that
    carried the page: the bureau speaks, placed where that government is."""
    source = source_organ(body)
    said = speaker(title) if title else None
    if said and source and _GOVERNMENT.search(source.value) and not _GOVERNMENT.search(said.value):
        return replace(said, value=qualified(said.value, "", source.value))
    return source or said


_GOVERNMENT = re.compile(r"人民政府(?:办公室|办公厅)?$")


def speaker(title: Field) -> Field | None:
    """The organ whose 负责人 answers in a 答记者问's title (「市民政局负责人就《…》答记者问」)."""
    m = _SPEAKER.match(title.value)
    if not m or not ORGAN.fullmatch(m["org"]):
        return None
    return Field("issuer", m["org"], title.start, title.start + len(m["org"]))
