"""A lead-in quoted with its list: 「备案材料包括：」 「有下列情形之一的，不予备案：」 answer nothing
alone — the 项 （一）（二） and 目 1. 2. that follow are the answer. A chosen sentence that ends
with a colon brings the item lines after it, read on into the next chunk when a long article was
cut inside the list (the chunker cuts at 款/项, so the items may sit in the next piece).

Likewise a provision cut at its semicolon: 「先由联合管理委员会协调；」 is the first step of a
procedure whose next steps (「协调不成的，…；调解不成的，报市人民政府裁定。」) follow in the same
sentence; a chosen part that ends with 「；」 (not an item of a list) brings the rest of its
sentence.

The other way round, an item quoted alone says nothing of what its list rules: 「（二）园区设立前
已在飞入地登记注册的企业缴纳的税收；」 answers 「老企业交的税也要拿出来分吗」 only under its
lead-in 「下列收入不计入分享基数：」, which a chosen item brings before it (`lead_of`)."""

from __future__ import annotations

from knowledge.answering.sentences import plain_lists
from knowledge.answering.sentences.extractive import Candidate
from knowledge.documents.articles import is_item
from knowledge.schema import SECTION_SEP, Chunk, ScoredChunk
from knowledge.text.sentences import answer_spans

MAX_ITEMS = 12  # a longer list is cut (the citation opens the whole article)
_LEAD_END = ("：", ":")
_PART_END = ("；", ";")


def with_items(
    chosen: list[Candidate], chunks: list[Chunk], lists: bool = False
) -> list[Candidate]:
    """`chosen` with the item lines after each lead-in inserted after it (each line once); for
    a question asking for a list (`lists`), a sentence whose 款 goes on into a lead-in
    (「…报市发展改革委备案。备案材料包括：」) brings that lead-in and its items too, and a best
    sentence that is an item is quoted with the whole list it belongs to, alone."""
    best = max(chosen, key=lambda c: c.score, default=None)
    if lists and best is not None and best.hit.chunk.section and _is_item(best.text):
        return list_of(best, chunks)
    out: list[Candidate] = []
    seen = {c.key for c in chosen}
    for c in chosen:
        if c in out:
            continue
        lead = lead_of(c, chunks) if c.hit.chunk.section and _is_item(c.text) else None
        if lead is not None and lead.key not in seen:
            seen.add(lead.key)
            out.append(lead)
        out.append(c)
        for item in followers(c, chunks, lists):
            if item.key in seen:
                out += [x for x in chosen if x.key == item.key and x not in out]
            else:
                seen.add(item.key)
                out.append(item)
    return out


def followers(c: Candidate, chunks: list[Chunk], lists: bool = False) -> list[Candidate]:
    """What a chosen sentence needs after it: the items of a lead-in, the rest of a sentence
    cut at a semicolon; for a list question, a lead-in that ends its line and its items."""
    text = c.text.rstrip()
    if not c.hit.chunk.section:  # prose: a colon or semicolon there opens no list of 项
        return plain_lists.after(c, chunks) if text.endswith(_LEAD_END) else []  # (CMRC trial)
    if text.endswith(_LEAD_END):
        return items_after(c, chunks) or plain_lists.after(c, chunks)
    if text.endswith(_PART_END) and not _is_item(text):
        return rest_of_sentence(c)
    if lists and not _is_item(text):
        lead = next_on_line(c)
        if lead is not None and lead.text.rstrip().endswith(_LEAD_END):
            return [lead, *(items_after(lead, chunks) or plain_lists.after(lead, chunks))]
    return []


def next_on_line(c: Candidate) -> Candidate | None:
    text = c.hit.chunk.text
    end = text.find("\n", c.local[1])
    end = len(text) if end < 0 else end
    spans = answer_spans(text[c.local[1] : end], len(text)) if end > c.local[1] else []
    if not spans:
        return None
    s, e = spans[0][0] + c.local[1], spans[0][1] + c.local[1]
    return Candidate(c.hit, c.rank, (s, e), text[s:e])


def rest_of_sentence(part: Candidate) -> list[Candidate]:
    """The parts after `part` on its line, up to the one that ends the sentence."""
    text, out = part.hit.chunk.text, []
    end = text.find("\n", part.local[1])
    end = len(text) if end < 0 else end
    for s, e in answer_spans(text[part.local[1] : end], len(text)):
        span = (part.local[1] + s, part.local[1] + e)
        out.append(Candidate(part.hit, part.rank, span, text[span[0] : span[1]]))
        if not out[-1].text.rstrip().endswith(_PART_END) or len(out) == MAX_ITEMS:
            break
    return out


def _is_item(text: str) -> bool:
    return is_item(text)


def items_after(lead: Candidate, chunks: list[Chunk]) -> list[Candidate]:
    """The item lines that follow `lead` in its chunk and, when the list runs to the chunk's
    end, in the next chunk of the same article."""
    hit, pos, out = lead.hit, lead.local[1], []
    while len(out) < MAX_ITEMS:
        lines = lines_of(hit.chunk.text, pos)
        for start, end in lines:
            if not _is_item(hit.chunk.text[start:end]):
                return out
            out.append(Candidate(hit, lead.rank, (start, end), hit.chunk.text[start:end]))
            if len(out) == MAX_ITEMS:
                return out
        nxt = _piece(hit.chunk, chunks, 1)
        if nxt is None:
            return out
        hit, pos = ScoredChunk(nxt, 0.0), 0
    return out


def lead_of(item: Candidate, chunks: list[Chunk]) -> Candidate | None:
    """The lead-in an item belongs to: the sentence ending with a colon on the nearest line
    above the item's run of items (「下列收入不计入分享基数：」, 「（二）项目清单，包括：」 for a 目),
    read back into the previous piece of the article when the chunk opens with items; None
    when a line that is no item and no lead-in comes first."""
    hit, text = item.hit, item.hit.chunk.text
    lines = lines_of(text, 0)
    at = next((i for i, (s, e) in enumerate(lines) if s <= item.local[0] < e), None)
    if at is None:
        return None
    i = at - 1
    while True:
        for s, e in reversed(lines[: i + 1]):
            line = text[s:e]
            if line.endswith(_LEAD_END):
                spans = answer_spans(line, len(text))
                if not spans:
                    return None
                span = (s + spans[-1][0], s + spans[-1][1])
                score = item.score - 1e-6  # below the item: never read as the best sentence
                return Candidate(hit, item.rank, span, text[span[0] : span[1]], score=score)
            if not _is_item(line):
                return None
        prev = _piece(hit.chunk, chunks, -1)
        if prev is None:
            return None
        hit, text = ScoredChunk(prev, 0.0), prev.text
        lines = lines_of(text, 0)
        i = len(lines) - 1


def list_of(item: Candidate, chunks: list[Chunk]) -> list[Candidate]:
    """The item lines around `item` in its chunk — 「（一）…；（二）…」 under 「二、申报条件」 —
    and those the list runs on with in the next piece of its article."""
    hit, text = item.hit, item.hit.chunk.text
    lines = lines_of(text, 0)
    at = next((i for i, (s, e) in enumerate(lines) if s <= item.local[0] < e), None)
    if at is None:
        return [item]
    first = at
    while first > 0 and _is_item(text[lines[first - 1][0] : lines[first - 1][1]]):
        first -= 1
    first = max(first, at - MAX_ITEMS + 1)
    out = [
        Candidate(hit, item.rank, (s, e), text[s:e], score=item.score)
        for s, e in lines[first : at + 1]
    ]
    return (out + items_after(out[-1], chunks))[:MAX_ITEMS]


def lines_of(text: str, pos: int) -> list[tuple[int, int]]:
    """(start, end) of the non-blank lines of text[pos:], trimmed."""
    out, start = [], pos
    for line in text[pos:].split("\n"):
        s = start + len(line) - len(line.lstrip())
        e = start + len(line.rstrip())
        if e > s:
            out.append((s, e))
        start += len(line) + 1
    return out


def _piece(chunk: Chunk, chunks: list[Chunk], step: int) -> Chunk | None:
    """The document's chunk `step` places on (1: next, -1: previous) when it holds the same
    article."""
    article = article_of(chunk.section)
    if article is None:
        return None
    at = chunk.ordinal + step
    other = next((c for c in chunks if c.doc_id == chunk.doc_id and c.ordinal == at), None)
    return other if other is not None and article_of(other.section) == article else None


def article_of(section: str | None) -> str | None:
    names = (section or "").split(SECTION_SEP)
    k = next((i for i, n in enumerate(names) if n.startswith("第") and n.endswith("条")), None)
    return SECTION_SEP.join(names[: k + 1]) if k is not None else None
