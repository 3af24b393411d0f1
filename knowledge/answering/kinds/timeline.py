"""Answers drawn from documents of different dates: the latest first, each document's sentences
introduced by its date, never joined into one claim.

「（2025年7月16日）截至2025年6月底，……累计签约项目51个……[1]（2024年10月15日）截至2024年9月底，
……32个……[2]」: the reader sees which figure is the newest and when each was true.
"""

from __future__ import annotations

from knowledge.answering.core.draft import Draft
from knowledge.answering.core.support import doc_date, zh_date
from knowledge.answering.sentences.extractive import build_answer
from knowledge.schema import DocumentInfo

RECENCY = 0.1  # score added to the latest document's sentences (less for older ones)


def prefer_recent(cands: list, docs: dict[str, DocumentInfo]) -> None:
    """Among candidates of several dated documents, nudge the newer documents' sentences up
    (scores in place): with no date asked, the current figure is the one wanted."""
    dates = sorted({d for c in cands if (d := doc_date(docs.get(c.hit.chunk.doc_id)))})
    if len(dates) < 2:
        return
    rank = {d: i / (len(dates) - 1) for i, d in enumerate(dates)}
    for c in cands:
        d = doc_date(docs.get(c.hit.chunk.doc_id))
        if d:
            c.score += RECENCY * rank[d]


def latest_first(chosen: list, docs: dict[str, DocumentInfo]) -> list:
    """The chosen sentences grouped by document, newest document first (reading order inside)."""
    date = {c.hit.chunk.doc_id: doc_date(docs.get(c.hit.chunk.doc_id)) or "" for c in chosen}
    order = list(dict.fromkeys(c.hit.chunk.doc_id for c in chosen))
    by_date = sorted(order, key=lambda d: date[d], reverse=True)  # undated ("") last
    return [c for d in by_date for c in chosen if c.hit.chunk.doc_id == d]


def compose(chosen: list, docs: dict[str, DocumentInfo], zh: bool = True) -> Draft:
    """The extractive answer; when its sentences come from documents of different dates, the
    newest first and each document's first sentence led by its date."""
    dated = {c.hit.chunk.doc_id: doc_date(docs.get(c.hit.chunk.doc_id)) for c in chosen}
    if len(dated) < 2 or len({d for d in dated.values() if d}) < 2:
        return build_answer(chosen, docs)
    ordered = latest_first(chosen, docs)
    draft = build_answer(ordered, docs)
    pieces, seen = [], set()
    for c, s in zip(ordered, draft.sentences):
        doc_id = c.hit.chunk.doc_id
        lead = ""
        if doc_id not in seen and (d := dated[doc_id]):
            lead = f"（{zh_date(d)}）" if zh else f"({d}) "
        seen.add(doc_id)
        pieces.append(f"{lead}{s.text}[{s.citations[0]}]")
    return Draft("".join(pieces), False, citations=draft.citations, sentences=draft.sentences)
