"""The best clause quoted with its whole sentence: the splitter ends a unit at 「；」, so a long
sentence of an encyclopedia entry — 「此树的用途广泛，包括…作为食物来源；木材可制成猎鸟的矛；
心材…可作为传统纹身用的颜料。」 — is several candidates, and the first clause, holding the question's
words (用途), is quoted without the clauses its sentence goes on with, which hold the answer and
none of the question's words. The best chosen clause that ends on 「；」 or follows one on its line
is widened to its whole sentence (up to 。！？ or the line's end, both ways, within `MAX_CHARS`),
and a chosen clause it now holds is dropped: the answer quotes one sentence more fully, never one
more sentence. Markup whose own 「;」 cut a name apart (「-{zh-hant:猴面包树;zh-tw:猴面包树}-」) is
joined again the same way.

The other quoted clauses are widened the same way (`_others`) when their whole sentence holds no
other quoted sentence: the best may be an entry's opening line (「牡蒿（学名：）为菊科蒿属的植物。」)
and the description asked the quoted runner-up, one clause of 「多年生草本，茎直立；叶子互生，…；
头状花序卵形，…」 — the quoting completed the best sentence only.

For the draft only (`pipeline`): the decision to answer or refuse, every check and the refusal
model read the chosen clauses as before. Prose only: a structured document's article cut at 「；」
is read on by `list_items.followers`, and an item line of a list is no clause of a sentence."""

from __future__ import annotations

from dataclasses import replace

from knowledge.answering.sentences.extractive import Candidate
from knowledge.text.sentences import answer_spans

MAX_CHARS = 240  # a longer sentence is a paragraph run together: the clause stays alone
_PART_END = ("；", ";")


def widen(chosen: list[Candidate], max_chars: int) -> list[Candidate]:
    """`chosen` with its best clause widened to its whole sentence (in place of it), the chosen
    clauses that sentence holds dropped; `chosen` itself when the best is no such clause.
    `max_chars` is the one the candidates were cut with (`extractive.candidates`)."""
    best = max(chosen, key=lambda c: c.score, default=None)
    if best is None:
        return chosen
    return _others(_widened(chosen, best, max_chars), max_chars)


def _widened(chosen: list[Candidate], best: Candidate, max_chars: int) -> list[Candidate]:
    """`chosen` with `best` widened to its whole sentence, the chosen clauses it holds dropped."""
    if best.hit.chunk.section or (span := whole(best, max_chars)) is None:
        return chosen
    text = best.hit.chunk.text
    wide = replace(best, local=span, text=text[span[0] : span[1]])
    same = best.hit.chunk.chunk_id
    out: list[Candidate] = []
    for c in chosen:
        if c is best:
            out.append(wide)
        elif not (c.hit.chunk.chunk_id == same and span[0] <= c.local[0] < span[1]):
            out.append(c)
    return out


def whole(part: Candidate, max_chars: int) -> tuple[int, int] | None:
    """The span of the sentence `part` is a clause of, when `part` ends on 「；」 or follows one
    on its line; None otherwise, or when that sentence runs over `MAX_CHARS`."""
    text = part.hit.chunk.text
    units = answer_spans(text, max_chars)
    at = next((i for i, u in enumerate(units) if u[0] <= part.local[0] < u[1]), None)
    if at is None:
        return None
    first = last = at
    while first > 0 and _goes_on(text, units[first - 1], units[first]):
        first -= 1
    while last + 1 < len(units) and _goes_on(text, units[last], units[last + 1]):
        last += 1
    span = (units[first][0], units[last][1])
    if (first, last) == (at, at) or span[1] - span[0] > MAX_CHARS:
        return None
    if span[0] > part.local[0] or span[1] < part.local[1]:
        return None  # the candidate is no unit of its chunk's sentences (a cut piece)
    return span


def _goes_on(text: str, prev: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """Whether the unit `nxt` continues the sentence `prev` ends with a semicolon, on one line."""
    return text[prev[0] : prev[1]].rstrip().endswith(_PART_END) and "\n" not in text[
        prev[1] : nxt[0]
    ]


def _others(chosen: list[Candidate], max_chars: int) -> list[Candidate]:
    """`chosen` with each other clause widened to its whole sentence when that sentence holds no
    other quoted sentence (in the document's offsets: overlapping passages repeat sentences)."""
    out = list(chosen)
    for i, c in enumerate(out):
        if c.hit.chunk.section or (span := whole(c, max_chars)) in (None, c.local):
            continue
        lo, hi = c.hit.chunk.start + span[0], c.hit.chunk.start + span[1]
        if any(o is not c and o.key[0] == c.key[0] and _meets(o, lo, hi) for o in out):
            continue
        out[i] = replace(c, local=span, text=c.hit.chunk.text[span[0] : span[1]])
    return out


def _meets(o: Candidate, lo: int, hi: int) -> bool:
    """Whether the quoted `o` overlaps the document span [lo, hi)."""
    start = o.hit.chunk.start + o.local[0]
    return start < hi and lo < start + len(o.text)
