"""A figure asked of a named local unit in an English question: a village, district, county,
town, school or hospital the documents name ("How many tourists did Mozhan village receive?").

The documents tell many figures for the cooperation zone as a whole (游客86.5万人次, 人均可支配
收入1.86万元, 帮扶资金6800万元) in a text that also names its villages (尚冈村, 磨站村) in other
sentences. Retrieval finds the zone's figure through the village's name nearby, and the English
checks, reading the thing asked (tourists, income), find it there. But a figure of the zone is
not one of the village. So, when an English question asks a number or a share and names a unit
by a proper name before its kind ("Shanggang village", "Guandu District", "Mohan Experimental
School"), some quoted sentence carrying a figure of the kind asked must hold each word of that
name the corpus uses (its Chinese terms: 尚冈, 官渡), in itself or in the sentence before it in
its chunk (「今次項目由呈貢區引進…」 then 「根據協議，基地…設冷庫庫容3.5萬噸」); else the
documents lack the figure and decide.py abstains with the nearest evidence.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import checks_en
from knowledge.answering.checking.checks_en_focus import holds, known, terms
from knowledge.answering.checking.focus import figure_text
from knowledge.answering.core.support import neighbours
from knowledge.text.normalise import normalise

_KINDS = r"villages?|townships?|towns?|districts?|count(?:y|ies)|schools?|hospitals?"
# a proper name (one or more capitalised words) right before the unit's kind
_UNIT = re.compile(rf"\b((?:[A-Z][a-z]+[ -]){{1,3}})(?i:{_KINDS})\b")


def named_units(question: str) -> list[list[str]]:
    """The names of the local units a number or share question asks about, word by word
    ([["shanggang"]] for "… in Shanggang village?"); [] when none or no figure is asked."""
    if not {"number", "share"} & checks_en.asked_types(question):
        return []
    start = len(question) - len(question.lstrip())
    names = []
    for m in _UNIT.finditer(question):
        if m.start() == start:
            continue  # the question's first word is capitalised for the sentence
        names.append([w.lower() for w in re.split(r"[ -]+", m.group(1).strip())])
    return names


def sentence_before(cand) -> str:
    """The sentence before a quoted sentence in its chunk ("" at the chunk's start)."""
    hit = getattr(cand, "hit", None)
    if hit is None:
        return ""
    return neighbours(hit.chunk.text, cand.local)[0]


def figure_in_digits(text: str, question: str) -> bool:
    """A figure in digits the question did not say (a list of places, 「尚冈村、磨站村、…」, is
    the count `carries_figure` reads in it, but it tells no village's figure)."""
    return checks_en.carries_figure(text, question) and bool(
        re.search(r"\d", figure_text(text, question))
    )


def missing(question: str, ev) -> str | None:
    """The name asked ("Mozhan village") when no quoted sentence carrying a figure of the kind
    asked holds it, itself or in the sentence before; else None."""
    names = named_units(question)
    if not names or not ev.chosen:
        return None
    expansion = ev.result.expansion or {}
    df = ev.result.index.df
    carriers = [c for c in ev.chosen if figure_in_digits(c.text, question)]
    if not carriers:
        return None
    for name in names:
        words = [w for w in name if known(w, df, expansion) or terms(w, expansion)]
        if not words:
            continue  # a name the corpus never uses is checks_en_names' to refuse
        for c in carriers:
            where = normalise(sentence_before(c) + c.text).lower()
            if all(holds(w, where, expansion) for w in words):
                break
        else:
            return " ".join(name)
    return None
