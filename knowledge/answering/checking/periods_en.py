"""The period an English question asks a figure for, held to the quoted figure's own date as
`periods.py` holds a Chinese one's: "the second half of 2024" is not told by a count 截至12月底
nor by "23 projects were certified in December 2024"; "March 2025 alone" not by "the first
quarter of 2025"; "the whole of 2024" not by one month of it; "the first quarter of 2025" by a
stock at the end of March only when that sentence speaks of what is asked (the projects signed
by the end of March are no industrial output).

A sentence's own period is read from itself (Chinese or English); only a sentence naming none
(「其中已开工项目11个」) borrows the period of the sentence before it or of its chunk's title. A
sentence giving a year's figure with no month (「2024年，货运量达到871.9万吨」, "In 2024, …")
tells the whole year. The period must be held by a figure-carrying sentence that also holds
the thing asked about, itself or around it (`checks_en_focus`; a quantity by its measure word,
`quantities_en`: 871.9万吨 for "tonnes of freight"), and is of the year asked."""

from __future__ import annotations

import re

from knowledge.answering.checking import (
    constraints,
    constraints_en,
    people_en,
    periods,
    quantities_en,
)
from knowledge.answering.checking.checks_en import asked_types, carries_figure
from knowledge.answering.checking.checks_en_focus import asked_about, focus
from knowledge.answering.checking.surroundings import context
from knowledge.answering.core.support import context_of
from knowledge.text.normalise import normalise

_LATIN = re.compile(r"[a-z]{3}")
_DEADLINE = re.compile(r"(?:年底|年末|月底)前|\bbefore\s+the\s+end\s+of\b")


def spans(text: str) -> set[tuple[int, int]]:
    """The periods a (normalised) Chinese or English text names, as (first, last month)."""
    return periods.spans_in(text) | constraints_en.spans_in(text)


def told(want: tuple[int, int], found: set[tuple[int, int]]) -> bool:
    """A period asked is told by that period; a single month also by a moment at its end; a
    period from January (the first half, the whole year) also by a moment at its end (a stock
    截至6月底); a moment by any period or moment ending with its month."""
    first, last = want
    if first == 0:  # a stock at the end of april: not the count of april alone
        return any(f[1] == last and f != (last, last) for f in found)
    if first == 1:
        return want in found or (0, last) in found
    return want in found or (first == last and (0, last) in found)


def own_spans(cand, docs) -> tuple[set[tuple[int, int]], str]:
    """The periods a candidate sentence's figure is of, with the text they are read from: its
    own, else (naming none, and no year's figure either) those of the sentence before it and
    its chunk title. A deadline (「预计年底前陆续交付」) is no period of the figure."""
    own = _DEADLINE.sub(" ", normalise(cand.text))
    found = spans(own)
    if found:
        return found, own
    if periods.year_only(own) or (_LATIN.search(own) and constraints.years_in(own)):
        return {(1, 12)}, own
    text = context(cand, docs)[0]
    return spans(_DEADLINE.sub(" ", text)), text


def span_missing(question: str, ev) -> str | None:
    """The question's words for a period (or moment) it asks a figure for that no quoted
    figure-carrying sentence about the thing asked is of; None when one is."""
    kinds = asked_types(question)
    if not ({"number", "share"} & kinds) or {"date", "person"} & kinds or not ev.chosen:
        return None
    want = constraints_en.spans_in(normalise(question), question=True)
    carriers = [c for c in ev.chosen if carries_figure(c.text, question)]
    if not want or not carriers:
        return None
    asked = constraints.asked(question)
    heads = focus(question)
    df, expansion = ev.result.index.df, ev.result.expansion or {}
    for c in carriers:
        found, text = own_spans(c, ev.docs)
        years = constraints.years_in(text) or constraints.years_in(normalise(c.text))
        if asked.years and years and not asked.years & years:
            continue  # another year's figure
        if any(told(w, found) or _dated(w, c, ev.docs, text) for w in want) and all(
            asked_about(h, b, a, text, df, expansion, False)
            or _quantity(h, b, a, question, c, ev.docs, df, expansion)
            for h, b, a in heads
        ):
            return None
    return asked.label or "the period asked"


def _quantity(head, before, after, question, cand, docs, df, expansion) -> bool:
    """A quantity asked (tonnes of freight) told by the sentence's measure word, as
    `checks_en.lacking` reads it (`quantities_en`), or people counted by a noun the kept table
    binds (`people_en`: 实有人口 for residents): the sentence speaks of what is asked."""
    around, text = context_of(cand, docs), normalise(cand.text)
    return quantities_en.told(
        head, before, after, question, text, around, df, expansion
    ) or people_en.told(head, before, question, text, around, expansion)


def _dated(want: tuple[int, int], cand, docs, text: str) -> bool:
    """A single month asked (october 2024) is also told by a sentence of a document of that
    month naming no period itself (「在建面积8.6万平方米」 in a report of 15 October 2024): a
    state at the time of the report; a moment (the end of april) is not."""
    first, last = want
    if not first or first != last or spans(_DEADLINE.sub(" ", normalise(cand.text))):
        return False
    date = context(cand, docs)[1]
    return bool(date) and last in constraints.months_in(
        date.split("年", 1)[1].split("月")[0] + "月"
    )
