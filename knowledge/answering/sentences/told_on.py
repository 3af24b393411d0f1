"""An attribute or a definition told from the sentence that opens on it goes on in the next one.

In an encyclopedia entry the sentence opening on the attribute asked — 「症状包括暴发性痢疾、……」,
「范围从北欧大陆海岸外5~32公里处……延伸到……」 — or on the term asked to be defined (「标准杆数是指
……」) is moved up for the quoting (`attribute_head`, `definitions`), and the description it
opens often runs on in the next sentence of its line, which names neither the subject nor the
question's words (「阿米巴能穿过肠壁，造成损害……」, 「虽在地理上自成一个单元，……」). By shared
characters the runner-up quoted beside it is a sentence restating the subject's name elsewhere in
the entry (「溶组织内阿米巴是致病的，……」), so the answer told half the description and a stray
fact. When several things are asked (哪些, 哪几), a sentence carrying the best on by its opening
word (「以及……」「相反意见认为……」) is the same: the rest of the list or the other view the best
began; asked one thing (「研究成果是什么」), the best may be the list and the answer elsewhere.

Here that next sentence takes the place of the weakest other quoted sentence that was not itself
moved up for opening on what is asked (never one sentence more than were chosen; beside a lone
best only when fewer than `max_sentences` were chosen). The attribute must not be the entry's
subject itself: 「成熟的刺角瓜是什么味道」 reads 刺角瓜 as an attribute of 成熟, and the opening
line it lifts (「刺角瓜（…），又名…」) opens no description.

For the draft only (`pipeline._quoted`): the decision to answer or refuse, every check and the
refusal model read the chosen sentences as before. Prose only: a structured document's article
is read on by `list_items.followers`."""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.answering.sentences import attribute_head, definitions
from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.whole_sentence import whole
from knowledge.text.normalise import normalise
from knowledge.text.sentences import answer_spans

# opens a sentence carrying the one before on: the rest of its list, the other side of its view
_CARRIES_ON = re.compile(r"^\W*(?:以及|相反|反之)")
_MANY = re.compile(r"哪些|哪几")  # several things asked: a list, views


def carried_on(
    question: str, chosen: list[Candidate], max_chars: int, max_sentences: int
) -> list[Candidate]:
    """`chosen` with the sentence the best goes on in, in place of the weakest other sentence
    not lifted itself (or beside a lone best), in reading order; `chosen` itself otherwise."""
    best = _opening(question, chosen)
    if best is None or best.hit.chunk.section or (nxt := after(best, max_chars)) is None:
        return chosen
    carries = _MANY.search(question) is not None and _CARRIES_ON.match(nxt.text) is not None
    if not (carries or opens_asked(question, best)):
        return chosen
    if any(_holds(c, nxt) for c in chosen):
        return chosen
    if len(chosen) >= max_sentences:
        others = [c for c in chosen if c is not best and c.lowered >= 0]
        if not others:
            return chosen
        weakest = min(others, key=lambda c: c.score)
        chosen = [c for c in chosen if c is not weakest]
    out = [*chosen, nxt]
    docs = list(dict.fromkeys(c.hit.chunk.doc_id for c in out))
    return sorted(out, key=lambda c: (docs.index(c.hit.chunk.doc_id), c.key[1]))


def _opening(question: str, chosen: list[Candidate]) -> Candidate | None:
    """The best chosen sentence; or, when it was not moved up for what is asked, a chosen one
    moved up for defining the term asked (「三角关系，亦称做…，是指…陷入了类似以下的状况。」 a hair
    below 「但是三角关系会对伴侣造成不小的背叛。」): the definition goes on all the same."""
    best = max(chosen, key=lambda c: c.score, default=None)
    if best is None or opens_asked(question, best) or not (term := definitions.term(question)):
        return best
    defining = [c for c in chosen if c.lowered < 0 and definitions.defines(c.text, term)]
    return max(defining, key=lambda c: c.score, default=best)


def opens_asked(question: str, best: Candidate) -> bool:
    """Whether the best was moved up for opening on the attribute asked of the entry's subject
    (not on the subject itself) or on the term asked to be defined, and defining it."""
    if best.lowered >= 0:
        return False
    term = definitions.term(question)
    if term and definitions.defines(best.text, term):
        return True
    y = attribute_head.asked(question)
    title = normalise(best.hit.chunk.title)
    subject_itself = y is not None and len(y) >= 2 and y in title
    return bool(y) and not subject_itself and attribute_head.opens_on(best.text, y or "")


def after(best: Candidate, max_chars: int) -> Candidate | None:
    """The sentence just after `best` on its line (its whole sentence when cut at 「；」)."""
    text = best.hit.chunk.text
    span = next(((s, e) for s, e in answer_spans(text, max_chars) if s >= best.local[1]), None)
    if span is None or "\n" in text[best.local[1] : span[0]] or not text[span[0] : span[1]].strip():
        return None
    nxt = replace(best, local=span, text=text[span[0] : span[1]], score=0.0, lowered=0.0)
    wide = whole(nxt, max_chars)
    if wide is None or wide[0] < best.local[1]:
        return nxt
    return replace(nxt, local=wide, text=text[wide[0] : wide[1]])


def _holds(c: Candidate, nxt: Candidate) -> bool:
    """Whether the chosen sentence `c` is, or holds, the sentence after."""
    same = c.hit.chunk.chunk_id == nxt.hit.chunk.chunk_id
    return same and c.local[0] <= nxt.local[0] < c.local[1]
