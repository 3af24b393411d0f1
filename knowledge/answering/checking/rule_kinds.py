"""The kind of rule a policy question asks by its bound or condition word, and whether a rule's
sentence states a rule of that kind (read by closeness.py below the refusal model's threshold).

A policy question asked in everyday words often names its subject in words no document uses
(「结算单每年最晚啥时候得编好送过去」, 「什么情况下备案申请就算是撤回了」), so `subject.speaks_of`
finds no head word the document names. What it asks, though, is a kind of rule, and a rule
states its kind in a fixed form:

- a deadline or time limit, asked by a bound (最迟, 最晚, 截止, 多快, 几天之内, 哪天之前), is told by
  a rule binding a bound: 「每年1月底前，…编制结算单」, 「应当在五个工作日内完成」, 「应当于每年
  4月30日前拨付到位」 — a bound with 应当/必须/须 or a recurring date (每年…前，) opening its clause;
  not a date that only qualifies a thing (「2026年4月1日前已设立的飞地园区」, no obligation);
- a condition, asked by 什么情况下, 什么条件下, 哪些情形, is told by a rule's conditional clause
  closed by 的 and what follows it (「逾期未补齐的，视为撤回备案申请」, 「有下列情形之一的，不予备案」).

`states(question, cand)`: the question asks such a kind and the candidate is a rule (an article's
sentence, a numbered part's or one bound by a modal verb: rule_shapes.is_rule, or a numbered
part of a notice) stating it. closeness.answer_anyway reads it as it reads a definition: the
rule's kind matched stands for the subject named, the question's other words still held by the
context (GAP). `asked(question)`: the condition shape for answer_shapes (a question asking
no figure, name or date).
"""

from __future__ import annotations

import re

from knowledge.answering.checking.rule_shapes import is_rule
from knowledge.text.normalise import normalise

_FIGURE = r"(?:\d{1,3}|[一二两三四五六七八九十百]+)"
# a bound asked: how late, how fast, within how long, before which day
_BOUND_ASKED = re.compile(
    r"最迟|最晚|截止|多快(?![的地]?(?:速度|车速|跑|飞|开|转))"
    r"|(?:多久|多长时间|几天|多少天|几个?月|多少个?月|几个?工作日|多少个?工作日|哪天|哪一天|几号"
    r"|什么时候|啥时候?)(?:之|以)?[内前里]"
)
# a bound told: a span within (五个工作日内, 三十日内, 15日内) or a day before (4月30日前, 1月底前,
# 每月10日前, 年底前)
_BOUND = (
    rf"{_FIGURE}\s*个?(?:工作日|日|天|个月|年)(?:之|以)?内"
    rf"|(?:{_FIGURE}\s*月\s*(?:{_FIGURE}\s*日|底|末|[上中下]旬)?|{_FIGURE}\s*日|年底|月底|季末)"
    r"(?:之|以)?前"
)
_BOUND_TOLD = re.compile(_BOUND)
# the bound binds: an obligation in the sentence, or a recurring day opening a clause (每年1月底前，)
_BINDS = re.compile(r"应当|必须|须|需|不得|不晚于")
_RECURRING = re.compile(
    rf"(?:^|[，,；;。])\s*每(?:年|月|季度?)[^，,。；;]{{0,8}}?(?:{_BOUND})[，,]"
)
# a condition asked: in which case, under what condition
_CONDITION_ASKED = re.compile(
    r"(?:什么|啥|哪些|哪种|哪几种|何种)(?:样的)?(?:情况|情形|条件)(?:下|之下)?"
    r"(?=[^，。？?]{0,20}(?:会|就|才|算|视为|可以|能|要|不予|被))"
)
_CONDITION_TOLD = re.compile(
    r"[\u4e00-\u9fff）)]的[，,](?!\s*$)[^。；;]{0,12}?"
    r"(?:视为|不予|不计入|予以|可以|应当|由|按照?|计入|纳入|取消|暂停|相应|报)"
)
# a numbered part of a notice (一、…, （二）…): its sentences are the notice's rules
_PART = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")

ASKS = {
    "condition": re.compile(r"^(?:情况|情形|条件|就算|算是)$"),
    "deadline": re.compile(r"^(?:多快|最迟|最晚|截止|之前|之内|以内|天内|天里)$"),
}


def asked(question: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The shapes a (normalised) question asks of a rule: a condition (什么情况下), a deadline
    asked by its bound alone (多快, 最晚 with no 哪天 or 多少天: no kind cues.py reads)."""
    out = [("condition", _CONDITION_TOLD)] if _CONDITION_ASKED.search(question) else []
    if _BOUND_ASKED.search(question):
        out.append(("deadline", _BOUND_TOLD))
    return tuple(out)


def binds(text: str) -> bool:
    """A bound the sentence binds (normalised text): a span or day before with an obligation, or
    a recurring day opening a clause."""
    return bool(_BOUND_TOLD.search(text)) and bool(_BINDS.search(text) or _RECURRING.search(text))


def _a_rule(cand) -> bool:
    """A rule's sentence (rule_shapes.is_rule) or one of a notice's numbered part, standing in a
    part of a structured document (an article, a numbered part): a story's or an entry's 必须
    binds nothing a policy question asks."""
    if not cand.hit.chunk.section:
        return False
    return is_rule(cand) or any(_PART.match(normalise(p)) for p in cand.hit.chunk.path())


def has(rx: re.Pattern, cand) -> bool:
    """The candidate is a rule (`_a_rule`) with the shape `rx` states (answer_shapes.has)."""
    text = normalise(cand.text)
    return bool(rx.search(text)) and (rx is not _BOUND_TOLD or binds(text)) and _a_rule(cand)


def states(question: str, cand) -> bool:
    """The question asks a bound (最晚, 多快, 几天之内) or a condition (什么情况下) and the candidate
    is a rule stating one."""
    q = normalise(question)
    text = normalise(cand.text)
    if _BOUND_ASKED.search(q) and binds(text):
        return _a_rule(cand)
    if _CONDITION_ASKED.search(q) and _CONDITION_TOLD.search(text):
        return _a_rule(cand)
    return False
