"""A count asked in English ("how many restaurants …", "how many trucks …") is told by a clause
that names the thing counted beside a count, not by another thing's figure in the same sentence.

「实有人口约3.1万人，新开的餐馆、超市和快递网点沿着迎宾大道一字排开。」 names restaurants (餐馆) in
one clause and counts the residents in the other; 「高峰时段货车平均通关时间压缩到2小时以内」 names
trucks (货车) beside a time, not a number of trucks. `checks_en` reads the thing asked anywhere in
the quoted sentence or around it, so both answer "how many restaurants / trucks …". Here, when
the counted thing (`checks_en_focus.focus`: the noun after "how many") is a word the corpus uses
and some quoted sentence names it, one clause of a quoted sentence must name it (or a word
before it) beside a count: a number in a measure word of a count or of people (`text/units.py`:
个, 家, 辆, 名, 人 …) or in none, not a time, a sum, a weight, an area or a share (2小时, 6.8亿元,
2.41 million tonnes), nor 一 before a word that measures nothing (一字排开) — or, in a sentence
naming it, a clause counting another word of the question (「飞地项目的技术和管理人员可申请入住人才
公寓，…每个项目原则上不超过20套」 counts the flats of the project asked). A count asked of a
unit ("how many tonnes / days / households") is left to the unit checks. A thing asked that no
quoted sentence names is left as it was (the sentence may count it under another word).
"""

from __future__ import annotations

import re

from knowledge.answering.checking.checks_en_focus import asked_about, focus, holds, known
from knowledge.text import units
from knowledge.text.crosslingual import english_words
from knowledge.text.normalise import language, normalise

_ASK = re.compile(r"\bhow\s+many\b")
# a count asked in a unit: its own checks read it (checks_en_strict, constraints)
_UNIT_HEADS = frozenset(
    [*units.ENGLISH]
    + "days hours minutes weeks months years times people persons percent kilometres km "
    "metres meters square".split()
)
_CLAUSE = re.compile(r"[，,；;。！？!?：:]|\s[-–—]\s")
_NUM_ZH = r"(?<!第)(?:\d[\d.]*|[一二两三四五六七八九十百千]+)"
# a Chinese figure and the measure word after it (longest first: 个月 before 个, 人次 before 人)
_MEASURE = "|".join(
    re.escape(u)
    for u in sorted({*units.UNIT_CLASS, *units.FIGURE_ONLY, "个工作日"}, key=len, reverse=True)
)
_FIGURE_ZH = re.compile(rf"{_NUM_ZH}\s*(?:[万亿千百]\s*)?(?:余|多)?\s*({_MEASURE})?")
_COUNTS = frozenset(u for u, kind in units.UNIT_CLASS.items() if kind in ("count", "people"))
_WORDS_EN = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|hundred|dozens?"
)
_FIGURE_EN = re.compile(
    rf"(?P<before>rmb|us\$|hk\$|¥|\$)?\s*(?<![\w.])(?P<n>\d[\d,.]*|{_WORDS_EN})\b"
    r"(?:\s+(?:million|billion|thousand|hundred))?\s*(?P<after>%|[a-z-]+)?"
)
_NOT_COUNT_EN = frozenset(
    "per percent tonnes tons ton yuan rmb mu hectares square metres meters kilometres km "
    "hours minutes days weeks months years kilowatt-hours january february march april may june "
    "july august september october november december".split()
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def missing(question: str, ev) -> str | None:
    """'number' when a count of a thing is asked, some quoted sentence names the thing, and no
    quoted sentence counts it: no clause names it beside a count, and no clause counting
    another word of the question follows or precedes one naming it; None otherwise."""
    q = question.lower().replace("’", "'")
    if not ev.chosen or not (m := _ASK.search(q)):
        return None
    asked = [f for f in focus(question) if f[0] not in _UNIT_HEADS]
    if not asked or re.match(rf"\s*(?:{'|'.join(_UNIT_HEADS)})\b", q[m.end() :]):
        return None
    head, before, after = asked[0]
    df = ev.result.index.df
    expansion = ev.result.expansion or {}
    if not known(head, df, expansion):
        return None
    texts = [normalise(c.text) for c in ev.chosen]
    if not any(asked_about(head, before, after, t, df, expansion) for t in texts):
        return None
    others = [
        w for w in english_words(question) if w != head and w not in before and w not in after
    ]
    for text in texts:
        parts = _CLAUSE.split(text)
        naming = [asked_about(head, before, after, p, df, expansion) for p in parts]
        for part, names in zip(parts, naming, strict=True):
            if counts(part) and (names or any(naming) and _of_question(part, others, expansion)):
                return None
    return "number"


def _of_question(part: str, words: list[str], expansion: dict[str, list[str]]) -> bool:
    """Whether a clause counting something names another word of the question: 「每个项目原则上
    不超过20套」 after the clause naming 人才公寓 counts the flats of the project asked."""
    return any(holds(w, part, expansion) for w in words)


def counts(clause: str) -> bool:
    """Whether a (normalised) clause carries a count: a number in a measure word of a count or
    of people, or in none; not a date, a time, a sum, a weight, an area or a share."""
    if language(clause) == "zh":
        for m in _FIGURE_ZH.finditer(clause):
            unit, number = m[1], m.group().strip()
            if unit:
                if unit in _COUNTS:
                    return True
            elif number[:1].isdigit() and not _YEAR.match(number):
                if clause[m.end() : m.end() + 1] not in ("%", "％"):
                    return True
        return False
    low = clause.lower()
    for m in _FIGURE_EN.finditer(low):
        if m["before"] or _YEAR.match(m["n"]) or (m["after"] or "") in _NOT_COUNT_EN:
            continue
        if m["after"] == "%":
            continue
        return True
    return False
