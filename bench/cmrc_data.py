"""CMRC 2018 (SQuAD format) as a multi-document corpus: load questions, ingest paragraphs as documents."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ingest.loaders import RawDocument

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "cmrc2018"


@dataclass(frozen=True)
class Item:
    qid: str
    question: str
    answers: tuple[str, ...]
    context: str
    title: str


def load_split(data_dir: Path, split: str) -> tuple[list[tuple[str, str]], list[Item]]:
    """(paragraphs as (title, context), questions) of one split."""
    data = json.loads((Path(data_dir) / f"{split}.json").read_text(encoding="utf-8"))["data"]
    paragraphs, items = [], []
    for art in data:
        title = art.get("title", "").strip() or "untitled"
        for para in art["paragraphs"]:
            ctx = para["context"]
            paragraphs.append((title, ctx))
            for qa in (q for q in para["qas"] if q["question"].strip()):
                answers = tuple(
                    dict.fromkeys(a["text"].strip() for a in qa["answers"] if a["text"].strip())
                )
                items.append(Item(qa["id"], qa["question"], answers, ctx, title))
    return paragraphs, items


def ingest_paragraphs(service, paragraphs: list[tuple[str, str]], progress=None) -> dict[str, int]:
    """Add each paragraph as its own document (title = article title); already-present ones are skipped."""
    counts = {"added": 0, "present": 0, "error": 0}
    for i, (title, ctx) in enumerate(paragraphs):
        raw = RawDocument(text=ctx, source=f"cmrc-{i:04d}.txt", fmt="txt", title_hint=title)
        counts[service.ingestor.ingest_raw(raw).status] += 1
        if progress:
            progress(1)
    return counts
