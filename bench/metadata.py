"""Metadata read from files nobody tuned the parser on: each document's record (title, 发文机关,
发文字号, 文种, 成文 / 施行 / published dates, status, successor, pages) against what its writer
recorded, by split.

python bench/metadata.py --store DIR --corpus DIR --expected FILE [--show tune] [--json]

FILE maps a file name to {"split": "tune"|"heldout", field: value …}; a field left out is not
checked, a null must be read as absent. A notice that issues other documents (印发《…》) lists
a row for each: the row closest to what was recorded is the one compared. `superseded_by` is
compared as the successor's file name. A key `FILE#N` is compared with the row of the Nth
document the notice in FILE issues (its `ID#N`) alone. Only tune differences are printed (--show tune); held-out
files give counts only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.eval_policy import open_store  # noqa: E402

FIELDS = (
    "title issuer doc_number doc_type issued_on effective_on published_on status superseded_by"
    " pages"
).split()


def row_values(row, names: dict[str, str]) -> dict:
    """A listed row's fields, its successor named by file."""
    values = {f: getattr(row, f, None) for f in FIELDS}
    values["superseded_by"] = names.get(row.superseded_by) if row.superseded_by else None
    return values


def best_row(want: dict, rows: list[dict]) -> dict:
    """Of a file's rows (a notice and the documents it issues), the one agreeing most."""
    return max(rows, key=lambda r: sum(r[k] == v for k, v in want.items() if k in FIELDS))


def compare(expected: dict, listed: dict[str, list[dict]]) -> tuple[dict, list[dict]]:
    """Per split: files, files read exactly, and per field (right, checked); tune differences."""
    out: dict = {}
    diffs: list[dict] = []
    for name, want in sorted(expected.items()):
        split = want.get("split", "tune")
        s = out.setdefault(split, {"files": 0, "exact": 0, "missing": 0, "fields": {}})
        s["files"] += 1
        rows = listed.get(name)
        if not rows:
            s["missing"] += 1
            continue
        got = best_row(want, rows)
        wrong = {k: (v, got[k]) for k, v in want.items() if k in FIELDS and got[k] != v}
        for k in (k for k in want if k in FIELDS):
            right, checked = s["fields"].get(k, (0, 0))
            s["fields"][k] = (right + (k not in wrong), checked + 1)
        s["exact"] += not wrong
        if wrong and split == "tune":
            diffs.append(
                {"file": name, "wrong": {k: {"want": a, "got": b} for k, (a, b) in wrong.items()}}
            )
    return out, diffs


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--store", type=Path, required=True)
    p.add_argument("--corpus", type=Path, required=True)
    p.add_argument("--expected", type=Path, required=True)
    p.add_argument("--show", choices=["tune"], help="print the tune files' differences")
    p.add_argument("--json", action="store_true")
    a = p.parse_args(argv)
    expected = json.loads(a.expected.read_text("utf-8"))
    svc, counts = open_store(a.store, [a.corpus])
    rows = svc.document_rows()
    names = {d.doc_id: d.source for d in svc.list_documents()}
    listed: dict[str, list[dict]] = {}
    for r in rows:
        values = row_values(r, names)
        listed.setdefault(Path(r.source).name, []).append(values)
        if "#" in r.doc_id:  # an issued document's row, also under FILE#N alone
            listed[f"{Path(r.source).name}#{r.doc_id.rpartition('#')[2]}"] = [values]
    out, diffs = compare(expected, listed)
    for split, s in sorted(out.items()):
        fields = "  ".join(f"{k} {r}/{c}" for k, (r, c) in s["fields"].items())
        print(
            f"{split}: {s['exact']}/{s['files']} files exact (not listed {s['missing']})  {fields}"
        )
    if a.show:
        for d in diffs:
            print(json.dumps(d, ensure_ascii=False))
    if a.json:
        print(json.dumps({"ingest": dict(counts), "splits": out}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
