"""A share asked, and only a share of another thing told: Chinese (used by shapes.py).

「已投产项目占已开工项目的比重是多少」 answered by 「这部分税收中的六成将…拨付给各飞出地」
beside the project counts: the documents give the counts the share could be worked out from,
and a share of the tax. A share asked (比重, 比例, 占比, 百分之几, 几成) needs a share figure
(%, 六成, 一半, 六比四) in a sentence about the thing the share is of — holding two of the
question's words (the corpus's, time words left out) before the asking word, or half of them —;
a share in a sentence about something else (a sentence holding 项目 alone) is no answer. Evidence without any share is the kind gate's (checks.missing_type).
"""

from __future__ import annotations

import re

from knowledge.answering.checking.checks import HAS, asked_types
from knowledge.answering.checking.focus import figure_text, known_terms
from knowledge.text.normalise import normalise

_ASKED = re.compile(r"占比|比例|比重|百分之几|几成|多大比例")
# a share the question names as the rule to follow (「按什么比例」, 「分享比例」) asks how it is
# split, and a sentence telling the split is about the split itself
_RULE = re.compile(r"按|分享|分成|分配")
# words of how the question is put, not of what the share is of (「办法规定飞出地具体拿几成」)
_FRAME = frozenset(
    {"办法", "规定", "条例", "文件", "政策", "通知", "解读", "具体", "实际", "明确", "要求"}
)
_TIME = re.compile(r"\d|年|月|截至|截止|今年|去年|目前|现在")


def missing(q: str, ev) -> str | None:
    """'share' when a share is asked and every share figure the evidence holds is in a sentence
    holding fewer than two (and less than half) of the question's words before the asking word (see the module)."""
    if "share" not in asked_types(q) or _RULE.search(q) or not (m := _ASKED.search(q)):
        return None
    head = q[: m.start()]
    terms = [t for t in known_terms(ev.result.tokens, ev.result.index) if t in head]
    terms = [t for t in terms if not _TIME.search(t) and t not in _FRAME]
    if not terms:
        return None
    told = [t for c in ev.chosen if HAS["share"].search(figure_text(t := normalise(c.text), q))]
    if not told:
        return None  # no share at all: the kind gate's
    for t in told:
        held = sum(x in t for x in terms)
        if held >= 2 or 2 * held >= len(terms):
            return None  # two words held: a long question's frame (解读说…办法规定) is no subject
    return "share"
