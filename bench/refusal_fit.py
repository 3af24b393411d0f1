"""Fit the answer/refuse decision (knowledge/answering/decide.py WEIGHTS) on the TUNE split only.

python bench/refusal_fit.py --store DIR [--folds 5] [--dump FILE] [--features a,b,c]

For every tune question whose answer is not a structure answer, the extractive draft is built
as if the bot always answered, judged (facts present, evidence cited), and its decision
features computed. Labels: answerable and the draft right -> 1 (should answer); unanswerable
-> 0 (should refuse); answerable with a wrong draft is left out (it fails either way). A
logistic model per language is scored by k-fold cross-validation (decisions right out of
fold, beside the current weights) and then fitted on all of tune; the weights are printed for
decide.py. The held-out split is never read here.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.eval_sets import SPLITS, open_store  # noqa: E402
from knowledge.answering import decide  # noqa: E402
from knowledge.answering.kinds import timeline  # noqa: E402
from knowledge.answering.structure import structure_answers  # noqa: E402
from knowledge.evaluate import judge, load_qa  # noqa: E402
from knowledge.schema import Answer  # noqa: E402


def rows_of(svc, items: list[dict]) -> list[dict]:
    out = []
    snap = svc.pipeline._snapshot()
    for item in items:
        q = item["question"]
        ev = svc.evidence(q)
        if structure_answers.answer(q, ev.hits, snap) is not None or not ev.chosen:
            continue
        draft = timeline.compose(ev.chosen, ev.docs, zh=ev.lang == "zh")
        row = judge(
            item,
            Answer(question=q, answer=draft.answer, abstained=False, citations=draft.citations),
        )
        if item["answerable"] and not row.passed:
            continue
        feats = decide.features(q, ev)
        out.append({"id": item["id"], "lang": ev.lang, "y": int(item["answerable"]), **feats})
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.1, steps: int = 4000) -> np.ndarray:
    """Logistic regression (standardised inside, classes weighted equally), raw-space weights."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    sw = np.where(y == 1, len(y) / (2 * max(y.sum(), 1)), len(y) / (2 * max((1 - y).sum(), 1)))
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        w -= 0.5 * ((z.T @ ((p - y) * sw)) / len(y) + l2 * np.r_[w[:-1], 0] / len(y))
    raw = w[:-1] / sd
    return np.r_[raw, w[-1] - (w[:-1] * mu / sd).sum()]


def right(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[int, int]:
    """(answerable answered, unanswerable refused) at probability 0.5."""
    ans = (x @ w[:-1] + w[-1]) >= 0
    return int((ans & (y == 1)).sum()), int((~ans & (y == 0)).sum())


def cross_validate(x, y, folds: int, l2: float, seed: int = 0) -> tuple[int, int]:
    idx = list(range(len(y)))
    random.Random(seed).shuffle(idx)
    a = r = 0
    for k in range(folds):
        test = np.array(idx[k::folds])
        train = np.array(sorted(set(idx) - set(test.tolist())))
        w = fit(x[train], y[train], l2)
        da, dr = right(x[test], y[test], w)
        a, r = a + da, r + dr
    return a, r


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dump", type=Path, help="write the feature rows (JSON lines)")
    ap.add_argument("--load", type=Path, help="read feature rows instead of asking")
    ap.add_argument(
        "--features",
        default="z,type_missing,plan_asked,plan_given,key_rarity,constraint,absent,unbound",
    )
    ap.add_argument("--l2", type=float, default=1.0)
    args = ap.parse_args(argv)
    if args.load:
        rows = [json.loads(line) for line in args.load.read_text().splitlines()]
    else:
        svc, _ = open_store(args.store)
        rows = rows_of(svc, load_qa(SPLITS["tune"]))
    if args.dump:
        args.dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    names = args.features.split(",")
    flags = ["type_missing", "plan_asked", "plan_given", "absent", "unbound"]
    for lang in ("zh", "en"):
        sub = [r for r in rows if r["lang"] == lang]
        fires = {
            f: (
                sum(r.get(f, 0) > 0 for r in sub if r["y"] == 0),
                sum(r.get(f, 0) > 0 for r in sub if r["y"] == 1),
            )
            for f in flags
        }
        print(f"{lang}: each check fires on (should refuse, should answer):", fires)
    for lang in ("zh", "en"):
        sub = [r for r in rows if r["lang"] == lang]
        x = np.array([[r.get(n, 0.0) for n in names] for r in sub])
        y = np.array([r["y"] for r in sub], dtype=float)
        n1, n0 = int(y.sum()), int(len(y) - y.sum())
        now = right(x[:, [0]], y, np.array([1.0, 0.0]))
        cv = cross_validate(x, y, args.folds, args.l2)
        w = fit(x, y, args.l2)
        print(f"{lang}: {n1} should answer, {n0} should refuse")
        print(f"   current model   answered {now[0]}/{n1}  refused {now[1]}/{n0}")
        print(f"   {args.folds}-fold CV     answered {cv[0]}/{n1}  refused {cv[1]}/{n0}")
        print(
            f"   all-tune fit    answered {right(x, y, w)[0]}/{n1}  refused {right(x, y, w)[1]}/{n0}"
        )
        print("   weights", {n: round(float(v), 3) for n, v in zip([*names, "bias"], w)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
