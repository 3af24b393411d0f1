"""A part of a whole asked in English, the whole (or another part) told: the English reading of
`portion.py`, which `focus.py`'s "part" rule holds a Chinese question to.

A Chinese question asking a part names it after a partitive — 「第二批中商贸物流类有几个」,
「帮扶资金里有多少用在医疗上」 — and is answered only by a figure whose own clause holds the part.
An English question says the same part after the thing counted: "how many enclave projects were
trade and logistics ones", "how many of the second-batch projects were in import-export
processing", "how many projects … were certified in the agricultural processing category", "how
many of the first pupils came from Laos", "how much of the special funding was allocated to
standard factories". The English checks read only the words before the noun counted (`focus`),
so 「第二批中新能源和生物医药项目明显增多，共有6个」 answered the trade-and-logistics question
and the first batch's 23 the new-energy one.

`part_words` reads those words (the corpus's own, less the whole's, frame words such as
category or sector, ordinals and times); `batches_en` holds them where a batch is asked, beside
the qualifiers before the noun; `missing` holds them, where none is asked, to the clause of a
quoted figure (or the clause that figure's completes, 「…明显增多，共有6个」), when the part is
said somewhere in the quoted sentences — a word they never say is left to the other checks, as
an asker's own wording may be.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import batches, checks_en, constraints_en
from knowledge.answering.checking.checks_en_focus import holds, known
from knowledge.answering.core.support import context_of
from knowledge.text.crosslingual import english_words
from knowledge.text.normalise import language, normalise

_COPULA = r"(?:were|are|was|is)"
_PREP = (
    r"in|at|on|by|from|of|to|for|during|since|before|after|as|under|with|between|within|over"
    r"|than|and\s+how|across|through|throughout|until|till|when"
)
# "how many enclave projects were trade and logistics ones", "… were in import-export
# processing", "… came from Laos": the part said after the copula (not "were there", a
# passive "were certified", "were still")
_AFTER_COPULA = re.compile(
    rf"\bhow\s+many\b(?P<whole>[^?.;]*?)\b{_COPULA}\s+(?P<part>(?:in\s+)?[a-z][^?.;]*)"
)
_CAME_FROM = re.compile(
    r"\bhow\s+many\b(?P<whole>[^?.;]*?)\b(?:came|come|comes|were|are)\s+from\s+(?P<part>[^?.;]+)"
)
# "… were certified in the agricultural processing category"
_IN_KIND = re.compile(
    r"\bhow\s+many\b(?P<whole>[^?.;]*?)\bin\s+(?:the\s+)?(?P<part>(?:[a-z][a-z'’-]*\s+){1,3})"
    r"(?:category|categories|sector|sectors|field|fields|industry|industries|class|type|group)\b"
)
# "how much of the special funding was allocated to standard factories"
_PUT_TO = re.compile(
    r"\bhow\s+much\b(?P<whole>[^?.;]*?)\b(?:was|were|is|are|has\s+been|had\s+been)\s+"
    r"(?:allocated|disbursed|spent|used|given|paid|granted|earmarked|put)\s+"
    r"(?:to|on|for|into)\s+(?P<part>[^?.;]+)"
)
_STOP_AT = re.compile(rf"\s(?:{_PREP})\b|(?:19|20)\d\d")
# the copula's complement is no part when it is a state, a passive or the question's inverted
# subject: "were in production", "were certified", "were built", "were still under
# construction", "were there", "is a project barred", "was Mohan Port's freight", "were in the
# school's first intake"
_NOT_PART = re.compile(
    r"^(?:in\s+)?(?:there|not|still|already|now|also|all|only|just|about|around|over|under"
    r"|in\s+total|total|production|operation|construction|place|progress|[a-z]+ed|[a-z]+ing|being"
    r"|a|an|the|this|that|these|those|its|their|his|her|our|each|both|either|neither|[a-z]+['’]s"
    r"|built|made|held|set|given|taken|brought|paid|sent|spent|put|run|done|seen|known|shown"
    r"|grown|begun|won|sold|told|found|kept|left|lost|met|read|laid|cut|hit|shut|let|led|got"
    r"|gotten|broken|chosen|driven|written|undertaken|drawn|thrown)\b"
)
# the thing counted is a unit of measure ("how many tonnes was …", "how many years is …"): what
# follows the copula is the question's subject, not a part
_UNIT_WHOLE = re.compile(
    r"\b(?:tonnes?|tons?|years?|months?|weeks?|days?|hours?|minutes?|yuan|mu|hectares?|metres?"
    r"|meters?|kilometres?|km|times|per\s*cent|percent|units?|sets?)\s*$"
)
_FRAME = frozenset(
    "ones one category categories sector sectors field fields industry industries class type"
    " types kind kinds group groups area areas part parts the a an and or its their this these"
    " those such".split()
)
_ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth last batch batches phase phases round rounds".split()
)


def _phrase(text: str) -> str:
    """The part's words up to the first preposition or year."""
    m = _STOP_AT.search(" " + text)
    return (" " + text)[: m.start()] if m else text


def part_words(question: str, df: dict[str, int], expansion: dict[str, list[str]]) -> list[str]:
    """The words an English question restricts the thing counted or measured by, said after it
    (the corpus's own words; not the whole's, frame words, ordinals, months or years)."""
    q = normalise(question).lower()
    found: list[tuple[str, str]] = []
    if m := _AFTER_COPULA.search(q):
        part = m["part"]
        if not _NOT_PART.match(part) and not _UNIT_WHOLE.search(m["whole"]):
            found.append((m["whole"], _phrase(re.sub(r"^in\s+", "", part))))
    for rx in (_CAME_FROM, _IN_KIND, _PUT_TO):
        if m := rx.search(q):
            found.append((m["whole"], _phrase(m["part"]) if rx is not _IN_KIND else m["part"]))
    out: list[str] = []
    for whole, part in found:
        if re.search(r"\bor\b", part):
            continue  # "in new energy or biomedicine": either will do, left to the other checks
        whole_words = set(english_words(whole))
        for w in english_words(part):
            if w in _FRAME or w in _ORDINAL_WORDS or w in whole_words or w in constraints_en.MONTHS:
                continue
            if known(w, df, expansion) and w not in out:
                out.append(w)
    return out


_CLAUSE = re.compile(r"(?<=[，,；;。：:！？])")
_DIGIT = re.compile(r"\d|[一二两三四五六七八九十百千万亿半]+[个项家批成%％人名户元亩吨套]")
_DATES_EN = re.compile(
    rf"\b(?:\d{{1,2}}\s+)?(?:{'|'.join(constraints_en.MONTHS)})(?:\s+\d{{1,2}}\b)?|\b(?:19|20)\d\d\b"
)
# a sum of money asked of ("how much of the special funding"): told only by a sum in 元 or yuan
_MONEY = re.compile(
    r"\b(?:fund|funds|funding|money|subsidy|subsidies|budget|investment|grant|grants)\b"
)
_SUM = re.compile(r"\d\s*[万亿]?\s*元|\b(?:rmb|yuan)\b")
_SHORT = 8  # a figure's clause this short (「共有6个」) completes the one before it


def figure_spans(text: str) -> list[str]:
    """The parts of a quoted sentence that tell a figure: an English sentence whole; a Chinese
    one's clauses carrying a figure, a short one with the clause before it."""
    if language(text) != "zh":  # a year or a date is no figure of the thing
        t = normalise(text).lower()
        return [t] if _DIGIT.search(_DATES_EN.sub(" ", t)) else []
    t = normalise(text)
    clauses = [c for c in _CLAUSE.split(t) if c]
    out = []
    for i, clause in enumerate(clauses):
        blanked = batches.without_ordinals(clause)  # 第二批 is no count
        if not _DIGIT.search(blanked):
            continue
        short = len(_DIGIT.sub("", blanked).strip()) <= _SHORT and i > 0
        out.append((clauses[i - 1] if short else "") + clause)
    return out


def missing(question: str, ev) -> str | None:
    """The kind of figure asked ("number", "share") when the question asks a part of a whole
    (`part_words`) the quoted sentences say, and no quoted figure's clause holds it; else None.
    A batch asked is `batches_en`'s (it holds these words too)."""
    if not ev.chosen:
        return None
    q = normalise(question).lower()
    if constraints_en.ordinals_in(q):
        return None
    kinds = checks_en.asked_types(question)
    result = ev.result
    df, expansion = result.index.df, result.expansion or {}
    if not kinds & {"number", "share"} and not checks_en.measured_what(question, df, expansion):
        return None
    words = part_words(question, df, expansion)
    if not words:
        return None
    carriers = [c for c in ev.chosen if checks_en.carries_figure(c.text, question)]
    if not carriers:
        return None
    said = "\n".join(normalise(c.text).lower() + "\n" + context_of(c, ev.docs) for c in ev.chosen)
    words = [w for w in words if holds(w, said, expansion)]
    if not words:
        return None  # the asker's own words: no quoted sentence says the part
    money = bool(_PUT_TO.search(q) and _MONEY.search(q))
    for c in carriers:
        for span in figure_spans(c.text):
            if all(holds(w, span, expansion) for w in words) and (not money or _SUM.search(span)):
                return None
    return "share" if "share" in kinds else "number"
