"""CMRC 2018 (SQuAD format) as a multi-document corpus: load questions, ingest paragraphs as documents."""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.documents.loaders import RawDocument

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "cmrc2018"
STORES = Path("/tmp/bench-stores")


@dataclass(frozen=True)
class Item:
    qid: str
    question: str
    answers: tuple[str, ...]
    context: str
    title: str
    para: int = -1  # index of the paragraph in the split's paragraph list


def load_split(data_dir: Path, split: str) -> tuple[list[tuple[str, str]], list[Item]]:
    """(paragraphs as (title, context), questions) of one split."""
    data = json.loads((Path(data_dir) / f"{split}.json").read_text(encoding="utf-8"))["data"]
    paragraphs: list[tuple[str, str]] = []
    items: list[Item] = []
    for art in data:
        title = art.get("title", "").strip() or "untitled"
        for para in art["paragraphs"]:
            ctx = para["context"]
            paragraphs.append((title, ctx))
            for qa in (q for q in para["qas"] if q["question"].strip()):
                answers = tuple(
                    dict.fromkeys(a["text"].strip() for a in qa["answers"] if a["text"].strip())
                )
                items.append(
                    Item(qa["id"], qa["question"], answers, ctx, title, len(paragraphs) - 1)
                )
    return paragraphs, items


def part_of(title: str) -> str:
    """The fixed split of a split's articles (session 14): an article whose title's md5, read as
    an integer, is 0 mod 3 is held out, the rest tune (trial: 79 of 256 articles held out)."""
    return "heldout" if int(hashlib.md5(title.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "tune"


def raw_paragraph(i: int, title: str, ctx: str) -> RawDocument:
    """Paragraph `i` as the loader would hand it over: a .txt file whose title is the article's."""
    return RawDocument(text=ctx, source=f"cmrc-{i:04d}.txt", fmt="txt", title_hint=title)


def ingest_paragraph_ids(
    service: Any, paragraphs: list[tuple[str, str]], progress: Callable[[int], None] | None = None
) -> tuple[dict[str, int], list[str | None]]:
    """Ingest like `ingest_paragraphs`; also return each paragraph's document id (None on error)."""
    counts = {"added": 0, "present": 0, "error": 0}
    ids: list[str | None] = []
    raws = (raw_paragraph(i, title, ctx) for i, (title, ctx) in enumerate(paragraphs))
    for res in service.add_documents(raws):  # the path `python -m ingest DIR` takes
        counts[res.status] += 1
        ids.append(res.doc_id)
        if progress:
            progress(1)
    return counts, ids


def ingest_paragraphs(
    service: Any, paragraphs: list[tuple[str, str]], progress: Callable[[int], None] | None = None
) -> dict[str, int]:
    """Add each paragraph as its own document (title = article title); already-present ones are skipped."""
    return ingest_paragraph_ids(service, paragraphs, progress)[0]


FITTED_OOC = 500  # the seeded (seed 0) out-of-corpus sample the local fits read (cmrc.trial_tune)


def unfitted(other: list[Any]) -> list[Any]:
    """The other split's questions outside the FITTED_OOC sample the local fits read: out-of-corpus
    questions no rule was fitted on (`cmrc.py --ooc-unfitted`)."""
    fitted = {id(it) for it in sample(other, FITTED_OOC, 0)}
    return [it for it in other if id(it) not in fitted]


def ooc_part(qid: str) -> str:
    """The fixed split of the unfitted out-of-corpus pool (branch ooc52, written before any row was
    read): a question whose id's md5, read as an integer, is even is held out, the rest tune. Fits
    and screens read the tune part only; the held-out part is asked for its refusal rate alone."""
    return "heldout" if int(hashlib.md5(qid.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "tune"


def ooc_pool(other: list[Any], fitted_out: bool, part: str, n: int | None, seed: int) -> list[Any]:
    """The out-of-corpus questions asked: a seeded sample of n of `other` (only those the local
    fits never read when `fitted_out`), then one part of that pool (`ooc_part`) unless part is
    "all" (the seeded sample has no parts: none of it is kept)."""
    pool = sample(unfitted(other) if fitted_out else other, n, seed)
    return pool if part == "all" else [it for it in pool if fitted_out and ooc_part(it.qid) == part]


def sample(items: list[Any], n: int | None, seed: int = 0) -> list[Any]:
    """A seeded sample of n items in their original order (all of them when n is None or large)."""
    if n is None or n >= len(items):
        return list(items)
    keep = sorted(random.Random(seed).sample(range(len(items)), n))
    return [items[i] for i in keep]
