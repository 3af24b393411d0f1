"""Why a policy was issued — 「为什么要出台这个办法」「制定办法的目的是什么」「出于什么考虑」, "Why
did the county draw up the measures?" — is told where a policy document says it: its opening
article's purpose clause (「为解决……，制定本办法。」) and a 解读's background section
(「一、出台背景」「为什么要出台《管理办法》」), whose sentences tell the problem the measure met with
no reason word of their own (「不少食堂开张一年就关了门」).

The question's words name the policy (磨憨、飞地、园区、管理、办法), which its other articles repeat
more than the purpose clause does, so the opening article and the background section fall
outside the retrieved passages although their documents are retrieved. For such a question the
passages of the first retrieved documents that hold a purpose clause or sit under a background
heading join the pool (`with_purpose_passages`), where they are scored like any other; a sentence
of a background section tells the reason whatever its own words (`lift`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.schema import Chunk, ScoredChunk

_KIND = r"(?:办法|规定|细则|条例|方案|意见|政策|通知|规划|制度|措施)"
_ISSUE = r"(?:出台|制定|印发|发布|推出|制订)"
# why the policy was issued: a why with an issuing verb, or the purpose of the policy itself
ASKED = re.compile(
    rf"(?:为什么|为何|为啥|出于什么考虑|怎么想到)[^？?]{{0,30}}{_ISSUE}"
    rf"|{_ISSUE}[^？?]{{0,40}}(?:目的|初衷|用意|背景|原因|考虑|出发点)"
    rf"|{_KIND}[^？?，,]{{0,4}}(?:目的|宗旨|初衷|用意|出发点)"
    r"|\bwhy\b[^?]{0,60}\b(?:issu|draw|drew|drawn|introduc|adopt|launch|publish|formulat)"
    r"|\b(?:purpose|aim|objective)s? of (?:the|this|these) (?:new )?"
    r"(?:measures|rules|regulations|policy|notice|plan)",
    re.I,
)
# an opening article's purpose clause: 「为……，根据……，制定本办法。」
PURPOSE_CLAUSE = re.compile(rf"为[^。；]{{2,150}}?，[^。]{{0,80}}?{_ISSUE}本(?:实施)?{_KIND}")
# a heading telling why the policy was issued
_BACKGROUND = re.compile(
    rf"^[^\n。]{{0,12}}(?:(?:{_ISSUE}|起草|修订)(?:的)?(?:背景|目的|原因|必要性)"
    rf"|为什么要?{_ISSUE})[^\n。]{{0,24}}$",
    re.M,
)
DOCS = 3  # the first retrieved documents read


def asks_issue(question: str) -> bool:
    return bool(ASKED.search(question))


def in_background(chunk: Chunk) -> bool:
    """Whether a passage sits under a heading telling why its policy was issued."""
    return any(_BACKGROUND.search(p) for p in chunk.path())


def tells_purpose(chunk: Chunk) -> bool:
    return bool(PURPOSE_CLAUSE.search(chunk.text)) or in_background(chunk)


def with_purpose_passages(
    question: str, pool: list[ScoredChunk], ranked: list[ScoredChunk],
    chunks_of: Callable[[str], list[Chunk]],
) -> list[ScoredChunk]:  # fmt: skip
    """`pool` and, for a question asking why a policy was issued, the passages of the first
    `DOCS` documents of `ranked` that hold a purpose clause or a background section and are not
    in it yet (after it, in their documents' order)."""
    if not asks_issue(question):
        return pool
    have = {h.chunk.chunk_id for h in pool}
    extra: list[ScoredChunk] = []
    for doc_id in list(dict.fromkeys(h.chunk.doc_id for h in ranked))[:DOCS]:
        for chunk in chunks_of(doc_id):
            if chunk.chunk_id not in have and tells_purpose(chunk):
                have.add(chunk.chunk_id)
                extra.append(ScoredChunk(chunk, 0.0))
    return pool + extra


def lift(question: str, cands: list, bonus: float) -> None:
    """For a question asking why a policy was issued: a sentence of a background section or a
    purpose clause scores `bonus` more (the reason's shape it may lack in words)."""
    if not asks_issue(question):
        return
    for c in cands:
        if in_background(c.hit.chunk) or PURPOSE_CLAUSE.search(c.text):
            c.score += bonus
