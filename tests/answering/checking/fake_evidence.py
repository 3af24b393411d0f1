"""Fake evidence for the checks' unit tests: quoted sentences of one chunk and the parts of the
retrieval result the checks read (document frequencies, the English terms' expansion)."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import Chunk, ScoredChunk


def candidate(text: str, chunk: str | None = None) -> SimpleNamespace:
    """A quoted sentence, standing in `chunk` (its own chunk when none is given)."""
    whole = text if chunk is None else chunk
    at = whole.index(text)
    hit = SimpleNamespace(chunk=SimpleNamespace(text=whole, doc_id="d", title="", section=""))
    return SimpleNamespace(text=text, score=1.0, hit=hit, local=(at, at + len(text)))


def evidence(
    *texts: str,
    df: dict[str, int] | None = None,
    expansion: dict[str, list[str]] | None = None,
    chunk: str | None = None,
    lang: str | None = None,
) -> SimpleNamespace:
    """The evidence a check reads: `texts` quoted, in that order."""
    index = SimpleNamespace(df=df or {})
    result = SimpleNamespace(index=index, expansion=expansion or {})
    ev = SimpleNamespace(chosen=[candidate(t, chunk) for t in texts], docs={}, result=result)
    if lang is not None:
        ev.lang = lang
    return ev


def chunk_candidate(
    text: str, sentence: str, title: str = "青河园区常见问题", section: str | None = None
) -> Candidate:
    """A real quoted sentence: `sentence` standing in a chunk of `text` (titled `title`, under
    the article path `section`), as closeness and the rule checks read one."""
    chunk = Chunk("c1", "d1", 0, 0, len(text), text, title=title, section=section)
    start = text.index(sentence)
    return Candidate(ScoredChunk(chunk, 0.03), 0, (start, start + len(sentence)), sentence)
