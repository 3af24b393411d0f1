"""A period inside another: 「2024年下半年签约了多少个」 answered by the count 截至12月底,
「第四季度的货运量」 by the whole year's. A period that does not start in January (下半年,
四季度, a single month) needs a figure-carrying sentence naming that same period, not one that
merely ends with the same month (constraints.py compares the last months only); a single month
is also told by a moment at its end (a stock 截至10月底 answers 「10月那会儿有几个」), and a
sentence that gives a year's figure with no month (「2024年，货运量达到871.9万吨」) tells the
whole year. The sentence naming the period must hold half the question's nouns: a 12月底 count
of signed projects is no 12月 figure of the port's freight. A year asked alone (「2025年市级财政
实际下达了多少」) is not told when every figure-carrying sentence about the question's subject is
of another year (2024's 全年下达 in a year-in-review dated January 2025), however many sentences
without that figure name the year asked (「2025年将推动……」). Chinese questions; used by shapes.py.
`tells_year`: which sentences tell an English question's whole year (evidence.prefer_period).
"""

from __future__ import annotations

import re

from knowledge.answering.checking import constraints, constraints_en, days
from knowledge.answering.checking.checks import asked_types
from knowledge.answering.checking.constraints import (
    BONUS,
    MONTH,
    PERIOD_SPANS,
    asked,
    carries,
    verdict,
)
from knowledge.answering.checking.focus import figure_in, question_nouns
from knowledge.answering.checking.surroundings import context
from knowledge.text.normalise import normalise
from knowledge.text.numbers import numeral

_SPAN_RX = re.compile(
    rf"(?P<named>{'|'.join(sorted(PERIOD_SPANS, key=len, reverse=True))})"
    rf"|(?<![\d.])(?P<a>{MONTH})\s*[—–\-~～至到]\s*(?P<b>{MONTH})\s*月(?![\d日号])"
    rf"|(?P<upto>截至|截止到?|到)?\s*(?:(?:19|20)\d{{2}}\s*年)?\s*(?<![\d.])(?P<m>{MONTH})\s*月份?"
    rf"(?P<end>底|末|中旬|下旬|上旬|初|中)?(?!\s*\d{{1,2}}\s*[日号])(?![一二三四五六七八九十]{{1,3}}\s*[日号])"
)
# a month that names the document, not the figure: 「2024年10月那篇报道说」
_ABOUT_DOC = re.compile(
    r"\s*(?:的)?\s*(?:那篇|这篇|那次|这次|那份|那场|那会儿?|报道|文章|稿子|新闻|发布会|会议|通知)"
)


def spans_in(text: str, question: bool = False) -> set[tuple[int, int]]:
    """The periods `text` names as (first month, last month): 下半年 (7, 12), 1—9月 (1, 9),
    12月 (12, 12); a moment (截至9月底, 6月中旬) as (0, month); a day (5月10日) is no period,
    nor, in a question, a month that names a document (10月那篇报道)."""
    text = normalise(text)
    out = set()
    for m in _SPAN_RX.finditer(text):
        if m["named"]:
            out.add(PERIOD_SPANS[m["named"]])
        elif m["a"]:
            out.add((numeral(m["a"]) or 0, numeral(m["b"]) or 0))
        elif not (question and _ABOUT_DOC.match(text, m.end())):
            n = numeral(m["m"]) or 0
            out.add((0, n) if m["upto"] or m["end"] else (n, n))
    return {s for s in out if 0 < s[1] and s[0] <= s[1]}


def _matches(want: tuple[int, int], found: set[tuple[int, int]]) -> bool:
    """A period asked is told by that period; a single month also by a moment at its end (a
    stock at 10月底 answers 「10月那会儿有几个」), a period of months only by itself."""
    return want in found or (want[0] == want[1] and (0, want[1]) in found)


def year_only(text: str) -> bool:
    """A year's figure with no month: 「2024年，货运量达到871.9万吨」 is the whole year's."""
    return bool(re.search(r"(?:19|20)\d{2}\s*年(?:全年|的|，|,)", text)) and not spans_in(text)


def tells_year(years: set[int], cand) -> bool:
    """Whether a sentence tells the whole of one of `years` (for "the whole of 2024" asked
    across languages): 全年, 1—12月 or "the full year" in it, or the year's figure with no
    month (`year_only`); a count at the year's end (截至12月底, 年底) or a December event does
    not, nor a sentence naming only other years."""
    text = normalise(cand.text)
    own = constraints.years_in(text)
    if years and own and not years & own:
        return False
    if _WHOLE.search(text) or (1, 12) in constraints_en.spans_in(text):
        return True
    return year_only(text) and bool(years & own)


_WHOLE = re.compile(r"全年|(?<![\d.])(?:1|一)\s*[—–\-~～至到]\s*(?:12|十二)\s*月(?!\s*\d)")


def period_missing(q: str, ev) -> str | None:
    if label := days.missing(q, ev):
        return label  # a day asked (截至2024年10月31日), `days.py`
    if not ({"number", "share"} & asked_types(q)):
        return None
    want = [s for s in spans_in(q, question=True) if s[0] > 1]  # else constraints.py decides
    if not want:
        return None
    kind = "share" if "share" in asked_types(q) else "number"
    carriers = [c for c in ev.chosen if figure_in(kind, c.text, q)]
    if not carriers:
        return None
    nouns = question_nouns(q, ev.result.tokens, ev.result.index)
    for c in carriers:
        text = context(c, ev.docs)[0]
        found = spans_in(text) or ({(1, 12)} if year_only(normalise(c.text)) else set())
        if any(_matches(w, found) for w in want) and _holds_half(normalise(c.text), nouns):
            return None
    return asked(q).label or "所问的时段"


EXCLUDE = 1.0  # taken from a figure for another date when one for the date asked is there


def rank_dated(q: str, cands: list, docs: dict, tokens: list[str], index) -> None:
    """A month or period asked with a figure (「截至2024年6月中旬累计签约了多少个」): when a
    figure-carrying sentence holding every noun of the question carries it — itself, the sentence
    before, or its report's date (「截至目前…17个」 in a report of 20 June 2024) — a figure
    for another month (「截至2024年12月底…38个」) cannot be the answer, however much better its
    passage ranks: it goes down by EXCLUDE; and a figure whose month is unknown, matched by its
    year alone, loses the bonus `constraints.prefer` gave it. Scores in place."""
    days.rank(q, cands, docs, tokens, index)  # a day asked (截至2024年6月20日)
    want = asked(q)
    kinds = {"number", "share"} & asked_types(q)
    if not want.months or not kinds:
        return
    kind = "share" if "share" in kinds else "number"
    figures = [c for c in cands if figure_in(kind, c.text, q)]
    nouns = question_nouns(q, tokens, index)
    met = {id(c) for c in figures if carries(want, c, docs)}
    held = [
        c for c in figures if id(c) in met and _holds_half(normalise(c.text), nouns, every=True)
    ]
    if not nouns or not held:
        return
    for c in figures:
        if (found := verdict(want, c, docs)) < 0:
            c.score -= EXCLUDE
        elif found > 0 and id(c) not in met:
            c.score -= BONUS


def year_missing(q: str, ev) -> str | None:
    """A year asked alone (no month, period or batch) that no figure-carrying sentence holding
    half the question's nouns carries, while one of them contradicts it: 2024年's 全年下达 (its
    year from the review's title) is no 2025 figure, whatever other sentences name 2025."""
    want = asked(q)
    if not want.years or want.months or want.ordinals or not ({"number"} & asked_types(q)):
        return None
    carriers = [c for c in ev.chosen if figure_in("number", c.text, q)]
    if not carriers:
        return None
    nouns = question_nouns(q, ev.result.tokens, ev.result.index)
    about = [c for c in carriers if _holds_half(normalise(c.text), nouns)]
    verdicts = [verdict(want, c, ev.docs) for c in about]
    return want.label if verdicts and max(verdicts) < 0 else None


def _holds_half(text: str, nouns: dict[str, list[str]], every: bool = False) -> bool:
    """`text` holds half the question's nouns or more (`every`: all of them): the figure for
    12月 is of what is asked (「截至12月底累计签约38个」 is no 12月 figure of the port's freight)."""
    held = [n for n, ts in nouns.items() if n in text or any(t in text for t in ts)]
    return len(held) == len(nouns) if every else 2 * len(held) >= len(nouns)


# a whole year said in words 「全年」 alone does not reach (constraints.py reads 全年, 年底)
_WHOLE_YEAR = re.compile(r"一整年|整一年|整年|全年度|一年下来|整个(?:19|20)\d{2}\s*年")


def whole_year_missing(q: str, ev) -> str | None:
    """A whole year asked (「2023年一整年…达到多少户」) where every figure-carrying sentence about
    the question's subject is dated by a part of it (截至10月底, 1—10月): a running total is no
    year's figure. A sentence with no month (「2024年，货运量…比2023年的628.4万吨」) or one
    reaching 12月 or 年底 tells the whole year; an undated one decides nothing."""
    if not ({"number", "share"} & asked_types(q)):
        return None
    if not _WHOLE_YEAR.search(q):
        return _part_told(q, ev)
    kind = "share" if "share" in asked_types(q) else "number"
    nouns = question_nouns(q, ev.result.tokens, ev.result.index)
    about = [
        c for c in ev.chosen if figure_in(kind, c.text, q) and _holds_half(normalise(c.text), nouns)
    ]
    for c in about:
        text = normalise(c.text)
        found = spans_in(text) or (
            {(1, 12)} if year_only(text) else spans_in(context(c, ev.docs)[0])
        )  # its own date first, then the sentence's before it
        if not found or any(end == 12 for _, end in found):
            return None
    return (asked(q).label or "所问年份") + "全年" if about else None


# a part of a year counted from January: 1—11月, 上半年, 前三季度, 一季度, 前5个月
_PART = re.compile(
    r"(?<![\d.])1\s*[—–\-~～至到]\s*(?:[1-9]|1[01])\s*月(?![\d日号])"
    r"|上半年|前三季度|[一1]季度|前\s*(?:[1-9]|1[01]|[一二三四五六七八九十]{1,2})\s*个月"
)
_PLANNED = re.compile(r"目标|计划|力争|预计|预期|将")
_MOMENT = re.compile(r"截至|截止|到.{0,8}[底末]|年底|年末|至今|目前|现在")


def _part_told(q: str, ev) -> str | None:
    """A year asked alone (「2024年合作区接待游客多少人次」, no month, period or moment) where
    every figure-carrying sentence about the question's subject counts a part of a year from
    January (1—11月, 上半年): a part is no year's figure. A stock at a moment (截至10月底) is left
    to the other rules, a sentence without a part decides nothing; a target and another year's
    figure are not read."""
    want = asked(q)
    if not want.years or want.months or want.ordinals or _MOMENT.search(q) or _PLANNED.search(q):
        return None  # a target asked is the plan gates' (「定了多少万吨的目标」)
    kind = "share" if "share" in asked_types(q) else "number"
    nouns = question_nouns(q, ev.result.tokens, ev.result.index)
    about = [
        normalise(c.text)
        for c in ev.chosen
        if figure_in(kind, c.text, q)
        and _holds_half(normalise(c.text), nouns)
        and not _PLANNED.search(c.text)  # a target is no year's figure either way
        and verdict(want, c, ev.docs) >= 0  # another year's figure: the scope gates' matter
    ]
    if not about or not all(_PART.search(t) and not _MOMENT.search(t) for t in about):
        return None
    return (want.label or "所问年份") + "全年"
