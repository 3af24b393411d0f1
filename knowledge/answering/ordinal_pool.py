"""A question naming an ordinal (首批, 第二届) that no first-passage sentence names: the further
retrieved passages' sentences that do (evidence.py reads them for Chinese questions)."""

from __future__ import annotations

from knowledge.answering.checking import constraints
from knowledge.answering.sentences import extractive
from knowledge.schema import ScoredChunk
from knowledge.text.normalise import normalise

DEEPER = 20  # further retrieved passages searched for an ordinal the first ones lack


def _meets(ordinals: set[tuple[str, int]], text: str) -> bool:
    """Whether a sentence names the ordinal asked (首批, 第二届) and no other of its kind: 「与首批
    …不同，第二批…」 is about the second batch."""
    kinds = {k for k, _ in ordinals}
    found = {o for o in constraints.ordinals_in(normalise(text)) if o[0] in kinds}
    return bool(found) and found <= ordinals


def further(
    query: str, deeper: list[ScoredChunk], cands: list[extractive.Candidate], chunk_chars: int
) -> list[extractive.Candidate]:
    """When the question names an ordinal (首批, 第二届) that no candidate sentence names, the
    sentences of the further retrieved passages (past the first ones, up to DEEPER) that do:
    the right batch is often in a passage that ranks below others about the same thing (the
    second batch's report outranks the year review that has the first). Only those sentences
    join, with their passage's rank; nothing is embedded."""
    ordinals = constraints.asked(query).ordinals
    if not ordinals:
        return []
    seen = {c.key for c in cands}
    extra = []
    for rank, hit in enumerate(deeper[:DEEPER], start=len({c.rank for c in cands})):
        for c in extractive.candidates([hit], chunk_chars):
            if c.key not in seen and _meets(ordinals, c.text):
                c.rank = rank
                seen.add(c.key)
                extra.append(c)
    return extra


def promoted(
    cands: list[extractive.Candidate], deeper: list[extractive.Candidate]
) -> list[extractive.Candidate]:
    """The further sentences naming the ordinal asked that hold more of the question than every
    first-passage sentence, scored as if their passage had come first (the rank that kept it
    out is the one it beats); the others stay out."""
    best = max((c.overlap for c in cands), default=0.0)
    top = extractive.DOC_PRIOR + extractive.CHUNK_PRIOR
    out = [c for c in deeper if c.overlap > best]
    for c in out:
        c.score += top - c.prior
    return out
