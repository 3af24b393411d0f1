"""The month, period and ordinal an English text names, read as the Chinese ones are in
`constraints.py`: "the end of September 2024" and "as of the end of March" end with a month (9,
3), "the first half of 2025" with June, "Q3"/"the third quarter" with September, "the first
three quarters" with September, "January to November" with November, "the end of 2024" and
"the whole of 2022" with December; "the second batch", "phase 2" and "the first session" are
ordinals (('批', 2), ('期', 2), ('届', 1)). Texts are normalised (lower case).

A month naming a document ("the May 2024 article", "the February 2025 press conference") or
a full date ("18 April 2025", "on May 8") dates an event, not a period: not read in a
question. "may" and "march" count as months only beside a year, a day or "end of"."""

from __future__ import annotations

import re

MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MON = "|".join(MONTHS)
_YEAR = r"(?:19|20)\d{2}"
_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
# named periods: (pattern, first month — 0: a moment, the end of the year —, last month)
_PERIODS = [
    (r"\b(?:first|1st)\s+(?:three|3)\s+quarters\b|\bfirst\s+(?:nine|9)\s+months\b|\bq1\s*[-–]\s*q3\b", 1, 9),
    (r"\b(?:first|1st)\s+half\b|\bh1\b|\bfirst\s+(?:six|6)\s+months\b|\bmid-?year\b", 1, 6),
    (r"\b(?:second|2nd|latter)\s+half\b|\bh2\b", 7, 12),
    (r"\b(?:first|1st)\s+quarter\b|\bq1\b", 1, 3),
    (r"\b(?:second|2nd)\s+quarter\b|\bq2\b", 4, 6),
    (r"\b(?:third|3rd)\s+quarter\b|\bq3\b", 7, 9),
    (r"\b(?:fourth|4th|last|final)\s+quarter\b|\bq4\b", 10, 12),
    (rf"\b(?:end|close)\s+of\s+(?:the\s+year|{_YEAR})\b|\byear[-\s]end\b|\bwhole\s+(?:of\s+)?(?:the\s+year|{_YEAR})\b|\bfull\s+year\b", 0, 12),
    (rf"\b(?:all|entirety)\s+of\s+(?:the\s+year|{_YEAR})\b|\bentire\s+(?:year|{_YEAR})\b|\bthroughout\s+(?:the\s+year|{_YEAR})\b|\b{_YEAR}\s+as\s+a\s+whole\b", 1, 12),
    (r"\bbeginning\s+of\s+the\s+year\b|\bstart\s+of\s+the\s+year\b", 0, 1),
]  # fmt: skip
_PERIOD_RX = [(re.compile(p), m) for p, _, m in _PERIODS]
_STARTS = [first for _, first, _ in _PERIODS]
# January to November, January–September: the month the range ends with
_RANGE = re.compile(
    rf"\b(?P<a>{_MON})\s*(?:{_YEAR}\s*)?(?:to|through|till|until|[-–—])\s*(?P<m>{_MON})\b"
)
_BETWEEN = re.compile(rf"\bbetween\s+(?P<a>{_MON})\s*(?:{_YEAR}\s*)?and\s+(?P<m>{_MON})\b")
_MONTH = re.compile(rf"\b(?P<m>{_MON})\b")
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_DAY_AFTER = re.compile(r"^\s+\d{1,2}(?:st|nd|rd|th)?\b")
_YEAR_AFTER = re.compile(rf"^\s*,?\s*{_YEAR}\b")
_DOC_AFTER = re.compile(
    rf"^\s*(?:{_YEAR}\s*)?(?:'s\s+)?(?:news\s+)?(?:article|report|story|piece|press\s+(?:release|conference)"
    r"|release|briefing|conference|meeting|notice|interview|faq|review|round-?up)\b"
)
_STRICT = {"may", "march"}  # also English words: months only beside a year, a day, "end of"
_ORD = "first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th"
_KIND = {"batch": "批", "phase": "期", "session": "届", "edition": "届", "round": "批"}
_ORDINAL = re.compile(
    rf"\b(?P<w>{_ORD})[\s-]+(?:(?:certified|certification|enclave|project|projects)\s+)?(?P<k>batch|phase|session|edition|round)(?:es|s)?\b"
    r"|\b(?P<k2>batch|phase)\s+(?P<n2>[1-6]|one|two|three|four|i{1,3}|iv)\b"
)
_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}


def _spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, month) of each period or month the text names."""
    out = [(m.start(), m.end(), month) for rx, month in _PERIOD_RX for m in rx.finditer(text)]
    for m in _RANGE.finditer(text):
        out.append((m.start(), m.end(), MONTHS.index(m["m"]) + 1))
    return out


def months_in(text: str, question: bool = False) -> set[int]:
    """The months the periods of an English (normalised) text end with."""
    spans = _spans(text)
    return {month for _, _, month in spans} | {m for _, m in _single(text, spans, question)}


_MOMENT = re.compile(
    r"\b(?:end|close|middle|mid)\s+of\s+(?:the\s+)?$|\bmid-$|\b(?:as\s+of|by|until|till)\s+(?:the\s+)?$"
)


def spans_in(text: str, question: bool = False) -> set[tuple[int, int]]:
    """The periods an English (normalised) text names as (first month, last month), as
    `periods.spans_in` reads Chinese ones: "the second half" (7, 12), "q1" (1, 3), "january to
    november" (1, 11), "the whole of 2024" (1, 12), "in march 2025" (3, 3); a moment ("the end
    of september", "the end of 2024", "by the end of the third quarter") as (0, month)."""
    out = set()
    for (rx, month), start in zip(_PERIOD_RX, _STARTS, strict=True):
        for m in rx.finditer(text):
            word = m.group()  # the whole of 2024 is a period; the end of 2024 a moment
            first = 1 if word.startswith(("whole", "full")) else start
            moment = word.startswith("mid") or _MOMENT.search(text[: m.start()])
            out.add((0 if moment else first, month))
    ranges = [*_RANGE.finditer(text), *_BETWEEN.finditer(text)]
    out |= {(MONTHS.index(m["a"]) + 1, MONTHS.index(m["m"]) + 1) for m in ranges}
    taken = _spans(text) + [(m.start(), m.end(), 0) for m in ranges]
    return {s for s in out if s[0] <= s[1]} | _single(text, taken, question)


def _single(text: str, spans: list, question: bool) -> set[tuple[int, int]]:
    """The months a text names outside its named periods and ranges, as (month, month), or as
    (0, month) after "the end of", "as of", "by"; not a day's date nor a document's month."""
    found = set()
    for m in _MONTH.finditer(text):
        if any(s <= m.start() < e for s, e, _ in spans):
            continue
        before, after = text[: m.start()], text[m.end() :]
        day = bool(_DAY_BEFORE.search(before) or _DAY_AFTER.match(after))
        if m["m"] in _STRICT and not (
            day
            or _YEAR_AFTER.match(after)
            or re.search(r"\b(?:end|middle|mid)\s+of\s+$|mid-$", before)
        ):
            continue
        if day and (question or not re.search(r"\bend\s+of\s+$", before)):
            continue  # 18 april 2025 dates an event; it is no period
        if question and (_DOC_AFTER.match(after) or re.search(r"\bthe\s+$", before)):
            continue  # the may 2024 article (the may 2024 measure) names a document
        month = MONTHS.index(m["m"]) + 1
        found.add((0, month) if _MOMENT.search(before) else (month, month))
    return found


# "the May 2024 article", "the 2023 report": a year that names a document, not a period
_DOC_YEAR = re.compile(rf"\bthe\s+(?:(?:{_MON})\s+)?{_YEAR}(?=(?:'s\s+)?\s*(?:news\s+)?"
                       r"(?:article|report|story|piece|press\s+release|release|interview)\b)")  # fmt: skip


def without_documents(text: str) -> str:
    """The (normalised) text with its dated references to a document blanked out."""
    return _DOC_YEAR.sub(" ", text)


def without_ordinals(text: str) -> str:
    """A lower-case English text with its ordinals blanked: "the second batch" is no count."""
    return _ORDINAL.sub(lambda m: " " * len(m.group()), text)


def whole_year(question: str) -> bool:
    """Whether an English question asks a year as a whole ("the whole of 2024", "the full year"):
    `months_in` reads it as ending in December, like "the end of 2024", but a count at the
    year's end (「截至2024年12月底」) or an event in December does not tell it."""
    return (1, 12) in spans_in(question.lower(), question=True)


def ordinals_in(text: str) -> set[tuple[str, int]]:
    """(kind, n) of "the second batch", "phase 2", "the first session"."""
    out = set()
    for m in _ORDINAL.finditer(text):
        if m["w"]:
            w = m["w"]
            n = _WORDS.get(w) or int(w[0])
            out.add((_KIND[m["k"]], n))
        else:
            w = m["n2"]
            out.add((_KIND[m["k2"]], int(w) if w.isdigit() else _NUMBER[w]))
    return out


def label(text: str) -> str:
    """The question's own words for its period or ordinal: "the second half of 2025", "the
    third batch", "the end of september 2024"; empty when it names none."""
    for rx, _ in _PERIOD_RX:
        if m := rx.search(text):
            return _with_year(text, m.start(), m.end())
    if m := _RANGE.search(text):
        return _with_year(text, m.start(), m.end())
    if m := _ORDINAL.search(text):
        return "the " + m.group() if m["w"] else m.group()
    for m in _MONTH.finditer(text):
        if MONTHS.index(m["m"]) + 1 in months_in(text[m.start() : m.end() + 6], question=True):
            return _with_year(text, m.start(), m.end())
    return ""


def _with_year(text: str, start: int, end: int) -> str:
    head = re.search(
        r"(?:\bthe\s+)?(?:(?:end|close|middle|whole)\s+of\s+(?:the\s+)?)?$", text[:start]
    )
    tail = re.match(rf"(?:\s+(?:of\s+)?{_YEAR})?", text[end:])
    return (
        (text[head.start() : start] if head else "")
        + text[start:end]
        + (tail.group() if tail else "")
    )
