"""An English figure question whose thing asked is a quantity — "how many tonnes", "how much
money", "what area" — and the quoted Chinese figure that tells it by its measure word: 871.9万吨
is tonnes, 6.8亿元 money, 500亩 an area, though no word of the sentence translates tonnes or
money (CC-CEDICT glosses 吨 "ton", and 资金 "funds"), so `checks_en_focus` finds no head.

The quantity a head noun names is read from the project's one table of measure words
(`text/units.py`): a unit named in English (tonnes -> 吨, mu -> 亩) or a class of amounts named by
its own word (money -> 元, area -> 平方米 and 亩, weight -> 吨). A figure in such a measure word
tells the thing asked only in a clause that also names what it is of: a word the question names
with the head ("tonnes of imports", "area of building land") as a term glossed by that word alone
— 进口, not 进出口 ("import export"): 「进出口货运量871.9万吨」 tells no imports —, or, when the
question names none with the head, one of its other words, every one of them standing in the
sentence or around it: 「投入帮扶资金6800万元」 tells no money spent on village roads.
"""

from __future__ import annotations

import re

from knowledge.answering.checking.checks_en_focus import holds, known, terms
from knowledge.text import morphemes, units
from knowledge.text.crosslingual import dictionary, english_words, listed, word_forms

# the classes of amount a head noun can name by its own word ("how much money", "what area");
# a count or a number of people is read by `checks_en_focus` (个, 人 after a number)
_NAMED = tuple(kind for kind in units.AMOUNTS if kind not in ("count", "people"))
# a figure: digits or a Chinese numeral, then the measure word (3.5万吨, 2.4亿元, 三百亩)
_NUMBER = r"[\d〇一二两三四五六七八九十百千万亿](?:\s*[万亿千百])?\s*"
# clauses of a Chinese sentence (a list's 、 stays inside its clause)
_CLAUSE = re.compile(r"[，,；;。！？!?：:]")


def measure_words(head: str) -> list[str]:
    """The measure words that tell the quantity an English head noun names: tonnes -> 吨,
    money -> 元 …, area -> 平方米 … 亩; [] for a head that names no quantity."""
    found: list[str] = []
    for form in word_forms(head):
        found += units.english(form)
        if form in _NAMED:
            found += units.words(form)
    return sorted(set(found), key=lambda u: (-len(u), u))


def told(
    head: str,
    before: list[str],
    after: list[str],
    question: str,
    text: str,
    around: str,
    df: dict[str, int],
    expansion: dict[str, list[str]] | None = None,
) -> bool:
    """Whether a (normalised) sentence tells the quantity a head noun names for the thing
    asked: a figure in one of its measure words, in a clause holding a word of the focus
    (before the head or in its of-phrase) the sentence or the text `around` it holds; with no
    such word, in a clause holding one of the question's other content words, every one of
    them held by the sentence or around it. A word is held as `_held` reads it."""
    unit_words = measure_words(head)
    if not unit_words:
        return False
    figure = re.compile(_NUMBER + "(?:" + "|".join(map(re.escape, unit_words)) + ")")
    focused = [w for w in [*before, *after] if known(w, df, expansion)]
    if focused:  # what the quantity is of, named in the sentence: its clause must hold it
        bound = [w for w in focused if _held(w, text + "\n" + around, expansion)]
    else:  # nothing named with the head: every word of the question, the clause one of them
        bound = [w for w in english_words(question) if w != head and not w.isdigit()]
        bound = [w for w in bound if known(w, df, expansion)]
        if not all(_held(w, text + "\n" + around, expansion, loose=True) for w in bound):
            return False
    return any(
        figure.search(clause) and any(_held(w, clause, expansion) for w in bound)
        for clause in _CLAUSE.split(text)
    )


def _held(
    word: str, text: str, expansion: dict[str, list[str]] | None, loose: bool = False
) -> bool:
    """Whether a text holds the word by `_forms` — a Chinese one not read inside a longer
    word opening before it: 出口 (export) in 进出口 is no export —, by a compound the dictionary
    lacks made of its terms' characters (`morphemes`: 冷库 for storage, 货运量 for freight), or
    (`loose`) by any of its terms as `checks_en_focus.holds` reads them."""
    if loose and holds(word, text, expansion):
        return True
    if any(_standing(t, text) for t in _forms(word, expansion)):
        return True
    return morphemes.held(terms(word, expansion), text)


def _standing(term: str, text: str) -> bool:
    """Whether the text has the term, not only where a dictionary word opening one or two
    characters before it runs into it (出口 and 出口货 in 进出口货运量)."""
    at = text.find(term)
    while at >= 0:
        spans = [(at - k, end) for k in (1, 2) for end in range(at + 1, at + len(term) + 1)]
        if not any(start >= 0 and listed(text[start:end]) for start, end in spans):
            return True
        at = text.find(term, at + 1)
    return False


def _forms(word: str, expansion: dict[str, list[str]] | None) -> list[str]:
    """A word's English forms and the Chinese terms whose whole gloss it is; a word CC-CEDICT
    does not gloss, a name, by its terms as the keyword search found them (a name found
    character by character, 磨 and 憨 for Mohan, as the characters joined: 磨憨)."""
    whole = [t for t, weight in dictionary().terms(word) if weight >= 1.0]
    found = [] if whole else list((expansion or {}).get(word, ()))
    names = [t for t in found if len(t) > 1]
    if found and all(len(t) == 1 for t in found):
        names.append("".join(found))
    return [*word_forms(word), *whole, *names]
