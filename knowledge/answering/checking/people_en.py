"""An English count of people asked — "how many residents", "how many pupils", "how many
technicians" — and the quoted Chinese figure that counts them in 人, 名 or 人次 by a noun CC-CEDICT
does not bind to the English one: 「实有人口约4.2万人」 counts the residents, 「首批招收学生1260名」
the pupils, 「专业技能人才800人」 the technicians, though `checks_en_focus` finds no term of those
words in them.

The sentence's own noun before the figure (the run of characters before the number, a linking
约/达/为 left out) is read through the kept table of `text/people.py`: the figure tells the head
asked when that noun counts the people the head names. Every word the question puts before the
head must stand in the sentence or around it too — "Lao residents" are not told by the zone's
实有人口, "foreign workers" not by 员工 of no nationality —, a two-word name ("skilled workers",
"tourist visits") read whole first. A count planned (「今年计划培养…人才800人」) tells only a plan
asked ("will train", "aim to train"), not people trained; a count of one batch (首批, 第二批) not
another batch asked ("the second intake"), nor, unnamed, a later one. The year, period and the
other checks read the figure as before.
"""

from __future__ import annotations

import re

from knowledge.answering.checking.checks_en_focus import holds
from knowledge.answering.checking.planned import asks_plan_en, planned_by
from knowledge.text import people, units
from knowledge.text.crosslingual import word_forms

_MEASURE = units.alternation("people")
# a count of people: the characters before it, a linking word, the number, its measure word
_COUNT = re.compile(
    r"(?P<run>[\u4e00-\u9fff]{1,12}?)"
    r"(?:约|达到了|达到|达|为|共|计|近|超过|逾|突破|增至|增加到)?"
    rf"\s*(?P<num>\d[\d,.]*)\s*(?:[万千百]\s*)?(?:余|多)?\s*(?:{_MEASURE})"
)
# a batch asked ("the second intake", "its first batch"), not a part of a period ("the first
# half", "the first eleven months", "the first quarter")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_ORDINAL_EN = re.compile(
    r"\b(?P<o>first|second|third|fourth|fifth|sixth)\s+(?!(?:half|quarter|\w+\s+months?)\b"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|months?|weeks?|days?|years?|time)\b)"
)
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_ORDINAL_ZH = re.compile(r"(?:首|第(?P<n>[一二两三四五六\d]))(?:批|届|期|轮)")


def counted_nouns(text: str) -> list[str]:
    """The nouns of the kept table a (normalised) sentence counts people by: 「实有人口约4.2万人」
    -> [人口], 「接待游客86.5万人次」 -> [游客]."""
    return list(dict.fromkeys(n for _, n in _counts(text)))


def _counts(text: str) -> list[tuple[re.Match, str]]:
    return [(m, n) for m in _COUNT.finditer(text) if (n := people.counted(m.group("run")))]


def told(
    head: str,
    before: list[str],
    question: str,
    text: str,
    around: str,
    expansion: dict[str, list[str]] | None,
) -> bool:
    """Whether a (normalised) sentence counts in people the ones an English head names, every
    word before the head (but those of a two-word name) held by the sentence or `around` it, of
    the batch asked and not a plan for a deed asked as done."""
    where = text + "\n" + around
    heads = word_forms(head)
    last = word_forms(before[-1]) if before else []
    batch = _batch_asked(question)
    for m, noun in _counts(text):
        if any(people.names(noun, f"{b} {h}") for b in last for h in heads):
            rest = before[:-1]  # a two-word name read whole: "skilled workers"
        elif any(people.names(noun, h) for h in heads):
            rest = before
        else:
            continue
        if planned_by(text, m.start("num")) and not asks_plan_en(question):
            continue  # 「计划培养…800人」 is no count of people trained
        if batch and _batch_told(text[: m.start("num")]) not in (batch, None if batch == 1 else 0):
            continue  # 首批 is no second intake; an unnamed one no later intake
        if all(holds(w, where, expansion) for w in rest):
            return True
    return False


def _batch_asked(question: str) -> int | None:
    m = _ORDINAL_EN.search(question.lower())
    return _ORDINALS[m["o"]] if m else None


def _batch_told(before: str) -> int | None:
    """The batch the last ordinal before a count names (首批 -> 1, 第二批 -> 2), None for none."""
    found = list(_ORDINAL_ZH.finditer(before))
    if not found:
        return None
    n = found[-1]["n"]
    return 1 if n is None else int(n) if n.isdigit() else _CN_DIGITS[n]
