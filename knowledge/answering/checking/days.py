"""A day asked: 「截至2024年6月20日，累计签约了多少个项目」 is told by a figure of that day — a
stock 截至目前 in a report of 20 June 2024, a stock at the month's end for the month's last day
(截至2024年9月底 for 9月30日, 截至年底 for 12月31日), a period ending that day (1—9月, 上半年, a
year's figure for 12月31日), or a sentence naming the day itself (「12月20日，首批23个…公示期满」)
—, not by the year's other figures, which `constraints.py` reads by year alone (its months drop
a month followed by a day). A figure dated to another day or month cannot answer; a stock asked
at a day (截至…, …为止) no figure-carrying sentence about the question's subject is dated to is
not answered (the documents' nearest dated figures are quoted instead). Chinese questions; the
dates are read with `text/dates.py`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from knowledge.answering.checking.checks import asked_types
from knowledge.answering.checking.checks import dated as has_date
from knowledge.answering.checking.constraints import (
    BONUS,
    MONTH,
    months_in,
    said_years,
    years_in,
)
from knowledge.answering.checking.focus import figure_in, question_nouns
from knowledge.answering.checking.surroundings import context
from knowledge.answering.core.support import doc_date, neighbours
from knowledge.text.dates import find_dates
from knowledge.text.normalise import normalise
from knowledge.text.numbers import numeral

# a stock asked at a day: 截至2024年6月20日, 到2024年6月20日为止
_UPTO = re.compile(r"(?:截至|截止到?|到|至)\s*$")
_UNTIL = re.compile(r"\s*(?:为止|止)")
# a date that names the document, not the figure: 「2024年6月20日那篇报道」
_ABOUT_DOC = re.compile(
    r"\s*(?:的)?\s*(?:那篇|这篇|那份|这份|报道|文章|稿子|新闻|通知|发布会上?说)"
)
# a month and day without a year (12月20日), the year read from the sentence's context
_MONTH_DAY = re.compile(
    rf"(?<![\d.年])({MONTH})\s*月\s*(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[日号]"
)
# a part of a month is no day: 6月中旬, 10月初
_PART = re.compile(rf"(?<![\d.]){MONTH}\s*月份?\s*(?:上旬|中旬|下旬|初|中)")
_YEAR_FIGURE = re.compile(r"((?:19|20)\d{2})\s*年(?:全年|的|，|,)")
_NOW = re.compile(r"截[至止]目前|目前|至今|迄今|现已")
# a time limit counted from an event is no day: 签约后30日内, 自受理申报之日起15个工作日内,
# 自发布之日起两年, 期满前 — a day of the month before 内 (每月10日前) stays one
_SPAN = r"(?:\d{1,3}|[一二两三四五六七八九十百]{1,3})\s*(?:个)?(?:工作日|日|天|周|星期|月|年)"
_LIMIT = re.compile(
    rf"(?:之日|以后|之后|后|起)\s*(?:起)?\s*[^，,。；;]{{0,4}}?{_SPAN}(?:内|以内|之内|期满|届满)?"
    rf"|(?<![月\d]){_SPAN}\s*(?:内|以内|之内)"
)
# a dateline quoted with the evidence dates its report, not what is asked
_DATELINE = re.compile(r"来源\s*[:：]|^\s*(?:发布时间|发布日期|更新日期)")
# the day a limit is counted from, asked: 「这个时限从哪天起算」 is answered by 「自签订之日起」
_FROM_WHEN = re.compile(r"起算|算起|开始算|开始计算?|起计")
EXCLUDE = 1.0  # taken from a figure of another day when one of the day asked is there


@dataclass(frozen=True)
class Day:
    """A calendar day a question asks about, in its own words, and whether it asks a stock
    (截至…, …为止) or an event (「2024年6月18日签约现场」)."""

    iso: str
    label: str
    stock: bool


def asked_day(question: str) -> Day | None:
    """The first calendar day a Chinese question names (not a document's date: 「6月20日那篇报道」)."""
    q = normalise(question)
    for start, end, iso in find_dates(q):
        if _ABOUT_DOC.match(q, end):
            continue
        stock = bool(_UPTO.search(q[max(0, start - 4) : start]) or _UNTIL.match(q, end))
        return Day(iso, q[start:end].strip(), stock)
    return None


def _month_end(year: int, month: int) -> str:
    return date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _years(sentence: str, around: list[str], doc_iso: str | None, zh: str) -> set[int]:
    """The years a sentence's month or day is of: its own, 去年/今年 by its report's date, its
    context's (the sentence before, chunk title, passage), else its report's."""
    found = years_in(normalise(sentence)) or said_years(sentence, zh)
    for text in around:
        found = found or years_in(normalise(text))
    return found or ({int(doc_iso[:4])} if doc_iso and doc_iso[:4].isdigit() else set())


def dated(text: str, years: set[int]) -> set[str]:
    """The days (ISO) a figure in `text` is of, `years` those of a month or day written
    without one: a day written (2024年12月20日, 12月20日), the last day of a month or period it
    ends at (9月底, 1—9月, 上半年, 年底), the last day of a year whose figure it gives with no
    month (「2024年，货运量达到871.9万吨」)."""
    text = normalise(text)
    out = {iso for _, _, iso in find_dates(text)}
    for m in _MONTH_DAY.finditer(text):
        month, day = numeral(m[1]) or 0, numeral(m[2]) or 0
        out |= {d for y in years if (d := _day(y, month, day))}
    bare = _MONTH_DAY.sub(" ", _PART.sub(" ", text))
    months = months_in(bare)
    out |= {_month_end(y, m) for y in years for m in months if 1 <= m <= 12}
    if not months and not out:
        out |= {f"{y}-12-31" for y in map(int, _YEAR_FIGURE.findall(text))}
    return out


def days_of(cand, docs: dict) -> set[str]:
    """The days a candidate's figure is of: read in the sentence; a sentence telling how things
    stand as written (截至目前) and dating nothing itself is of its report's day; else read in
    the sentence before, else in its chunk title."""
    chunk = cand.hit.chunk
    doc_iso = doc_date(docs.get(chunk.doc_id))
    ctx, zh = context(cand, docs)
    prev, _ = neighbours(chunk.text, cand.local)
    prev = prev if prev and normalise(prev) in ctx else ""  # not a dateline
    years = _years(cand.text, [prev, chunk.title, chunk.text], doc_iso, zh)
    if found := dated(cand.text, years):
        return found
    if _NOW.search(normalise(cand.text)):
        return {doc_iso} if doc_iso else set()
    return dated(prev, years) or dated(chunk.title, years)


def verdict(day: Day, cand, docs: dict) -> int:
    """+1 when the candidate's figure is of the day asked, -1 when it is of another day, 0 when
    it is dated to no day."""
    found = days_of(cand, docs)
    return 0 if not found else (1 if day.iso in found else -1)


def _about(q: str, tokens: list[str], index, texts: list[str], every: bool) -> list[bool]:
    nouns = question_nouns(q, tokens, index)
    out = []
    for text in texts:
        held = [n for n, ts in nouns.items() if n in text or any(t in text for t in ts)]
        out.append(
            bool(nouns) and (len(held) == len(nouns) if every else 2 * len(held) >= len(nouns))
        )
    return out


def _kind(q: str) -> str | None:
    kinds = {"number", "share"} & asked_types(q)
    return ("share" if "share" in kinds else "number") if kinds else None


def rank(q: str, cands: list, docs: dict, tokens: list[str], index) -> None:
    """A day asked with a figure: when a figure-carrying sentence holding every noun of the
    question is of that day, a figure of another day goes down by EXCLUDE (the year-end review's
    截至12月底 outranks a June report's 截至目前 by its passage alone) and one of the day asked
    up by BONUS; with none of the stock's day asked, the nearest dated ones go up (`_nearest`).
    Scores in place."""
    day, kind = asked_day(q), _kind(q)
    if not day or not kind:
        return
    figures = [c for c in cands if figure_in(kind, c.text, q)]
    found = [days_of(c, docs) for c in figures]
    held = _about(q, tokens, index, [normalise(c.text) for c in figures], every=True)
    if not any(day.iso in f and h for f, h in zip(found, held)):
        if day.stock:
            _nearest(day, [(c, f) for c, f, h in zip(figures, found, held) if h and f])
        return
    for c, f in zip(figures, found):
        c.score += (BONUS if day.iso in f else -EXCLUDE) if f else 0.0


def _nearest(day: Day, dated_figures: list[tuple[object, set[str]]]) -> None:
    """No figure of the stock's day asked: the ones dated nearest to it go up by EXCLUDE, to be
    quoted first as the nearest evidence (截至6月20日's 17个 for 6月30日, not 12月底's 38个)."""
    asked = date.fromisoformat(day.iso)

    def gap(days: set[str]) -> int:
        return min(abs((date.fromisoformat(d) - asked).days) for d in days)

    if dated_figures:
        least = min(gap(f) for _, f in dated_figures)
        for c, f in dated_figures:
            c.score += EXCLUDE if gap(f) == least else 0.0


def missing(q: str, ev) -> str | None:
    """`missing_day`, or "date" when a day asked is told only as a time limit (`limit_only`)."""
    return "date" if limit_only(q, ev) else missing_day(q, ev)


def missing_day(q: str, ev) -> str | None:
    """The day asked (in the question's words), when no quoted figure-carrying sentence about
    the question's subject is of it: for a stock (截至2024年10月31日) whenever none is; for an
    event's figure (「2024年5月10日的会议上签了多少个」) when every one is of another day."""
    day, kind = asked_day(q), _kind(q)
    if not day or not kind:
        return None
    carriers = [c for c in ev.chosen if figure_in(kind, c.text, q)]
    about = _about(
        q, ev.result.tokens, ev.result.index, [normalise(c.text) for c in carriers], False
    )
    verdicts = [verdict(day, c, ev.docs) for c, a in zip(carriers, about) if a]
    if not verdicts or max(verdicts) > 0:
        return None
    return day.label if day.stock or max(verdicts) < 0 else None


def limit_only(q: str, ev) -> bool:
    """A calendar day or year asked (哪一天, 几号, 哪一年) that the quoted sentences tell only as
    a time limit counted from an event (「签约后12个月内」「自受理申报之日起15个工作日内」): a
    limit is no moment. A question asking where a limit is counted from (起算) is not asked so."""
    if "date" not in asked_types(q) or _FROM_WHEN.search(q) or not ev.chosen:
        return False
    texts = [t for c in ev.chosen if not _DATELINE.search(t := normalise(c.text))]
    return any(_LIMIT.search(t) for t in texts) and not any(
        has_date(_LIMIT.sub(" ", t)) for t in texts
    )
