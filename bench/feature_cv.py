"""One more feature for the Chinese refusal model, cross-validated on bench/calibrate.py's rows.

python bench/feature_cv.py ROWS FEATURE [--folds 5] [--seeds 5]

ROWS: `bench/calibrate.py --dump` (tune splits, probe -tune files, CMRC trial with the seeded 500
out-of-corpus questions); CMRC trial's in-corpus rows of its held-out articles (`cmrc_data.part_of`)
are dropped here before anything is read, so no held-out row is fitted or counted. The candidate is the weights in use
(refusal.CALIBRATION["zh"]) plus `w * FEATURE` and a bias shift `b`, as branch refuse11 added
cov_joined: (w, b) chosen on the training folds from a grid, the most (weighted) rows decided right
with neither the CMRC out-of-corpus rows refused nor the tune unanswerable rows refused falling
below the weights in use there, then scored out of fold (each source dealt into folds on its own,
--seeds shuffles). A continuous feature is centred first. Also printed: how the feature splits the
rows the model refuses between LOW and the threshold (closeness.LOW, 0.5), by label.
Written for branch gate46 (the agreement of words and e5 on the best sentence, `agree_sent`).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import calibrate  # noqa: E402
from bench.cmrc_data import DEFAULT_DATA, load_split, part_of  # noqa: E402
from knowledge.answering.checking import closeness  # noqa: E402
from knowledge.answering.core import refusal  # noqa: E402


def logit_in_use(features: dict[str, float]) -> float:
    w = refusal.CALIBRATION["zh"]
    return w["bias"] + sum(w[n] * v for n, v in features.items() if n in w and n != "bias")


class Rows:
    def __init__(self, rows: list[dict], feature: str):
        self.rows = rows
        self.fitted = [r for r in rows if r["lang"] == "zh" and calibrate.label(r) is not None]
        self.y = np.array([calibrate.label(r) for r in self.fitted]) == 1
        self.sw = calibrate.sample_weights(self.fitted)
        self.z = np.array([logit_in_use(r["features"]) for r in self.fitted])
        f = np.array([float(r["features"].get(feature, 0.0)) for r in self.fitted])
        binary = set(np.unique(f)) <= {0.0, 1.0}
        self.f = f if binary else f - f.mean()
        self.ws = np.arange(0, 6.01, 0.5) if binary else np.arange(0, 60.1, 5)
        self.ooc = np.array([r["src"] == "cmrc" and not r["y"] for r in self.fitted])
        self.unans = np.array([r["src"] != "cmrc" and not r["y"] for r in self.fitted])

    def refused(self, idx: np.ndarray, answer: np.ndarray) -> tuple[float, float]:
        right = answer == self.y[idx]
        return float(right[self.ooc[idx]].mean()), float(right[self.unans[idx]].mean())

    def choose(self, idx: np.ndarray) -> tuple[float, float]:
        floor = self.refused(idx, self.z[idx] >= 0)
        best = (-1.0, 0.0, 0.0)
        for w in self.ws:
            for b in np.arange(-3, 1.01, 0.25):
                answer = self.z[idx] + w * self.f[idx] + b >= 0
                ooc, unans = self.refused(idx, answer)
                if ooc < floor[0] or unans < floor[1]:
                    continue
                right = float((self.sw[idx] * (answer == self.y[idx])).sum())
                if right > best[0] + 1e-9:
                    best = (right, float(w), float(b))
        return best[1], best[2]

    def outcome(self, answer_fitted: np.ndarray) -> dict:
        oof = dict(zip(map(id, self.fitted), answer_fitted))
        answer = [
            bool(oof[id(r)])
            if id(r) in oof
            else refusal.confidence(r["lang"], r["features"]) >= 0.5
            for r in self.rows
        ]
        return calibrate.outcome(self.rows, answer)


def cross_validate(data: Rows, folds: int, seeds: int) -> tuple[dict, Counter]:
    runs, picks = [], Counter()
    for seed in range(seeds):
        order = []
        for src in calibrate.SOURCES:
            idx = [i for i, r in enumerate(data.fitted) if r["src"] == src]
            random.Random(seed).shuffle(idx)
            order.append(idx)
        answer = np.zeros(len(data.fitted), bool)
        for k in range(folds):
            test = np.array([i for idx in order for i in idx[k::folds]])
            train = np.setdiff1d(np.arange(len(data.fitted)), test)
            w, b = data.choose(train)
            picks[(w, b)] += 1
            answer[test] = data.z[test] + w * data.f[test] + b >= 0
        runs.append(data.outcome(answer))
    return {s: tuple(np.mean([r[s] for r in runs], 0)) for s in runs[0]}, picks


def band_split(data: Rows) -> Counter:
    """Rows refused between LOW and the threshold: (source, label, feature > its mean) counts."""
    p = 1 / (1 + np.exp(-data.z))
    band = (p >= closeness.LOW) & (p < 0.5)
    return Counter(
        (r["src"], int(y), bool(f > 0))
        for r, y, f, b in zip(data.fitted, data.y, data.f, band)
        if b
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("rows", type=Path)
    ap.add_argument("feature")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args(argv)
    held = {it.qid for it in load_split(args.data, "trial")[1] if part_of(it.title) == "heldout"}
    rows = [json.loads(line) for line in args.rows.read_text().splitlines()]
    rows = [r for r in rows if not (r["src"] == "cmrc" and r["y"] and r["id"] in held)]
    data = Rows(rows, args.feature)
    print(f"{len(data.fitted)} Chinese rows fitted ({int(data.y.sum())} answer); {args.feature}")
    calibrate.show("weights in use", data.outcome(data.z >= 0))
    figures, picks = cross_validate(data, args.folds, args.seeds)
    calibrate.show(f"{args.folds}-fold CV +feature", figures)
    print("   (w, b) chosen per fold:", dict(picks.most_common(5)))
    print("   (w, b) on all rows:", data.choose(np.arange(len(data.fitted))))
    print("   LOW..threshold rows (source, answer?, feature high?):", dict(band_split(data)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
