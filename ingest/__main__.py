"""CLI: python -m ingest [PATH ...] [--store DIR] — add files or folders (default: the bundled corpus)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from ingest.pipeline import expand_paths
from knowledge.settings import BUNDLED_CORPUS, Settings
from knowledge.store import StoreError

LABELS = {"added": "added", "present": "already present", "error": "error"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest", description=__doc__)
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: corpus/)")
    parser.add_argument("--store", help="store folder (overrides QA_STORE__PATH)")
    args = parser.parse_args(argv)
    settings = Settings().with_store(args.store)
    files = expand_paths(args.paths or [BUNDLED_CORPUS])
    if not files:
        print("没有找到可导入的文件 (no supported files found)", file=sys.stderr)
        return 1
    try:
        from knowledge.service import build_service

        service = build_service(settings)
        failed = run(service, files)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1 if failed else 0


def run(service, files: list[Path]) -> int:
    failed = 0
    with tqdm(total=len(files), unit="file", desc="ingest", file=sys.stderr) as bar:
        for path in files:
            chunks = tqdm(unit="chunk", desc=path.name[:30], leave=False, file=sys.stderr)
            with chunks:
                result = service.ingestor.ingest_path(path, chunks.update)
            bar.update(1)
            failed += result.status == "error"
            tqdm.write(format_result(path, result))
    return failed


def format_result(path: Path, result) -> str:
    label = LABELS[result.status]
    if result.status == "added":
        return f"{label}: {path} — {result.title} ({result.chunks} chunks, id {result.doc_id})"
    if result.status == "present":
        return f"{label}: {path} (id {result.doc_id})"
    return f"{label}: {path} — {result.message}"


if __name__ == "__main__":
    sys.exit(main())
