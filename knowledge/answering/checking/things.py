"""Which thing a figure is of: the qualifier a question puts on its subject (Chinese).

A figure bound to the question's subject (siblings.is_bound) can still be of another thing of
the same attribute: 「第二批的商贸物流项目有几个」 beside 「首批项目中，商贸物流类9个」, 「尚冈村接待
了多少游客」 beside 「合作区接待游客86.5万人次」, 「官渡—磨憨飞地产业园开工了几个项目」 beside
「磨憨沿边产业园…其中已开工项目11个」. Binding does not see it when the distinguishing word is
no corpus term or is one missing noun among several. So a qualifier of the subject in the
question —

- an ordinal phase, batch or round (首批, 第二批, 二期: `constraints.ordinals_in`),
- a named place below the whole (呈贡区, 尚冈村: a two-character name before 区/县/村/镇/乡),
- a named park (官渡—磨憨飞地产业园: the words before 产业园/科技城)

— must be matched by the figure's clause or the sentence before it (or the heading and titles
above them); a figure whose clause or sentence before names another qualifier of the same kind
(二期 for 一期; another place; another park), or a whole (累计 for a batch; 合作区, 全市 for a place),
and not the one asked, is of another thing.

`other(question, near, wide)` says so; measures.reading (the measure-met widening) and
siblings.missing (every bound figure of the class asked of another thing: no such figure) read it.
"""

from __future__ import annotations

import re

from knowledge.answering.checking.constraints import ordinals_in

# a place's name: two characters before its level word; not a generic area (合作区, 园区, 城区,
# 县区, 片区, 边境村) nor a word ending in one (区域, 区分, 村民, 村寨, 县城)
_PLACE = re.compile(r"([\u4e00-\u9fff]{2})([区县村镇乡])(?![域分别位间民寨落庄级城长政委])")
_NOT_NAME = re.compile(
    r"[园片城社景山市县网范验税贸新老主核功开作港湾境地个各本全该每此辖库营分工校学街商业"
    r"这那哪几的了在是和与及从到向给省州镇乡村区发组]$|^[个这那哪各本全该每此的了在是和与及从到向给]"
    r"|[零一二两三四五六七八九十百年月日底初末半季度]"
)
# a park's name: the two characters before 产业园 / 科技城 (飞地产业园, 沿边产业园; not 月底 of
# 「9月底产业园」)
_PARK = re.compile(r"([\u4e00-\u9fff]{2})(?:产业园|科技城)")
_NOT_PARK = re.compile(r"[零一二两三四五六七八九十百年月日底初末半季度的了在是和与及到里个]")
# a whole that is no part asked: the whole zone or city, a running total
_WHOLE_PLACE = re.compile(r"合作区|全市|全区|全县|全州|各县|五区一市|全镇|全村")
_WHOLE_BATCH = re.compile(r"累计")


def places(text: str) -> set[str]:
    """Named places below the whole: {'呈贡区', '尚冈村'} (not 合作区, 园区, 县区)."""
    return {m.group() for m in _PLACE.finditer(text) if not _NOT_NAME.search(m.group(1))}


def parks(text: str) -> set[str]:
    """Named parks by the two characters before 产业园/科技城: {'飞地', '沿边'}."""
    return {name for name in _PARK.findall(text) if not _NOT_PARK.search(name)}


def other(question: str, near: str, wide: str = "") -> bool:
    """`near` (a figure's clause and the sentence before it) names another thing than the
    question's qualifier of its subject (another batch or phase, another place or park, or a
    whole where a part is asked), and neither `near` nor `wide` (the whole sentence, headings,
    titles) names the one asked. `question` is normalised."""
    seen = near + "\n" + wide
    for kind, n in ordinals_in(question):
        found = {o for o in ordinals_in(seen) if o[0] == kind}
        if (kind, n) in found:
            continue
        near_found = {o for o in ordinals_in(near) if o[0] == kind}
        if near_found or (kind == "批" and _WHOLE_BATCH.search(near)):
            return True
    for place in places(question):
        if place in seen:
            continue
        if places(near) or _WHOLE_PLACE.search(near):
            return True
    for park in parks(question):
        if park in parks(seen):
            continue
        if parks(near):
            return True
    return False
