"""Readers' 👍/👎 on answers: an append-only JSONL file in the store folder, and its export in
the evaluation format (eval/tune.jsonl), so that bad answers become test cases.

Every rating is one line; a changed rating is a new line (the last one for an answer counts).
Appends from several sessions or processes take turns through a file lock beside the file, and
each line is written whole (one write, flushed and synced), so lines never interleave.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock

from knowledge.errors import StoreError
from knowledge.schema import Answer
from knowledge.storage.locking import try_lock
from knowledge.text.normalise import language

log = logging.getLogger(__name__)
RATINGS = ("down", "up")  # st.feedback's thumbs: 0 is 👎, 1 is 👍
LOCK_TIMEOUT_S = 10.0
FEEDBACK_FILE = "feedback.jsonl"


def feedback_record(answer_id: str, rating: str, answer: Answer) -> dict[str, Any]:
    """What is kept of one rating: the question, the answer, its sources with the quoted
    passages, the mode and when."""
    if rating not in RATINGS:
        raise ValueError(f"rating must be one of {RATINGS}: {rating!r}")
    return {
        "answer_id": answer_id,
        "rating": rating,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "question": answer.question,
        "answer": answer.answer,
        "abstained": answer.abstained,
        "mode": answer.mode,
        "retrieval_query": answer.retrieval_query,
        "citations": [
            {
                "marker": c.marker,
                "doc_id": c.doc_id,
                "title": c.title,
                "source": c.source,
                "section": c.section,
                "page": c.page,
                "text": c.text,
                "quoted": [c.text[s:e] for s, e in c.highlights],
            }
            for c in answer.citations
        ],
    }


class FeedbackLog:
    """The ratings of one store: `add` appends, `records` reads back (bad lines skipped)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = FileLock(str(self.path.with_name(self.path.name + ".lock")))

    @classmethod
    def in_store(cls, store_path: str | Path) -> FeedbackLog:
        return cls(Path(store_path) / FEEDBACK_FILE)

    def add(self, record: dict[str, Any]) -> None:
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not try_lock(self._lock, LOCK_TIMEOUT_S):
            raise StoreError("反馈没有保存：反馈文件正被占用，请稍后再试。")
        try:
            with self.path.open("ab") as handle:
                handle.write(line)
                handle.flush()
                os.fsync(handle.fileno())
        finally:
            self._lock.release()

    def records(self) -> list[dict[str, Any]]:
        """Every rating in the order given; unreadable lines (a crash mid-line) are skipped."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        out = []
        for n, line in enumerate(lines, 1):
            try:
                rec = json.loads(line)
            except ValueError:
                log.warning("%s line %d is not JSON; skipped", self.path, n)
                continue
            if isinstance(rec, dict) and rec.get("rating") in RATINGS and rec.get("question"):
                out.append(rec)
        return out

    def latest(self) -> list[dict[str, Any]]:
        """The last rating of each answer, in the order the answers were first rated."""
        last: dict[str, dict[str, Any]] = {}
        for rec in self.records():
            key = rec.get("answer_id") or rec["at"]
            last.pop(key, None)
            last[key] = rec
        return list(last.values())


def eval_case(rec: dict[str, Any]) -> dict[str, Any]:
    """A rating as a case of the evaluation format (id, lang, question, answerable, facts,
    evidence, split, kind). 👍: the answer stands — answerable unless the bot abstained, with
    the first quoted sentence as the evidence to keep citing. 👎: a case to fill in —
    `answerable` null, no facts, the bad answer and its sources kept for whoever fills it."""
    good = rec["rating"] == "up"
    quoted = next((q for c in rec.get("citations", []) for q in c.get("quoted", []) if q), "")
    digest = hashlib.sha1(f"{rec.get('answer_id')}|{rec['question']}".encode()).hexdigest()
    return {
        "id": f"fb-{digest[:10]}",
        "lang": language(rec["question"]),
        "question": rec["question"],
        "answerable": (not rec.get("abstained", False)) if good else None,
        "facts": [],
        "evidence": quoted if good and not rec.get("abstained") else "",
        "split": "feedback",
        "kind": ["feedback"],
        "feedback": rec["rating"],
        "answer": rec.get("answer", ""),
        "sources": [
            {k: c.get(k) for k in ("marker", "title", "source", "section", "page", "quoted")}
            for c in rec.get("citations", [])
        ],
        "mode": rec.get("mode"),
        "rated_at": rec.get("at"),
    }


def export_eval(ratings: FeedbackLog, target: str | Path) -> int:
    """Write the latest rating of each answer as eval cases (JSONL, written whole then moved
    into place); how many were written."""
    cases = [eval_case(r) for r in ratings.latest()]
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp")
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    return len(cases)
