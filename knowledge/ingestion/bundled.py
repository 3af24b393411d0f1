"""The bundled corpus and the first-start policy around it: a new, empty store gets the bundled
documents once; a user who removed them keeps an empty store (a flag file in the store folder
remembers it) until they ask for the bundled corpus again."""

from __future__ import annotations

from pathlib import Path

from knowledge.documents.files import expand_paths
from knowledge.schema import DocumentInfo
from knowledge.settings import BUNDLED_CORPUS, Settings

FLAG = "bundled-removed"


class BundledCorpus:
    def __init__(self, settings: Settings, folder: Path = BUNDLED_CORPUS) -> None:
        self.folder = folder
        self.flag = Path(settings.store.path) / FLAG
        self.booted = False  # this process already did (or skipped) its first start

    def files(self) -> list[Path]:
        return expand_paths([self.folder])

    def due(self, store_empty: bool) -> bool:
        """Whether this start should index the bundled corpus."""
        return not self.booted and not self.flag.exists() and store_empty

    def removing(self, doc: DocumentInfo | None) -> None:
        """Remember that the user removed a bundled document from this store."""
        if doc is not None and doc.source in {p.name for p in self.files()}:
            self.flag.parent.mkdir(parents=True, exist_ok=True)
            self.flag.write_text(f"{doc.doc_id} {doc.source}\n", encoding="utf-8")

    def asked_for(self) -> None:
        """The user (or a first start) asks for the bundled corpus: forget a removal."""
        self.booted = True
        self.flag.unlink(missing_ok=True)
