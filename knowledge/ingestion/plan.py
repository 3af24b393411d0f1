"""A document made ready to write: cleaned, identified, chunked; what the vectors are made of."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from knowledge.documents.chunking import chunk_structure, chunk_text
from knowledge.documents.cleaning import CleanDocument, clean_text
from knowledge.documents.cover import cover_end
from knowledge.documents.gongwen_fields import NOT_NORMATIVE, Field, doc_type
from knowledge.documents.loaders import RawDocument, safe_name
from knowledge.documents.places import pasted_site
from knowledge.documents.repeals import repealed_titles
from knowledge.documents.structure import Structure, parse
from knowledge.errors import LoadError
from knowledge.schema import (
    SECTION_SEP,
    Chunk,
    DocField,
    DocumentInfo,
    IngestResult,
    IssuedPart,
)
from knowledge.settings import IngestSettings
from knowledge.text.dates import parse_date

NO_TEXT = "清洗后没有可索引的文字 (no indexable text)"


@dataclass
class Planned:
    """A cleaned, chunked document about to be ingested."""

    doc: CleanDocument
    doc_id: str
    source: str
    chunks: list[Chunk]
    structure: Structure = field(default_factory=Structure)
    replaces: tuple[str, ...] = ()  # doc_ids this upload is meant to replace

    def record(self) -> DocumentInfo:
        """The document record written when all its chunks have landed."""
        added = datetime.now(UTC).isoformat(timespec="seconds")
        d = self.doc
        n = len(self.chunks)
        return DocumentInfo(
            self.doc_id,
            d.title,
            self.source,
            n,
            added,
            d.published,
            d.publisher,
            len(d.text),
            **record_fields(self.structure, d, self.chunks),
            replaces=self.replaces,
        )

    def result(self, status: str, message: str = "") -> IngestResult:
        chunks = len(self.chunks) if status == "added" else 0
        return IngestResult(self.source, status, self.doc_id, self.doc.title, chunks, message)


def doc_id_for(text: str) -> str:
    """A document is its cleaned text: same content, same id, whatever the file name."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def plan(raw: RawDocument, cfg: IngestSettings) -> Planned | IngestResult:
    """Clean and chunk a loaded file; a file with nothing to index is an error result."""
    hint = own_title(raw.title_hint, raw.source) if raw.fmt in _PROPERTIES else raw.title_hint
    try:
        doc = clean_text(
            raw.text,
            hint,
            fallback_title=Path(raw.source).stem,
            page_starts=raw.page_starts,
            published=raw.published,
            web=raw.fmt == "html",
        )
        if not doc.text.strip():
            raise LoadError(NO_TEXT)
    except LoadError as exc:
        return IngestResult(safe_name(raw.source), "error", message=str(exc))
    site = raw.site or (pasted_site(raw.text) if raw.fmt == "txt" else None)
    structure = parse(doc.text, cover_end(doc.text, doc.page_starts), site=site)
    if structure.title and not (hint or "").strip():
        doc = replace(doc, title=structure.title)  # the 公文 title, not its 版头 line
    doc_id = doc_id_for(doc.text)
    chunks = chunks_for(doc, doc_id, raw.source, cfg, structure)
    return Planned(doc, doc_id, raw.source, chunks, structure)


_PROPERTIES = ("pdf", "docx", "doc")  # formats whose title is a property a program filled in


def own_title(hint: str | None, source: str) -> str | None:
    """A file's title property, or None when it is only the file's own name (what scanners and
    converters write there, 「scan_0027」): the 公文 title read from the text is the title."""
    name = Path(source).stem.strip().casefold()
    return None if (hint or "").strip().casefold() == name else hint


def chunks_for(
    doc: CleanDocument,
    doc_id: str,
    source: str,
    cfg: IngestSettings,
    structure: Structure | None = None,
) -> list[Chunk]:
    """Chunks along the document's structure when it has one, else sentences packed as ever."""
    if structure is None:
        structure = parse(doc.text, cover_end(doc.text, doc.page_starts))
    size, overlap = cfg.chunk_chars, cfg.overlap_sentences
    if structure.empty:
        spans = chunk_text(doc.text, size, overlap)
    else:
        spans = chunk_structure(doc.text, structure, size, overlap)
    return [
        Chunk(
            f"{doc_id}:{s.ordinal}",
            doc_id,
            s.ordinal,
            s.start,
            s.end,
            s.text,
            doc.title,
            source,
            s.section,
            doc.page_at(s.start),
        )
        for s in spans
    ]


def record_fields(st: Structure, doc: CleanDocument, chunks: list[Chunk] = ()) -> dict[str, Any]:
    """What the document record says of a 公文: the contract fields (ISO dates) and every
    parsed field with its span, so questions about them need no re-parse."""
    get = st.field
    published = get("published")
    repeals = [t for f in st.fields if f.name == "repeals" for t in repealed_titles(f.value)]
    issued = get("issued") or get("adopted") or get("printed_on")
    # a 公文's own dates are 成文/印发; a date at the top of a news page is when it was published
    formal = get("doc_number") or (st.doc_type and st.doc_type not in NOT_NORMATIVE)
    news_date = parse_date(doc.published or "")
    return {
        "issuer": (f := get("issuer")) and f.value,
        "doc_number": (f := get("doc_number")) and f.value,
        "doc_type": st.doc_type,
        "issued_on": issued and issued.iso,
        "effective_on": (f := _own_effective(st)) and f.iso,
        "published_on": published.iso if published else None if formal else news_date,
        "repeals": tuple(repeals),
        "pages": len(doc.page_starts) or None,
        "fields": tuple(DocField(f.name, f.value, f.start, f.end) for f in st.fields),
        "parts": issued_parts(st, chunks),
    }


def _own_effective(st: Structure) -> Field | None:
    """The 施行 clause of the document; of a notice issuing several, one outside them (each
    has its own, on its own row), else none; of a notice carrying one, its own clause when it
    has one (「本通知自印发之日起施行」), else the one read (the document's)."""
    spans = [(lo, hi) for _, lo, hi in st.issued]
    found = [f for f in st.fields if f.name == "effective"]
    own = [f for f in found if not any(lo <= f.start < hi for lo, hi in spans)]
    if own and spans:
        return own[0]  # the notice's own clause, beside what it carries
    return found[0] if found and len(spans) <= 1 else None


def issued_parts(st: Structure, chunks: list[Chunk] = ()) -> tuple[IssuedPart, ...]:
    """The documents a notice issues, each with its 文种 and the 施行 date and repealed titles
    of the clauses inside it (a notice issuing two 办法 has each one's own)."""
    out = []
    for n, (title, lo, hi) in enumerate(st.issued, 1):
        inside = [f for f in st.fields if lo <= f.start and f.end <= hi]
        effective = next((f.iso for f in inside if f.name == "effective" and f.iso), None)
        gone = tuple(t for f in inside if f.name == "repeals" for t in repealed_titles(f.value))
        held = sum(lo <= c.start < hi for c in chunks)
        out.append(IssuedPart(n, title, doc_type(title), effective, lo, hi, gone, held))
    return tuple(out)


def embed_texts(chunks: list[Chunk], cfg: IngestSettings) -> list[str]:
    """What the dense index sees of each chunk (by ordinal): the title line (with the section
    path of a structured chunk: 「标题 › 第三章 … › 第十条」), then the chunk
    without the sentences it repeats from the previous one (they are embedded there; the
    chunk text keeps them for keyword search and answers). Embedding them again cost ~14 %
    of ingest time for no retrieval gain on CMRC trial (bench/RESULTS.md)."""
    out: list[str] = []
    prev_end = -1
    for c in sorted(chunks, key=lambda c: c.ordinal):
        own = c.text if cfg.embed_overlap else c.text[max(0, prev_end - c.start) :].lstrip()
        head = f"{c.title}{SECTION_SEP}{c.section}" if c.section else c.title
        out.append(f"{head}\n{own or c.text}" if cfg.embed_title else own or c.text)
        prev_end = c.end
    return out


def estimate_chunks(size_bytes: int, cfg: IngestSettings) -> int:
    """A cheap estimate of the chunks a file of this size brings (for progress bars)."""
    return max(1, size_bytes // (3 * cfg.chunk_chars))
