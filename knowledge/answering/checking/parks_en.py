"""A figure asked in English of a park, zone or port named by its English name, and only another
unit's figure told.

The corpus names its units in Chinese (官渡—磨憨飞地产业园, 磨憨沿边产业园, 合作区, 磨憨口岸); an
English question names them in English ("the Guandu–Mohan enclave industrial park", "the Mohan
border industrial park", "the cooperation zone", "Mohan Port"). Retrieval finds one park's figure
for the other (「磨憨沿边产业园累计签约项目51个」 for "How many projects had the Guandu–Mohan
enclave industrial park signed?"), and the English checks, reading the thing asked (projects),
find it there. So the English unit is read word by word — a name in pinyin (guandu: 官渡, read
from the characters' readings), a word with a CC-CEDICT gloss (enclave: 飞地, border: 沿边, cooperation:
合作) — and each unit a quoted figure sentence names (a Chinese run ending in 产业园, 园区, 合作区,
or 口岸; an English "… park/zone/port") is judged: the same unit when it has each word of the
English name that some quoted text has at all (a word nothing quoted has, Boten, says nothing),
and is of the asked kind (park: 产业园, 园区; zone: 合作区; port: 口岸). A unit named by its kind alone
(合作区, 产业园) is the asked one when the kind fits. When no figure sentence — nor the sentence before
it, for one naming no unit — names the asked unit, and some names another, the documents lack
the figure and decide.py abstains with the nearest evidence.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import checks_en
from knowledge.answering.checking.checks_en_focus import asked_about, focus, terms
from knowledge.answering.checking.places_en import figure_in_digits, sentence_before
from knowledge.text.crosslingual import dictionary
from knowledge.text.normalise import normalise

# the kind of a unit's Chinese name by its ending (a park's 园区 is no zone)
_KIND_OF = {"产业园": "park", "园区": "park", "合作区": "zone", "口岸": "port"}
_DASH = r"[ \-–—‐]+"
# an English unit: up to six words (names, descriptors) before its kind word, not a longer name's
# head ("the Kunming–Mohan Enclave Park Investment Week")
_UNIT_EN = re.compile(
    rf"\b((?:[A-Za-z]+{_DASH}){{1,6}}?)(park|zone|port)\b(?!{_DASH}(?-i:[A-Z]))", re.IGNORECASE
)
_STOP = frozenset(
    "the a an of in at on for by to from with through via did does do had has have was were is "
    "are be been how many much what which who when where signed sign handle handled pass "
    "passed went go goes this that these those its their our".split()
)
# a Chinese unit: a name of up to twelve characters (no function word of a sentence's frame)
# before its kind
_UNIT_ZH = re.compile(
    r"(?:(?![在给向往为对从把被的了和与及是将内入至于到自由经过])[\u4e00-\u9fff—\-－]){0,12}?"
    r"(?:产业园|园区|合作区|口岸)"
)
_BARE = re.compile(r"^[该这此其本各]?(?:产业园|园区|合作区|口岸)$")


def asked_unit(question: str) -> tuple[list[str], str] | None:
    """The English unit a number question asks about: its words before the kind, lower case,
    and the kind (["guandu", "mohan", "enclave", "industrial"], "park"); None when none."""
    if not {"number", "share"} & checks_en.asked_types(question):
        return None
    for m in _UNIT_EN.finditer(question):
        words = [w.lower() for w in re.split(_DASH, m.group(1).strip(" -–—‐"))]
        while words and words[0] in _STOP:
            words.pop(0)
        if any(w in _STOP for w in words):
            words = words[max(i for i, w in enumerate(words) if w in _STOP) + 1 :]
        if words:
            return words, m.group(2).lower()
    return None


def _holds(word: str, text: str) -> bool:
    """Whether a Chinese text has the word: a gloss of it, or characters read as it (官渡)."""
    return any(t in text for t in terms(word) if len(t) > 1) or _read(word, text)


def _read(word: str, text: str) -> bool:
    """Whether two or three characters of a text read as the word in pinyin (guandu: 官渡)."""
    book = dictionary()
    # only where a reading of the first character begins the word can a spelling be the word
    starts = [
        i for i, ch in enumerate(text) if any(word.startswith(y) for y in book.readings.get(ch, ()))
    ]
    for size in (2, 3):
        for i in starts:
            if i + size <= len(text) and word in book.pinyin(text[i : i + size]):
                return True
    return False


def _units(text: str) -> list[str]:
    return [m.group() for m in _UNIT_ZH.finditer(text)]


def _same(unit: str, words: list[str], kind: str) -> bool:
    """Whether a Chinese unit name is the asked unit (see the module)."""
    if _KIND_OF[next(e for e in _KIND_OF if unit.endswith(e))] != kind:
        return False
    if _BARE.match(unit):
        return True
    return all(_holds(w, unit) for w in words)


def _verdict(text: str, words: list[str], kind: str) -> str | None:
    """Whether a text names the asked unit ("same"), only others ("other"), or none (None)."""
    low = text.lower()
    english = [
        (ws, k) for m in _UNIT_EN.finditer(text) for ws, k in [(m.group(1).lower(), m.group(2))]
    ]
    chinese = _units(text)
    if not english and not chinese:
        return None
    if any(_same(u, words, kind) for u in chinese):
        return "same"
    if any(k.lower() == kind and all(w in ws for w in words) for ws, k in english):
        return "same"
    if all(w in low for w in words) and re.search(rf"\b{kind}\b", low):
        return "same"
    return "other"


def _about(question: str, carriers: list, ev) -> list:
    """The carriers whose text (or the sentence before) speaks of the thing asked, its head or
    a word before it; the unit named after it (population of the … park) is not the thing."""
    expansion = ev.result.expansion or {}
    df = ev.result.index.df
    things = focus(question)
    return [
        c
        for c in carriers
        if any(
            asked_about(
                head, before, [], normalise(sentence_before(c) + c.text).lower(), df, expansion
            )
            for head, before, _ in things
        )
    ]


def missing(question: str, ev) -> str | None:
    """The English unit's name when only other units' figures are quoted, else None."""
    if not (asked := asked_unit(question)) or not ev.chosen:
        return None
    words, kind = asked
    carriers = [c for c in ev.chosen if figure_in_digits(c.text, question)]
    if not carriers:
        return None
    # of those, the ones speaking of the thing asked (人口 for population), when any does
    carriers = _about(question, carriers, ev) or carriers
    # a word no quoted text or its chunk has (Boten, China) tells no unit from another
    seen = " ".join(normalise(getattr(getattr(c, "hit", None), "chunk", c).text) for c in carriers)
    seen_low = seen.lower()
    words = [w for w in words if re.search(rf"\b{re.escape(w)}\b", seen_low) or _holds(w, seen)]
    if not any(_read(w, seen) for w in words):
        return None  # no name (the enclave park, the cooperation zone): a kind, not one unit
    other = False
    for c in carriers:
        said = _verdict(normalise(c.text), words, kind)
        if said is None:
            said = _verdict(normalise(sentence_before(c)), words, kind)
        if said == "same":
            return None
        other = other or said == "other"
    if not other:
        return None
    return " ".join([*asked[0], kind])
