"""Chinese-aware sentence splitting with exact character offsets (chunking, answers, replies)."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.text.memo import STATE

# A sentence ends at a Chinese/ASCII terminator (plus any closing quotes/brackets after it),
# or at a line break. ASCII '.' only ends a sentence before whitespace (keeps "103.7" whole).
_END = re.compile(r"(?:[。！？；!?;]+|…+|\.(?=\s|$))[”’」』）)\]》\"']*|\n")
_SOFT = re.compile(r"[，,、：:]")


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


def answer_spans(text: str, max_chars: int) -> list[tuple[int, int]]:
    """The sentences an answer may quote (and sentence vectors are kept for): `sentence_units`,
    rejoined where a cut does not end a sentence on its line: after an ellipsis ("甲、乙……在各点
    位" trails a list), inside an open quote or bracket (「称：“文章者，……也。与山水近……”」,
    「《卡拉OK.LIVE！‧台北‧我》是……」, 「（；）」), after a Latin initial or abbreviation
    ("Thomas R. Holtz", "St. John") and after a title's own mark (「播放的《CDTV×Sacas！》节目
    中……」), as long as the joined sentence stays within max_chars. While a thread answers
    (`memo.asking`) the last texts' spans are remembered (one ask splits its passages ~12 times,
    6 of them distinct: the candidates, then the whole sentence and the one told on), handed out
    as a fresh list; the sentence pass at ingest splits each passage once, remembering nothing."""
    if STATE.on:
        return list(_remembered_spans(text, max_chars))
    return _answer_spans(text, max_chars)


def _answer_spans(text: str, max_chars: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sentence_units(text, max_chars):
        if out and _runs_on(text, out[-1], s, e, max_chars):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


@lru_cache(maxsize=1024)
def _remembered_spans(text: str, max_chars: int) -> tuple[tuple[int, int], ...]:
    return tuple(_answer_spans(text, max_chars))


_PAIRS = ("“”", "「」", "『』", "（）", "()", "《》", "【】", "‘’")
_OPENS = re.compile("[" + re.escape("".join(o for o, _ in _PAIRS)) + "]")
# a Latin initial or abbreviation (R. Holtz, S.G. Tallentyre, St. John), a title's own mark
# (《卡拉OK.LIVE！》 before 「节目中……」)
_NO_END = re.compile(
    r"(?:(?<![A-Za-z])(?:[A-Z]\.)+|(?<![A-Za-z])(?:St|Mr|Mrs|Ms|Dr|Jr|Sr|Mt|No|Co|Inc|Ltd|vs)\.|[！？!?]》)$"
)


def _runs_on(text: str, prev: tuple[int, int], s: int, e: int, max_chars: int) -> bool:
    """Whether the sentence at s:e continues the one at `prev` (same line, joined length kept)."""
    if "\n" in text[prev[1] : s]:
        return False
    before = text[prev[0] : prev[1]]
    if before.endswith("…"):
        return True
    if e - prev[0] > max_chars:
        return False
    if _NO_END.search(before):
        return True
    # an open mark outnumbering its close needs one open mark at least (most sentences have none)
    return bool(_OPENS.search(before)) and any(before.count(o) > before.count(c) for o, c in _PAIRS)


_HEAD_END = re.compile(r"[。！？!?\n][”’」』）)\]》\"']*")


def clause_head(text: str, start: int) -> str:
    """What a clause starting at `start` after 「；」 continues (「截至2025年6月底，……新签约13个；」
    before 「已开工项目27个，建成投产12个。」): the start of its sentence on its line, where its
    time and subject are written once; '' for any other sentence, and for an item on its own
    line (「（二）…；」 after 「（一）…；」)."""
    raw = text[:start]
    before = raw.rstrip()
    if not before.endswith(("；", ";")) or "\n" in raw[len(before) :]:
        return ""
    return before[max((m.end() for m in _HEAD_END.finditer(before)), default=0) :]
