"""Counts asked in a state or a flow, and whether the evidence tells them: Chinese (used by
shapes.py).

- **a count in another state** — 「已经投产的项目有几个」 answered by 「2个项目已开工」, or by
  「已投产的项目实现产值18.4亿元」: the state asked (or a word of its kind: 投产, 投入运营)
  must stand in a figure-carrying sentence, and beside a count of the measure word asked
  (多少个: 5个) when one is asked;
- **a count not in a state, or what is left** — 「已开工但还没投产的有几个」「目标还差多少个」
  answered by the two counts it could be worked out from (已开工16个，其中5个建成投产): a figure
  told as not done or left (仍未开工, 还差, 剩余) is needed, the documents do not do the sum;
- **a flow from a stock** — 「2024年新签约了多少个」 answered by 「截至12月底累计签约38个」:
  a count added needs a figure told as added (新签约, 新增, 增加); a count taken away — 「关掉
  了多少家企业」「多少个项目已经注销」 — one told as taken away (注销, 关停, 退出, 减少), not the
  stock or what was added (「市场主体达到4587户，全年新增注册企业1124户」).
"""

from __future__ import annotations

import re

from knowledge.answering.checking.checks import asked_types
from knowledge.answering.checking.focus import figure_in, question_nouns
from knowledge.answering.checking.occasion import EVENTS
from knowledge.text.normalise import normalise


def about(text: str, nouns: dict[str, list[str]]) -> bool:
    """`text` holds one of the question's nouns (or one of its known terms), or there are none."""
    return not nouns or any(n in text or any(t in text for t in ts) for n, ts in nouns.items())


def number_carriers(q: str, ev) -> list[str]:
    """The chosen sentences, normalised, that carry a count or amount for the question."""
    return [normalise(c.text) for c in ev.chosen if figure_in("number", c.text, q)]


# --- a flow from a stock --------------------------------------------------------------------
_FLOW_ASKED = re.compile(r"新增|新签|新开工|新引进|新建成|新注册|新入驻|净增")
_FLOW_TOLD = re.compile(r"新|增|净|多了|少了")
# a part of the flow asked as its share (「新增的签约项目中飞出地引进的占多少」): the flow is the
# whole the share is of, told or not beside the share (not 占地多少亩)
_SHARE_OF = re.compile(r"占(?!地)了?(?:多少|几)")


# a count of things taken away: closed, struck off, gone, fewer — the verb next to the count
_OUT = r"关掉|关闭|关停|关门|倒闭|注销|吊销|撤销|退出|撤出|迁出|搬走|淘汰|破产|歇业|停业|减少"
_OUT_ASKED = re.compile(
    rf"(?:{_OUT})了?(?:多少|几)\s*[个家户项所座]|(?:多少|几)\s*[个家户项所座][^，。？?]{{0,8}}?(?:{_OUT})"
)
_OUT_TOLD = re.compile(rf"{_OUT}|减|少了|退|关|销|撤|停")


def outflow_missing(q: str, ev) -> bool:
    """「2024年关掉了多少家企业」 answered by 「市场主体达到4587户，全年新增注册企业1124户」: a count
    taken away needs a clause telling one so (注销, 关停, 减少), beside a figure."""
    if not _OUT_ASKED.search(q) or not (carriers := number_carriers(q, ev)):
        return False
    clauses = (c for t in carriers for c in re.split(r"[，,。；;：:]", t))
    return not any(_OUT_TOLD.search(c) and figure_in("number", c, q) for c in clauses)


def flow_missing(q: str, ev) -> str | None:
    """「2024年新签约了多少个」 answered by 「截至12月底累计签约38个」: a count added in a period
    needs a figure told as added (新签约, 新增, 增加), not only a running total; a count taken
    away one told as taken away (`outflow_missing`)."""
    if "number" not in asked_types(q):
        return None
    if outflow_missing(q, ev):
        return "number"
    if not (m := _FLOW_ASKED.search(q)) or "累计" in q:
        return None
    if _SHARE_OF.search(q):
        return None
    own = m.group() + re.sub(r"[了多几的是有\W\d].*", "", q[m.end() : m.end() + 1])
    # own: 新签约, 新增注 — the same flow, its noun left out (「上半年新签约13个」)
    carriers = number_carriers(q, ev)
    if not carriers:
        return None
    nouns = question_nouns(q, ev.result.tokens, ev.result.index)
    for t in carriers:
        for clause in re.split(r"[，,。；;：:]", t):
            told = _FLOW_TOLD.search(clause) and figure_in("number", clause, q)
            if told and (own in clause or about(clause, nouns)):
                return None
    return "number"


# --- a count in another state --------------------------------------------------------------
_STATE_ASKED = re.compile(
    r"(?:已经?|已)([\u4e00-\u9fff]{2,4}?)(?:了)?的|(?:多少|几)[个家项户名所位]?(?:已经?|已)([\u4e00-\u9fff]{2})"
)
# a count asked by its measure word (多少个, 几家): the state must stand beside such a count
_COUNT_ASKED = re.compile(r"(?:多少|几)\s*([个家项户名所位套座条])")


# a count of those not (yet) in a state, or of what is left: 「还没投产的有几个」「还差多少个」
_NOT_ASKED = re.compile(
    r"(?:还没有?|尚未|仍未|(?<!有)没有|(?<![有是])没|未(?!来))(?:能|有)?([\u4e00-\u9fff]{2,4}?)(?:的|了)?"
)
_LEFT_ASKED = re.compile(r"还剩|剩下|剩余|还差|尚差|差多少|差几")
_LEFT_TOLD = r"剩|差|余|尚未|仍未|未|没|不到"


def state_missing(q: str, ev) -> str | None:
    """「已经投产的项目有几个」 answered by 「2个项目已开工」: a count of things in a state needs
    that state (or a word of its kind: 投产, 投入运营) beside a figure; a count of things not in
    it (「已开工但还没投产的有几个」「还差多少个」) needs a figure told as not done or left
    (仍未开工, 还差), not the two counts it could be worked out from."""
    if "number" not in asked_types(q):
        return None
    left = _LEFT_ASKED.search(q)
    if not (m := left or _NOT_ASKED.search(q) or _STATE_ASKED.search(q)):
        return None
    if left:
        told = re.compile(_LEFT_TOLD)
    else:
        verb = next(g for g in m.groups() if g)
        kinds = [rx for rx in EVENTS.values() if re.search(rx, verb)] or [re.escape(verb[:2])]
        told = re.compile(rf"(?<![未没不])(?:{'|'.join(kinds)})")  # 仍未开工 is not 开工
        if m.re is _NOT_ASKED:
            told = re.compile(rf"(?:{_LEFT_TOLD})[^，。；\d]{{0,3}}(?:{'|'.join(kinds)})")
    carriers = number_carriers(q, ev)
    if not carriers:
        return None
    count = _COUNT_ASKED.search(q)
    each = re.compile(rf"(?:\d+|[一二两三四五六七八九十百]+)\s*{count.group(1)}") if count else None
    for t in carriers:  # the state told, and (a count asked) in a clause with such a count
        clauses = re.split(r"[，,。；;：:]", t) if each else [t]
        if any(told.search(c) and (not each or each.search(c)) for c in clauses):
            return None
    return "number"
