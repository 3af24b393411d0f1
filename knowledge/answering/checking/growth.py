"""A rate of change asked for a time, and no quoted sentence tells one for that time (decide's
gate "growth"), Chinese and English questions alike.

「2023年1—10月磨憨口岸货运量同比增长多少」: the 2023 report gives the level (「货运量达512.6万吨」)
and no rate; near it stand the rates of other times (「2024年1—9月……同比增长41.3%」, and 2024's
「比2023年的628.4万吨增长38.8%」, whose 2023 is only the base). The period gate passes it, since a
figure-carrying sentence names 2023年1—10月, and the answer offers another period's rate. So a
rate or change asked without a measure (同比增长多少, 增长了百分之几, 增速, 增幅, "by what
percentage", "year-on-year growth") with a year or period needs a quoted sentence that tells a
change (a percentage, 个百分点, 翻番, 一倍 after a verb of change) and carries that year and
period itself — the year read with the comparison's base (比2023年的…, 较上年) taken out —, its
sentence before, its passage or its document's date; a Chinese question's rate must be told in
a clause naming the thing asked (the last noun before the words of change), and a rate asked on
the year before (同比) is not told against another base (比托管前增长近一倍). A change asked in a measure (增加了多少万吨)
is amounts.change_unmet's; a change against a named base, baselines'.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import constraints, surroundings
from knowledge.answering.checking.focus import question_nouns
from knowledge.answering.core.support import now_month
from knowledge.text.normalise import normalise

_VERB = r"(?:增长|增加|增多|下降|减少|提高|上升|回落|下滑|降低|扩大)"
# a rate or change asked with no measure after it (多少万吨 is a measure: amounts.py)
_ASKED_ZH = re.compile(
    rf"{_VERB}了?(?:百分之几|几个百分点|多少个百分点|几成|多少(?![万亿]?[\u4e00-\u9fff]))"
    rf"|同比{_VERB}?了?(?:多少|几)|增速|增幅|增长率|增长幅度|涨幅|降幅"
)
_ASKED_EN = re.compile(
    r"\b(?:by\s+)?what\s+percentage\b|\bgrowth\s+(?:rate|of)\b|\byear[- ]on[- ]year\b"
    r"|\bhow\s+much\s+did\b[^?]*\b(?:grow|rise|increase|fall|drop|decline)\b"
    r"|\bby\s+how\s+much\b",
    re.I,
)
# a change told: a verb of change (or 同比) before a percentage, points, 一倍 or 翻番
_TOLD = re.compile(
    rf"(?:{_VERB}|同比|环比)了?\s*(?:近|约|超过|逾|达)?\s*(?:\d[\d.]*\s*(?:[%％]|个百分点)"
    r"|百分之[\d一二三四五六七八九十点.]+|[一两二三]倍|一番)|翻了?[一两]?番"
    r"|(?i:\b(?:up|down|grew|rose|fell|increased|decreased|growth\s+of|increase\s+of)\b"
    r"[^.;]{0,20}?\d[\d.]*\s*(?:%|per\s*cent))"
)
# the base of a comparison, which names the year compared with, not the figure's own
_BASE = re.compile(
    r"(?:比|较|与|同)\s*(?:(?:19|20)\d{2}\s*年|上年|去年|上一年)[^，,。；;]{0,12}?(?=(?:相比)?\s*"
    + _VERB
    + r"|相比)"
)


def asked(question: str) -> bool:
    """Whether the question asks a rate or change with no measure (百分之几, 同比增长多少)."""
    q = normalise(question)
    return bool(_ASKED_ZH.search(q) or _ASKED_EN.search(q))


def tells(text: str) -> bool:
    """Whether a sentence tells a rate of change (同比增长41.3%, 增长近一倍, up 12%)."""
    return bool(_TOLD.search(normalise(text)))


def missing(question: str, ev) -> str | None:
    """What is missing (the asked time in the question's words, or 'compare' for no rate at
    all) when a rate is asked for a year or period and no quoted sentence telling a rate
    carries it; None when the check passes or does not apply."""
    if not asked(question) or not ev.chosen:
        return None
    want = constraints.asked(question)
    if not (want.years or want.months):
        return None
    tellers = [c for c in ev.chosen if tells(c.text)]
    # a rate of the thing asked: 签约项目's (market entities'), not 货运量's
    of_thing = _of_thing if ev.lang == "zh" else _of_thing_en
    tellers = [c for c in tellers if of_thing(question, c.text, ev)]
    if not tellers:
        return "compare"
    if any(_of_time(want, c, ev.docs) for c in tellers):
        return None
    return want.label or "compare"


def _of_time(want, cand, docs) -> bool:
    """The rate's sentence is of the year and period asked: its own years with the base taken
    out (else its passage's or its document's), and its months, or its report's month."""
    text, date = surroundings.context(cand, docs)
    own = _BASE.sub("", text)
    if want.years:
        years = constraints.years_in(own) or constraints.said_years(cand.text, date)
        years = years or constraints.years_in(f"{cand.hit.chunk.text}\n{date}")
        if years and not want.years & years:
            return False
    if want.months:
        found = constraints.months_in(own)
        if found:
            return bool(want.months & found)
        if "全年" in want.label and want.years & constraints.years_in(_BASE.sub("", cand.text)):
            return True  # 「2024年，货运量……增长38.8%」 is the whole year's rate
        return bool(want.months & now_month(cand.text, date, want.label))
    return True


def _of_thing(question: str, text: str, ev) -> bool:
    """A clause of `text` tells a rate and names the thing the rate is asked of (the last noun
    the corpus knows before the question's words of change), or the question names none."""
    q = normalise(question)
    m = _ASKED_ZH.search(q)
    nouns = question_nouns(q[: m.start()], ev.result.tokens, ev.result.index) if m else {}
    if not nouns:
        return True
    head, terms = list(nouns.items())[-1]
    yearly = bool(_YOY.search(q))
    return any(
        tells(clause)
        and (head in clause or any(t in clause for t in terms))
        and not (yearly and _other_base(clause))
        for clause in re.split(r"[。；;]", normalise(text))
    )


# a change asked on the year before (同比, 比上年, 较去年同期), and a base told of another kind
_YOY = re.compile(r"同比|(?:比|较|与)(?:上年|去年|上一年)")
_TOLD_BASE = re.compile(
    rf"(?<![同环])(?:比|较)(?![例重率较])\s*([^，,。；;]{{1,10}}?)\s*(?:{_VERB}|翻)"
)
_YEARLY_BASE = re.compile(r"(?:19|20)\d{2}\s*年|上年|去年|上一年|同期")


def _other_base(clause: str) -> bool:
    """Every comparison the clause makes is against a base other than a year (比托管前, 比5月份):
    no 同比 in it, and each 比… names no year."""
    if "同比" in clause:
        return False
    bases = [m.group(1) for m in _TOLD_BASE.finditer(clause)]
    return bool(bases) and not any(_YEARLY_BASE.search(b) for b in bases)


# an English question's thing: the words between its auxiliary and its verb of change
# ("did the number of market entities grow"), or after "growth (rate) of"
_THING_EN = re.compile(
    r"\b(?:did|was|were|has|have|had|is|are)\s+(?P<a>.+?)\s+(?:grow|grew|rise|rose|increase|"
    r"fall|fell|drop|decline|change|go\s+up|expand)\b"
    r"|\b(?:growth|increase|rise|change)(?:\s+rate)?\s+(?:of|in)\s+(?P<b>.+?)"
    r"(?=\s+(?:in|during|for|over|between|from|by|year)\b|\?|$)",
    re.I,
)
_GENERIC_EN = frozenset(
    "the a an of number amount total volume level figure percentage rate growth year its "
    "mohan port zone park cooperation".split()
)


def _of_thing_en(question: str, text: str, ev) -> bool:
    """An English question's thing (its words' Chinese terms, or the words themselves) is
    named in a clause of `text` telling a rate; true when the thing has no known terms."""
    m = _THING_EN.search(question)
    words = re.findall(r"[a-z]+", (m["a"] or m["b"]).lower()) if m else []
    words = [w for w in words if w not in _GENERIC_EN]
    expansion = ev.result.expansion or {}
    known = [(w, expansion.get(w) or []) for w in words]
    if not any(terms for _, terms in known):
        return True
    norm = normalise(text)
    return any(
        tells(clause)
        and any(w in clause.lower() or any(t in clause for t in terms) for w, terms in known)
        for clause in re.split(r"[。；;]|(?<=[.;])\s", norm)
    )
