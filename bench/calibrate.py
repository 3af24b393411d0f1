"""Fit the refusal model: features of labelled answerable/unanswerable questions -> logistic weights.

python bench/calibrate.py --store-mohan DIR --store-cmrc DIR [--data ../shared/bench/cmrc2018] [--n 300]
Answerable: seed + extra Mohan questions, CMRC trial questions against a trial-only store.
Unanswerable: the unanswerable Mohan questions, CMRC dev questions against the same trial store.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.cmrc_data import DEFAULT_DATA, ingest_paragraphs, load_split  # noqa: E402
from knowledge.evaluate import load_qa  # noqa: E402
from knowledge.service import build_service  # noqa: E402
from knowledge.settings import BUNDLED_CORPUS, Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def fit(
    x: np.ndarray, y: np.ndarray, group: np.ndarray, steps: int = 20000, lr: float = 0.5
) -> np.ndarray:
    """Plain logistic regression (features standardised inside), returning raw-space weights."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = (x - mu) / sd
    w = np.zeros(z.shape[1] + 1)
    zb = np.hstack([z, np.ones((len(z), 1))])
    # every (source, label) group weighs the same: the bundled corpus counts as much as CMRC
    keys = [f"{g}/{int(v)}" for g, v in zip(group, y)]
    sizes = {k: keys.count(k) for k in set(keys)}
    sw = np.array([len(y) / (len(sizes) * sizes[k]) for k in keys])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-zb @ w))
        w -= lr * (zb.T @ ((p - y) * sw)) / len(y) + 1e-4 * np.r_[w[:-1], 0]
    raw = w[:-1] / sd
    return np.r_[raw, w[-1] - (w[:-1] * mu / sd).sum()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store-mohan", required=True)
    ap.add_argument("--store-cmrc", required=True)
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--n", type=int, default=300)
    args = ap.parse_args()
    rows: list[tuple[str, dict[str, float], int, str, str]] = []
    mohan = build_service(Settings().with_store(args.store_mohan))
    mohan.ingest_paths([BUNDLED_CORPUS])
    for f in (ROOT.parent / "shared/eval/seed_qa.jsonl", ROOT / "tests/data/mohan_extra.jsonl"):
        for item in load_qa(f):
            ev = mohan.evidence(item["question"])
            lang, feats = ev.lang, ev.features
            rows.append((lang, feats, int(item["answerable"]), item["question"], "mohan"))
    cmrc = build_service(Settings().with_store(args.store_cmrc))
    paragraphs, trial = load_split(Path(args.data), "trial")
    print("ingest", ingest_paragraphs(cmrc, paragraphs), file=sys.stderr)
    _, dev = load_split(Path(args.data), "dev")
    rnd = random.Random(0)
    for label, items in ((1, rnd.sample(trial, args.n)), (0, rnd.sample(dev, args.n))):
        for it in items:
            ev = cmrc.evidence(it.question)
            lang, feats = ev.lang, ev.features
            rows.append((lang, feats, label, it.question, "cmrc"))
    report = {}
    for lang, names in (("zh", ("coverage", "dense", "unseen")), ("en", ("coverage",))):
        sub = [r for r in rows if r[0] == lang]
        x = np.array([[r[1][n] for n in names] for r in sub])
        y = np.array([r[2] for r in sub], dtype=float)
        w = fit(x, y, np.array([r[4] for r in sub]))
        pred = (x @ w[:-1] + w[-1]) > 0
        acc = (pred == (y == 1)).mean()
        report[lang] = {n: round(float(v), 3) for n, v in zip(names, w)}
        report[lang]["bias"] = round(float(w[-1]), 3)
        report[lang]["n"], report[lang]["train_acc"] = len(sub), round(float(acc), 3)
        for r, p in zip(sub, pred):
            if p != (r[2] == 1):
                vals = " ".join(f"{k}={v:.3f}" for k, v in r[1].items())
                print(f"  miss[{lang}] label={r[2]} {vals} {r[3][:60]}", file=sys.stderr)
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
