"""The chunker: whole sentences packed into chunks of bounded size, with exact offsets; for a
document with a structure, chunks that follow it (one article a chunk, each with its path)."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.documents.articles import SEP
from knowledge.documents.structure import Structure
from knowledge.text.sentences import sentence_units


@dataclass(frozen=True)
class ChunkSpan:
    ordinal: int
    start: int
    end: int
    text: str
    section: str | None = None  # 「第三章 利益分享机制 › 第十条」, None outside any section


def chunk_text(text: str, max_chars: int = 240, overlap: int = 1) -> list[ChunkSpan]:
    """Pack whole sentences into chunks of at most max_chars, repeating `overlap` sentences."""
    units = sentence_units(text, max_chars)
    groups: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for unit in units:
        if current and unit[1] - current[0][0] > max_chars:
            groups.append(current)
            carry = current[-overlap:] if overlap > 0 else []
            while carry and unit[1] - carry[0][0] > max_chars:
                carry = carry[1:]
            current = list(carry)
        current.append(unit)
    if current:
        groups.append(current)
    return [ChunkSpan(i, g[0][0], g[-1][1], text[g[0][0] : g[-1][1]]) for i, g in enumerate(groups)]


def chunk_structure(
    text: str, structure: Structure, max_chars: int = 240, overlap: int = 1
) -> list[ChunkSpan]:
    """Chunks along the structure: an article (条) is one chunk with its heading, a chapter's
    heading goes with its first article, an outline section or attachment that fits is one
    chunk; a longer article is cut at its 款/项 with the article path kept; text outside any
    section (the preamble, the 落款) and an over-long part are packed by sentences. No chunk
    crosses an article boundary."""
    pieces: list[tuple[int, int, str | None]] = []
    for start, end, node in _blocks(text, structure, max_chars):
        s, e = _trim(text, start, end)
        if e <= s:
            continue
        if e - s <= max_chars:
            pieces.append((s, e, structure.path(node) if node is not None else None))
        elif node is not None and structure.sections[node].kind == "条":
            pieces += _split_article(text, structure, node, s, e, max_chars, overlap)
        else:
            path = structure.path(node) if node is not None else None
            pieces += _by_sentences(text, s, e, path, max_chars, overlap)
    return [ChunkSpan(i, s, e, text[s:e], sec) for i, (s, e, sec) in enumerate(pieces)]


def _blocks(text: str, st: Structure, max_chars: int) -> list[tuple[int, int, int | None]]:
    """The document cut into blocks, each to be one chunk unless too long: (start, end,
    section index or None), in order, covering every non-blank character once."""
    kids: dict[int | None, list[int]] = {}
    for i, s in enumerate(st.sections):
        kids.setdefault(s.parent, []).append(i)
    out: list[tuple[int, int, int | None]] = []

    def emit(i: int, lead_from: int | None) -> None:
        s = st.sections[i]
        start = s.start if lead_from is None else lead_from
        inner = kids.get(i, [])
        holds_articles = any(x.kind == "条" and s.start <= x.start < s.end for x in st.sections)
        fits = (
            s.kind not in ("编", "章", "节") and not holds_articles and s.end - start <= max_chars
        )
        if s.kind == "条" or not inner or fits:
            out.append((start, s.end, i))
            return
        first = st.sections[inner[0]].start
        lead = None
        if len(text[start:first].strip()) > max_chars // 3:  # more than a heading: its own block
            out.append((start, first, i))
        else:
            lead = start
        for n, k in enumerate(inner):
            emit(k, lead if n == 0 else None)

    for root in kids.get(None, []):
        emit(root, None)
    blocks: list[tuple[int, int, int | None]] = []
    pos = 0
    for start, end, node in out:
        gap = text[pos:start].strip()
        if gap and "\n" not in gap and len(gap) <= max_chars // 3:
            start = pos  # a lone title line before a section: its heading, not a chunk alone
        elif gap:
            blocks.append((pos, start, None))
        blocks.append((start, end, node))
        pos = max(pos, end)
    if text[pos:].strip():
        blocks.append((pos, len(text), None))
    return blocks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _by_sentences(
    text: str, start: int, end: int, path: str | None, max_chars: int, overlap: int
) -> list[tuple[int, int, str | None]]:
    return [
        (start + c.start, start + c.end, path)
        for c in chunk_text(text[start:end], max_chars, overlap)
    ]


def _split_article(
    text: str, st: Structure, art: int, start: int, end: int, max_chars: int, overlap: int
) -> list[tuple[int, int, str | None]]:
    """A long article cut at its 款 (and 项) boundaries, consecutive parts packed up to
    max_chars; a part still too long is packed by sentences. Each piece keeps the article path,
    narrowed to the 款 it covers."""
    inside = [
        i
        for i, s in enumerate(st.sections)
        if s.kind in ("款", "项") and start < s.start < end and _within(st, i, art)
    ]
    cuts = sorted({st.sections[i].start for i in inside})
    bounds = [start, *cuts, end]
    atoms = [_trim(text, a, b) for a, b in zip(bounds, bounds[1:])]
    pieces: list[tuple[int, int, str | None]] = []
    group: list[tuple[int, int]] = []
    for atom in [*atoms, None]:
        if group and (atom is None or atom[1] - group[0][0] > max_chars):
            s, e = group[0][0], group[-1][1]
            pieces.append((s, e, _piece_path(st, art, inside, s, e)))
            group = []
        if atom is None:
            break
        if atom[1] - atom[0] > max_chars:
            path = _piece_path(st, art, inside, *atom)
            pieces += _by_sentences(text, atom[0], atom[1], path, max_chars, overlap)
        else:
            group.append(atom)
    return pieces


def _within(st: Structure, i: int, ancestor: int) -> bool:
    p = st.sections[i].parent
    while p is not None and p != ancestor:
        p = st.sections[p].parent
    return p == ancestor


def _piece_path(st: Structure, art: int, inside: list[int], start: int, end: int) -> str:
    """The article's path, narrowed to the 款 (or 项) holding the whole piece, or naming the
    款 it spans (「第二款至第三款」) when it starts after the article's first 款."""
    holding = [i for i in inside if st.sections[i].start <= start and end <= st.sections[i].end]
    if holding:
        return st.path(max(holding, key=lambda i: st.sections[i].start))
    clauses = [i for i in inside if st.sections[i].kind == "款" and st.sections[i].start < end]
    first = [i for i in clauses if st.sections[i].start <= start]
    if not first or st.sections[first[-1]].start == st.sections[art].start:
        return st.path(art)
    return f"{st.path(art)}{SEP}{st.sections[first[-1]].label}至{st.sections[clauses[-1]].label}"
