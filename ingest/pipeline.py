"""The ingest path: load -> clean -> chunk -> embed -> store, one document at a time, all or nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock

from ingest.chunking import chunk_text
from ingest.cleaning import CleanDocument, clean_text
from ingest.loaders import SUPPORTED_SUFFIXES, LoadError, RawDocument, load_bytes, load_file
from knowledge.embeddings import E5Embeddings
from knowledge.schema import Chunk, DocumentInfo, IngestResult
from knowledge.settings import Settings
from knowledge.store import ChromaStore

Progress = Callable[[int], None]


def doc_id_for(text: str) -> str:
    """A document is its cleaned text: same content, same id, whatever the file name."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders expanded to the supported files inside (sorted)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(
                f
                for f in sorted(p.rglob("*"))
                if f.is_file()
                and f.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        else:
            out.append(p)
    return out


class Ingestor:
    """Adds documents to a store; writers are serialised by a file lock beside the store."""

    def __init__(self, store: ChromaStore, embeddings: E5Embeddings, settings: Settings) -> None:
        self.store = store
        self.embeddings = embeddings
        self.settings = settings
        lock_dir = Path(settings.store.path)
        lock_dir.mkdir(parents=True, exist_ok=True)
        self.lock = FileLock(str(lock_dir / "write.lock"))

    @property
    def max_bytes(self) -> int:
        return int(self.settings.ingest.max_file_mb * 1024 * 1024)

    def ingest_path(self, path: Path, progress: Progress | None = None) -> IngestResult:
        try:
            if not path.exists():
                raise LoadError("文件不存在 (file not found)")
            return self.ingest_raw(load_file(path, self.max_bytes), progress)
        except LoadError as exc:
            return IngestResult(path.name, "error", message=str(exc))

    def ingest_bytes(
        self, data: bytes, filename: str, progress: Progress | None = None
    ) -> IngestResult:
        try:
            return self.ingest_raw(load_bytes(data, filename, self.max_bytes), progress)
        except LoadError as exc:
            return IngestResult(filename, "error", message=str(exc))

    def ingest_text(self, text: str, title: str, progress: Progress | None = None) -> IngestResult:
        name = (title.strip() or "pasted") + ".txt"
        return self.ingest_bytes(text.encode("utf-8"), name, progress)

    def ingest_raw(self, raw: RawDocument, progress: Progress | None = None) -> IngestResult:
        doc = clean_text(raw.text, raw.title_hint, fallback_title=Path(raw.source).stem)
        if not doc.text.strip():
            raise LoadError("清洗后没有可索引的文字 (no indexable text)")
        doc_id = doc_id_for(doc.text)
        if self.store.has_document(doc_id):
            return IngestResult(raw.source, "present", doc_id, doc.title, message="已存在")
        chunks = self.chunks_for(doc, doc_id, raw.source)
        vectors = self.embeddings.embed_passages([f"{c.title}\n{c.text}" for c in chunks], progress)
        with self.lock:
            if self.store.has_document(doc_id):  # another writer got there first
                return IngestResult(raw.source, "present", doc_id, doc.title, message="已存在")
            self.store.add_chunks(chunks, vectors)
            self.store.commit_document(self._info(doc, doc_id, raw.source, len(chunks)), doc.text)
        return IngestResult(raw.source, "added", doc_id, doc.title, len(chunks))

    def chunks_for(self, doc: CleanDocument, doc_id: str, source: str) -> list[Chunk]:
        cfg = self.settings.ingest
        spans = chunk_text(doc.text, cfg.chunk_chars, cfg.overlap_sentences)
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
            )
            for s in spans
        ]

    def _info(self, doc: CleanDocument, doc_id: str, source: str, n: int) -> DocumentInfo:
        added = datetime.now(UTC).isoformat(timespec="seconds")
        return DocumentInfo(
            doc_id, doc.title, source, n, added, doc.published, doc.publisher, len(doc.text)
        )

    def count_chunks(self, path: Path) -> int:
        """A cheap estimate of the work a file brings, for progress bars."""
        try:
            return max(1, path.stat().st_size // (3 * self.settings.ingest.chunk_chars))
        except OSError:
            return 1
