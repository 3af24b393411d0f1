"""Fit the local decision below the refusal model's threshold (knowledge/answering/checking/closeness.py:
BAR, GAP, UNTYPED) on rows dumped by bench/calibrate.py --dump, cross-validated.

python bench/local_fit.py --load FILE [--folds 5] [--seeds 5] [--verbose]

A row the model refuses (confidence below 0.5) is answered when its best sentence carries every
kind of answer the question asks for (`type_held`; or, with U, the question asks for no kind),
the question's content words its context lacks (synonyms counted) weigh at most G (`missing_g`,
each word by how rare it is in Chinese at large), and the model's probability reaches the bar B.
Printed: how many refused answerable tune rows would pass if answered; some (B, G, U) on all rows
(--verbose: all); then B, G and U chosen on the training folds and judged on the held-out fold (out-of-fold figures,
mean over --seeds shuffles), in the figures of bench/calibrate.py.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.calibrate import SOURCES, outcome, show  # noqa: E402
from knowledge.answering.core import refusal  # noqa: E402

BARS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
GAPS = (0.0, 0.3, 0.5, 0.7, 0.9, 1.2)
OFF = 1.01
GRID = [(b, g, u) for b in BARS for g in GAPS for u in (*BARS, OFF) if u >= b]
OOC_FLOOR = 0.978  # CMRC trial out-of-corpus questions refused: a grid point below it is out


def answers(rows: list[dict], bar: float, gap: float, untyped: float) -> list[bool]:
    """Whether each row is answered: the model's probability reaches 0.5, or the local rule
    holds (every kind of answer asked carried and the probability at least `bar`, or none
    asked and the probability at least `untyped`; the question's words the context lacks
    weighing at most `gap`)."""
    out = []
    for r in rows:
        f = r["features"]
        conf = r.setdefault("conf", refusal.confidence(r["lang"], f))
        if conf >= 0.5:
            out.append(True)
            continue
        if r["lang"] != "zh" or f.get("missing_g", 99) > gap:
            out.append(False)
            continue
        typed = f.get("type_held", 0.0) > 0 and conf >= bar
        out.append(typed or (f.get("typed", 1) == 0 and conf >= untyped))
    return out


def gain(rows: list[dict], answer: list[bool]) -> float:
    """Tune, policy and probe rows passed, plus CMRC in-corpus rows answered with the gold and
    out-of-corpus rows refused, the two together weighing as much as the other rows, each half;
    -1 when fewer than OOC_FLOOR of the out-of-corpus rows are refused."""
    n_in = sum(r["src"] == "cmrc" and r["y"] for r in rows) or 1
    n_out = sum(r["src"] == "cmrc" and not r["y"] for r in rows) or 1
    n_rest = len(rows) - n_in - n_out
    score, refused_out = 0.0, 0
    for r, a in zip(rows, answer):
        if r["src"] == "cmrc" and r["y"]:
            score += (a and r["gold0"]) * n_rest / 2 / n_in
        elif r["src"] == "cmrc":
            refused_out += r["abst0"] if a else r["abst1"]
            score += (r["abst0"] if a else r["abst1"]) * n_rest / 2 / n_out
        else:
            score += r["pass0"] if a else r["pass1"]
    return score if refused_out >= OOC_FLOOR * n_out else -1.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--load", type=Path, required=True)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--verbose", action="store_true", help="every point of the grid")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in args.load.read_text().splitlines()]
    model = answers(rows, 2.0, -1, False)
    refused = [r for r, a in zip(rows, model) if not a and r["src"] != "cmrc" and r["y"]]
    print(
        f"answerable rows the model refuses: {len(refused)}, passing if answered:",
        sum(r["pass0"] for r in refused),
    )
    show("model only", outcome(rows, model))
    for bar, gap, untyped in GRID:
        if args.verbose or (gap in (0.5, 0.9) and bar in (0.05, 0.15, 0.25) and untyped > 0.3):
            show(f"B={bar} G={gap} U={untyped}", outcome(rows, answers(rows, bar, gap, untyped)))
    runs, picks = [], []
    for seed in range(args.seeds):
        folds: list[list[int]] = [[] for _ in range(args.folds)]
        for src in SOURCES:
            idx = [i for i, r in enumerate(rows) if r["src"] == src]
            random.Random(seed).shuffle(idx)
            for j, i in enumerate(idx):
                folds[j % args.folds].append(i)
        oof = list(model)
        for test in folds:
            train = [rows[i] for i in range(len(rows)) if i not in set(test)]
            chosen = max(GRID, key=lambda p: (gain(train, answers(train, *p)), p[0], -p[1]))
            picks.append(chosen)
            for i, a in zip(test, answers([rows[i] for i in test], *chosen)):
                oof[i] = a
        runs.append(outcome(rows, oof))
    show(f"{args.folds}-fold CV", {s: tuple(np.mean([r[s] for r in runs], 0)) for s in runs[0]})
    print("   chosen in the folds:", sorted(set(picks)))
    best = max(GRID, key=lambda p: (gain(rows, answers(rows, *p)), p[0], -p[1]))
    print(f"   chosen on all rows: B={best[0]} G={best[1]} U={best[2]}")
    show("all rows", outcome(rows, answers(rows, *best)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
