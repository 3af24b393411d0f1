"""The ingest path: load -> clean -> chunk -> embed -> store, batch by batch; a document lands whole."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from ingest.chunking import chunk_text
from ingest.cleaning import CleanDocument, clean_text
from ingest.grouped import LOST, GroupWriter, Planned, failed_message
from ingest.loaders import (
    SUPPORTED_SUFFIXES,
    LoadError,
    RawDocument,
    load_bytes,
    load_file,
    safe_name,
)
from knowledge.embeddings import E5Embeddings
from knowledge.schema import Chunk, DocumentInfo, IngestResult
from knowledge.settings import Settings
from knowledge.store import ChromaStore

Progress = Callable[[int], None]
WRITE_BATCH = 128  # chunks embedded, then written under the lock, at a time
STAGE_MIN_CHUNKS = 16  # documents this big are keyword-searchable while they are embedded
GROUP_DOC_CHUNKS = 8  # documents this small are embedded and written in groups ...
GROUP_CHUNKS = 64  # ... of about this many chunks
LEASE_BEAT_S = 30.0  # a lease's heartbeat is renewed at most this often (other hosts: 600 s TTL)


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


class Ingestor(GroupWriter):
    """Adds documents to a store, in batches, so that an interrupted ingest is never half-used.

    A document's lease and chunks are written batch by batch (each batch under the store's
    write lock, embedding outside it); its record is written last, after checking every chunk
    landed. A re-run resumes from the chunks already stored; the first write of a process
    removes what dead writers left behind.
    """

    def __init__(self, store: ChromaStore, embeddings: E5Embeddings, settings: Settings) -> None:
        self.store = store
        self.embeddings = embeddings
        self.settings = settings
        self.lock = store.lock
        # this process's keyword index takes a staged document in before the store has it
        self.on_staged: Callable[[DocumentInfo, list[Chunk]], object] | None = None
        self.on_unstaged: Callable[[str], object] | None = None
        self._recovered = False
        self._beats: dict[str, float] = {}  # doc id -> when this process last renewed its lease

    @property
    def max_bytes(self) -> int:
        return int(self.settings.ingest.max_file_mb * 1024 * 1024)

    def ingest_path(self, path: Path, progress: Progress | None = None) -> IngestResult:
        """One file on its own (no grouping); a bad file is an error result."""
        loaded = self._load(path)
        if isinstance(loaded, IngestResult):
            return loaded
        try:
            return self.ingest_raw(loaded, progress)
        except LoadError as exc:
            return IngestResult(safe_name(path.name), "error", message=str(exc))

    def ingest_bytes(
        self, data: bytes, filename: str, progress: Progress | None = None
    ) -> IngestResult:
        try:
            return self.ingest_raw(load_bytes(data, filename, self.max_bytes), progress)
        except LoadError as exc:
            return IngestResult(safe_name(filename), "error", message=str(exc))

    def ingest_text(self, text: str, title: str, progress: Progress | None = None) -> IngestResult:
        """Pasted text; a given title names the document (else its first line does)."""
        name = (title.strip() or "pasted") + ".txt"
        try:
            raw = load_bytes(text.encode("utf-8"), name, self.max_bytes)
            if title.strip():
                raw = replace(raw, title_hint=title.strip())
            return self.ingest_raw(raw, progress)
        except LoadError as exc:
            return IngestResult(safe_name(name), "error", message=str(exc))

    def ingest_files(self, paths: Iterable[Path], progress: Progress | None = None):
        """Ingest files in order, yielding (path, result) as each lands; small documents are
        embedded and written together (see `ingest_many`)."""
        paths = list(paths)
        loaded = (self._load(p) for p in paths)
        yield from zip(paths, self.ingest_many(loaded, progress))

    def _load(self, path: Path) -> RawDocument | IngestResult:
        try:
            if not path.exists():
                raise LoadError("文件不存在 (file not found)")
            return load_file(path, self.max_bytes)
        except LoadError as exc:
            return IngestResult(safe_name(path.name), "error", message=str(exc))

    def ingest_many(
        self, raws: Iterable[RawDocument | IngestResult], progress: Progress | None = None
    ) -> Iterator[IngestResult]:
        """One result per item, in order (an IngestResult item passes through). Documents of at
        most GROUP_DOC_CHUNKS chunks are grouped: one engine call for all their chunks and one
        write each for their leases, chunks and records, instead of ~5 writes per document."""
        group: list[Planned] = []
        for raw in raws:
            planned = raw if isinstance(raw, IngestResult) else self._plan(raw)
            if isinstance(planned, Planned) and len(planned.chunks) <= GROUP_DOC_CHUNKS:
                group.append(planned)
                if sum(len(p.chunks) for p in group) >= GROUP_CHUNKS:
                    yield from self._flush(group, progress)
                    group = []
                continue
            yield from self._flush(group, progress)
            group = []
            yield (
                planned
                if isinstance(planned, IngestResult)
                else self._ingest_one(planned, progress)
            )
        yield from self._flush(group, progress)

    def _ingest_one(self, planned: Planned, progress: Progress | None) -> IngestResult:
        try:
            return self._ingest(planned, progress)
        except Exception as exc:  # a store failure fails this file; later files go on
            return IngestResult(planned.source, "error", message=failed_message(exc))

    def _plan(self, raw: RawDocument) -> Planned | IngestResult:
        try:
            doc = clean_text(raw.text, raw.title_hint, fallback_title=Path(raw.source).stem)
            if not doc.text.strip():
                raise LoadError("清洗后没有可索引的文字 (no indexable text)")
        except LoadError as exc:
            return IngestResult(safe_name(raw.source), "error", message=str(exc))
        doc_id = doc_id_for(doc.text)
        return Planned(doc, doc_id, raw.source, self.chunks_for(doc, doc_id, raw.source))

    def ingest_raw(self, raw: RawDocument, progress: Progress | None = None) -> IngestResult:
        planned = self._plan(raw)
        if isinstance(planned, IngestResult):
            raise LoadError(planned.message)
        return self._ingest(planned, progress)

    def _ingest(self, planned: Planned, progress: Progress | None = None) -> IngestResult:
        doc, doc_id, chunks, source = planned.doc, planned.doc_id, planned.chunks, planned.source
        present = IngestResult(source, "present", doc_id, doc.title, message="已存在")
        if self.store.has_document(doc_id):
            return present
        todo = self._prepare(doc_id, source, chunks)
        staged = len(todo) >= STAGE_MIN_CHUNKS
        if not staged:
            return self._embed_and_commit(planned, todo, None, progress)
        info = self._info(doc, doc_id, source, len(chunks))
        if self.on_staged:  # this process's own keyword index first, then the store's
            self.on_staged(info, chunks)
        try:
            return self._embed_and_commit(planned, todo, info, progress)
        finally:
            if self.on_unstaged:
                self.on_unstaged(doc_id)

    def _embed_and_commit(
        self,
        planned: Planned,
        todo: list[Chunk],
        staged: DocumentInfo | None,
        progress: Progress | None,
    ) -> IngestResult:
        """Stage (when `staged` is the record to be), embed batch by batch, then commit."""
        doc, doc_id, chunks, source = planned.doc, planned.doc_id, planned.chunks, planned.source
        present = IngestResult(source, "present", doc_id, doc.title, message="已存在")
        if staged is not None:
            self.store.stage_document(staged, chunks)
        if progress and len(todo) < len(chunks):
            progress(len(chunks) - len(todo))  # resumed: these were stored by an earlier run
        texts = self.embed_texts(chunks)
        for i in range(0, len(todo), WRITE_BATCH):
            part = todo[i : i + WRITE_BATCH]
            vectors = self.embeddings.embed_passages([texts[c.ordinal] for c in part], progress)
            if not self._write_batch(doc_id, source, len(chunks), part, vectors):
                break  # another writer finished it meanwhile
        else:
            result = self._commit(doc, doc_id, source, chunks, staged is not None)
            if result:
                return result
        self.store.release_lease(doc_id)  # ours may have been taken after its commit
        return present

    def recover(self, keep: Iterable[str] = ()) -> int:
        """Remove chunks of ingests whose writer died; returns how many documents were cleaned."""
        self._recovered = True
        return self.store.remove_orphans(keep)

    def _prepare(self, doc_id: str, source: str, chunks: list[Chunk]) -> list[Chunk]:
        """Take the lease, clean up after dead writers, and return the chunks still to write."""
        with self.store.writing():
            if not self._recovered:
                self.recover(keep=[doc_id])
            self.store.touch_lease(doc_id, source, len(chunks))
            self._beats[doc_id] = time.monotonic()
            stored = {c.chunk_id: c for c in self.store.iter_chunks(doc_id)}
            planned = {c.chunk_id for c in chunks}
            extra = [cid for cid in stored if cid not in planned]
            if extra:
                self.store.delete_chunks(extra)
        return [c for c in chunks if stored.get(c.chunk_id) != c]

    def _write_batch(
        self, doc_id: str, source: str, total: int, part: list[Chunk], vectors: np.ndarray
    ) -> bool:
        with self.store.writing():
            if self.store.has_document(doc_id):
                return False
            if time.monotonic() - self._beats.get(doc_id, float("-inf")) > LEASE_BEAT_S:
                self.store.touch_lease(doc_id, source, total)
                self._beats[doc_id] = time.monotonic()
            self.store.add_chunks(part, vectors)
        return True

    def _commit(
        self, doc: CleanDocument, doc_id: str, source: str, chunks: list[Chunk], staged: bool
    ) -> IngestResult | None:
        with self.store.writing():
            if self.store.has_document(doc_id):
                return None
            if self.store.missing_chunks([c.chunk_id for c in chunks]):
                self.store.remove_document(doc_id)  # drop the rest and the lease: retry cleanly
                return IngestResult(source, "error", doc_id, doc.title, message=LOST)
            info = self._info(doc, doc_id, source, len(chunks))
            self.store.commit_document(info, doc.text, staged)
        return IngestResult(source, "added", doc_id, doc.title, len(chunks))

    def embed_texts(self, chunks: list[Chunk]) -> list[str]:
        """What the dense index sees of each chunk (by ordinal): the title line, then the chunk
        without the sentences it repeats from the previous one (they are embedded there; the
        chunk text keeps them for keyword search and answers). Embedding them again cost ~14 %
        of ingest time for no retrieval gain on CMRC trial (bench/RESULTS.md)."""
        cfg = self.settings.ingest
        out: list[str] = []
        prev_end = -1
        for c in sorted(chunks, key=lambda c: c.ordinal):
            own = c.text if cfg.embed_overlap else c.text[max(0, prev_end - c.start) :].lstrip()
            out.append(f"{c.title}\n{own or c.text}" if cfg.embed_title else own or c.text)
            prev_end = c.end
        return out

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
