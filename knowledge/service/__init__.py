"""The knowledge service: the one object the app, the CLIs and the benchmarks ask, add to and
manage. It wires the layers together and holds the policy a front end should not: what a first
start indexes, upload limits, which uploads run in the background.

`QAService` is assembled from one module a responsibility: `wiring` (the layers it holds and
`build_service`, with the warm-up), `asking` (questions, feedback, evidence), `documents`
(adding, replacing, removing and listing documents, uploads) and `first_start` (the bundled
corpus). Front ends import from here only."""

from knowledge.ingestion.jobs import Job
from knowledge.service.documents import BACKGROUND_BYTES, ONE_REPLACEMENT, PASTED, files_in
from knowledge.service.wiring import QAService, build_service

__all__ = [
    "BACKGROUND_BYTES",
    "ONE_REPLACEMENT",
    "PASTED",
    "Job",
    "QAService",
    "build_service",
    "files_in",
]
