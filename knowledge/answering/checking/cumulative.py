"""A running total asked, and only one period's figure told: Chinese (used by shapes.py).

「市级财政累计下达专项资金多少亿元」 answered by 「市级财政全年下达…专项资金2.4亿元」, 「托管以来
累计新增注册企业多少户」 by 「全年新增注册企业1124户」: a figure of one year, half-year or
quarter is no running total. A total asked with 累计 (and no single period of its own:
「2024年累计…」 asks that year's figure) needs a figure of the thing asked — the last noun before
the asking word — whose scope is a running total: its own clause, or the nearest clause before
it in its sentence that has a scope word at all, says 累计, 截至, 至此, 以来 …; a clause scoped by
全年, 今年, 上半年, 1—9月, 2024年 … gives one period's figure. A figure whose sentence has no
scope word decides nothing (a stock told undated may be the total), nor does evidence without
a figure of the thing asked.
"""

from __future__ import annotations

import re

from knowledge.answering.checking.focus import figure_text, question_nouns
from knowledge.text.normalise import normalise

_ASKED = re.compile(r"累计|累积")
_ASKING = re.compile(r"多少|几")
# a single period the question names itself (not 截至2025年底, 到2025年6月底: a moment)
_OWN_PERIOD = re.compile(
    r"(?<![截至到止])(?:\d{4}年(?![\d底末初])|今年|去年|全年|当年|[上下]半年|[一二三四1-4]季度"
    r"|\d{1,2}[—\-~至到]\d{1,2}月)"
)
_TOTAL = re.compile(r"累计|累积|截至|截止|至此|以来|迄今|至今|总计|合计|共计|历年|先后")
_SINGLE = re.compile(
    r"全年|今年|当年|本年|去年|年内|[上下]半年|[一二三四1-4]季度|\d{1,2}[—\-~至到]\d{1,2}月"
    r"|每年|每季度|每月|同比|\d{4}年(?![\d底末初])"
)
_CLAUSES = re.compile(r"[，,；;：:。]")
_FIGURE = re.compile(r"\d[\d.]*\s*(?:万|亿)?[\u4e00-\u9fff%]")
# what an elliptical clause (「三年累计达到150个」) holds besides its figure: its subject is the
# sentence's, told before it
_FILLER = re.compile(
    _TOTAL.pattern
    + "|"
    + _SINGLE.pattern
    + r"|\d[\d.]*\s*(?:万|亿)?[\u4e00-\u9fff]?|达到|达|增至|超过|突破|共|约|近|[一二两三四五六七八九十]年"
)


def _scope(clauses: list[str], i: int) -> str | None:
    """'total', 'single' or None: the scope of the figure in clause i, read from the clause
    itself, else from the nearest clause before it with a scope word."""
    for clause in reversed(clauses[: i + 1]):
        if _TOTAL.search(clause):
            return "total"
        if _SINGLE.search(clause):
            return "single"
    return None


def missing(q: str, ev) -> str | None:
    """'cumulative' when a running total is asked and every figure of the thing asked is told
    for one period only (see the module)."""
    if not _ASKED.search(q) or _OWN_PERIOD.search(q) or not (m := _ASKING.search(q)):
        return None
    before = question_nouns(q[: m.start()], ev.result.tokens, ev.result.index)
    if not before:
        return None
    head, terms = list(before.items())[-1]
    scopes = []
    for c in ev.chosen:
        text = normalise(c.text)
        if head not in text and not any(t in text for t in terms):
            continue
        clauses = _CLAUSES.split(text)
        for i, clause in enumerate(clauses):
            if not _FIGURE.search(figure_text(clause, q)):
                continue
            own = head in clause or any(t in clause for t in terms)
            if own or len(re.sub(r"[^\u4e00-\u9fff]", "", _FILLER.sub("", clause))) <= 1:
                scopes.append(_scope(clauses, i))
    if not scopes or any(s != "single" for s in scopes):
        return None
    return "cumulative"
