"""A figure asked of a group the question counts, and told only for a larger whole: Chinese
(used by shapes.py).

「首批23个飞地项目的协议投资合计多少」 answered by 「截至2024年12月底，磨憨沿边产业园累计签约项目
38个、协议投资301.2亿元」: the documents count the first batch (23个) and give the park's
investment, never the batch's. A figure asked (a number or a sum of money) of a group the question
names by its count (「首批23个飞地项目」「官渡区引进的3个项目」) needs a figure-carrying sentence
naming that group — its count with its measure word (23个) or its batch (首批) — and, when money is
asked, a figure in money there. When figure-carrying sentences exist and none names the group,
the documents give no figure of it. A group pointed at by the deed or time that makes it, with
no count (「春节前集中签约的那几个项目投资多少钱」「去年9月底以前开工的那批项目」), is named by
that deed's words (集中签约; 开工 — a time said is not a name) and, money asked, needs a
sentence holding them all with a sum from their clause on.

A sum is told of a group after the group is named, in the clause naming it or a later one
(「官渡区引进的3个项目同步签约，总投资24.8亿元」). A count that comes after the sum, in a clause of
its own, names a subset of the whole the sum was told of: 「累计签约项目38个、协议投资301.2亿元，
已开工项目16个，其中5个项目建成投产」 tells no sum of the 16 started or the 5 in production, so it
does not answer 「已经开工的16个项目协议投资多少」 nor 「建成投产的5个项目总投资」.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import amounts
from knowledge.answering.checking.checks import asked_types
from knowledge.answering.checking.focus import figure_in
from knowledge.text.normalise import normalise
from knowledge.text.tokens import jieba_module

# a group pointed at by the deed or time that makes it (春节前集中签约的那几个项目)
_POINTED = re.compile(r"的(?:那|这)(?:批|几个|几家|几项|些)[\u4e00-\u9fff]{0,4}?(?:项目|企业)")
_TIME = re.compile(
    r"\d+\s*(?:年|月|日|号)(?:底|初|末|中旬|上旬|下旬)?|去年|今年|前年|年初|年底|以前|之前|以来|当时"
)
# a group counted in the question: (首批)23个(飞地)项目 — the count stands before the thing
_BATCH = re.compile(r"首批|第[一二三四五六七八九十\d]{1,3}批")
_GROUP = re.compile(r"(\d+)\s*(个|家|项)[\u4e00-\u9fff]{0,6}?(?:项目|企业)")
_ASKING = re.compile(r"多少|(?<![那这])几")


def missing(q: str, ev) -> str | None:
    """The group's words (「首批23个飞地项目」) when a figure of a counted group is asked and no
    figure-carrying sentence names the group (see the module), else None."""
    ask = _ASKING.search(q)
    if not ask or "number" not in asked_types(q):
        return None
    m = _GROUP.search(q[: ask.start()])
    if not m:
        return _pointed(q, q[: ask.start()], ev)
    batch = _BATCH.search(q[: m.start()])
    marks = [rf"(?<![\d.]){m.group(1)}\s*{m.group(2)}"] + ([batch.group()] if batch else [])
    money = amounts.money_asked(q)
    carriers = 0
    for c in ev.chosen:
        text = normalise(c.text)
        if not figure_in("number", text, q):
            continue
        if money and not amounts.money_given(text):
            continue
        if any(_names(mark, text, money) for mark in marks):
            return None
        carriers += 1
    return q[batch.start() if batch else m.start() : m.end()] if carriers else None


def _names(mark: str, text: str, money: bool) -> bool:
    """Whether `text` names the group by `mark` — and, when money is asked, tells a sum from
    the clause naming it on (see the module)."""
    for m in re.finditer(mark, text):
        if not money:
            return True
        clause = max(text.rfind(p, 0, m.start()) for p in "，,；;。") + 1
        if amounts.money_given(text[clause:]):
            return True
    return False


def _pointed(q: str, head: str, ev) -> str | None:
    """The pointed group's words when a sum of it is asked and no money sentence names it."""
    m = _POINTED.search(head)
    if not m or not amounts.money_asked(q.replace(m.group(), "的项目")):  # 那几个 counts nothing
        return None
    start = max(head.rfind(p, 0, m.start()) for p in "，,；;、") + 1
    qualifier = _TIME.sub("，", normalise(head[start : m.start()]))
    words = [
        w
        for w in jieba_module().lcut(qualifier)
        if len(w) > 1 and re.fullmatch(r"[\u4e00-\u9fff]+", w)
    ]
    if not words:
        return None
    carriers = 0
    for c in ev.chosen:
        text = normalise(c.text)
        if not amounts.money_given(text):
            continue
        if all(w in text for w in words) and _names(re.escape(words[-1]), text, True):
            return None
        carriers += 1
    return head[start : m.end()].lstrip("的") if carriers else None
