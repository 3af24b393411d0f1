"""CLI: python -m ingest [PATH ...] [--store DIR] — add files or folders (default: the bundled corpus)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from knowledge.errors import UserError
from knowledge.schema import IngestResult
from knowledge.service import ONE_REPLACEMENT, build_service, files_in
from knowledge.settings import BUNDLED_CORPUS, Settings

LABELS = {"added": "added", "present": "already present", "error": "error"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest", description=__doc__)
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: corpus/)")
    parser.add_argument("--store", help="store folder (overrides QA_STORE__PATH)")
    parser.add_argument(
        "--replace",
        metavar="DOC_ID",
        help="the one FILE is a new version of this document (which stays, listed as replaced)",
    )
    args = parser.parse_args(argv)
    settings = Settings().with_store(args.store)
    files = files_in(args.paths or [BUNDLED_CORPUS])
    if not files:
        print("没有找到可导入的文件 (no supported files found)", file=sys.stderr)
        return 1
    if args.replace and (len(files) != 1 or not args.paths):
        print(f"error: {ONE_REPLACEMENT}", file=sys.stderr)
        return 2
    try:
        service = build_service(settings)
        failed = run(service, files, args.replace)
        service.sentence_pass.wait()  # stored after publishing: a CLI stays for them
        cleaned = service.recover()
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: 再次运行同一命令即可继续 (run again to resume)", file=sys.stderr)
        return 130
    if cleaned:
        print(f"cleaned up {cleaned} interrupted ingest(s)", file=sys.stderr)
    return 1 if failed else 0


def run(service, files: list[Path], replace: str | None = None) -> int:
    """Ingest the files (small ones in groups), one result line each (errors on stderr);
    returns the number failed."""
    failed = 0
    embedded = 0

    def tick(n: int) -> None:
        nonlocal embedded
        embedded += n
        bar.set_postfix_str(f"{embedded} chunks embedded")

    def page(done: int, total: int) -> None:
        bar.set_postfix_str(f"OCR 第 {done}/{total} 页 (page {done} of {total})")

    with tqdm(total=len(files), unit="file", desc="ingest", file=sys.stderr) as bar:
        for path, result in service.add_files(files, tick, replace, pages=page):
            bar.update(1)
            failed += result.status == "error"
            out = sys.stderr if result.status == "error" else sys.stdout
            tqdm.write(format_result(path, result), file=out)
            if replace and result.status == "added":
                tqdm.write(f"replaced: {replace} — 旧版本保留，列为已被 {result.doc_id} 替代")
    return failed


def format_result(path: Path, result: IngestResult) -> str:
    label = LABELS[result.status]
    shown = "".join(ch if ch.isprintable() else "?" for ch in str(path))
    if result.status == "added":
        return f"{label}: {shown} — {result.title} ({result.chunks} chunks, id {result.doc_id})"
    if result.status == "present":
        return f"{label}: {shown} (id {result.doc_id})"
    return f"{label}: {shown} — {result.message}"


if __name__ == "__main__":
    sys.exit(main())
