"""Background ingests: one job per key, progress counted, a failure is an error result."""

from __future__ import annotations

import time

from knowledge.ingestion.jobs import IngestJobs
from knowledge.schema import IngestResult


def wait(job, seconds: float = 10.0):
    end = time.monotonic() + seconds
    while job.state != "done" and time.monotonic() < end:
        time.sleep(0.01)
    return job


def test_a_job_runs_once_per_key_and_counts_progress() -> None:
    jobs, runs = IngestJobs(), []

    def run(tick):
        runs.append(1)
        tick(3)
        tick(4)
        return IngestResult("a.txt", "added", "d", "A", 7)

    job = jobs.submit("k", "a.txt", 10, run)
    assert jobs.submit("k", "a.txt", 10, run) is job
    wait(job)
    assert job.result.status == "added" and job.done == 7 and runs == [1]
    assert 0.69 < job.fraction <= 0.99 and jobs.get("k") is job and jobs.get("x") is None


def test_a_failing_job_ends_with_one_error_line() -> None:
    def boom(tick):
        raise RuntimeError("disk on fire")

    job = wait(IngestJobs().submit("k", "b.txt", 1, boom))
    assert job.result.status == "error" and job.result.source == "b.txt"
    assert "RuntimeError" in job.result.message and "Traceback" not in job.result.message


def test_a_foreground_result_is_kept_like_a_job() -> None:
    jobs = IngestJobs()
    job = jobs.add_done("k", "c.txt", IngestResult("c.txt", "added", "d", "C", 2))
    assert job.state == "done" and jobs.get("k") is job and job.fraction == 0.99
