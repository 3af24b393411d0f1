"""A figure asked of one unit — a village, a park, a firm — and only a whole's told: Chinese
(used by shapes.py).

「尚冈村小组2024年人均可支配收入是多少」 answered by the zone's 「农村常住居民人均可支配收入预计
达到1.86万元」, 「官渡—磨憨飞地产业园的税收」 by the tax of every enclave project together: the
question opens with a unit's own name (a name ending in 村, 村小组, 产业园, 公司, 学校, 基地 …)
and no figure-carrying sentence of what is asked (holding a word of the question besides the
name) names it — in itself, the sentence before it or its chunk's
title —, nor speaks of it by its kind alone (「基地佔地約120畝」 after the base is named). A
figure told of another unit or of the whole is then no answer. A figure sentence naming another
unit of the kind (「磨憨沿边产业园累计签约项目51个」 for 官渡—磨憨飞地产业园 asked) is that unit's,
whatever the sentence before it names.
"""

from __future__ import annotations

import re

from knowledge.answering.checking.checks import asked_types
from knowledge.answering.checking.focus import figure_in, known_terms
from knowledge.answering.checking.surroundings import context
from knowledge.text.normalise import normalise

# a unit's own kind: a village group, a named park, a firm, a school or hospital (not 村 alone,
# which ends 农村 and 边境村; not 园区, 基地, 中心, 企业, which name kinds as often as units)
_SUFFIXES = ("村小组", "村委会", "产业园", "公司", "学校", "分院", "医院")
_LEAD = re.compile(
    r"^(?:截至|截止|到)?\s*(?:(?:19|20)\d{2}\s*年[底末]?)?\s*(?:\d{1,2}\s*月[底末]?)?"
    r"(?:上半年|下半年|全年|今年|去年|目前|现在|当前|如今|当时|那时)?[，,\s]*"
)
# a name holds no function word or verb of the question's frame (官渡区在磨憨沿边产业园, 市里给…)
_NAME = re.compile(
    r"(?:(?![在给向往为对从把被的了和与及是供拨花要能到去来跟让])[\u4e00-\u9fff—\-－]){3,16}"
)
_POINTER = re.compile(r"[该这此其本各每]")
_VILLAGE = ("村小组", "村委会")
# a larger unit a village lies in, named in a sentence: 合作区, 全镇, 勐腊县
_WHOLE = re.compile(r"[\u4e00-\u9fff]{1,4}(?<![小社校园])[区镇县乡市州](?![长委])")
# a name that is no unit's own: a kind (飞地园区), a count (一家企业), a pointer (该公司, 各村)
_NOT_OWN = re.compile(
    r"^(?:飞地|各|每|这|那|该|哪|某|本|此|全|一|两|几|多少|所有|全部|入园|园区|目前|现在|当前|如今)"
)


def asked_unit(q: str) -> str | None:
    """The unit's own name the question opens with (尚冈村小组, 官渡—磨憨飞地产业园), or None."""
    rest = q[_LEAD.match(q).end() :]
    if not (m := _NAME.match(rest)):
        return None
    run = m.group()
    best = None
    for end in range(len(run), 2, -1):  # the longest lead ending in a unit's kind
        name = run[:end]
        if any(name.endswith(s) and len(name) >= len(s) + 2 for s in _SUFFIXES):
            best = name
            break
    if best is None or _NOT_OWN.match(best):
        return None
    return best


def _kind(name: str) -> str:
    return next(s for s in _SUFFIXES if name.endswith(s))


def missing(q: str, ev) -> str | None:
    """The unit's name when a number is asked of it and no figure-carrying sentence speaks of
    it (see the module), else None."""
    if not ({"number", "share"} & asked_types(q)) or not (name := asked_unit(q)):
        return None
    # what is measured: the question's words outside the unit's name (人均, 收入)
    measure = [
        t
        for t in known_terms(ev.result.tokens, ev.result.index)
        if t not in name and t in q and not re.search(r"\d|年|月", t)
    ]
    carriers = [
        c
        for c in ev.chosen
        if figure_in("number", c.text, q) and any(t in normalise(c.text) for t in measure)
    ]
    if not carriers:
        return None
    kind = _kind(name)
    core = name[: -len(kind)]
    # the name or a tail of it (入驻磨憨沿边产业园: 磨憨沿边产业园), three characters before its kind
    tails = [name[i:] for i in range(len(name) - len(kind) - 2)]
    for c in carriers:
        if _another(normalise(c.text), name, kind, tails):
            continue  # the sentence tells another unit's (磨憨沿边产业园's) figure
        text = context(c, ev.docs)[0]
        if (len(core) >= 2 and core in text) or any(t in text for t in tails):
            return None
        if len(kind) >= 2 and re.search(rf"(?:^|[^\u4e00-\u9fff]|[该这此其]){kind}", text):
            return None  # spoken of by its kind alone (基地, 该公司) once named before
    return name


def _another(text: str, name: str, kind: str, tails: list[str]) -> bool:
    """Whether a sentence names a unit of the asked unit's kind that is not it (nor a tail of
    it): 磨憨沿边产业园 where 官渡—磨憨飞地产业园 is asked; or, for a village asked, the
    district, town or county holding it (「今年合作区…人均可支配收入…1.86万元」 for 磨站村小组)."""
    if kind == "公司" or name in text or any(t in text for t in tails):
        return False  # a firm goes by many names (港滇通, 港滇通供应链有限公司)
    if kind in _VILLAGE and _WHOLE.search(text):
        return True
    found = re.finditer(rf"[\u4e00-\u9fff]{{2,6}}{kind}", text)
    return any(not name.endswith(m.group()) and not _POINTER.search(m.group()) for m in found)
