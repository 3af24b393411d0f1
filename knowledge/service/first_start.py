"""The first-start policy of QAService: over an empty store the bundled corpus is indexed once,
unless the user removed it from this store before."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.ingestion.bundled import BundledCorpus
from knowledge.ingestion.jobs import Progress
from knowledge.schema import IngestResult


class FirstStart:
    """Mixed into QAService, which sets `bundled` up and brings the document methods used here
    (knowledge.service.documents)."""

    bundled: BundledCorpus

    if TYPE_CHECKING:  # from knowledge.service.documents

        def is_empty(self) -> bool: ...

        def estimate_chunks(self, size_bytes: int) -> int: ...

        def ingest_paths(
            self, paths: Sequence[Path], progress: Progress | None = None
        ) -> list[IngestResult]: ...

    def needs_bundled_corpus(self) -> bool:
        """On the first start over an empty store the bundled corpus is due, unless the user
        removed it from this store before."""
        return self.bundled.due(self.is_empty())

    def ingest_bundled(self, progress: Progress | None = None) -> list[IngestResult]:
        """Index the bundled corpus (documents already present are skipped); asked for
        explicitly, it also forgets that the user had removed it."""
        self.bundled.asked_for()
        return self.ingest_paths(self.bundled.files(), progress)

    def bundled_estimate(self) -> int:
        return sum(self.estimate_chunks(f.stat().st_size) for f in self.bundled.files())

    def mark_booted(self) -> None:
        self.bundled.booted = True
