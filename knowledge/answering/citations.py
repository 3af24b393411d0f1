"""Citation numbering: distinct chunks get markers [1], [2] … in order of first use."""

from __future__ import annotations

import re

from knowledge.answering.support import doc_date
from knowledge.documents.articles import section_at
from knowledge.schema import SECTION_SEP, Citation, DocumentInfo, ScoredChunk

MARKER = re.compile(r"\[(\d{1,3})\]")


class CitationBook:
    """Hands out one marker per distinct chunk and remembers the spans used inside it."""

    def __init__(self, docs: dict[str, DocumentInfo] | None = None) -> None:
        self.docs = docs or {}
        self._order: list[ScoredChunk] = []
        self._spans: dict[str, list[tuple[int, int]]] = {}

    def cite(self, hit: ScoredChunk, span: tuple[int, int] | None = None) -> int:
        cid = hit.chunk.chunk_id
        if cid not in self._spans:
            self._order.append(hit)
            self._spans[cid] = []
        if span and span not in self._spans[cid]:
            self._spans[cid].append(span)
        return [h.chunk.chunk_id for h in self._order].index(cid) + 1

    def citations(self) -> list[Citation]:
        return [self._citation(i + 1, hit) for i, hit in enumerate(self._order)]

    def _citation(self, marker: int, hit: ScoredChunk) -> Citation:
        c = hit.chunk
        doc = self.docs.get(c.doc_id)
        spans = sorted(self._spans[c.chunk_id])
        return Citation(
            marker=marker,
            doc_id=c.doc_id,
            title=c.title,
            source=c.source,
            chunk_id=c.chunk_id,
            text=c.text,
            start=c.start,
            end=c.end,
            score=round(float(hit.score), 6),
            highlights=tuple(spans),
            publisher=doc.publisher if doc else None,
            published=(doc.published or doc_date(doc)) if doc else None,
            date=doc_date(doc),
            section=narrowed(c.section, c.text, spans),
            page=c.page,
            status=doc.status if doc else "current",
            superseded_by=doc.superseded_by if doc else None,
            status_label=doc.status_label() if doc else "",
            dense=None if hit.dense is None else round(float(hit.dense), 4),
        )


def narrowed(section: str | None, text: str, spans: list[tuple[int, int]]) -> str | None:
    """The chunk's path narrowed to the 款 (项) that holds the sentences used, as far as they
    share one: 「第十条」 -> 「第十条 › 第二款」; a whole article quoted stays 「第十条」."""
    if not section or not spans:
        return section
    paths = [section_at(section, text, s).split(SECTION_SEP) for s, _ in spans]
    common = paths[0]
    for p in paths[1:]:
        n = next((i for i, (a, b) in enumerate(zip(common, p)) if a != b), min(len(common), len(p)))
        common = common[:n]
    return SECTION_SEP.join(common) if len(common) >= len(section.split(SECTION_SEP)) else section


def markers_in(text: str) -> list[int]:
    """The [n] markers of a sentence, in order, without repeats."""
    return list(dict.fromkeys(int(m) for m in MARKER.findall(text)))


def strip_markers(text: str) -> str:
    return MARKER.sub("", text).strip()
