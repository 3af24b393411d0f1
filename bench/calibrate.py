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


def fit(x: np.ndarray, y: np.ndarray, steps: int = 20000, lr: float = 0.5) -> np.ndarray:
    """Plain logistic regression (features standardised inside), returning raw-space weights."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = (x - mu) / sd
    w = np.zeros(z.shape[1] + 1)
    zb = np.hstack([z, np.ones((len(z), 1))])
    pos = y.mean()
    sw = np.where(y == 1, 0.5 / pos, 0.5 / (1 - pos))  # balance the classes
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
    rows: list[tuple[str, float, float, int, str]] = []
    mohan = build_service(Settings().with_store(args.store_mohan))
    mohan.ingest_paths([BUNDLED_CORPUS])
    for f in (ROOT.parent / "shared/eval/seed_qa.jsonl", ROOT / "tests/data/mohan_extra.jsonl"):
        for item in load_qa(f):
            lang, cov, dense = mohan.features(item["question"])
            rows.append((lang, cov, dense, int(item["answerable"]), item["question"]))
    cmrc = build_service(Settings().with_store(args.store_cmrc))
    paragraphs, trial = load_split(Path(args.data), "trial")
    print("ingest", ingest_paragraphs(cmrc, paragraphs), file=sys.stderr)
    _, dev = load_split(Path(args.data), "dev")
    rnd = random.Random(0)
    for label, items in ((1, rnd.sample(trial, args.n)), (0, rnd.sample(dev, args.n))):
        for it in items:
            lang, cov, dense = cmrc.features(it.question)
            rows.append((lang, cov, dense, label, it.question))
    report = {}
    for lang in ("zh", "other"):
        sub = [r for r in rows if r[0] == lang]
        x = np.array([[r[1], r[2]] for r in sub])
        y = np.array([r[3] for r in sub], dtype=float)
        w = fit(x, y)
        pred = (x @ w[:2] + w[2]) > 0
        acc = (pred == (y == 1)).mean()
        report[lang] = {
            "coverage": round(w[0], 3),
            "dense": round(w[1], 3),
            "bias": round(w[2], 3),
            "n": len(sub),
            "train_acc": round(float(acc), 3),
        }
        for r, p in zip(sub, pred):
            if p != (r[3] == 1) and not r[4].startswith("x"):
                print(
                    f"  miss[{lang}] label={r[3]} cov={r[1]:.3f} dense={r[2]:.3f} {r[4][:60]}",
                    file=sys.stderr,
                )
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
