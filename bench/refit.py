"""The Chinese refusal model refitted on bench/calibrate_rows.py's rows, cross-validated by probe set.

python bench/refit.py ROWS.jsonl [ROWS.jsonl ...] [--folds 5] [--seeds 3] [--sets NAME=f1,f2 ...]

Rows are labelled as bench/calibrate.py labels them (1 when only answering passes, 0 when only
refusing does; CMRC trial's in-corpus 1, out-of-corpus 0) and weighted as it weighs them (the CMRC
rows together as much as the tune rows). Folds are grouped: a probe set's rows stand in one fold,
every other row (eval tune, policy tune, CMRC trial) is a group of its own, dealt into folds by
source. For each feature set a weighted logistic model (calibrate.fit) is fitted on the training
folds and its threshold chosen there: the most rows decided right (weighted) with none of the
tune unanswerable rows refused, the CMRC out-of-corpus rows refused and the CMRC in-corpus rows
answered falling below the weights in use on those folds. Printed out of fold (mean over --seeds): per source, tune-like sources passed /
answerable right / unanswerable refused, CMRC answer has gold / answered in corpus / refused out of
corpus, and the probe rows by store (the eval store, the policy store, a set's own corpus) — first
for the weights in use (refusal.CALIBRATION["zh"]), then for each feature set twice: the refit
deciding in place of the weights in use, and (`+`) only adding answers to theirs (a route below
their threshold); then each set's weights fitted on all rows, with the bias of each use.
`z_in_use` as a feature is the logit of the weights in use. Written for branch fit89 (no refit
passed: bench/RESULTS.md's fit89 section has the table).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import calibrate  # noqa: E402
from knowledge.answering.core import refusal  # noqa: E402

IN_USE = "coverage,cov_joined,dense,unseen,title,unnamed"
RICH = (
    IN_USE + ",sent_top,sent_margin,agree,lex_agree,type_held,word_chars,ctx_g,bigram_ctx,"
    "missing_g,subject"
)
FEATURE_SETS = {"refit in-use features": IN_USE, "richer": RICH}


def store_kind(r: dict) -> str:
    s = r.get("store", "")
    return "eval" if s == "eval" else "policy" if s == "policy" else "own"


def folds_of(rows: list[dict], k: int, seed: int) -> np.ndarray:
    """Fold of each row: a probe set whole in one fold, the other rows one by one, by source."""
    rng = random.Random(seed)
    fold = np.zeros(len(rows), int)
    sets = sorted({r["set"] for r in rows if r["src"] == "probe"})
    rng.shuffle(sets)
    sizes = {s: sum(r["set"] == s for r in rows) for s in sets}
    load = [0] * k
    where = {}
    for s in sorted(sets, key=lambda s: -sizes[s]):  # largest first onto the lightest fold
        f = min(range(k), key=lambda i: (load[i], rng.random()))
        where[s], load[f] = f, load[f] + sizes[s]
    for src in ("tune", "policy", "cmrc"):
        idx = [i for i, r in enumerate(rows) if r["src"] == src]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            fold[i] = j % k
    for i, r in enumerate(rows):
        if r["src"] == "probe":
            fold[i] = where[r["set"]]
    return fold


def value(r: dict, name: str) -> float:
    """A feature of row `r`; `z_in_use`: the logit of the weights in use."""
    if name == "z_in_use":
        p = min(max(refusal.confidence("zh", r["features"]), 1e-12), 1 - 1e-12)
        return float(np.log(p / (1 - p)))
    return float(r["features"].get(name, 0.0))


def refused_floor(rows, answer, idx) -> tuple[float, float, float]:
    """(tune-like unanswerable refused, CMRC out-of-corpus refused, CMRC in-corpus answered)
    among rows `idx`."""
    un = [not answer[i] for i in idx if rows[i]["src"] != "cmrc" and not rows[i]["y"]]
    ooc = [not answer[i] for i in idx if rows[i]["src"] == "cmrc" and not rows[i]["y"]]
    ins = [answer[i] for i in idx if rows[i]["src"] == "cmrc" and rows[i]["y"]]
    return float(np.sum(un)), float(np.mean(ooc)) if ooc else 1.0, float(np.mean(ins)) if ins else 0.0


def choose_threshold(rows, z, y, sw, idx, floor, base) -> float:
    best, t_best = -1.0, 0.0
    for t in np.quantile(z[idx], np.linspace(0.01, 0.99, 197)):
        answer = base | (z >= t)
        un, ooc, ins = refused_floor(rows, answer, idx)
        if un < floor[0] or ooc < floor[1] - 1e-9 or ins < floor[2] - 1e-9:
            continue
        right = float((sw[idx] * (answer[idx] == (y[idx] == 1))).sum())
        if right > best:
            best, t_best = right, float(t)
    return t_best if best >= 0 else float(np.max(z[idx]) + 1)


def oof(rows, names, y, sw, k, seed, l2, in_use, added: bool = False) -> np.ndarray:
    """Out-of-fold decisions; `added`: the refit only adds answers to the weights in use (a
    route below their threshold), else it replaces them."""
    x = np.array([[value(r, n) for n in names] for r in rows], float)
    fold = folds_of(rows, k, seed)
    answer = np.zeros(len(rows), bool)
    for f in range(k):
        train, test = np.where(fold != f)[0], np.where(fold == f)[0]
        w = calibrate.fit(x[train], y[train], sw[train], l2)
        z = x @ w[:-1] + w[-1]
        floor = refused_floor(rows, in_use, train)
        base = in_use if added else np.zeros(len(rows), bool)
        t = choose_threshold(rows, z, y, sw, train, floor, base)
        answer[test] = base[test] | (z[test] >= t)
    return answer


def figures(all_rows, fitted, answer_fitted) -> dict[str, tuple]:
    by_id = dict(zip(map(id, fitted), answer_fitted))
    answer = [
        bool(by_id[id(r)]) if id(r) in by_id
        else refusal.confidence(r["lang"], r["features"]) >= 0.5
        for r in all_rows
    ]  # fmt: skip
    out = calibrate.outcome(all_rows, answer)
    for kind in ("eval", "policy", "own"):
        sub = [(r, a) for r, a in zip(all_rows, answer) if r["src"] == "probe" and store_kind(r) == kind]
        if sub:
            got = calibrate.outcome([r for r, _ in sub], [a for _, a in sub])
            out[f"probe@{kind}"] = got["probe"]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("rows", type=Path, nargs="+")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--sets", nargs="*", default=[], help="NAME=feature,feature ... (added)")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for p in args.rows for line in p.read_text().splitlines() if line]
    fitted = [r for r in rows if r["lang"] == "zh" and calibrate.label(r) is not None]
    y = np.array([calibrate.label(r) for r in fitted], float)
    sw = calibrate.sample_weights(fitted)
    counts = {}
    for r in rows:
        counts[r["src"]] = counts.get(r["src"], 0) + 1
    print("rows", counts, "| fitted (zh, labelled)", len(fitted), "answer", int(y.sum()))
    in_use = np.array([refusal.confidence("zh", r["features"]) >= 0.5 for r in fitted])
    calibrate.show("weights in use", figures(rows, fitted, in_use))
    sets = dict(FEATURE_SETS) | dict(s.split("=", 1) for s in args.sets)
    for name, feats in sets.items():
        names = feats.split(",")
        for added in (False, True):
            runs = [
                figures(rows, fitted, oof(fitted, names, y, sw, args.folds, s, args.l2, in_use, added))
                for s in range(args.seeds)
            ]
            mean = {k: tuple(np.mean([r[k] for r in runs], 0)) for k in runs[0]}
            calibrate.show(("+ " if added else "") + name[:14], mean)
        x = np.array([[value(r, n) for n in names] for r in fitted], float)
        w = calibrate.fit(x, y, sw, args.l2)
        z, every = x @ w[:-1] + w[-1], np.arange(len(fitted))
        floor = refused_floor(fitted, in_use, every)
        t = choose_threshold(fitted, z, y, sw, every, floor, np.zeros(len(fitted), bool))
        t_add = choose_threshold(fitted, z, y, sw, every, floor, in_use)
        # the threshold chosen on all rows, in the bias: answer when the logit >= 0
        print("     weights", {n: round(float(v), 3) for n, v in zip(names, w)},
              f"bias (replacing) {w[-1] - t:.3f}, bias (+, adding) {w[-1] - t_add:.3f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
