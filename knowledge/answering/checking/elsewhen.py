"""The thing measured is told only for another date or batch: Chinese questions.

A question asks a figure of one thing at one date (「2024年已投产的飞地项目实现了多少工业总
产值」); the documents give that thing's figure only for another date (今年上半年's 工业总产值
18.4亿元, in a report of July 2025) and, for the date asked, only a figure of something else
(2024年's 地方留成税收4200万元). Each check alone passes — a sentence of the year asked carries a
figure, a sentence carries the thing asked — but no one sentence tells both, so quoting the two
passes the other year's figure off as the answer.

So: when a question names a year, a month or a batch (`constraints.asked`) and asks a figure,
the thing it measures (`attributes.figure_attribute`: 工业总产值, 投资额, 游客) must be held by a
figure-carrying sentence (or what stands before it) that does not contradict the date or batch
asked, when a sentence of another date or batch holds it in its own words. When the thing is
held by no sentence at all, the question's words may be the asker's own: nothing is decided
here (`attributes.py` and `focus.py` read that case).

`missing` returns the question's words for its date or batch (2024年, 第二批), for
shapes.unmet; decide.py abstains with the nearest evidence, cited.
"""

from __future__ import annotations

from knowledge.answering.checking.attributes import figure_attribute
from knowledge.answering.checking.checks import asked_types
from knowledge.answering.checking.constraints import asked, verdict
from knowledge.answering.checking.focus import figure_in
from knowledge.answering.core.support import context_of
from knowledge.text.normalise import normalise


def _holds(words: list[str], text: str) -> bool:
    return all(w in text for w in words)


def missing(q: str, ev) -> str | None:
    """The question's date or batch (its own words) when the thing it measures is told only by
    sentences of another date or batch, else None."""
    want = asked(q)
    if not (want.years or want.months or want.ordinals) or "number" not in asked_types(q):
        return None
    words = figure_attribute(q)
    if not words or not all(ev.result.index.df.get(w, 0) for w in words):
        return None  # the asker's own words: no sentence need hold them
    told_else = False
    for c in ev.chosen:
        if not figure_in("number", c.text, q):
            continue
        if verdict(want, c, ev.docs) < 0:
            told_else |= _holds(words, normalise(c.text))
        elif _holds(words, normalise(c.text) + "\n" + context_of(c, ev.docs, following=False)):
            return None  # a sentence of the date asked tells the thing
    return want.label or None if told_else else None
