"""A batch or phase asked in English ("the third batch", "phase 2") with a figure or a date:
the figure's own sentence must name it, as `batches` holds it for a Chinese question, and must
name the kind of thing counted as the question qualifies it.

"When was the third batch of enclave projects certified?" was answered by 「下半年……同时推动第三批
飞地项目认定申报」 beside "23 enclave projects were certified in the first batch in December
2024": the English path read the third batch as asked (`constraints.asked`) but never held a
figure's sentence to it, so a neighbour naming the batch (or a plan for it) let any date pass.

So, when an English question asks a number, share or date ("when …" asks a date) together
with an ordinal, some chosen sentence carrying a figure of that kind (its ordinals blanked:
"second batch" is no count) must name the ordinal asked — an English sentence in itself ("the
first batch", "phase 2"); a Chinese one as the batch its figure belongs to: each clause carrying
a figure takes the ordinal named last before the figure in the sentence (「与首批以商贸物流为主
不同，第二批中新能源……共有6个」 counts the second batch, not the first), or the heading above it
when the sentence names none; an ordinal only as a plan's object (「推动第三批」) names nothing
unless a plan is asked (`batches.holds`' rule). The sentence naming the batch must also hold the
words that qualify the thing counted ("new-energy projects", "biomedicine projects": `focus`'s
words before the noun that the corpus uses): 「首批23个飞地项目」 is no count of the first batch's
new-energy projects. When carriers exist and none passes, `missing` returns the question's words
for the ordinal and decide.py abstains with the nearest evidence.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import batches, checks_en, constraints_en, portion_en
from knowledge.answering.checking.checks_en_focus import focus, holds, known
from knowledge.answering.checking.planned import planned_by
from knowledge.answering.checking.plans import asks_plan
from knowledge.text.normalise import language, normalise

_WHEN = re.compile(r"^\s*(?:and\s+)?when\b|\bby\s+when\b|\bon\s+what\s+date\b")
_CLAUSE = re.compile(r"(?<=[，,；;。：:！？])")
_DIGIT = re.compile(r"\d|[一二两三四五六七八九十百千万亿半](?=[个项家批成%％])")


def kinds_asked(question: str) -> set[str]:
    """The kinds of figure (number, share, date) an English question asks; "when" asks a date."""
    found = checks_en.asked_types(question) & {"number", "share", "date"}
    return found | ({"date"} if _WHEN.search(question.lower()) else set())


def carries(kinds: set[str], text: str, question: str) -> bool:
    """Whether a chosen sentence (English or Chinese) carries a figure of one of `kinds`."""
    if language(text) == "zh":
        return batches.carries_figure(kinds, text, question)
    t = constraints_en.without_ordinals(normalise(text).lower())
    return any(checks_en.has_kind(k, t, question) for k in kinds)


def figure_batches(kinds: set[str], text: str, question: str) -> list[tuple]:
    """(ordinal, span) for each clause of a Chinese sentence carrying a figure: the ordinal
    named last before the figure (None when the sentence names none before it: the heading
    above may) and the text from that ordinal's clause to the figure's clause's end, where the
    thing counted is told (「人才公寓一期300套」) (「第二批中新能源……共有6个」, not 「与首批以商贸物流为主不同」 before it)."""
    q, t = normalise(question), normalise(text)
    out, current, pos = [], None, 0
    for clause in _CLAUSE.split(t):
        named = [
            (pos + at, ordinal, pos)
            for at, ordinal in batches.named(clause)
            if not planned_by(clause, at) or asks_plan(q)
        ]
        if batches.carries_figure(kinds, clause, question):
            blanked = batches.without_ordinals(clause)
            at = pos + (m.start() if (m := _DIGIT.search(blanked)) else len(clause))
            before = [o for o in named if o[0] < at]
            own = before[-1] if before else current or (named[0] if named else None)
            start = own[2] if own and own[0] < at else pos  # the ordinal's clause on
            out.append((own[1] if own else None, t[start : pos + len(clause)]))
        if named:
            current = named[-1]
        pos += len(clause)
    return out


def batch_spans(ords: set, cand, kinds: set[str], question: str) -> list[str]:
    """The parts of a candidate that tell a figure of the batch asked: an English sentence
    naming it whole; a Chinese one's spans from the ordinal to the figure (or a figure's
    clause under a heading naming it)."""
    if language(cand.text) != "zh":
        text = normalise(cand.text).lower()
        return [text] if constraints_en.ordinals_in(text) & ords else []
    heads = batches.headings(cand)
    under = any(batches.names_ordinal(ords, h, question, heading=True) for h in heads)
    found = figure_batches(kinds, cand.text, question)
    return [span for own, span in found if own in ords or (own is None and under)]


def names_batch(ords: set, cand, kinds: set[str], question: str) -> bool:
    """Whether the candidate tells a figure of the batch asked."""
    return bool(batch_spans(ords, cand, kinds, question))


def qualifiers(question: str, ev) -> list[str]:
    """The words before the noun counted that the corpus uses ("new-energy", "biomedicine")."""
    result = getattr(ev, "result", None)
    df = result.index.df if result is not None else {}
    expansion = (result.expansion or {}) if result is not None else {}
    words = [w for _head, before, _after in focus(question) for w in before]
    return [w for w in dict.fromkeys(words) if known(w, df, expansion)]


def parts(question: str, ev) -> list[str]:
    """The words qualifying the noun counted said after it ("were trade and logistics ones",
    `portion_en.part_words`): held by a span of the batch asked, as a Chinese question's part
    (「第二批中商贸物流类有几个」) is held to the figure's clause."""
    result = getattr(ev, "result", None)
    if result is None:
        return []
    return portion_en.part_words(question, result.index.df, result.expansion or {})


def missing(question: str, ev) -> str | None:
    """The question's words for the ordinal asked ("the third batch") when figures of the kind
    asked are quoted and none of their sentences names it with the qualifiers asked; else None."""
    if not ev.chosen:
        return None
    q = normalise(question).lower()
    ords, kinds = constraints_en.ordinals_in(q), kinds_asked(question)
    result = getattr(ev, "result", None)
    if ords and not kinds and result is not None:  # "what number of … did the third batch include"
        kinds = (
            {"number"}
            if checks_en.measured_what(question, result.index.df, result.expansion or {})
            else set()
        )
    if not ords or not kinds:
        return None
    carriers = [c for c in ev.chosen if carries(kinds, c.text, question)]
    if not carriers:
        return None
    words, after = qualifiers(question, ev), parts(question, ev)
    expansion = getattr(getattr(ev, "result", None), "expansion", None) or {}
    spans = [s.lower() for c in carriers for s in batch_spans(ords, c, kinds, question)]
    if any(all(holds(w, s, expansion) for w in words) for s in spans) and (
        not after or any(all(holds(w, s, expansion) for w in after) for s in spans)
    ):
        return None
    return constraints_en.label(q) or "the batch asked"
