"""The embedder policy of QAService: a store answers only from vectors of the configured
embedder. The store records who made its vectors (provider, model, dimension, passage
preparation; `storage/reembed.py`); when that differs from the configured embedder — the user
changed `QA_EMBEDDING__*`, or an upgrade changed how passages are prepared — or is not recorded
(a store made before the record), the store is stale:

- questions are refused with one message naming the command (`StaleStoreError`: the CLI prints
  it, the API answers 409 `store_stale`), never answered from mixed vectors;
- adding documents is refused the same way (the writer checks under the write lock);
- `reindex()` re-embeds every stored chunk in place of the old vectors (documents, ids,
  metadata and offsets kept; crash-safe and resumable, `ingestion/reindex.py`). The CLI runs it
  as `python -m knowledge reindex`, the API as `POST /v1/documents/reindex` (a background job), and the
  app starts it by itself on its first start over a stale store, in the background with
  progress, like the bundled corpus's first indexing. One re-embedding at a time per store (a
  lease in the store): a second one, from any process, fails with `ReindexRunningError` (its
  job's one error line) while the first one's process lives, and resumes its work once it died.
"""

from __future__ import annotations

from knowledge.errors import StaleStoreError, stale_store_message
from knowledge.ingestion.jobs import IngestJobs, Job, Progress
from knowledge.ingestion.reindex import Reindexer
from knowledge.ingestion.sentence_pass import SentencePass
from knowledge.protocols import DocumentStore, Embedder
from knowledge.schema import IngestResult

REINDEX_NAME = "重新生成向量 (re-embedding the store)"


class Reindexing:
    """Mixed into QAService, which sets these attributes up (knowledge.service.wiring)."""

    store: DocumentStore
    embeddings: Embedder
    reindexer: Reindexer
    sentence_pass: SentencePass
    jobs: IngestJobs

    def needs_reindex(self) -> bool:
        """Whether the stored vectors are another embedder's (or of unknown origin)."""
        return not self.reindexer.is_current()

    def stale_message(self) -> str:
        return stale_store_message(self.store.stored_embedder(), self.embeddings.identity())

    def require_current_vectors(self) -> None:
        """Raise StaleStoreError (the message names the command) unless the store is current."""
        if self.needs_reindex():
            raise StaleStoreError(self.stale_message())

    def reindex(self, progress: Progress | None = None, wait: bool = False) -> int:
        """Re-embed the store with the configured embedder (no-op when current); the chunks
        embedded. `progress(n)` is told of chunks as they are done (total: `chunk_count()`).
        `wait`: return once the sentence vectors are made again too (the CLI), not only the
        chunk vectors (answers need only those; the sentence pass may run on meanwhile)."""
        done = self.reindexer.run(progress)
        if wait:
            self.sentence_pass.wait()
        return done

    def reindex_in_background(self) -> Job:
        """Start `reindex()` in the upload worker (one at a time; a finished one that left the
        store stale is started again); poll the job for progress."""
        key = "reindex"
        n = 0
        while (job := self.jobs.get(key)) is not None and job.state == "done":
            if not self.needs_reindex():
                return job
            n += 1
            key = f"reindex-{n}"
        if job is not None:
            return job
        return self.jobs.submit(key, REINDEX_NAME, self.store.chunk_count(), self._reindex_job)

    def reindex_job(self) -> Job | None:
        """The latest re-embedding job of this process, if any."""
        latest, n = self.jobs.get("reindex"), 1
        while (job := self.jobs.get(f"reindex-{n}")) is not None:
            latest, n = job, n + 1
        return latest

    def _reindex_job(self, progress: Progress) -> IngestResult:
        done = self.reindex(progress)
        return IngestResult(REINDEX_NAME, "added", chunks=done)
