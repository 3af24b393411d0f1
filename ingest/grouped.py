"""Writing many small documents together: one engine call and a few writes per group."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from ingest.cleaning import CleanDocument
from knowledge.schema import Chunk, IngestResult

Progress = Callable[[int], None]
LOST = (
    "写入期间部分段落被删除（可能同时删除了该文档），请重新导入 (chunks removed meanwhile; retry)"
)


@dataclass
class Planned:
    """A cleaned, chunked document about to be ingested."""

    doc: CleanDocument
    doc_id: str
    source: str
    chunks: list[Chunk]


def failed_message(exc: Exception) -> str:
    message = f"写入知识库失败 (store write failed): {type(exc).__name__}: {exc}"
    return " ".join(message.split())[:500]


class GroupWriter:
    """The group half of `Ingestor` (which provides store, embeddings, recover, embed_texts,
    _info): leases for the whole group, one embedding call, then its chunks and records, so a
    group lands whole or not at all, like a single document."""

    store: Any
    embeddings: Any
    _recovered: bool

    def _flush(self, group: list[Planned], progress: Progress | None) -> Iterator[IngestResult]:
        if not group:
            return
        try:
            yield from self._write_group(group, progress)
        except Exception as exc:  # a store failure fails this group; later files go on
            self._abandon(group)
            yield from (IngestResult(p.source, "error", message=failed_message(exc)) for p in group)

    def _abandon(self, group: list[Planned]) -> None:
        """Best effort after a failed group: drop its unpublished chunks and leases."""
        try:
            with self.store.writing():
                published = self.store.existing_documents([p.doc_id for p in group])
                for doc_id in {p.doc_id for p in group} - published:
                    self.store.remove_document(doc_id)
        except Exception:  # the store is failing; the next run's recovery cleans up
            pass

    def _write_group(self, group: list[Planned], progress: Progress | None) -> list[IngestResult]:
        stored = self.store.existing_documents([p.doc_id for p in group])
        new = list({p.doc_id: p for p in group if p.doc_id not in stored}.values())
        added: set[str] = set()
        lost: set[str] = set()
        if new:
            self._prepare_group(new)
            texts = [t for p in new for t in self.embed_texts(p.chunks)]
            added, lost = self._commit_group(new, self.embeddings.embed_passages(texts, progress))
        return [self._group_result(p, added, lost) for p in group]

    @staticmethod
    def _group_result(p: Planned, added: set[str], lost: set[str]) -> IngestResult:
        if p.doc_id in added:
            added.discard(p.doc_id)  # a document given twice is added once
            return IngestResult(p.source, "added", p.doc_id, p.doc.title, len(p.chunks))
        if p.doc_id in lost:
            return IngestResult(p.source, "error", p.doc_id, p.doc.title, message=LOST)
        return IngestResult(p.source, "present", p.doc_id, p.doc.title, message="已存在")

    def _prepare_group(self, new: list[Planned]) -> None:
        """Leases first; chunks a dead run left under these ids with other numbering go."""
        ids = [p.doc_id for p in new]
        with self.store.writing():
            if not self._recovered:
                self.recover(keep=ids)
            self.store.touch_leases([(p.doc_id, p.source, len(p.chunks)) for p in new])
            planned = {c.chunk_id for p in new for c in p.chunks}
            extra = [c for c in self.store.chunk_ids_of(ids) if c not in planned]
            if extra:
                self.store.delete_chunks(extra)

    def _commit_group(self, new: list[Planned], vectors: np.ndarray) -> tuple[set[str], set[str]]:
        """Write the group's chunks and publish the documents that landed whole: (added, lost)."""
        chunks = [c for p in new for c in p.chunks]
        with self.store.writing():
            done = self.store.existing_documents([p.doc_id for p in new])  # by another writer
            todo = [p for p in new if p.doc_id not in done]
            keep = {c.chunk_id for p in todo for c in p.chunks}
            rows = [i for i, c in enumerate(chunks) if c.chunk_id in keep]
            self.store.add_chunks([chunks[i] for i in rows], vectors[rows])
            missing = set(self.store.missing_chunks(sorted(keep)))
            lost = {p.doc_id for p in todo if any(c.chunk_id in missing for c in p.chunks)}
            for doc_id in lost:
                self.store.remove_document(doc_id)  # drop the rest and the lease: retry cleanly
            infos = [
                (self._info(p.doc, p.doc_id, p.source, len(p.chunks)), p.doc.text)
                for p in todo
                if p.doc_id not in lost
            ]
            if infos:
                self.store.commit_documents(infos, staged=False)
            for doc_id in done:
                self.store.release_lease(doc_id)
        return {info.doc_id for info, _ in infos}, lost
