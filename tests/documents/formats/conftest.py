"""The real-format fixtures (tests/data/formats/, written by make_fixtures.py), each read
once per session: OCR takes seconds a page."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from knowledge.documents.cleaning import CleanDocument, clean_text
from knowledge.documents.loaders import RawDocument, load_file

FORMATS = Path(__file__).resolve().parents[2] / "data" / "formats"
LIMIT = 20 * 1024 * 1024


PAGES_READ: dict[str, list[tuple[int, int]]] = {}  # file -> the (done, total) OCR reports


@cache
def loaded(name: str) -> RawDocument:
    calls = PAGES_READ.setdefault(name, [])
    return load_file(FORMATS / name, LIMIT, on_page=lambda done, total: calls.append((done, total)))


@cache
def cleaned(name: str) -> CleanDocument:
    raw = loaded(name)
    return clean_text(
        raw.text,
        raw.title_hint,
        page_starts=raw.page_starts,
        published=raw.published,
        web=raw.fmt == "html",
    )
