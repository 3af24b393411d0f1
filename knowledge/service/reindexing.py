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
  progress, like the bundled corpus's first indexing.

One re-embedding at a time per store (a lease in the store, its heartbeat renewed while the run
lives). A second one, from any process, WAITS for the first (`reindex(if_running="wait")`, the
default: the app's job, the API's job and the CLI): it tells `on_wait` what it waits for
(`OtherReindex`: the other run's owner and chunks done of total, from its lease) about once a
second, and once the first run is over it finds the store current (0 chunks, nothing to do) or,
if that run died, takes its lease over and resumes its work. It gives up with
`ReindexRunningError` after `QA_STORE__REINDEX_WAIT_S`. `if_running="refuse"` fails at once
instead (the CLI's `--no-wait`, the API's `?wait=false`: a caller that must not block or poll).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Literal

from knowledge.errors import (
    ReindexRunningError,
    StaleStoreError,
    reindex_waited_message,
    stale_store_message,
)
from knowledge.ingestion.jobs import IngestJobs, Job, Progress
from knowledge.ingestion.reindex import Reindexer
from knowledge.ingestion.sentence_pass import SentencePass
from knowledge.protocols import DocumentStore, Embedder
from knowledge.schema import IngestResult, OtherReindex
from knowledge.settings import Settings

REINDEX_NAME = "重新生成向量 (re-embedding the store)"
WAIT_POLL_S = 1.0  # a waiting run looks at the other one's lease this often


class Reindexing:
    """Mixed into QAService, which sets these attributes up (knowledge.service.wiring)."""

    settings: Settings
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

    def reindex(
        self,
        progress: Progress | None = None,
        wait: bool = False,
        if_running: Literal["wait", "refuse"] = "wait",
        on_wait: Callable[[OtherReindex], None] | None = None,
    ) -> int:
        """Re-embed the store with the configured embedder (no-op when current); the chunks
        embedded. `progress(n)` is told of chunks as they are done (total: `chunk_count()`).
        `wait`: return once the sentence vectors are made again too (the CLI), not only the
        chunk vectors (answers need only those; the sentence pass may run on meanwhile).
        Another process's run: waited for (`on_wait` told), or refused at once (module doc)."""
        done = self._run_after_others(progress, if_running, on_wait)
        if wait:
            self.sentence_pass.wait()
        return done

    def running_reindex(self, waited_s: float = 0.0) -> OtherReindex | None:
        """The re-embedding another live process runs on this store, if any."""
        held = self.store.running_reembedding()
        if held is None:
            return None
        done, total = held.get("done"), held.get("total")
        return OtherReindex(
            str(held.get("owner", "")),
            int(done) if done is not None else None,
            int(total) if total is not None else None,
            waited_s,
        )

    def _run_after_others(
        self,
        progress: Progress | None,
        if_running: str,
        on_wait: Callable[[OtherReindex], None] | None,
    ) -> int:
        start, limit = time.monotonic(), self.settings.store.reindex_wait_s
        while True:
            try:
                return self.reindexer.run(progress)
            except ReindexRunningError as exc:
                if if_running != "wait":
                    raise
                if time.monotonic() - start >= limit:
                    raise ReindexRunningError(reindex_waited_message("", limit)) from exc
                time.sleep(min(WAIT_POLL_S, 0.1))  # its lease was just released, or so
            # another run holds the lease: look at it until it is over (or dead), then again
            while (other := self.running_reindex(time.monotonic() - start)) is not None:
                if other.waited_s >= limit:
                    raise ReindexRunningError(reindex_waited_message(other.owner, other.waited_s))
                if on_wait is not None:
                    on_wait(other)
                if self.reindexer.is_current():  # swapped: its lease goes in a moment
                    break
                time.sleep(WAIT_POLL_S)

    def reindex_in_background(self, if_running: Literal["wait", "refuse"] = "wait") -> Job:
        """Start `reindex()` in the upload worker (one at a time; a finished one that left the
        store stale is started again); poll the job for progress. `if_running="refuse"`: a run
        another process starts before this job claims the store fails the job at once."""
        key = "reindex"
        n = 0
        while (job := self.jobs.get(key)) is not None and job.state == "done":
            if not self.needs_reindex():
                return job
            n += 1
            key = f"reindex-{n}"
        if job is not None:
            return job
        run = lambda progress: self._reindex_job(progress, key, if_running)  # noqa: E731
        return self.jobs.submit(key, REINDEX_NAME, self.store.chunk_count(), run)

    def reindex_job(self) -> Job | None:
        """The latest re-embedding job of this process, if any."""
        latest, n = self.jobs.get("reindex"), 1
        while (job := self.jobs.get(f"reindex-{n}")) is not None:
            latest, n = job, n + 1
        return latest

    def _reindex_job(
        self, progress: Progress, key: str, if_running: Literal["wait", "refuse"] = "wait"
    ) -> IngestResult:
        """The job waits for another process's run, its `waiting` showing that run meanwhile."""
        job = self.jobs.get(key)

        def waiting(other: OtherReindex) -> None:
            if job is not None:
                job.waiting = other

        try:
            done = self.reindex(progress, if_running=if_running, on_wait=waiting)
        finally:
            if job is not None:
                job.waiting = None
        return IngestResult(REINDEX_NAME, "added", chunks=done)
