"""Chinese-aware sentence splitting and sentence-packing chunker with exact character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at a Chinese/ASCII terminator (plus any closing quotes/brackets after it),
# or at a line break. ASCII '.' only ends a sentence before whitespace (keeps "103.7" whole).
_END = re.compile(r"(?:[。！？；!?;]+|…+|\.(?=\s|$))[”’」』）)\]》\"']*|\n")
_SOFT = re.compile(r"[，,、：:]")


@dataclass(frozen=True)
class ChunkSpan:
    ordinal: int
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the non-blank sentences of `text`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _END.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        _add_trimmed(text, pos, end, spans)
        pos = m.end()
    _add_trimmed(text, pos, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def _split_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut one over-long sentence at soft punctuation, else hard, into pieces <= max_chars."""
    pieces: list[tuple[int, int]] = []
    while end - start > max_chars:
        window = text[start : start + max_chars]
        cuts = [m.end() for m in _SOFT.finditer(window)]
        cut = start + (cuts[-1] if cuts and cuts[-1] > max_chars // 3 else max_chars)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def sentence_units(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Sentences of `text`, with any sentence longer than max_chars cut into pieces."""
    units: list[tuple[int, int]] = []
    for s, e in split_sentences(text):
        units.extend(_split_long(text, s, e, max_chars) if e - s > max_chars else [(s, e)])
    return units


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
