"""Background ingest jobs: big uploads are added by a worker thread while the app stays usable."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass

from knowledge.errors import user_message
from knowledge.schema import IngestResult, OtherReindex

Progress = Callable[[int], None]


@dataclass
class Job:
    """One file being added; `done` counts embedded chunks (for a progress bar)."""

    key: str
    name: str
    estimate: int
    state: str = "queued"  # queued -> running -> done
    done: int = 0
    result: IngestResult | None = None
    waiting: OtherReindex | None = None  # a re-embedding waiting for another process's

    @property
    def fraction(self) -> float:
        return min(self.done / max(self.estimate, 1), 0.99)


class IngestJobs:
    """A queue of ingests run one at a time by a daemon thread; jobs are kept by key, so a
    rerun of the page finds the job it submitted instead of adding the file again."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[Job, Callable[[Progress], IngestResult]]] = queue.Queue()
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None

    def submit(
        self, key: str, name: str, estimate: int, run: Callable[[Progress], IngestResult]
    ) -> Job:
        with self._lock:
            if key in self._jobs:
                return self._jobs[key]
            job = self._jobs[key] = Job(key, name, estimate)
            self._queue.put((job, run))
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._work, name="ingest-jobs", daemon=True)
                self._worker.start()
        return job

    def run(
        self,
        key: str,
        name: str,
        estimate: int,
        work: Callable[[Progress], IngestResult],
        background: bool,
        progress: Progress | None = None,
    ) -> Job:
        """Once per `key` (a rerun finds the same job): `work` by the worker thread, or here
        with `progress`. Either way the job ends with a result; nothing raises."""
        if (job := self.get(key)) is not None:
            return job
        if background:
            return self.submit(key, name, estimate, work)
        try:
            result = work(progress or (lambda _n: None))
        except Exception as exc:  # one error line, like a file that failed
            result = IngestResult(name, "error", message=user_message(exc))
        return self.add_done(key, name, result)

    def add_done(self, key: str, name: str, result: IngestResult) -> Job:
        """Record an ingest that ran in the foreground, so it is looked up like the others."""
        with self._lock:
            job = self._jobs[key] = Job(key, name, result.chunks, "done", result.chunks, result)
        return job

    def get(self, key: str) -> Job | None:
        return self._jobs.get(key)

    def _work(self) -> None:
        while True:
            job, run = self._queue.get()
            job.state = "running"

            def tick(n: int, job: Job = job) -> None:
                job.done += n

            try:
                job.result = run(tick)
            except Exception as exc:  # one error line, like a failed file
                job.result = IngestResult(job.name, "error", message=user_message(exc))
            finally:
                job.state = "done"
                self._queue.task_done()
