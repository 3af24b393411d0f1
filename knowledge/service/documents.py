"""The document side of QAService: adding files, uploads and pasted text (a new version of a
document with `replace`), listing rows and versions, removing, and the upload policy (limits,
which uploads run in the background)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from knowledge.documents.files import expand_paths
from knowledge.documents.loaders import SUPPORTED_SUFFIXES, PageProgress, RawDocument
from knowledge.errors import UserError
from knowledge.ingestion.bundled import BundledCorpus
from knowledge.ingestion.ingestor import Ingestor
from knowledge.ingestion.jobs import IngestJobs, Job, Progress
from knowledge.ingestion.plan import estimate_chunks
from knowledge.protocols import DocumentStore
from knowledge.retrieval.hybrid import HybridSearcher
from knowledge.schema import DocumentInfo, IngestResult
from knowledge.settings import Settings
from knowledge.storage.versions import history, listing, part_removal

BACKGROUND_BYTES = 16 * 1024  # uploads this big are added in the background (~16+ chunks)
PASTED = "粘贴的文字"
ONE_REPLACEMENT = "替换文档时只能提供一个文件 (--replace takes exactly one file)"


def files_in(paths: Sequence[Path]) -> list[Path]:
    """The files `add_files` would read: files as given, folders expanded to supported files."""
    return expand_paths(paths)


class Documents:
    """Mixed into QAService, which sets these attributes up (knowledge.service.wiring)."""

    settings: Settings
    store: DocumentStore
    searcher: HybridSearcher
    ingestor: Ingestor
    jobs: IngestJobs
    bundled: BundledCorpus

    def list_documents(self) -> list[DocumentInfo]:
        return self.store.list_documents()

    def document_rows(self) -> list[DocumentInfo]:  # a row for each document a notice issues
        return listing(self.store.list_documents())

    version_history = staticmethod(history)  # each current row with the versions it superseded

    def document_text(self, doc_id: str) -> str | None:
        return self.store.get_document_text(doc_id)

    def is_indexing(self, doc_id: str) -> bool:
        """Whether the document is searchable by keyword while its vectors are computed."""
        if doc_id in self.searcher.keywords.pending_ids():
            return True
        return any(d.doc_id == doc_id for d in self.store.staged_documents())

    def remove_document(self, doc_id: str) -> bool:
        """Remove a document and its chunks (a bundled one's removal is remembered: an emptied
        store stays empty); one a notice issues (「<id>#2」) is not: PartRemovalError says why."""
        if "#" in doc_id:
            return part_removal(self.document_rows(), doc_id)
        self.bundled.removing(next((d for d in self.list_documents() if d.doc_id == doc_id), None))
        with self.store.lock:
            return self.store.remove_document(doc_id)

    def chunk_count(self) -> int:  # stored, published or not
        return self.store.chunk_count()

    def is_empty(self) -> bool:
        return not self.store.list_documents()

    # `replace` (a doc_id) on the add methods: the new document is a new version of that one,
    # which stays listed as superseded by it (one document at a time).
    def add_files(
        self,
        paths: Sequence[Path],
        progress: Progress | None = None,
        replace: str | None = None,
        pages: PageProgress | None = None,
    ) -> Iterator[tuple[Path, IngestResult]]:
        """Files and folders (expanded), one (file, result) as each lands; small ones in groups.
        `pages(done, total)` is told of each scanned page read by OCR."""
        files = expand_paths(paths)
        if replace and len(files) != 1:
            raise UserError(ONE_REPLACEMENT)
        yield from self.ingestor.ingest_files(files, progress, replace, pages)

    def ingest_paths(
        self, paths: Sequence[Path], progress: Progress | None = None, replace: str | None = None
    ) -> list[IngestResult]:
        return [r for _, r in self.add_files(paths, progress, replace)]

    def add_documents(
        self,
        docs: Iterable[RawDocument | IngestResult],
        progress: Progress | None = None,
        replace: str | None = None,
    ) -> Iterator[IngestResult]:
        """Documents already read (RawDocument: text, source name, title), one result each."""
        yield from self.ingestor.ingest(docs, progress, replace)

    def add_upload(
        self, data: bytes, name: str, progress: Progress | None = None, replace: str | None = None
    ) -> IngestResult:
        """An uploaded file's bytes, added now."""
        return self.ingestor.ingest_bytes(data, name, progress, replace)

    def add_text(
        self,
        text: str,
        title: str = "",
        progress: Progress | None = None,
        replace: str | None = None,
    ) -> IngestResult:
        """Pasted text; the title names the document (else its first line does)."""
        title, text = title.strip(), text.strip()
        if not text:
            return IngestResult(title or PASTED, "error", message="正文是空的")
        return self.ingestor.ingest_text(text, title, progress, replace)

    def upload(
        self,
        key: str,
        data: bytes,
        name: str,
        progress: Progress | None = None,
        replace: str | None = None,
        background: bool | None = None,
    ) -> Job:
        """Add an upload once per `key` (a page rerun finds the same job): one of at least
        BACKGROUND_BYTES (or any, with `background=True`: a batch) runs in the background
        (poll `job(key)`), a smaller one now, with `progress`. Either way the job ends with a
        result; nothing raises."""
        big = BACKGROUND_BYTES <= len(data) if background is None else background
        work = lambda tick: self.add_upload(data, name, tick, replace)  # noqa: E731
        estimate = self.estimate_chunks(len(data))
        background = big and len(data) <= self.max_upload_bytes  # too big: its error line now
        return self.jobs.run(key, name, estimate, work, background, progress)

    def job(self, key: str) -> Job | None:
        return self.jobs.get(key)

    @property
    def max_upload_bytes(self) -> int:
        return self.ingestor.max_bytes

    @property
    def upload_types(self) -> list[str]:
        """File name extensions accepted (without the dot)."""
        return sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES)

    def estimate_chunks(self, size_bytes: int) -> int:
        """Chunks a document of this many bytes is likely to bring (progress bars)."""
        return estimate_chunks(size_bytes, self.settings.ingest)

    def recover(self) -> int:
        """Clean up after ingests whose writer died; how many documents were cleaned."""
        return self.ingestor.recover()
