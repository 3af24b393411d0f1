"""The chunker: whole sentences packed into chunks of bounded size, with exact offsets."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.text.sentences import sentence_units


@dataclass(frozen=True)
class ChunkSpan:
    ordinal: int
    start: int
    end: int
    text: str


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
