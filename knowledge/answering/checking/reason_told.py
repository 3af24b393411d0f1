"""A Chinese why-question the refusal model turns away, answered when a quoted sentence tells a
reason of the very claim the question restates.

Everyday wording lowers the model's probability (「为什么收益分配要照顾县区多一点」,
「到第6年为什么要调成五五开」, 「产值为什么也要拆开来算」: 多一点, 五五开, 拆开来 are words no
document uses) although the sentence answering it is quoted (`Evidence.quote`, the sentences
chosen reason first: sentences/reason_first.py, or `chosen`). Such a question is answered from
those sentences when one of them states a reason by a connective in its own words (因为, 之所以,
因此, 是为了, 才能, 防止, 解决了…顾虑, a clause 「为…，」) and it or its neighbours (the sentences
before and after, the 问 line it answers, an article's other 款) hold every word of the question
that the documents use (MIN_HELD at least, a noun among them), at most MAX_OWN word being the
question's own: used by no document and no noun or name (电费, 李白: a thing they never mention is
a subject they do not speak of, not the asker's wording of a claim they state).

No threshold moves: the evidence is the sentence's own. An out-of-corpus question shares too few
words with any reason told, and the gates (decide.lacking_rule) still read the sentences quoted.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.answering.checking import closeness
from knowledge.answering.checking.count_bound import NOUNS
from knowledge.answering.core.cues import WIDE_WHY
from knowledge.answering.core.support import neighbours
from knowledge.text.normalise import normalise
from knowledge.text.tokens import pos_tags

# a reason told by a connective or a purpose clause — not a lack (缺少, 不足) nor a story's 因,
# 导致, 从而, which name a state or an event more often than they answer a why
TOLD = re.compile(
    r"因此|因为|由于|为了|(?<!项)目的|旨在|所以|之所以|是为|为的是|才能|防止|以免|以便|避免"
    r"|解决[^，。；]{0,24}(?:问题|顾虑|难题)|(?:^|[，,。；])为[^，,。；]{2,16}[，,]"
)
MIN_HELD = 2  # the question's words the documents use held near the reason, a noun among them
MAX_OWN = 1  # the question's words no document uses (多一点, 五五开): the asker's own wording


def _near(cand, docs) -> str:
    """The sentences just before and after the candidate: its neighbourhood, no title or date."""
    return normalise("\n".join(neighbours(cand.hit.chunk.text, cand.local)))


def _names(word: str) -> bool:
    """A noun or a name (电费, 诗仙, 李白): a thing no document mentions is a subject they do not
    speak of, not the asker's wording of a claim they state (五五开, 拆开来, 多一点)."""
    return any(p.flag in NOUNS for p in pos_tags(word))


def tells(question: str, cand, docs, index) -> bool:
    """The sentence states a reason (TOLD) and, with its neighbours, holds the claim asked: every
    word of the question the documents use, MIN_HELD at least and a noun among them (the claim's
    subject: 税收, 产值), and at most MAX_OWN word of its own."""
    if not TOLD.search(normalise(cand.text)):
        return False
    df = index.df
    missing = closeness.uncovered(question, cand, docs, index, context=_near)
    if len(missing) > MAX_OWN or any(df.get(w, 0) > 0 or _names(w) for w in missing):
        return False
    held = [w for w in closeness.content_words(question) if w not in missing and df.get(w, 0)]
    return len(held) >= MIN_HELD and any(_names(w) for w in held)


def sentences(question: str, ev) -> list:
    """The quoted sentences (reason first, else `chosen`) when one of them `tells` the reason a
    Chinese why asks, else []. From the local decision's floor on (`closeness.LOW`), as every
    route below the model's threshold."""
    if ev.lang != "zh" or ev.confidence < closeness.LOW or not WIDE_WHY.asks.search(question):
        return []
    quoted = ev.quote or ev.chosen
    return quoted if any(tells(question, c, ev.docs, ev.result.index) for c in quoted) else []


def near(question: str, ev):
    """The evidence read from `sentences`, or None."""
    return replace(ev, chosen=quoted, quote=[]) if (quoted := sentences(question, ev)) else None
