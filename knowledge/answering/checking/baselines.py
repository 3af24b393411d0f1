"""A comparison asked against one base, and told only against another: Chinese (used by
shapes.py).

「2024年合作区实有人口比2023年增加了多少」 answered by 「实有人口约3.9万人，比托管前增加近一倍」:
the change told is against the day Kunming took over, not against 2023. A change asked against a
named base (比2023年, 比年初, 比上年, 比5月份, 与托管前相比) needs a comparison of the thing asked
against that same base: the same year (上年/去年/同比 told stand for the year before, and an
unbased 增长8.5% for the same), or the same words (年初, 托管前, 5月). When every comparison of
the thing asked in the evidence names another base, the documents do not give the change asked.
"""

from __future__ import annotations

import re

from knowledge.answering.checking.focus import question_nouns
from knowledge.text.normalise import normalise

_VERB = r"(?:增加|增长|多|少|减少|下降|提高|降低|上升|涨|高|低|变化|翻)"
# the base asked: 比2023年 / 较年初 / 与托管前相比 (up to the verb of change)
_ASKED = re.compile(
    rf"(?:(?<![同环对类])比(?![例重率较])|(?<!比)较|比起)\s*((?!{_VERB})[^，。？?]{{1,12}}?)\s*(?:的|时|相比)?(?:\s*(?:共|一共|总共|又|还|再))?\s*{_VERB}"
    r"|(?:与|和|跟|同)\s*([^，。？?]{1,12}?)\s*(?:的|时)?\s*(?:相比|比较|比起来?)"
)
# the change asked as an amount or a rate: 增加了多少, 多几户, 增长百分之几
_HOW_MUCH = re.compile(rf"{_VERB}了?(?:多少|几|百分之几|多大)")
# a base told in a comparison clause
_TOLD = re.compile(
    rf"(?:比|较|比起|相比)\s*([^，。；]{{1,16}}?)\s*(?:的\s*[\d.]+\s*[^，。；]{{0,4}})?\s*{_VERB}"
    r"|(同比|环比)"
)
_GROWTH = re.compile(r"(?:增长|增加|下降|减少|提高|上升)\s*(?:了\s*)?(?:近|约)?\s*[\d.]+\s*%")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_PREV = re.compile(r"上年|去年|上一年|前一年|同期|同比")
_PLAIN = re.compile(r"[的时份\s]|底$|末$")


def _key(base: str) -> str:
    """A base reduced to what two sayings of it share: a year, 'prev' (the year before), or its
    words."""
    if m := _YEAR.search(base):
        return m.group(1)
    if _PREV.search(base):
        return "prev"
    return _PLAIN.sub("", base)


def _matches(asked: str, told: str) -> bool:
    if asked == told:
        return True
    yearly = {asked, told} - {"prev"}
    return "prev" in (asked, told) and all(y.isdigit() for y in yearly)


def missing(q: str, ev) -> str | None:
    """'compare' when a change is asked against a named base and every comparison of the thing
    asked in the chosen sentences names another one (see the module), else None."""
    m = _ASKED.search(q)
    if not m or not _HOW_MUCH.search(q, m.start()):
        return None
    asked = _key(m.group(1) or m.group(2))
    if not asked:
        return None
    before = question_nouns(q[: m.start()], ev.result.tokens, ev.result.index)
    if not before:
        return None
    head, terms = list(before.items())[-1]  # the thing compared: the last noun before 比
    others = 0
    for c in ev.chosen:
        for clause in re.split(r"[。；;！!？?]", normalise(c.text)):
            if head not in clause and not any(t in clause for t in terms):
                continue
            bases = [_key(t.group(1) or "prev") for t in _TOLD.finditer(clause)]
            if not bases and _GROWTH.search(clause):
                bases = ["prev"]  # an unbased rate of growth: on the year before
            if any(_matches(asked, b) for b in bases):
                return None
            others += bool(bases)
    return "compare" if others else None
