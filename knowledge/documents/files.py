"""Which files a path names: files as given, folders expanded to the supported files inside."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from knowledge.documents.loaders import SUPPORTED_SUFFIXES


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders expanded to the supported files inside (sorted, hidden ones out)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(
                f
                for f in sorted(p.rglob("*"))
                if f.is_file()
                and f.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        else:
            out.append(p)
    return out
