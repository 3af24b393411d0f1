"""Re-embedding a store made by another embedder (or an older passage preparation): every
stored chunk gets the configured embedder's vector, its id, text, metadata and offsets kept.

The new vectors are written beside the old ones (`storage/reembed.py`: a shadow collection,
then one swap under the write lock), a batch at a time, so an interrupted run leaves the old
store as it was and the next run resumes where it stopped. Chunks are embedded as an ingest
embeds them (`plan.embed_texts`: title line, overlap left out). Documents removed meanwhile are
dropped from the shadow and documents added meanwhile (by a process of the old embedder) are
embedded at the swap. One re-embedding at a time: the run holds the store's re-embedding lease
(`storage/reembed.py`, its heartbeat renewed by a thread while the run lives), so a second run —
another process, or another session of the app — is told one is running (`ReindexRunningError`:
the service waits and tries again, `service/reindexing.py`), and takes over and resumes once its
owner is dead.
Sentence vectors are derived data: the swap drops them and the sentence
pass makes them again (in the background, or inline, as `QA_INGEST__SENTENCE_VECTORS` says).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from knowledge.ingestion.plan import embed_texts
from knowledge.ingestion.writer import WRITE_BATCH
from knowledge.protocols import DocumentStore, Embedder
from knowledge.schema import Chunk
from knowledge.settings import IngestSettings

Progress = Callable[[int], None]


class Reindexer:
    def __init__(
        self,
        store: DocumentStore,
        embeddings: Embedder,
        settings: IngestSettings,
        on_swapped: Callable[[Iterable[str]], None] | None = None,
    ) -> None:
        self.store = store
        self.embeddings = embeddings
        self.settings = settings
        self.on_swapped = on_swapped  # told the documents whose sentence vectors are due

    def is_current(self, fresh: bool = False) -> bool:
        """Whether the stored vectors are this embedder's (an empty store's are)."""
        return self.store.holds_vectors_of(self.embeddings.identity(), fresh)

    def run(self, progress: Progress | None = None) -> int:
        """Re-embed every stored chunk with this embedder and put the vectors in place; returns
        the chunks embedded by this run (0 when the store was already current)."""
        if self.is_current():
            return 0
        self.store.claim_reembedding(self.embeddings.identity())  # or ReindexRunningError
        try:
            if self.is_current(fresh=True):  # another run finished just before
                return 0
            embedded = self._run(progress)
        finally:
            self.store.release_reembedding()
        if self.on_swapped:
            self.on_swapped([d.doc_id for d in self.store.list_documents()])
        return embedded

    def _run(self, progress: Progress | None) -> int:
        key = self.embeddings.identity()
        self.store.remove_orphans()  # ingests that died: their chunks are not re-embedded
        done = self.store.begin_reembedding(key)
        embedded = 0
        for doc in self.store.list_documents():
            chunks = sorted(self.store.iter_chunks(doc.doc_id), key=lambda c: c.ordinal)
            embedded += self._embed(chunks, done, progress)
        with self.store.writing():
            done = self.store.reembedded_ids()  # what the shadow holds, not what we believe
            live = {c.chunk_id: c for c in self.store.iter_chunks()}
            if gone := sorted(done - set(live)):
                self.store.drop_reembedded(gone)
            added = sorted({c.doc_id for c in live.values() if c.chunk_id not in done})
            for doc_id in added:  # written meanwhile by a writer of the old embedder
                chunks = sorted(self.store.iter_chunks(doc_id), key=lambda c: c.ordinal)
                embedded += self._embed(chunks, done, progress)
            self.store.swap_reembedded()
        return embedded

    def _embed(self, chunks: list[Chunk], done: set[str], progress: Progress | None) -> int:
        """Embed a document's chunks not yet in the shadow, a batch at a time."""
        texts = dict(zip((c.chunk_id for c in chunks), embed_texts(chunks, self.settings)))
        todo = [c for c in chunks if c.chunk_id not in done]
        if progress and len(todo) < len(chunks):
            progress(len(chunks) - len(todo))  # embedded by an earlier run
        for i in range(0, len(todo), WRITE_BATCH):
            part = todo[i : i + WRITE_BATCH]
            vectors = self.embeddings.embed_passages([texts[c.chunk_id] for c in part], progress)
            self.store.add_reembedded(part, vectors)
            done.update(c.chunk_id for c in part)
        return len(todo)
