"""Refit the Chinese refusal model (refusal.py CALIBRATION["zh"]) with out-of-corpus rows that are
not CMRC dev questions (branch refit27), k-fold cross-validated like bench/calibrate.py.

python bench/refit_ooc.py --store-eval DIR --store-cmrc DIR [--store-policy DIR]
        [--data ../shared/bench/cmrc2018] [--dump FILE | --load FILE] [--ooc-weight 0.5,1]

bench/calibrate.py's rows (eval tune, probe -tune files, policy tune: labelled by whether answering
or refusing passes; CMRC trial: in corpus 1, the seeded 500 dev questions on the trial store 0),
except that CMRC trial's in-corpus rows are its tune articles only (`cmrc_data.part_of`), and three
sources of out-of-corpus rows (label 0) that are no dev question:
  ooc_eval  the eval tune and probe -tune questions asked on the CMRC trial store;
  ooc_cmrc  the CMRC trial tune-part questions asked on the eval store;
  ooc_half  the CMRC trial tune-part questions asked on a store of the other half of the tune
            articles (`ooc_half_rows`): the same kind of text and question, out of corpus.
Weights: a tune row 1; the CMRC rows together as many as the tune rows; each new source together
`--ooc-weight` times the tune rows (0: the new rows only measured, not fitted). Reported out of fold
(mean over --seeds shuffles, each source dealt into folds on its own) for the weights in use and for
each candidate: a full refit over --features, and the weights in use with only the bias refitted.
Held-out splits and CMRC trial's held-out articles are never read; the dev questions only counted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import calibrate, eval_sets  # noqa: E402
from bench.calibrate import PROBE_DIR, PROBES, row, tune_rows  # noqa: E402
from bench.cmrc import has_gold, memoize_queries, prime_queries  # noqa: E402
from bench.cmrc_data import (  # noqa: E402
    DEFAULT_DATA,
    FITTED_OOC,
    ingest_paragraphs,
    load_split,
    part_of,
    sample,
)
from knowledge.answering.core import refusal  # noqa: E402
from knowledge.answering.core.citations import strip_markers  # noqa: E402
from knowledge.evaluate import load_qa  # noqa: E402
from knowledge.service import build_service  # noqa: E402
from knowledge.settings import Settings  # noqa: E402
from knowledge.text.normalise import normalise  # noqa: E402

NEW = ("ooc_eval", "ooc_cmrc", "ooc_half")
SOURCES = (*calibrate.SOURCES, *NEW)


def asked(svc, src: str, qid: str, question: str, y: int, answers=()) -> dict:
    r, (a, b) = row(src, qid, svc, question, y)
    gold = [not d.abstained and has_gold(strip_markers(d.answer), answers) for d in (a, b)]
    return r | {"abst0": a.abstained, "abst1": b.abstained, "gold0": gold[0], "gold1": gold[1]}


def primed(svc, questions: list[str]) -> None:
    cache = memoize_queries(svc.embeddings)
    prime_queries(svc.embeddings, cache, [normalise(q.strip()) for q in questions])


def cmrc_rows(store: Path, data: Path) -> list[dict]:
    """CMRC trial's tune-article questions (1) and the seeded dev sample (0) on the trial store,
    then the eval tune and probe -tune questions there (ooc_eval, 0)."""
    svc = build_service(Settings().with_store(store))
    paragraphs, items = load_split(data, "trial")
    print("ingest", ingest_paragraphs(svc, paragraphs), file=sys.stderr)
    items = [it for it in items if part_of(it.title) == "tune"]
    ooc = sample(load_split(data, "dev")[1], FITTED_OOC, 0)
    evq = eval_questions()
    primed(svc, [it.question for it in items + ooc] + [q for _, q in evq])
    rows = [
        asked(svc, "cmrc", it.qid, it.question, y, it.answers)
        for y, g in ((1, items), (0, ooc))
        for it in g
    ]
    return rows + [asked(svc, "ooc_eval", qid, q, 0) for qid, q in evq]


def eval_questions() -> list[tuple[str, str]]:
    files = [eval_sets.SPLITS["tune"], *(PROBE_DIR / f"{p}-tune.jsonl" for p in PROBES)]
    return [(it["id"], it["question"]) for f in files for it in load_qa(f)]


def ooc_cmrc_rows(store: Path, data: Path) -> list[dict]:
    """CMRC trial's tune-article questions asked on the eval store (ooc_cmrc, 0)."""
    svc, _ = eval_sets.open_store(store)
    items = [it for it in load_split(data, "trial")[1] if part_of(it.title) == "tune"]
    primed(svc, [it.question for it in items])
    return [asked(svc, "ooc_cmrc", it.qid, it.question, 0) for it in items]


def half(title: str) -> int:
    """Which half of CMRC trial's tune articles a title falls in (its md5's next digit in base 3,
    after part_of's, read mod 2)."""
    return int(hashlib.md5(title.encode("utf-8")).hexdigest(), 16) // 3 % 2


def ooc_half_rows(folder: Path, data: Path) -> list[dict]:
    """CMRC trial's tune-article questions, each asked on a store (built under `folder`) of the
    other half's tune paragraphs (ooc_half, 0): out of corpus, same kind of text and questions."""
    paragraphs, items = load_split(data, "trial")
    rows = []
    for h in (0, 1):
        svc = build_service(Settings().with_store(folder / f"half{h}"))
        kept = [p for p in paragraphs if part_of(p[0]) == "tune" and half(p[0]) == h]
        print("ingest", ingest_paragraphs(svc, kept), file=sys.stderr)
        asks = [it for it in items if part_of(it.title) == "tune" and half(it.title) != h]
        primed(svc, [it.question for it in asks])
        rows += [asked(svc, "ooc_half", it.qid, it.question, 0) for it in asks]
    return rows


def label(r: dict) -> int | None:
    return 0 if r["src"] in NEW else calibrate.label(r)


def sample_weights(rows: list[dict], ooc_weight: float) -> np.ndarray:
    n_tune = sum(r["src"] not in ("cmrc", *NEW) for r in rows)
    count = {s: sum(r["src"] == s for r in rows) for s in ("cmrc", *NEW)}
    share = {"cmrc": 1.0, **{s: ooc_weight for s in NEW}}
    return np.array(
        [share[r["src"]] * n_tune / count[r["src"]] if r["src"] in share else 1.0 for r in rows]
    )


def outcome(rows: list[dict], answer: list[bool]) -> dict[str, tuple]:
    """calibrate.outcome's figures, plus each new source's share refused."""
    old = [(r, a) for r, a in zip(rows, answer) if r["src"] not in NEW]
    out = calibrate.outcome([r for r, _ in old], [a for _, a in old])
    for src in NEW:
        got = [r["abst0"] if a else r["abst1"] for r, a in zip(rows, answer) if r["src"] == src]
        if got:
            out[src] = (float(np.mean(got)),)
    return out


def show(name: str, figures: dict[str, tuple]) -> None:
    parts = []
    for src, f in figures.items():
        fmt = "{:.1f}" if src in ("tune", "policy", "probe") else "{:.4f}"
        parts.append(f"{src} " + "/".join(fmt.format(v) for v in f))
    print(f"   {name:<22}", "  ".join(parts), flush=True)


def fit_bias(x: np.ndarray, y: np.ndarray, sw: np.ndarray, base: np.ndarray) -> np.ndarray:
    """The weights `base` (raw space, bias last) with the bias alone refitted (weighted logistic
    likelihood, a bisection on its derivative)."""
    z0 = x @ base[:-1]
    lo, hi = -100.0, 100.0
    for _ in range(80):
        b = (lo + hi) / 2
        p = 1 / (1 + np.exp(-np.clip(z0 + b, -50, 50)))
        lo, hi = (b, hi) if ((y - p) * sw).sum() > 0 else (lo, b)
    return np.r_[base[:-1], (lo + hi) / 2]


def cv(fitted, x, y, sw, folds: int, seed: int, fitter) -> np.ndarray:
    """Out-of-fold decisions, each source dealt into folds on its own (calibrate.cross_validate)."""
    import random

    pred = np.zeros(len(fitted), bool)
    order = []
    for src in SOURCES:
        idx = [i for i, r in enumerate(fitted) if r["src"] == src]
        random.Random(seed).shuffle(idx)
        order.append(idx)
    for k in range(folds):
        test = np.array([i for idx in order for i in idx[k::folds]])
        train = np.setdiff1d(np.arange(len(fitted)), test)
        w = fitter(x[train], y[train], sw[train])
        pred[test] = x[test] @ w[:-1] + w[-1] >= 0
    return pred


def report(rows, fitted, x, y, sw, names, args, name, fitter) -> np.ndarray:
    w = fitter(x, y, sw)
    runs = []
    for seed in range(args.seeds):
        oof = dict(zip(map(id, fitted), cv(fitted, x, y, sw, args.folds, seed, fitter)))
        runs.append(outcome(rows, calibrate.decisions(rows, oof, w, names)))
    show(f"{name} {args.folds}-fold", {s: tuple(np.mean([r[s] for r in runs], 0)) for s in runs[0]})
    print("      weights", {n: round(float(v), 3) for n, v in zip([*names, "bias"], w)})
    return w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--store-eval", type=Path)
    ap.add_argument("--store-cmrc", type=Path)
    ap.add_argument("--store-policy", type=Path)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--features", default="coverage,cov_joined,dense,unseen")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--ooc-weight", default="0,0.5,1")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--load", type=Path, nargs="*")
    ap.add_argument("--collect", default="tune,probe,policy,cmrc,ooc_cmrc")
    args = ap.parse_args(argv)
    if args.load:
        rows = [json.loads(ln) for f in args.load for ln in f.read_text().splitlines()]
    else:
        parts, rows = args.collect.split(","), []
        if "tune" in parts:
            rows += tune_rows(args.store_eval)
        if "probe" in parts:
            rows += tune_rows(args.store_eval, probes=True)
        if "policy" in parts and args.store_policy:
            rows += tune_rows(args.store_policy, policy=True)
        if "cmrc" in parts:
            rows += cmrc_rows(args.store_cmrc, args.data)
        if "ooc_half" in parts:
            rows += ooc_half_rows(args.dump.parent / "half", args.data)
        if "ooc_cmrc" in parts:
            rows += ooc_cmrc_rows(args.store_eval, args.data)
    if args.dump:
        args.dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    names = args.features.split(",")
    fitted = [r for r in rows if r["lang"] == "zh" and label(r) is not None]
    x = np.array([[r["features"].get(n, 0.0) for n in names] for r in fitted])
    y = np.array([label(r) for r in fitted], dtype=float)
    print(f"{len(fitted)} Chinese rows ({int(y.sum())} answer, {int(len(y) - y.sum())} refuse)")
    show(
        "weights in use",
        outcome(rows, [refusal.confidence(r["lang"], r["features"]) >= 0.5 for r in rows]),
    )
    cur = refusal.CALIBRATION["zh"]
    base = np.r_[[cur.get(n, 0.0) for n in names], cur["bias"]]
    for ow in map(float, args.ooc_weight.split(",")):
        sw = sample_weights(fitted, ow)
        print(f"-- ooc weight {ow}")
        report(
            rows,
            fitted,
            x,
            y,
            sw,
            names,
            args,
            "full",
            lambda a, b, c: calibrate.fit(a, b, c, args.l2),
        )
        report(rows, fitted, x, y, sw, names, args, "bias", lambda a, b, c: fit_bias(a, b, c, base))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
