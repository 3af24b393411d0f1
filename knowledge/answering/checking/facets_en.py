"""The facet a figure is asked of in an English question (land, rent, tax, wage, investment,
output …), and whether a quoted figure is of that facet.

"How much did the Hong Kong company pay for the land of its cold-chain base?" is answered, near
the question, by the same company's 總投資6.8億元: a sum of the same subject, but its
investment, not its land price. "What monthly wage do the technicians earn?" by the rent of
their apartments. The noun asked about (`checks_en_focus.focus`: company, technicians) is held
there; the facet — what the sum measures — is not. So when an English question asking a number
names a facet, some quoted sentence carrying a figure (of the year or period asked) must hold
every facet named, in itself (sum words side by side are one facet, told by either: tax revenue
by 税收), through the word's CC-CEDICT terms (税收 and 税 for tax, 租金 for
rent, 薪 for salary, 产值 for output, 投资 for investment), or for a sum facet a single
character glossed by the word that its terms share (税, 租, 薪). Land is a facet only beside a
sum asked (land price, pay for the land): "how much land was supplied" asks an area, which the
other checks read. The rule leaves alone a question with no figure-carrying sentence quoted.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import checks_en, constraints
from knowledge.answering.checking.checks_en_focus import holds, terms
from knowledge.text.crosslingual import characters, word_forms
from knowledge.text.normalise import normalise

# what a sum measures; a figure of one is not a figure of another
SUMS = (
    "rent", "tax", "salary", "wage", "investment", "price", "fee", "funding", "subsidy",
    "reward", "income", "revenue", "output", "deposit",
)  # fmt: skip
# a thing paid for: a facet only beside a sum asked
_THINGS = ("land",)
_PAID = re.compile(r"\b(?:pay|paid|pays|spend|spent|spends|charge|charged|charges)\b")
_WORD = re.compile(r"[a-z]+")
_COUNT = re.compile(r"\bhow\s+many\b")


def _singular(word: str) -> str:
    """The facet a word names in any of its forms (taxes, subsidies, wages), else the word."""
    return next((f for f in word_forms(word) if f in SUMS or f in _THINGS), word)


def asked(question: str) -> list[tuple[str, ...]]:
    """The facets an English figure question names, each a run of sum words side by side (tax
    revenue: one facet, told by either word, as 税收 tells both) or a thing paid for; [] when
    it asks no figure of a facet."""
    kinds = checks_en.asked_types(question)
    if "number" not in kinds or kinds & {"date", "person", "share"}:
        return []
    q = question.lower()
    if _COUNT.search(q):  # a count is of things, not of a sum's facet
        return []
    runs: list[list[str]] = []
    last = -2
    for i, word in enumerate(_singular(w) for w in _WORD.findall(q)):
        if word in SUMS and last == i - 1 and runs and runs[-1][-1] in SUMS:
            runs[-1].append(word)
        elif word in SUMS or word in _THINGS:
            runs.append([word])
        else:
            continue
        last = i
    facets = list(dict.fromkeys(tuple(r) for r in runs))
    if not any(r[0] in SUMS for r in facets) and not _PAID.search(q):
        return []
    return facets


def held(facet: str, text: str, expansion: dict[str, list[str]] | None = None) -> bool:
    """Whether a (normalised) sentence holds the facet, in English or through its Chinese
    terms; for a sum, also a single character glossed by it that its terms share."""
    forms = (facet, facet + "s", facet[:-1] + "ies" if facet.endswith("y") else facet + "es")
    if any(holds(f, text, expansion) for f in forms):
        return True
    return any(t in text for t in facet_terms(facet, expansion))


def facet_terms(facet: str, expansion: dict[str, list[str]] | None = None) -> list[str]:
    """The Chinese terms of a facet word in any of its forms, longest first; for a sum, also
    the single characters glossed by it that its terms share (税 for tax, 租 for rent)."""
    forms = (facet, facet + "s", facet[:-1] + "ies" if facet.endswith("y") else facet + "es")
    found = list(dict.fromkeys(t for f in forms for t in terms(f, expansion)))
    if facet in SUMS:
        found += [ch for f in forms for ch in characters(f) if any(ch in t for t in found)]
    return sorted(dict.fromkeys(found), key=len, reverse=True)


def missing(question: str, ev) -> str | None:
    """ "number" when the question names facets and figure-carrying sentences are quoted, none
    of them holding every facet; else None."""
    facets = asked(question)
    if not facets or not ev.chosen:
        return None
    want = constraints.asked(question)
    carrying = [
        c
        for c in ev.chosen
        if checks_en.carries_figure(c.text, question) and constraints.verdict(want, c, ev.docs) >= 0
    ]
    if not carrying:
        return None
    expansion = ev.result.expansion or {}
    for c in carrying:
        text = normalise(c.text)
        if all(any(held(f, text, expansion) for f in run) for run in facets):
            return None
    return "number"
