"""An English question naming what only one source tells ("the Hong Kong firm's base", when
two documents tell a start of works) is answered from that source: a sentence often leaves the
name to the rest of its passage (「港滇通…興建跨境冷鏈物流基地」 … 「項目計劃今年5月動工」 …
「…到香港再轉運」), and loses to another document's sentence holding more of the question's
other words (「跨境冷链物流中心计划今年四季度开工」, Guandu's centre). Here the question's words
that the passages of one document alone hold, among the read passages in another language than
the question's, count for that document's sentences that leave them to their passage."""

from __future__ import annotations

import math

from knowledge.answering.core.cues import english_cues
from knowledge.text.normalise import language, normalise

WEIGHT = 0.15  # beside `extractive.CROSS` (0.2), per share of the question's word weight


def _holds(terms: list[str], text: str) -> bool:
    return any(t in text for t in terms)


def lift(question: str, cands: list, groups: dict[str, list[str]], index) -> None:
    """Add WEIGHT × the weight share of the words only its document's passages hold (and the
    sentence does not) to each candidate in another language than `question`'s that holds the
    slot asked: a when-question only (a time's shape is narrow; a figure's — any number — let
    a lifted sentence answer "how many guesthouses" from another count), and the sentence has
    each kind's shape asked."""
    cues = english_cues(question)
    if not groups or "time" not in {c.name for c in cues}:
        return  # before any passage is read: most questions ask no time
    lang, langs = language(question), {}
    for c in cands:  # each passage's language once (a passage gives several candidates)
        chunk = c.hit.chunk
        if chunk.chunk_id not in langs:
            langs[chunk.chunk_id] = language(chunk.text)
    other = [c for c in cands if langs[c.hit.chunk.chunk_id] != lang]
    if not other:
        return
    forms = {w: [w, *terms] for w, terms in groups.items()}
    weight = {w: max(index.idf(t) for t in f) for w, f in forms.items()}
    total = math.fsum(weight.values())
    passages = {c.hit.chunk.chunk_id: normalise(c.hit.chunk.text) for c in other}
    doc_of = {c.hit.chunk.chunk_id: c.hit.chunk.doc_id for c in other}
    docs = {w: {doc_of[k] for k, t in passages.items() if _holds(f, t)} for w, f in forms.items()}
    only = {w: next(iter(d)) for w, d in docs.items() if len(d) == 1}
    if not only or not total:
        return
    for c in other:
        if not all(cue.has.search(c.text) for cue in cues):
            continue
        passage, said = passages[c.hit.chunk.chunk_id], normalise(c.text)
        add = math.fsum(
            weight[w]
            for w, doc in only.items()
            if doc == c.hit.chunk.doc_id
            and _holds(forms[w], passage)
            and not _holds(forms[w], said)
        )
        c.score += WEIGHT * add / total
