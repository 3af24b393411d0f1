"""Chat conversations persisted as one JSON file each under `<store>/conversations/`."""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from knowledge.schema import Answer

log = logging.getLogger(__name__)
_ID = re.compile(r"^[0-9a-f]{16}$")
TITLE_CHARS = 40


def new_id() -> str:
    return secrets.token_hex(8)


def valid_id(conv_id: object) -> bool:
    """Ids come from the URL: only our own 16-hex-digit form may touch the disk."""
    return isinstance(conv_id, str) and bool(_ID.match(conv_id))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Exchange:
    """One question and the answer it got (with its citations)."""

    question: str
    answer: Answer
    asked_at: str = field(default_factory=_now)
    rating: int | None = None  # the reader's 👎 (0) or 👍 (1)

    def to_json(self) -> dict[str, Any]:
        data = {"question": self.question, "answer": self.answer.to_json(), "at": self.asked_at}
        return data | ({"rating": self.rating} if self.rating is not None else {})

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Exchange:
        rating = data.get("rating")
        rating = rating if rating in (0, 1) else None
        return cls(data["question"], Answer.from_json(data["answer"]), data.get("at", ""), rating)


@dataclass
class Conversation:
    id: str
    exchanges: list[Exchange] = field(default_factory=list)
    created_at: str = field(default_factory=_now)
    updated_at: str = field(default_factory=_now)
    owner: str | None = None  # the browser that started it (None: saved before owners)

    @property
    def title(self) -> str:
        if not self.exchanges:
            return "新对话"
        q = " ".join(self.exchanges[0].question.split())
        return q if len(q) <= TITLE_CHARS else q[: TITLE_CHARS - 1] + "…"

    def add(self, question: str, answer: Answer) -> Exchange:
        ex = Exchange(question, answer)
        self.exchanges.append(ex)
        self.updated_at = ex.asked_at
        return ex

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "owner": self.owner,
            "exchanges": [e.to_json() for e in self.exchanges],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Conversation:
        return cls(
            id=data["id"],
            exchanges=[Exchange.from_json(e) for e in data.get("exchanges", [])],
            created_at=data.get("created_at", ""),
            updated_at=data.get("updated_at", ""),
            owner=data["owner"] if valid_id(data.get("owner")) else None,
        )


@dataclass(frozen=True)
class ConversationSummary:
    id: str
    title: str
    updated_at: str
    turns: int
    owner: str | None = None


class ConversationStore:
    """Load, save and list conversations; every write is atomic (temp file + os.replace)."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    @classmethod
    def beside_store(cls, store_path: str | Path) -> ConversationStore:
        return cls(Path(store_path) / "conversations")

    def path(self, conv_id: str) -> Path:
        if not valid_id(conv_id):
            raise ValueError(f"invalid conversation id: {conv_id!r}")
        return self.root / f"{conv_id}.json"

    def new(self) -> Conversation:
        return Conversation(new_id())

    def load(self, conv_id: str) -> Conversation | None:
        """The saved conversation, or None when unknown, invalid or unreadable."""
        if not valid_id(conv_id):
            return None
        try:
            data = json.loads(self.path(conv_id).read_text(encoding="utf-8"))
            conv = Conversation.from_json(data)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("unreadable conversation %s: %s", conv_id, exc)
            return None
        return conv if conv.id == conv_id else None

    def load_or_new(self, conv_id: str | None) -> Conversation:
        """The saved conversation; a fresh one keeping a valid id that has no file yet."""
        conv = self.load(conv_id) if conv_id else None
        if conv is None:
            conv = Conversation(conv_id) if valid_id(conv_id) else self.new()
        return conv

    def save(self, conv: Conversation) -> None:
        target = self.path(conv.id)
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{conv.id}.", suffix=".tmp", dir=self.root)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(conv.to_json(), handle, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def list(self, owner: str | None = None, also: str | None = None) -> list[ConversationSummary]:
        """Saved conversations, most recently updated first; unreadable files are skipped.
        With `owner`: only that browser's (and those saved before owners were kept), plus the
        conversation `also` (the one open, e.g. from a shared link)."""
        out = []
        for p in self.root.glob("*.json") if self.root.is_dir() else []:
            conv = self.load(p.stem)
            if conv is None or not conv.exchanges:
                continue
            if owner is not None and conv.owner not in (owner, None) and conv.id != also:
                continue
            turns = len(conv.exchanges)
            out.append(ConversationSummary(conv.id, conv.title, conv.updated_at, turns, conv.owner))
        return sorted(out, key=lambda s: (s.updated_at, s.id), reverse=True)
