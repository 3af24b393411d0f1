"""An English why-question reads the passages where the retrieved documents ask a why.

A 解读 answers 「为什么要出台《管理办法》」 under that heading, a press conference under 「问：为什么
分享比例要向飞出地倾斜？」: the passage that gives the reason is headed by the question. The
keyword index drops 为什么/为何 (question words), and the English words of the question ("new
rules", "the May measure") rarely reach the Chinese words of that passage, so it falls outside
the retrieved passages although its document is retrieved. For an English why-question every
passage of a retrieved document that holds such a line joins the cross-lingual pool, where e5,
the Chinese terms shared and the reason's shape then weigh it like any other passage. A
sentence of such a section, or answering such a question, gives the reason whatever its own
words (「还需要一套可操作的规则」 under 「为什么要出台」): it is not penalised for lacking a
reason's shape (`lift`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.answering.core.cues import EN_WHY, SCALE_EN
from knowledge.answering.core.qa_context import asked_before
from knowledge.schema import Chunk, ScoredChunk

# a heading or a question line asking why: short, holding 为什么/为何/为啥 (not 原因 or 目的,
# which a body sentence names: 「确有客观原因的」)
_WHY_LINE = re.compile(r"^[^\n。]{0,30}(?:为什么|为何|为啥)[^\n。]{0,30}$", re.M)
_WHY_ASKED = re.compile(r"\bwhy\b", re.I)
_ASKER = re.compile(r"\s*(?:问|提问|记者问|Q)\s*\d*[:：．.]")


def asks_why(text: str) -> bool:
    """Whether a passage holds a line that asks why (a heading, a Q&A question)."""
    return bool(_WHY_LINE.search(text))


def with_why_sections(
    question: str, pool: list[ScoredChunk], ranked: list[ScoredChunk],
    chunks_of: Callable[[str], list[Chunk]],
) -> list[ScoredChunk]:  # fmt: skip
    """`pool` and, for an English why-question, the passages of `ranked`'s documents that ask a
    why and are not in it yet (after it, in their documents' order)."""
    if not _WHY_ASKED.search(question):
        return pool
    have = {h.chunk.chunk_id for h in pool}
    extra: list[ScoredChunk] = []
    for doc_id in dict.fromkeys(h.chunk.doc_id for h in ranked):
        for chunk in chunks_of(doc_id):
            if chunk.chunk_id not in have and asks_why(chunk.text):
                have.add(chunk.chunk_id)
                extra.append(ScoredChunk(chunk, 0.0))
    return pool + extra


def answers_why(chunk: Chunk, start: int) -> bool:
    """Whether the sentence at `start` of `chunk` sits in a section headed by a why or answers
    a Q&A question asking one."""
    if any(asks_why(p) for p in chunk.path()):
        return True
    line = asked_before(chunk.text, start)  # a reporter's or reader's question, not a headline
    return bool(_ASKER.match(line)) and asks_why(line)


def lift(question: str, cands: list) -> None:
    """For an English why-question: a candidate that answers a why (`answers_why`) without a
    reason's shape of its own is not penalised for it (EN_WHY's penalty given back)."""
    if not _WHY_ASKED.search(question):
        return
    for c in cands:
        if not EN_WHY.has.search(c.text) and answers_why(c.hit.chunk, c.local[0]):
            c.score += SCALE_EN * (EN_WHY.bonus + EN_WHY.penalty)
