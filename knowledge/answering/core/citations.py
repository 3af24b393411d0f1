"""Citation numbering: distinct chunks get markers [1], [2] … in order of first use."""

from __future__ import annotations

import re

from knowledge.answering.core.support import doc_date
from knowledge.documents.articles import section_at
from knowledge.documents.issued import cited_as
from knowledge.schema import SECTION_SEP, Chunk, Citation, DocumentInfo, ScoredChunk
from knowledge.storage.versions import row_id

MARKER = re.compile(r"\[(\d{1,3})\]")


class CitationBook:
    """Hands out one marker per distinct chunk and remembers the spans used inside it; with
    `by_clause`, one per 款 of an article chunk, so that sentences quoted from two 款 of one
    article are cited 「第六条第一款」[1] and 「第六条第二款」[2], not both 「第六条」."""

    def __init__(self, docs: dict[str, DocumentInfo] | None = None, by_clause: bool = False):
        self.docs = docs or {}
        self.by_clause = by_clause
        self._order: list[tuple[str, ScoredChunk]] = []
        self._spans: dict[str, list[tuple[int, int]]] = {}

    def cite(self, hit: ScoredChunk, span: tuple[int, int] | None = None) -> int:
        key = hit.chunk.chunk_id
        if self.by_clause and span:
            key += "#" + (clause_of(hit.chunk.section, hit.chunk.text, span[0]) or "")
        if key not in self._spans:
            self._order.append((key, hit))
            self._spans[key] = []
        if span and span not in self._spans[key]:
            self._spans[key].append(span)
        return [k for k, _ in self._order].index(key) + 1

    def cite_chunk(self, chunk: Chunk, scores: dict[str, float], span: tuple[int, int]) -> int:
        """`cite` for a chunk read from the store (its fused score from `scores`, else 0)."""
        return self.cite(ScoredChunk(chunk, scores.get(chunk.chunk_id, 0.0)), span)

    def citations(self) -> list[Citation]:
        return [self._citation(i + 1, key, hit) for i, (key, hit) in enumerate(self._order)]

    def _citation(self, marker: int, key: str, hit: ScoredChunk) -> Citation:
        c = hit.chunk
        doc = self.docs.get(c.doc_id)
        row = self.docs.get(row_id(self.docs, c.doc_id, c.start))  # its status: the 细则's
        spans = sorted(self._spans[key])
        section = narrowed(c.section, c.text, spans)
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
            section=section,
            page=c.page,
            status=row.status if row else "current",
            superseded_by=row.superseded_by if row else None,
            status_label=row.status_label() if row else "",
            dense=None if hit.dense is None else round(float(hit.dense), 4),
            cited_as=cited_as(doc.title if doc else c.title, section),
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


def clause_of(section: str | None, text: str, offset: int) -> str | None:
    """The path of the 款 holding `offset` of an article chunk (its 项, 目 left off); None
    outside an article or when the article has a single 款."""
    names = section_at(section, text, offset).split(SECTION_SEP) if section else []
    k = next((i for i, n in enumerate(names) if n.startswith("第") and n.endswith("款")), None)
    return SECTION_SEP.join(names[: k + 1]) if k is not None else None


def markers_in(text: str) -> list[int]:
    """The [n] markers of a sentence, in order, without repeats."""
    return list(dict.fromkeys(int(m) for m in MARKER.findall(text)))


def strip_markers(text: str) -> str:
    return MARKER.sub("", text).strip()
