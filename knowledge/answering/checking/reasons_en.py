"""A reason asked in English and none given: why-questions answered by the fact itself.

"Why did the second batch of certified projects include more new-energy projects?" is answered,
near the question, by 「第二批中新能源和生物医药项目明显增多，共有6个」 — the change asked
about, restated, with no cause. On every English why-question of the tune sets that was answered
right, some quoted sentence has a reason's shape: a Chinese causal or purpose word (the broad
`reasons.REASON`: 因为, 为了, 受…影响, 需要, 不足 …), an English one (`cues.EN_WHY`: because,
so that, in order to …), a cause said in the sentence before it (`reasons.CAUSE`), or the
sentence sits in a section headed by a why or answers a why asked at a press conference
(`why_sections.answers_why`). When no quoted sentence has any of these, the documents give no
reason and decide.py abstains with the nearest evidence.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import reasons
from knowledge.answering.checking.surroundings import context
from knowledge.answering.core.cues import EN_WHY
from knowledge.answering.sentences.why_sections import answers_why
from knowledge.text.normalise import normalise

_WHY = re.compile(r"^\s*why\b|[,;:]\s*why\b|\b(?:and|but|so)\s+why\b", re.I)


def gives_reason(c, docs) -> bool:
    """Whether a quoted sentence gives a reason: its own shape, its section, or the cause said
    just before it."""
    text = normalise(c.text)
    if reasons.REASON.search(text) or EN_WHY.has.search(c.text):
        return True
    if answers_why(c.hit.chunk, c.local[0]):
        return True
    return bool(reasons.CAUSE.search(context(c, docs)[0]))


def missing(question: str, ev) -> str | None:
    """ "reason" when an English question asks why and no quoted sentence gives a reason."""
    if not _WHY.search(question) or not ev.chosen:
        return None
    return None if any(gives_reason(c, ev.docs) for c in ev.chosen) else "reason"
