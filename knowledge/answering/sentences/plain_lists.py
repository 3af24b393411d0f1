"""A list written on lines that carry no number: a lead-in that ends its line with a colon
(「申请人应当提交以下材料：」「不得有下列行为：」「下一步将重点推进以下工作：」) and the short
parallel lines it introduces, one item a line, with no （一） or 1． before them:

    第十一条　市级补助资金可以用于：
    电梯设备购置；
    管线迁改；
    结构加固和井道建设。

The items are the lines after the lead-in up to a blank line, a numbered line or heading, another
lead-in, a long line, or a line of another shape: items that end with 「；」 close on the first
one ending with 「。」 (the prose that goes on after it is no item); items that end with 「。」 or
with no mark go on while the lines keep that ending. Two lines at least make a list (an
addressee line 「各区民政局：」 opens one paragraph, not a list). Read across the pieces of the
same article, section or run of prose, since the chunker may cut inside the list."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.answering.sentences.extractive import Candidate
from knowledge.documents.articles import ARTICLE, is_item
from knowledge.schema import SECTION_SEP, Chunk, ScoredChunk
from knowledge.text.sentences import answer_spans

MAX_ITEMS = 12
MAX_LINE = 80  # an item line is short; a longer line is prose
MAX_BARE = 30  # an item with no closing mark is shorter still (a share bar, a signature are not)
PIECES = 2  # pieces read on either side of the chosen one
_LEAD_END = ("：", ":")
_SEMI = ("；", ";")
_FULL = tuple("。！？!?")
_ROW = re.compile(r"^[一二三四五六七八九十]{1,3}、")

Line = tuple[Chunk, int, int]  # (piece, start, end) in the piece's text; start == end: blank


def unit(c: Candidate, chunks: list[Chunk]) -> list[Candidate]:
    """The lead-in and item lines of the unnumbered list whose lead-in or item line holds `c`
    (empty when `c` is on none): each line one candidate, `c` kept where it stands."""
    lines = _lines(c.hit.chunk, chunks)
    pos = c.hit.chunk.start + c.local[0]
    at = next((i for i, (ch, s, e) in enumerate(lines) if ch.start + s <= pos < ch.start + e), None)
    if at is None:
        return []
    lead = at if _text(lines[at]).endswith(_LEAD_END) else _lead_above(lines, at)
    if lead is None:
        return []
    run = _run(lines, lead + 1)
    if len(run) < 2 or (lead != at and at not in run):
        return []
    return [_lead_cand(c, lines[lead]), *(_cand(c, lines[i]) for i in run)]


def after(lead: Candidate, chunks: list[Chunk]) -> list[Candidate]:
    """The unnumbered item lines after a lead-in that ends its line (empty when none follow)."""
    whole = unit(lead, chunks)
    return whole[1:] if whole and whole[0].key == lead.key else []


def _run(lines: list[Line], first: int) -> list[int]:
    """Indices of the item lines from `first` on (see the module's rule)."""
    out: list[int] = []
    shape = None
    for i in range(first, min(len(lines), first + MAX_ITEMS)):
        text = _text(lines[i])
        if not _itemlike(text):
            break
        end = _end(text)
        if shape is None:
            shape = end
        if end == "full" and shape == "semi":
            out.append(i)  # the last item of a list whose items end with 「；」
            break
        if end != shape or (end == "bare" and len(text) > MAX_BARE):
            break
        out.append(i)
    return out if len(out) >= 2 else []


def _lead_above(lines: list[Line], at: int) -> int | None:
    """The lead-in line above an item line `at`: the nearest line ending with a colon, only
    item-like lines between."""
    for i in range(at - 1, max(-1, at - MAX_ITEMS - 1), -1):
        text = _text(lines[i])
        if text.endswith(_LEAD_END):
            return i
        if not _itemlike(text):
            return None
    return None


def _itemlike(text: str) -> bool:
    """A non-blank, short, unnumbered line that is neither a heading nor a lead-in."""
    return bool(
        text
        and len(text) <= MAX_LINE
        and not text.endswith(_LEAD_END)
        and not is_item(text)
        and not _ROW.match(text)
        and not ARTICLE.match(text)
    )


def _end(text: str) -> str:
    if text.endswith(_SEMI):
        return "semi"
    if text.endswith(_FULL):
        return "full"
    return "other" if text[-1] in "，,、" else "bare"


def _lines(chunk: Chunk, chunks: list[Chunk]) -> list[Line]:
    """The lines of `chunk` and of the pieces of the same article, section or prose around it,
    blank lines kept (as empty spans), each line once."""
    out: dict[int, Line] = {}
    for piece in around(chunk, chunks, _next_piece):
        pos = 0
        for raw in piece.text.split("\n"):
            s = pos + len(raw) - len(raw.lstrip())
            e = max(s, pos + len(raw.rstrip()))
            at = piece.start + s
            if at not in out or e - s > out[at][2] - out[at][1]:
                out[at] = (piece, s, e)
            pos += len(raw) + 1
    kept, reach = [], -1
    for at in sorted(out):
        piece, s, e = out[at]
        if at >= reach:
            kept.append(out[at])
            reach = max(reach, at + e - s)
    return kept


def around(
    chunk: Chunk, chunks: list[Chunk], next_piece: Callable[[Chunk, list[Chunk], int], Chunk | None]
) -> list[Chunk]:
    """`chunk` and up to PIECES pieces on either side that `next_piece` reads on to, in order."""
    pieces = [chunk]
    for step in (-1, 1):
        piece = chunk
        for _ in range(PIECES):
            piece = next_piece(piece, chunks, step)
            if piece is None:
                break
            pieces = [piece, *pieces] if step < 0 else [*pieces, piece]
    return pieces


def _next_piece(chunk: Chunk, chunks: list[Chunk], step: int) -> Chunk | None:
    at = chunk.ordinal + step
    other = next((c for c in chunks if c.doc_id == chunk.doc_id and c.ordinal == at), None)
    if other is None or _article(other.section) != _article(chunk.section):
        return None
    return other


def _article(section: str | None) -> str | None:
    """The article (else the whole path) a piece belongs to; None for prose."""
    names = (section or "").split(SECTION_SEP)
    k = next((i for i, n in enumerate(names) if n.startswith("第") and n.endswith("条")), None)
    return SECTION_SEP.join(names[: k + 1]) if k is not None else section


def _text(line: Line) -> str:
    chunk, s, e = line
    return chunk.text[s:e]


def _lead_cand(c: Candidate, line: Line) -> Candidate:
    """The lead-in sentence that ends the line (`c` itself when `c` is it), just below `c`."""
    chunk, s, e = line
    spans = answer_spans(chunk.text[s:e], e - s)
    s, e = (s + spans[-1][0], s + spans[-1][1]) if spans else (s, e)
    return _cand(c, (chunk, s, e), c.score - 1e-6)


def _cand(c: Candidate, line: Line, score: float | None = None) -> Candidate:
    chunk, s, e = line
    if (chunk.doc_id, chunk.start + s) == c.key and chunk.text[s:e] == c.text:
        return c
    hit = c.hit if chunk is c.hit.chunk else ScoredChunk(chunk, 0.0)
    score = c.score if score is None else score
    return Candidate(hit, c.rank, (s, e), chunk.text[s:e], score=score)
