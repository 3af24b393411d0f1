"""Held-out questions with a tune twin: the same question, word for word, in a tune file asked on
the same store.

python bench/twins.py [--json]

A held-out question is evidence only while nobody tunes on it. Over many sessions some were written
again, independently or not, into later probe sets' tune files (and a few later held-out questions
repeat an older tune one); tuning on the twin tunes on the held-out question. `held_twins` finds
them: for every held-out file, the ids of its questions whose text (normalised, end punctuation
dropped) stands in a tune file on the same store — the eval set's and every probe set's asked on the
eval store, the policy eval's and the policy-named probe sets' on the policy store, a set with its
own corpus folder on that alone. `bench/eval_sets.py` reports the held-out split with and without
them; `eval/held_twins.json` records the twins known when this check was added (session 35), and
`tests/scenarios/test_eval_sets.py` fails on any new one, so a new set cannot add more.

Prints counts and ids only, never a question's text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.text.normalise import normalise  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
PROBES = EVAL / "probes"
KNOWN = EVAL / "held_twins.json"
_END = "？?。.!！ "


def store_key(name: str, folder: Path = PROBES) -> str:
    """The store a probe set is asked on: its own corpus folder's, the policy store, or eval."""
    if (folder / f"{name}-corpus").is_dir():
        return name
    return "policy" if name.startswith("policy") else "eval"


def _files(eval_dir: Path, probes: Path) -> list[tuple[str, str, Path]]:
    """(store, split, file) of every question file."""
    out = [(s, sp, eval_dir / sub / f"{sp}.jsonl") for s, sub in (("eval", ""), ("policy", "policy"))
           for sp in ("tune", "heldout")]  # fmt: skip
    for path in sorted(probes.glob("*.jsonl")):
        name, _, split = path.stem.rpartition("-")
        if split in ("tune", "heldout") and name:
            out.append((store_key(name, probes), split, path))
    return [f for f in out if f[2].is_file()]


def _key(question: str) -> str:
    return normalise(question).strip().rstrip(_END)


def _items(path: Path) -> list[dict]:
    lines = path.read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def held_twins(eval_dir: Path = EVAL, probes: Path = PROBES) -> dict[str, list[str]]:
    """Held-out file name -> ids of its questions standing verbatim in a tune file of its store."""
    files = _files(eval_dir, probes)
    tune: dict[str, set[str]] = {}
    for store, split, path in files:
        if split == "tune":
            tune.setdefault(store, set()).update(_key(i["question"]) for i in _items(path))
    out: dict[str, list[str]] = {}
    for store, split, path in files:
        if split == "heldout":
            ids = [i["id"] for i in _items(path) if _key(i["question"]) in tune.get(store, set())]
            if ids:
                out[str(path.relative_to(eval_dir))] = ids
    return out


def known() -> dict[str, list[str]]:
    """The twins recorded in eval/held_twins.json (file -> ids)."""
    return json.loads(KNOWN.read_text("utf-8"))["twins"] if KNOWN.is_file() else {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    args = ap.parse_args(argv)
    twins = held_twins()
    for name, ids in twins.items():
        print(f"{name:<32} {len(ids):>3}  {' '.join(ids)}")
    print(
        f"held-out questions with a tune twin: {sum(map(len, twins.values()))} in {len(twins)} files"
    )
    if args.json:
        print(json.dumps(twins, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
