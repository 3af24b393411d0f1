"""A best sentence quoted with the neighbour it leans on, on its line: a result — 「因此它有时也被
称为笨蛋水果。」「在此背景下，各家经纪商决定……」 — says its cause only in the sentence before it,
and a sentence the next one carries on — 「……雷公藤制剂可引起肝、肾……等损害。」 before 「主要表现为
药物性肝炎……」, 「……斥资77亿美元收购希尔夏品牌。」 before 「连同债务承担，交易价格为85.5亿美
元。」 — is half an answer without it. The weakest other sentence gives way when the answer is full
(as for a clause's time head, `clause_heads.py`).

On CMRC trial (gold span in the answer): a result opener brings the sentence before in 5 more
answers, a continuation opener the one after in 3 more, at the cost of 2 whose third sentence
gave way."""

from __future__ import annotations

import re

from knowledge.answering.sentences.extractive import Candidate

# opens a sentence whose cause or occasion is the sentence before it
_RESULT = re.compile(r"^\W*(?:因此|所以|因而|故而|于是|由此|为此|在此背景下|正因如此|这样一来)")
# opens a sentence that carries on the one before it without restating its subject (not 其中:
# 「其中，跨境冷链物流中心计划四季度开工」 names one of the list before it, often not the one asked)
_GOES_ON = re.compile(
    r"^\W*(?:主要表现|连同|具体|即|指|不久|最终|最后|随后|此外|另外|同时|并且|而且|但)"
)

# opens a sentence giving the cause of the claim before it (「之所以这样设计，是因为…」)
_EXPLAINS = re.compile(
    r"^\W*(?:之所以|这是因为|这主要是因为|主要是因为|原因是|这样做|这么做|这样设计)"
)


def lend_claims(cands: list[Candidate]) -> None:
    """For a why asked (the caller reads it: reason_first.py), a sentence explaining the claim
    just before it on its line is scored on the claim's shared words too: 「之所以这样设计，是因为…」
    shares few of the question's words, the claim it explains (「前5年…飞出地分60%」) shares them."""
    for c in cands:
        if _EXPLAINS.search(c.text):
            before, _ = _beside(c, cands)
            if before is not None:
                c.score += max(0.0, before.overlap - c.overlap)


def with_neighbours(
    chosen: list[Candidate], cands: list[Candidate], max_sentences: int
) -> list[Candidate]:
    """`chosen` with the best sentence's leaned-on neighbours added, in reading order."""
    best = max(chosen, key=lambda c: c.score, default=None)
    if best is None:
        return chosen
    before, after = _beside(best, cands)
    need = []
    if before is not None and _RESULT.search(best.text):
        need.append(before)
    if after is not None and _GOES_ON.search(after.text):
        need.append(after)
    out = list(chosen)
    for n in need:
        if any(c.key == n.key for c in out):
            continue
        others = [c for c in out if c is not best and c not in need]
        if len(out) >= max_sentences and others:
            out.remove(min(others, key=lambda c: c.score))
        if len(out) < max_sentences:
            out.append(n)
    docs = list(dict.fromkeys(c.hit.chunk.doc_id for c in chosen))
    return sorted(out, key=lambda c: (docs.index(c.hit.chunk.doc_id), c.key[1]))


def _beside(c: Candidate, cands: list[Candidate]) -> tuple[Candidate | None, Candidate | None]:
    """The sentences just before and after `c` in its chunk, when on the same line."""
    text = c.hit.chunk.text
    same = [x for x in cands if x.hit.chunk.chunk_id == c.hit.chunk.chunk_id]
    before = max((x for x in same if x.local[1] <= c.local[0]), key=lambda x: x.local, default=None)
    after = min((x for x in same if x.local[0] >= c.local[1]), key=lambda x: x.local, default=None)
    if before is not None and "\n" in text[before.local[1] : c.local[0]]:
        before = None
    if after is not None and "\n" in text[c.local[1] : after.local[0]]:
        after = None
    return before, after
