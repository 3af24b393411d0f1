"""A figure quoted with its date: a clause after 「；」 chosen as the answer brings the head of its
sentence when that head opens with a time — 「截至年底，合作区市场主体达到4587户…；实有人口约
3.9万人…」 answers 「2024年底实有人口多少」 only with 「截至年底」 before it."""

from __future__ import annotations

import re

from knowledge.answering.sentences.extractive import Candidate, head
from knowledge.text.sentences import answer_spans

# a sentence that opens with a time (2024年，今年上半年，1—9月) or states one with 截至/截止;
# not a month inside it (「学校9月开学，首批招收学生1260名；」 is no date for the next clause)
_TIME_HEAD = re.compile(
    r"^\W*(?:(?:19|20)\d{2}\s*年|今年|去年|上半年|下半年|\d{1,2}\s*(?:[—–\-~至]\s*\d{1,2}\s*)?月)"
    r"|截至|截止"
)


def with_heads(chosen: list[Candidate], max_sentences: int, max_chars: int) -> list[Candidate]:
    """The chosen sentences, the best one's head put before it when it is a clause whose
    sentence opens with a time. The weakest other sentence gives way when the answer is full."""
    best = max(chosen, key=lambda c: c.score, default=None)
    text = head(best) if best else ""
    if not text or not _TIME_HEAD.search(text):
        return chosen
    chunk = best.hit.chunk.text
    start = len(chunk[: best.local[0]].rstrip()) - len(text.lstrip())
    span = next((sp for sp in answer_spans(chunk, max_chars) if sp[0] == start), None)
    same = best.hit.chunk.chunk_id
    if span is None or any(c.hit.chunk.chunk_id == same and c.local == span for c in chosen):
        return chosen
    lead = Candidate(best.hit, best.rank, span, chunk[span[0] : span[1]], score=best.score)
    others = [c for c in chosen if c is not best]
    drop = min(others, key=lambda c: c.score) if len(chosen) >= max_sentences and others else None
    out: list[Candidate] = []
    for c in chosen:
        if c is best:
            out += [lead, best]
        elif c is not drop:
            out.append(c)
    return out
