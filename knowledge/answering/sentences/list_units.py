"""A list asked (哪些材料, 哪几项要求, 哪几部分) is answered by the whole list: its lead and every
item, from the one document and article or section that holds it. A list is read from the lines
of a structured passage (a policy's article, a notice's outline section, an attachment's table):

- a lead-in line ending with a colon (「备案材料包括：」「有下列情形之一的，不予备案：」) and the
  numbered lines after it;
- an outline section's heading (「三、申报材料」「二、规范备案和数据报送」) or an attachment's
  title (「青禾市飞地园区退出清算报告提纲」) and the numbered lines under it — 项 （一）, 目 1.,
  an attachment's 一、 二、 rows;

each item line whole (its run-in title 「（一）备案时限。」 is what the list names), read on into
the next piece of the same article when the chunker cut inside the list. A chosen sentence on any
line of such a list, or on its lead, brings the list (`unit_of`)."""

from __future__ import annotations

import re

from knowledge.answering.sentences import list_items, plain_lists
from knowledge.answering.sentences.extractive import Candidate
from knowledge.documents.articles import is_item
from knowledge.schema import Chunk, ScoredChunk
from knowledge.text.sentences import answer_spans

MAX_LINES = list_items.MAX_ITEMS + 4  # items and their 目; a longer list is cut
# an outline row 「一、资产清查：…」: an item of an attachment's table, a section heading elsewhere
_ROW = re.compile(r"^[一二三四五六七八九十]{1,3}、")
# a labelled ordinal line 「亮点一：…」「一是…」 (a bold mark left by markdown before it)
_ORDINAL = re.compile(
    r"^(?:\*\*)?(?:[\u4e00-\u9fff]{1,4}?[一二三四五六七八九十]{1,2}[：:]|[一二三四五六七八九十]{1,2}是)"
)
_LEAD_END = ("：", ":")
_SENTENCE_END = tuple("。！？；;!?")

Line = tuple[Chunk, int, int]  # a line of a chunk: (chunk, start, end) in the chunk's text


def _item(line: str) -> bool:
    return is_item(line) or bool(_ROW.match(line) or _ORDINAL.match(line))


def unit_of(c: Candidate, chunks: list[Chunk]) -> list[Candidate]:
    """The lead and the item lines of the list whose lead or item line holds `c` (empty when
    `c` is on no such line): a numbered list (`numbered_unit`), else one on unnumbered lines
    after a lead-in (`plain_lists.unit`)."""
    return numbered_unit(c, chunks) or plain_lists.unit(c, chunks)


def numbered_unit(c: Candidate, chunks: list[Chunk]) -> list[Candidate]:
    """The item run around `c`'s line, or after it when `c`'s line is the lead, read across
    the pieces of the same section or article; the lead is the line before the run when it
    ends with a colon or is a heading or title (no sentence end), the last sentence of a
    lead-in line that says more first."""
    if not c.hit.chunk.section:
        return []
    lines = _section_lines(c.hit.chunk, chunks)
    at = next(
        (i for i, (ch, s, e) in enumerate(lines) if ch is c.hit.chunk and s <= c.local[0] < e),
        None,
    )
    if at is None:
        return []
    first = at
    if _item(_text(lines[at])) and not _heading(lines[at]):
        while first > 0 and _item(_text(lines[first - 1])) and not _heading(lines[first - 1]):
            first -= 1
        lead_at = first - 1
    else:
        lead_at, first = at, at + 1
    if first >= len(lines) or not _item(_text(lines[first])):
        return []
    lead = _lead(c, lines[lead_at]) if lead_at >= 0 else None
    if lead is None and lead_at >= 0 and not _item(_text(lines[at])):
        return []  # a plain sentence above items that are not its list
    last = first
    while last + 1 < len(lines) and _item(_text(lines[last + 1])) and not _heading(lines[last + 1]):
        last += 1
    items = [_cand(c, line) for line in lines[first : last + 1]]
    return ([lead] if lead is not None else []) + items[:MAX_LINES]


def _section_lines(chunk: Chunk, chunks: list[Chunk]) -> list[Line]:
    """The lines of `chunk` and of the pieces of the same section or article around it, in
    reading order, each once (overlapping pieces repeat lines: the longest copy is kept)."""
    out: dict[int, Line] = {}
    for piece in plain_lists.around(chunk, chunks, _next_piece):
        for s, e in list_items.lines_of(piece.text, 0):
            at = piece.start + s
            if at not in out or e - s > out[at][2] - out[at][1]:
                out[at] = (piece, s, e)
    kept, reach = [], -1
    for at in sorted(out):
        piece, s, e = out[at]
        if at >= reach:  # not inside a line already kept
            kept.append(out[at])
            reach = at + e - s
    return kept


def _next_piece(chunk: Chunk, chunks: list[Chunk], step: int) -> Chunk | None:
    at = chunk.ordinal + step
    other = next((c for c in chunks if c.doc_id == chunk.doc_id and c.ordinal == at), None)
    if other is None or not other.section:
        return None
    article = list_items.article_of(other.section)
    same = other.section == chunk.section or (
        article is not None and article == list_items.article_of(chunk.section)
    )
    return other if same else None


def _text(line: Line) -> str:
    chunk, s, e = line
    return chunk.text[s:e]


def _heading(line: Line) -> bool:
    """Whether the line is its section's own heading (「二、规范备案和数据报送」)."""
    text = _text(line)
    return bool(_ROW.match(text)) and text in (line[0].section or "")


def _lead(c: Candidate, line: Line) -> Candidate | None:
    chunk, s, e = line
    text = chunk.text[s:e]
    if text.endswith(_LEAD_END):
        spans = answer_spans(text, len(text))  # the lead-in sentence that ends the line
        s, e = (s + spans[-1][0], s + spans[-1][1]) if spans else (s, e)
    elif text.endswith(_SENTENCE_END) or _item(text) and not _heading(line):
        return None
    return _cand(c, (chunk, s, e), c.score - 1e-6)


def _cand(c: Candidate, line: Line, score: float | None = None) -> Candidate:
    chunk, s, e = line
    hit = c.hit if chunk is c.hit.chunk else ScoredChunk(chunk, 0.0)
    score = c.score if score is None else score
    return Candidate(hit, c.rank, (s, e), chunk.text[s:e], score=score)


def quoted(chosen: list[Candidate], chunks: list[Chunk]) -> list[Candidate] | None:
    """For a list question: the best-scored chosen sentence that sits in a list (of the best
    sentence's document) brings that whole list, quoted where its first chosen line stood;
    the chosen sentences of the same document stay, the others go. None when no chosen
    sentence is in a list. A chosen sentence keeps its place and score inside its line; the
    rest of a line (a run-in title 「（一）备案时限。」) and the lines no sentence was chosen
    from join with no score, so the best sentence the checks read is the one chosen."""
    if not chosen:
        return None
    best = max(chosen, key=lambda c: c.score)
    doc = best.hit.chunk.doc_id
    for c in sorted(chosen, key=lambda c: -c.score):
        if c.hit.chunk.doc_id != doc:
            continue
        lines = unit_of(c, chunks)
        if len(lines) >= 2:
            break
    else:
        return None
    unit = [x for line in lines for x in _sentences(line, chosen)]
    out: list[Candidate] = []
    for x in chosen:
        inside = _inside(x, lines)
        if not inside and x.hit.chunk.doc_id == doc and x not in out:
            out.append(x)  # the sentence a lead-in ends the line of comes before the list
        if (inside or x is c) and unit[0] not in out:
            out += unit
    return out


def _sentences(line: Candidate, chosen: list[Candidate]) -> list[Candidate]:
    """The line's sentences: the chosen one where one was chosen, else a new one, unscored."""
    by_key = {x.key: x for x in chosen}
    text, (s0, e0) = line.hit.chunk.text, line.local
    out = []
    for s, e in answer_spans(text[s0:e0], e0 - s0) or [(0, e0 - s0)]:
        new = Candidate(line.hit, line.rank, (s0 + s, s0 + e), text[s0 + s : s0 + e])
        out.append(by_key.get(new.key, new))
    return out


def _inside(x: Candidate, unit: list[Candidate]) -> bool:
    """Whether `x` is a sentence of one of the unit's lines (the same text, within its span)."""
    at = x.hit.chunk.start + x.local[0]
    return any(
        u.hit.chunk.doc_id == x.hit.chunk.doc_id
        and u.hit.chunk.start + u.local[0] <= at < u.hit.chunk.start + u.local[1]
        for u in unit
    )
