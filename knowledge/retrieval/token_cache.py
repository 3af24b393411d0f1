"""Jieba tokens of published documents, saved beside the store so a restart need not redo them."""

from __future__ import annotations

import logging
import os
import pickle
import threading
from pathlib import Path

log = logging.getLogger(__name__)

FORMAT = 1  # bump when `lexical.tokenize` changes what it returns
Entry = tuple[int, str, list[list[str]]]  # chunk count, title, tokens per chunk


class TokenCache:
    """A pickle of {doc_id: (chunks, title, tokens)}; read once (on the first index build),
    rewritten atomically in a background thread when much was tokenised since the last save.
    Safe to lose or share: an entry is used only when its document's chunk count and title match,
    and a document's id is the hash of its text."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[str, Entry] | None = None
        self._saving = threading.Lock()

    def get(self, doc_id: str, chunks: int, title: str) -> list[list[str]] | None:
        if self._entries is None:
            self._entries = self._load()
        entry = self._entries.get(doc_id)
        return entry[2] if entry and entry[0] == chunks and entry[1] == title else None

    def release(self) -> None:
        """Drop what was read (the index holds the tokens it used)."""
        self._entries = {}

    def _load(self) -> dict[str, Entry]:
        if self.path is None or not self.path.exists():
            return {}
        try:
            with self.path.open("rb") as f:
                data = pickle.load(f)
            return data["docs"] if data.get("format") == (FORMAT, _jieba_version()) else {}
        except Exception as exc:  # a damaged or foreign cache is only slower, never wrong
            log.warning("ignoring keyword token cache %s: %s", self.path, exc)
            return {}

    def save_later(self, entries: dict[str, Entry]) -> None:
        if self.path is None:
            return
        threading.Thread(target=self._save, args=(entries,), daemon=True).start()

    def _save(self, entries: dict[str, Entry]) -> None:
        if not self._saving.acquire(blocking=False):
            return  # a save is running; the next change saves again
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            with tmp.open("wb") as f:
                data = {"format": (FORMAT, _jieba_version()), "docs": entries}
                pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path)
        except Exception as exc:  # e.g. a read-only store folder: just slower restarts
            log.warning("could not save keyword token cache %s: %s", self.path, exc)
            tmp.unlink(missing_ok=True)
        finally:
            self._saving.release()


def _jieba_version() -> str:
    import jieba

    return str(getattr(jieba, "__version__", "?"))
