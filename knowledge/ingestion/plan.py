"""A document made ready to write: cleaned, identified, chunked; what the vectors are made of."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from knowledge.documents.chunking import chunk_text
from knowledge.documents.cleaning import CleanDocument, clean_text
from knowledge.documents.loaders import RawDocument, safe_name
from knowledge.errors import LoadError
from knowledge.schema import Chunk, DocumentInfo, IngestResult
from knowledge.settings import IngestSettings

NO_TEXT = "清洗后没有可索引的文字 (no indexable text)"


@dataclass
class Planned:
    """A cleaned, chunked document about to be ingested."""

    doc: CleanDocument
    doc_id: str
    source: str
    chunks: list[Chunk]

    def record(self) -> DocumentInfo:
        """The document record written when all its chunks have landed."""
        added = datetime.now(UTC).isoformat(timespec="seconds")
        d = self.doc
        n = len(self.chunks)
        return DocumentInfo(
            self.doc_id, d.title, self.source, n, added, d.published, d.publisher, len(d.text)
        )

    def result(self, status: str, message: str = "") -> IngestResult:
        chunks = len(self.chunks) if status == "added" else 0
        return IngestResult(self.source, status, self.doc_id, self.doc.title, chunks, message)


def doc_id_for(text: str) -> str:
    """A document is its cleaned text: same content, same id, whatever the file name."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def plan(raw: RawDocument, cfg: IngestSettings) -> Planned | IngestResult:
    """Clean and chunk a loaded file; a file with nothing to index is an error result."""
    try:
        doc = clean_text(raw.text, raw.title_hint, fallback_title=Path(raw.source).stem)
        if not doc.text.strip():
            raise LoadError(NO_TEXT)
    except LoadError as exc:
        return IngestResult(safe_name(raw.source), "error", message=str(exc))
    doc_id = doc_id_for(doc.text)
    return Planned(doc, doc_id, raw.source, chunks_for(doc, doc_id, raw.source, cfg))


def chunks_for(doc: CleanDocument, doc_id: str, source: str, cfg: IngestSettings) -> list[Chunk]:
    spans = chunk_text(doc.text, cfg.chunk_chars, cfg.overlap_sentences)
    return [
        Chunk(f"{doc_id}:{s.ordinal}", doc_id, s.ordinal, s.start, s.end, s.text, doc.title, source)
        for s in spans
    ]


def embed_texts(chunks: list[Chunk], cfg: IngestSettings) -> list[str]:
    """What the dense index sees of each chunk (by ordinal): the title line, then the chunk
    without the sentences it repeats from the previous one (they are embedded there; the
    chunk text keeps them for keyword search and answers). Embedding them again cost ~14 %
    of ingest time for no retrieval gain on CMRC trial (bench/RESULTS.md)."""
    out: list[str] = []
    prev_end = -1
    for c in sorted(chunks, key=lambda c: c.ordinal):
        own = c.text if cfg.embed_overlap else c.text[max(0, prev_end - c.start) :].lstrip()
        out.append(f"{c.title}\n{own or c.text}" if cfg.embed_title else own or c.text)
        prev_end = c.end
    return out


def estimate_chunks(size_bytes: int, cfg: IngestSettings) -> int:
    """A cheap estimate of the chunks a file of this size brings (for progress bars)."""
    return max(1, size_bytes // (3 * cfg.chunk_chars))
