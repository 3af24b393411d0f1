"""The text a candidate sentence is read with when its constraints or its reasons are checked:
the sentence itself, the one before it — unless that is a dateline, 「2025年1月9日　来源：青岚县发展和
改革局」, which dates the report, not the figure after it —, its chunk title, and its document's
date written the Chinese way."""

from __future__ import annotations

import re

from knowledge.answering.core.support import doc_date, neighbours, zh_date
from knowledge.schema import DocumentInfo
from knowledge.text.normalise import normalise

# a dateline: 「2025年1月9日　来源：青岚县发展和改革局」 dates the report, not the figure after it
_DATELINE = re.compile(
    r"来源\s*[:：]|^\s*(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*$"
)


def _previous(cand) -> str:
    """The sentence before the candidate's in its chunk, as written; '' when none or a dateline."""
    prev, _ = neighbours(cand.hit.chunk.text, cand.local)
    return "" if _DATELINE.search(prev) else prev


def before(cand) -> str:
    """The sentence before the candidate's (normalised): '' when it opens its chunk or the one
    before is a dateline."""
    return normalise(_previous(cand))


def context(cand, docs: dict[str, DocumentInfo]) -> tuple[str, str]:
    """The text a candidate's constraints are read from (sentence, sentence before unless a
    dateline, chunk title — normalised, one line each) and its document's date written the
    Chinese way."""
    chunk = cand.hit.chunk
    text = normalise(f"{cand.text}\n{_previous(cand)}\n{chunk.title}")
    return text, zh_date(doc_date(docs.get(chunk.doc_id)))
