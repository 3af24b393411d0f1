"""A count asked (几个, 多少个; not 几个月) is told by a counted figure (15个飞地项目; not 6个月, nor
an ordinal: 第二条) whose clause names what the question names: 「两个县…合作共建」 counts 县, no
园区. Read by closeness.py below the refusal bar."""

from __future__ import annotations

import re

from knowledge.text import units
from knowledge.text.normalise import normalise
from knowledge.text.tokens import jieba_module, pos_tags
from knowledge.text.vernacular import said_in

NOUNS = frozenset({"n", "ng", "nz", "nt", "ns", "nr", "nrt", "nrfg", "j"})  # jieba's noun flags
_COUNT_ASKED = re.compile(r"(?:多少|几)个(?!月|工作日|小时|钟头)")
_COUNTED = re.compile(
    r"(?<![第\d.一二两三四五六七八九十百千])(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:多|余)?\s*"
    rf"(?:{units.alternation('count', 'people')})(?!月|工作日|小时|钟头)"
)
_CLAUSE = re.compile(r"[，,、。；;：:！!？?]")
_PEOPLE = re.compile(
    rf"(?<![第\d.])[\d一二两三四五六七八九十百千]+\s*(?:{units.alternation('people')})"
)


def count_bound(question: str, sentence: str) -> bool:
    """A count asked (几个, 多少个) is told by a counted figure in a clause of the sentence that
    names one of the question's nouns (项目 of 「还有4个项目…」), or by a figure of people for
    几个人 (四名成员); True when no count is asked."""
    q = normalise(question)
    if not _COUNT_ASKED.search(q):
        return True
    jieba_module()
    nouns = {p.word for p in pos_tags(q) if p.flag in NOUNS and len(p.word) > 1}
    people = re.search(r"(?:多少|几)个?人", q)
    return any(
        (people and _PEOPLE.search(c))
        or (_COUNTED.search(c) and any(n in c or said_in(n, c) for n in nouns))
        for c in _CLAUSE.split(normalise(sentence))
    )
