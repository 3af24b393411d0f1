"""The ingest entry points: files, uploaded bytes and pasted text become planned documents,
written in groups by the write protocol (`writer.py`).

Documents of at most GROUP_DOC_CHUNKS chunks travel together in groups of ~GROUP_CHUNKS chunks
(one engine call and ~3 writes per group); a bigger one is a group of its own. A `replace`
(doc_id) makes each document a new version of that one (storage/versions.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace as dataclass_replace
from pathlib import Path

from knowledge.documents.loaders import PageProgress, RawDocument, load_bytes, load_file, safe_name
from knowledge.errors import PART_NOT_REPLACED, LoadError
from knowledge.ingestion.plan import Planned, plan
from knowledge.ingestion.writer import GroupWriter, Progress, StagingListener
from knowledge.protocols import DocumentStore, Embedder
from knowledge.schema import UNTITLED_PASTE, IngestResult
from knowledge.settings import IngestSettings
from knowledge.storage.versions import listing, part_message

GROUP_DOC_CHUNKS = 8  # documents this small are embedded and written in groups ...
GROUP_CHUNKS = 64  # ... of about this many chunks
NO_SUCH_DOC = (
    "要替换的文档不存在：{}（用 `python -m knowledge list` 查看文档 id）(no such document)"
)
SAME_DOC = "新文件与要替换的文档内容相同，没有替换 (same content as the document to replace)"


def _page_ticks(progress: Progress | None, pages: PageProgress | None) -> PageProgress | None:
    """What a loader tells of its OCR pages: `pages`, else one tick of `progress` a page (a
    progress bar moves while a scan is read, before its chunks are embedded)."""
    if pages is not None or progress is None:
        return pages
    return lambda _done, _total: progress(1)


class Ingestor:
    """Loads, plans and writes documents; every failure of one file is its error result."""

    def __init__(
        self,
        store: DocumentStore,
        embeddings: Embedder,
        settings: IngestSettings,
        listener: StagingListener | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.writer = GroupWriter(store, embeddings, settings, listener)
        self.on_added: Callable[[list[str]], None] | None = None  # told of published documents

    @property
    def max_bytes(self) -> int:
        return int(self.settings.max_file_mb * 1024 * 1024)

    def ingest_files(
        self,
        paths: Iterable[Path],
        progress: Progress | None = None,
        replace: str | None = None,
        pages: PageProgress | None = None,
    ) -> Iterator[tuple[Path, IngestResult]]:
        """(path, result) for each file as it lands, in order. `pages` is told of each page
        read by OCR (without it, each such page ticks `progress` once)."""
        paths = list(paths)
        on_page = _page_ticks(progress, pages)
        loaded = (self._load(path, on_page) for path in paths)
        yield from zip(paths, self.ingest(loaded, progress, replace))

    def ingest_bytes(
        self,
        data: bytes,
        filename: str,
        progress: Progress | None = None,
        replace: str | None = None,
        pages: PageProgress | None = None,
    ) -> IngestResult:
        try:
            on_page = _page_ticks(progress, pages)
            raw = load_bytes(data, filename, self.max_bytes, ocr=self.settings.ocr, on_page=on_page)
        except LoadError as exc:
            return IngestResult(safe_name(filename), "error", message=str(exc))
        return next(iter(self.ingest([raw], progress, replace)))

    def ingest_text(
        self, text: str, title: str, progress: Progress | None = None, replace: str | None = None
    ) -> IngestResult:
        """Pasted text; a given title names the document (else its first line does)."""
        name = title.strip() + ".txt" if title.strip() else UNTITLED_PASTE
        try:
            raw = load_bytes(text.encode("utf-8"), name, self.max_bytes)
        except LoadError as exc:
            return IngestResult(safe_name(name), "error", message=str(exc))
        if title.strip():
            raw = dataclass_replace(raw, title_hint=title.strip())
        return next(iter(self.ingest([raw], progress, replace)))

    def ingest(
        self,
        items: Iterable[RawDocument | IngestResult],
        progress: Progress | None = None,
        replace: str | None = None,
    ) -> Iterator[IngestResult]:
        """One result per item, in order (an IngestResult item passes through). Documents of at
        most GROUP_DOC_CHUNKS chunks are written together in groups of ~GROUP_CHUNKS chunks;
        a bigger one is a group of its own. With `replace` (a doc_id) each document is a new
        version of that one, which it supersedes (storage/versions.py)."""
        group: list[Planned] = []
        known = replace is None or self.store.has_document(replace)
        if not known and "#" in replace:  # a document a notice issues: not replaced alone
            rows = listing(self.store.list_documents())
            known = part_message(rows, replace, PART_NOT_REPLACED) or False
        for item in items:
            planned = item if isinstance(item, IngestResult) else plan(item, self.settings)
            if replace is not None and isinstance(planned, Planned):
                planned = self._replacing(planned, replace, known)
            if isinstance(planned, Planned) and len(planned.chunks) <= GROUP_DOC_CHUNKS:
                group.append(planned)
                if sum(len(p.chunks) for p in group) >= GROUP_CHUNKS:
                    yield from self._write(group, progress)
                    group = []
                continue
            yield from self._write(group, progress)
            group = []
            if isinstance(planned, IngestResult):
                yield planned
            else:
                yield from self._write([planned], progress)
        yield from self._write(group, progress)

    @staticmethod
    def _replacing(p: Planned, old_id: str, known: bool | str) -> Planned | IngestResult:
        if known is not True:  # False, or why that document is not replaced on its own
            return IngestResult(p.source, "error", message=known or NO_SUCH_DOC.format(old_id))
        if p.doc_id == old_id:
            return p.result("error", SAME_DOC)
        p.replaces = (old_id,)
        return p

    def recover(self, keep: Iterable[str] = ()) -> int:
        """Remove chunks of ingests whose writer died; returns how many documents were cleaned."""
        return self.writer.recover(keep)

    def _load(self, path: Path, on_page: PageProgress | None) -> RawDocument | IngestResult:
        try:
            if not path.exists():
                raise LoadError("文件不存在 (file not found)")
            return load_file(path, self.max_bytes, ocr=self.settings.ocr, on_page=on_page)
        except LoadError as exc:
            return IngestResult(safe_name(path.name), "error", message=str(exc))

    def _write(self, group: list[Planned], progress: Progress | None) -> list[IngestResult]:
        results = self.writer.write(group, progress)
        added = [r.doc_id for r in results if r.status == "added" and r.doc_id]
        if added and self.on_added is not None:
            try:  # derived data (sentence vectors): the documents are in and stay in
                self.on_added(added)
            except Exception:
                pass
        return results
