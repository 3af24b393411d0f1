"""Every probe set in eval/probes/, tune and held-out, on the store each is written for.

python bench/probes.py --stores DIR [--only REGEX] [--base FILE] [--json]

A probe set is a pair `NAME-tune.jsonl` / `NAME-heldout.jsonl` written for one experiment (its
held-out part committed before any code of it). Sets whose name starts with `policy` are asked
on the policy store (eval/policy/corpus and corpus/, as bench/eval_policy.py); a set with a folder
`NAME-corpus` beside it (any name) on a store of that folder alone; every other set on the eval store
(eval/corpus and corpus/, as bench/eval_sets.py). Stores are built under DIR on first use and
reused. Each question is asked and judged as `knowledge eval` does (`knowledge.evaluate`).

Prints passed/total per file and split, then the sums; held-out failures are never printed, only
counts. `--base FILE` (an earlier run's JSON) adds each file's change and the keep-rule reading:
the held-out sum's change and the largest fall of one held-out file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import eval_policy, eval_sets  # noqa: E402
from bench.twins import held_twins, store_key  # noqa: E402
from knowledge.evaluate import evaluate, load_qa  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "eval" / "probes"
SPLITS = ("tune", "heldout")


def probe_sets(folder: Path = PROBES, only: str = "") -> dict[str, dict[str, Path]]:
    """Set name -> {split: file}, sorted by name; `only` a regex searched in the name."""
    sets: dict[str, dict[str, Path]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        name, _, split = path.stem.rpartition("-")
        if split in SPLITS and name and re.search(only, name):
            sets.setdefault(name, {})[split] = path
    return dict(sorted(sets.items()))


def store_of(name: str, folder: Path = PROBES) -> tuple[str, list[Path] | None]:
    """(store key, corpora) for a set; corpora None = the eval store's own builder."""
    key = store_key(name, folder)  # a set that brings its own documents is asked on them
    corpora = {name: [folder / f"{name}-corpus"], "policy": eval_policy.CORPORA}
    return key, corpora.get(key)


def on_eval_store(path: Path | str) -> bool:
    """Whether a probe file (NAME-split.jsonl) is asked on the eval store (not on a policy
    store or its own corpus): the audits and fits that read probe tunes on the eval store."""
    path = Path(path)
    return store_of(path.stem.rpartition("-")[0], path.parent)[0] == "eval"


def run(stores: Path, sets: dict[str, dict[str, Path]], folder: Path = PROBES) -> dict:
    services: dict = {}
    out: dict = {"files": {}}
    twins = held_twins(folder.parent, folder)  # bench/twins.py
    for name, files in sets.items():
        key, corpora = store_of(name, folder)
        if key not in services:
            path = stores / key
            opened = (
                eval_sets.open_store(path) if corpora is None
                else eval_policy.open_store(path, corpora)
            )  # fmt: skip
            services[key] = opened[0]
        row = {}
        for split in SPLITS:
            if split in files:
                report = evaluate(services[key], load_qa(files[split]))
                row[split] = [report["passed"], report["total"]]
            if split in files and split == "heldout":  # also without questions tuned on as twins
                twin = set(twins.get(f"{folder.name}/{files[split].name}", []))
                kept = [r for r in report["rows"] if r["id"] not in twin]
                row["heldout_clean"] = [sum(r["passed"] for r in kept), len(kept)]
        out["files"][name] = row
    out["sums"] = {s: _sum(out["files"], s) for s in (*SPLITS, "heldout_clean")}
    return out


def _sum(files: dict, split: str) -> list[int]:
    pairs = [row[split] for row in files.values() if split in row]
    return [sum(p for p, _ in pairs), sum(t for _, t in pairs)]


def compare(now: dict, base: dict) -> dict:
    """Per-file changes against an earlier run (files in both), the held-out sum's change and the
    largest fall of one held-out file (keep rule (b) and (c))."""
    changes = {}
    for name, row in now["files"].items():
        old = base["files"].get(name)
        if old:
            changes[name] = {s: row[s][0] - old[s][0] for s in SPLITS if s in row and s in old}
    held = [c["heldout"] for c in changes.values() if "heldout" in c]
    return {
        "changes": {n: c for n, c in changes.items() if any(c.values())},
        "heldout_change": sum(held),
        "tune_change": sum(c.get("tune", 0) for c in changes.values()),
        "worst_heldout_fall": min([0, *held]),
        "new_files": sorted(set(now["files"]) - set(base["files"])),
    }


def render(out: dict) -> str:
    lines = []
    for name, row in out["files"].items():
        shown = {s: v for s, v in row.items() if s in SPLITS or v != row.get("heldout")}
        cells = "  ".join(f"{s} {p}/{t}" for s, (p, t) in shown.items())
        lines.append(f"{name:<16} {cells}")
    lines.append(
        "sums             " + "  ".join(f"{s} {p}/{t}" for s, (p, t) in out["sums"].items())
    )
    if "compare" in out:
        c = out["compare"]
        for name, ch in c["changes"].items():
            lines.append(f"  changed {name}: " + " ".join(f"{s} {d:+d}" for s, d in ch.items()))
        lines.append(
            f"against base: held-out {c['heldout_change']:+d}, tune {c['tune_change']:+d}, "
            f"worst held-out file {c['worst_heldout_fall']:+d}, new files {c['new_files']}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--stores", type=Path, required=True, help="folder of the stores (reused)")
    ap.add_argument("--only", default="", help="regex: the sets whose name it matches")
    ap.add_argument("--base", type=Path, help="an earlier run's JSON to compare with")
    ap.add_argument("--folder", type=Path, default=PROBES, help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    args = ap.parse_args(argv)
    sets = probe_sets(args.folder, args.only)
    if not sets:
        print(f"no probe set in {args.folder} matches {args.only!r}", file=sys.stderr)
        return 1
    start = time.perf_counter()
    out = run(args.stores, sets, args.folder)
    out["seconds"] = round(time.perf_counter() - start, 1)
    if args.base:
        base = json.loads(args.base.read_text("utf-8").strip().splitlines()[-1])
        out["compare"] = compare(out, base)
    print(render(out))
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
