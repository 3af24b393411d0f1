"""Adding documents to the store so that an interrupted or failed ingest is never half-used.

One protocol for every document, a single upload being a group of one: take leases, embed the
chunks still missing (a re-run resumes), write them in batches, then publish each document's
record last, after checking every chunk landed. Small documents travel in groups (one engine
call and ~3 writes per group); a big one is staged first, so it answers keyword questions
while its vectors are computed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace as dataclass_replace
from pathlib import Path
from typing import Protocol

from knowledge.documents.loaders import PageProgress, RawDocument, load_bytes, load_file, safe_name
from knowledge.errors import PART_NOT_REPLACED, LoadError
from knowledge.ingestion.plan import Planned, embed_texts, plan
from knowledge.protocols import DocumentStore, Embedder
from knowledge.schema import UNTITLED_PASTE, Chunk, DocumentInfo, IngestResult
from knowledge.settings import IngestSettings
from knowledge.storage.versions import part_message, resolve

Progress = Callable[[int], None]
WRITE_BATCH = 128  # chunks embedded, then written under the lock, at a time
STAGE_MIN_CHUNKS = 16  # documents this big are keyword-searchable while they are embedded
GROUP_DOC_CHUNKS = 8  # documents this small are embedded and written in groups ...
GROUP_CHUNKS = 64  # ... of about this many chunks
LEASE_BEAT_S = 30.0  # a lease's heartbeat is renewed at most this often (other hosts: 600 s TTL)
NO_SUCH_DOC = (
    "要替换的文档不存在：{}（用 `python -m knowledge list` 查看文档 id）(no such document)"
)
SAME_DOC = "新文件与要替换的文档内容相同，没有替换 (same content as the document to replace)"
LOST = (
    "写入期间部分段落被删除（可能同时删除了该文档），请重新导入 (chunks removed meanwhile; retry)"
)


def _page_ticks(progress: Progress | None, pages: PageProgress | None) -> PageProgress | None:
    """What a loader tells of its OCR pages: `pages`, else one tick of `progress` a page (a
    progress bar moves while a scan is read, before its chunks are embedded)."""
    if pages is not None or progress is None:
        return pages
    return lambda _done, _total: progress(1)


class StagingListener(Protocol):
    """Told when a document is staged and when it is no longer (this process's keyword index
    takes it in before the store has it)."""

    def add_pending(self, info: DocumentInfo, chunks: list[Chunk]) -> object: ...

    def drop_pending(self, doc_id: str) -> None: ...


def failed_message(exc: Exception) -> str:
    message = f"写入知识库失败 (store write failed): {type(exc).__name__}: {exc}"
    return " ".join(message.split())[:500]


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
        self.embeddings = embeddings
        self.settings = settings
        self.listener = listener
        self.on_added: Callable[[list[str]], None] | None = None  # told of published documents
        self._recovered = False
        self._beats: dict[str, float] = {}  # doc id -> when this process last renewed its lease

    @property
    def max_bytes(self) -> int:
        return int(self.settings.max_file_mb * 1024 * 1024)

    # ---- entry points ----------------------------------------------------------------------
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
            rows = resolve(self.store.list_documents(), rows=True)
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
        self._recovered = True
        return self.store.remove_orphans(keep)

    def _load(self, path: Path, on_page: PageProgress | None) -> RawDocument | IngestResult:
        try:
            if not path.exists():
                raise LoadError("文件不存在 (file not found)")
            return load_file(path, self.max_bytes, ocr=self.settings.ocr, on_page=on_page)
        except LoadError as exc:
            return IngestResult(safe_name(path.name), "error", message=str(exc))

    # ---- the write protocol ----------------------------------------------------------------
    def _write(self, group: list[Planned], progress: Progress | None) -> list[IngestResult]:
        if not group:
            return []
        try:
            results = self._write_group(group, progress)
        except Exception as exc:  # a store failure fails this group; later files go on
            self._abandon(group)
            return [IngestResult(p.source, "error", message=failed_message(exc)) for p in group]
        added = [r.doc_id for r in results if r.status == "added" and r.doc_id]
        if added and self.on_added is not None:
            try:  # derived data (sentence vectors): the documents are in and stay in
                self.on_added(added)
            except Exception:
                pass
        return results

    def _write_group(self, group: list[Planned], progress: Progress | None) -> list[IngestResult]:
        stored = self.store.existing_documents([p.doc_id for p in group])
        new = list({p.doc_id: p for p in group if p.doc_id not in stored}.values())
        added: set[str] = set()
        lost: set[str] = set()
        if new:
            todo = self._prepare(new)
            staged = [p for p in new if len(todo[p.doc_id]) >= STAGE_MIN_CHUNKS]
            try:
                for p in staged:
                    self._stage(p)
                added, lost = self._embed_and_commit(new, todo, bool(staged), progress)
            finally:
                for p in staged:
                    if self.listener:
                        self.listener.drop_pending(p.doc_id)
        return [self._result(p, added, lost) for p in group]

    @staticmethod
    def _result(p: Planned, added: set[str], lost: set[str]) -> IngestResult:
        if p.doc_id in added:
            added.discard(p.doc_id)  # a document given twice is added once
            return p.result("added")
        if p.doc_id in lost:
            return p.result("error", LOST)
        return p.result("present", "已存在")

    def _prepare(self, new: list[Planned]) -> dict[str, list[Chunk]]:
        """Take the leases, clean up after dead writers and drop chunks a dead run left under
        these ids with other numbering; return each document's chunks still to write."""
        ids = [p.doc_id for p in new]
        with self.store.writing():
            if not self._recovered:
                self.recover(keep=ids)
            self.store.touch_leases([(p.doc_id, p.source, len(p.chunks)) for p in new])
            self._beats.update(dict.fromkeys(ids, time.monotonic()))
            stored = self.store.stored_chunks(ids)
            planned = {c.chunk_id for p in new for c in p.chunks}
            extra = [cid for cid in stored if cid not in planned]
            if extra:
                self.store.delete_chunks(extra)
        return {p.doc_id: [c for c in p.chunks if stored.get(c.chunk_id) != c] for p in new}

    def _stage(self, p: Planned) -> None:
        """Searchable by keyword now: this process's index first, then the store's."""
        info = p.record()
        if self.listener:
            self.listener.add_pending(info, p.chunks)
        self.store.stage_document(info, p.chunks)

    def _embed_and_commit(
        self,
        new: list[Planned],
        todo: dict[str, list[Chunk]],
        staged: bool,
        progress: Progress | None,
    ) -> tuple[set[str], set[str]]:
        """Embed and write the missing chunks batch by batch; publish in the last batch's write."""
        if progress and (resumed := sum(len(p.chunks) - len(todo[p.doc_id]) for p in new)):
            progress(resumed)  # stored by an earlier run
        texts = {}
        for p in new:
            ordered = sorted(p.chunks, key=lambda c: c.ordinal)
            texts.update(zip((c.chunk_id for c in ordered), embed_texts(p.chunks, self.settings)))
        chunks = [c for p in new for c in todo[p.doc_id]]
        done: set[str] = set()  # documents another writer published meanwhile
        starts = range(0, len(chunks), WRITE_BATCH)
        for i in starts:
            part = [c for c in chunks[i : i + WRITE_BATCH] if c.doc_id not in done]
            if not part and i != starts[-1]:
                continue
            vectors = self.embeddings.embed_passages([texts[c.chunk_id] for c in part], progress)
            with self.store.writing():
                done |= self.store.existing_documents(list({c.doc_id for c in part}))
                rows = [j for j, c in enumerate(part) if c.doc_id not in done]
                self._renew_leases(new, {part[j].doc_id for j in rows})
                if rows:
                    self.store.add_chunks([part[j] for j in rows], vectors[rows])
                if i == starts[-1]:
                    return self._commit(new, staged)
        with self.store.writing():  # nothing was left to write
            return self._commit(new, staged)

    def _renew_leases(self, new: list[Planned], doc_ids: set[str]) -> None:
        now = time.monotonic()
        stale = [
            (p.doc_id, p.source, len(p.chunks))
            for p in new
            if p.doc_id in doc_ids and now - self._beats.get(p.doc_id, float("-inf")) > LEASE_BEAT_S
        ]
        if stale:
            self.store.touch_leases(stale)
            self._beats.update(dict.fromkeys((d for d, _, _ in stale), now))

    def _commit(self, new: list[Planned], staged: bool) -> tuple[set[str], set[str]]:
        """Publish the documents that landed whole (under the write lock): (added, lost)."""
        done = self.store.existing_documents([p.doc_id for p in new])  # by another writer
        todo = [p for p in new if p.doc_id not in done]
        keep = {c.chunk_id for p in todo for c in p.chunks}
        missing = set(self.store.missing_chunks(sorted(keep)))
        lost = {p.doc_id for p in todo if any(c.chunk_id in missing for c in p.chunks)}
        for doc_id in lost:
            self.store.remove_document(doc_id)  # drop the rest and the lease: retry cleanly
        records = [(p.record(), p.doc.text) for p in todo if p.doc_id not in lost]
        if records:
            self.store.commit_documents(records, staged)
        if done:
            self.store.release_leases(sorted(done))
        return {info.doc_id for info, _ in records}, lost

    def _abandon(self, group: list[Planned]) -> None:
        """Best effort after a failure: drop the group's unpublished chunks and leases."""
        try:
            with self.store.writing():
                published = self.store.existing_documents([p.doc_id for p in group])
                for doc_id in {p.doc_id for p in group} - published:
                    self.store.remove_document(doc_id)
        except Exception:  # the store is failing; the next run's recovery cleans up
            pass
