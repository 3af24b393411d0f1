"""Fit the Chinese refusal model (knowledge/answering/core/refusal.py CALIBRATION["zh"]) on TUNE splits
(the eval sets', and the policy eval's with --store-policy) and CMRC trial, k-fold cross-validated.

python bench/calibrate.py --store-eval DIR --store-cmrc DIR [--store-policy DIR]
        [--data ../shared/bench/cmrc2018] [--features coverage,dense,unseen] [--folds 5]
        [--seeds 5] [--dump FILE | --load FILE]

Every tune question is asked twice, as if the model always answered (threshold 0: the evidence
checks may still abstain) and as if it always refused, and judged both ways: a row is labelled
1 when only answering passes, 0 when only refusing does, and left out when the model's decision
does not change the outcome (a structure answer, a wrong draft, a near miss the checks catch).
CMRC trial adds what tune lacks, questions about other subjects: its in-corpus questions are 1,
a seeded sample of dev questions asked against the trial store (as bench/cmrc.py's out-of-corpus
ones) are 0, and the CMRC rows together weigh as much as the tune rows. Held-out splits are
never read. Rows carry the features the bot computes and the candidates of
bench/refusal_candidates.py. Reported: the weights in use, then decisions out of fold (mean
over --seeds shuffles) for each source — tune passed / answerable right / unanswerable refused;
CMRC answer has gold / answered in corpus / refused out of corpus — and the weights fitted on
all rows.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import eval_policy, eval_sets  # noqa: E402
from bench.cmrc import has_gold, memoize_queries, prime_queries  # noqa: E402
from bench.cmrc_data import DEFAULT_DATA, ingest_paragraphs, load_split, sample  # noqa: E402
from bench.refusal_candidates import candidates  # noqa: E402
from knowledge.answering.checking import closeness  # noqa: E402
from knowledge.answering.core import refusal  # noqa: E402
from knowledge.answering.core.citations import strip_markers  # noqa: E402
from knowledge.evaluate import judge, judge_policy, load_qa, scope_of  # noqa: E402
from knowledge.service import build_service  # noqa: E402
from knowledge.settings import Settings  # noqa: E402
from knowledge.text.normalise import normalise  # noqa: E402

PROBE_DIR = Path(__file__).resolve().parent.parent / "eval" / "probes"
SOURCES = ("tune", "policy", "probe", "cmrc")
# the probe -tune files on eval/corpus (the policy probes have corpora of their own)
PROBES = (
    "en7", "en9", "en10", "para7", "person7", "pool9", "rank8",
    "unans7", "unans8", "unans9", "unans10", "refuse9", "refuse10", "refuse11",
)  # fmt: skip


def ask_both(svc, question: str, scope=None):
    """The answer as if the refusal model always answered, and as if it always refused."""
    threshold, bar, low = refusal.threshold, closeness.BAR, closeness.LOW
    try:
        closeness.BAR = closeness.LOW = 2.0  # the model alone decides
        refusal.threshold = lambda _setting: 0.0
        answered = svc.ask(question, scope=scope)
        refusal.threshold = lambda _setting: 2.0
        refused = svc.ask(question, scope=scope)
    finally:
        refusal.threshold, closeness.BAR, closeness.LOW = threshold, bar, low
    return answered, refused


def row(src: str, qid: str, svc, question: str, y: int, scope=None) -> tuple[dict, tuple]:
    ev = svc.evidence(question, scope=scope)
    feats = {**ev.features, **candidates(question, ev, svc.searcher.store)}
    feats |= closeness.features(question, ev)
    return {"src": src, "id": qid, "lang": ev.lang, "y": y, "features": feats}, ask_both(
        svc, question, scope
    )


def tune_rows(store: Path, policy: bool = False, probes: bool = False) -> list[dict]:
    """The tune split of the eval sets (or of the policy eval, or the probe -tune files on the
    eval corpus), each judged both ways."""
    bench, judged = (eval_policy, judge_policy) if policy else (eval_sets, judge)
    svc, _ = bench.open_store(store)
    rows = []
    src = "policy" if policy else "probe" if probes else "tune"
    files = [PROBE_DIR / f"{p}-tune.jsonl" for p in PROBES] if probes else [bench.SPLITS["tune"]]
    for item in (it for f in files for it in load_qa(f)):
        scope = scope_of(item) if policy else None
        r, (a, b) = row(src, item["id"], svc, item["question"], int(item["answerable"]), scope)
        rows.append(r | {"pass0": judged(item, a).passed, "pass1": judged(item, b).passed})
    return rows


def cmrc_rows(store: Path, data: Path, n_ooc: int = 500, seed: int = 0) -> list[dict]:
    svc = build_service(Settings().with_store(store))
    paragraphs, items = load_split(data, "trial")
    print("ingest", ingest_paragraphs(svc, paragraphs), file=sys.stderr)
    ooc = sample(load_split(data, "dev")[1], n_ooc, seed)
    cache = memoize_queries(svc.embeddings)
    prime_queries(svc.embeddings, cache, [normalise(it.question.strip()) for it in items + ooc])
    rows = []
    for y, group in ((1, items), (0, ooc)):
        for it in group:
            r, (a, b) = row("cmrc", it.qid, svc, it.question, y)
            gold0 = not a.abstained and has_gold(strip_markers(a.answer), it.answers)
            gold1 = not b.abstained and has_gold(strip_markers(b.answer), it.answers)
            rows.append(
                r | {"abst0": a.abstained, "abst1": b.abstained, "gold0": gold0, "gold1": gold1}
            )
    return rows


def label(row: dict) -> int | None:
    if row["src"] == "cmrc":
        return row["y"]
    if row["pass0"] != row["pass1"]:
        return int(row["pass0"])
    return None


def fit(x: np.ndarray, y: np.ndarray, sw: np.ndarray, l2: float, steps: int = 3000) -> np.ndarray:
    """Weighted logistic regression (standardised inside), raw-space weights, bias last."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        w -= 0.5 * ((z.T @ ((p - y) * sw)) / len(y) + l2 * np.r_[w[:-1], 0] / len(y))
    return np.r_[w[:-1] / sd, w[-1] - (w[:-1] * mu / sd).sum()]


def sample_weights(rows: list[dict]) -> np.ndarray:
    """Each tune row weighs 1; the CMRC rows together weigh as much as the tune rows."""
    n_tune = sum(r["src"] != "cmrc" for r in rows)
    n_cmrc = max(len(rows) - n_tune, 1)
    return np.array([1.0 if r["src"] != "cmrc" else n_tune / n_cmrc for r in rows])


def outcome(rows: list[dict], answer: list[bool]) -> dict[str, tuple]:
    """Per source, the figures when the model answers the rows marked in `answer`: tune
    (passed, answerable right, unanswerable refused); CMRC (answer has gold, answered in
    corpus, refused out of corpus)."""
    out: dict[str, tuple] = {}
    for src in SOURCES:
        got = [(r, a) for r, a in zip(rows, answer) if r["src"] == src]
        if not got:
            continue
        if src != "cmrc":
            ok = [(r["pass0"] if a else r["pass1"], r["y"]) for r, a in got]
            out[src] = (
                sum(p for p, _ in ok),
                sum(p for p, y in ok if y),
                sum(p for p, y in ok if not y),
            )
            continue
        ins = [(r, a) for r, a in got if r["y"]]
        ooc = [(r, a) for r, a in got if not r["y"]]
        out[src] = (
            np.mean([r["gold0"] if a else r["gold1"] for r, a in ins]),
            np.mean([not (r["abst0"] if a else r["abst1"]) for r, a in ins]),
            np.mean([r["abst0"] if a else r["abst1"] for r, a in ooc]),
        )
    return out


def cross_validate(rows, x, y, sw, folds: int, l2: float, seed: int = 0) -> np.ndarray:
    """Out-of-fold decisions (answer or not) for the labelled rows; each source is dealt into
    folds on its own so each fold holds all of them."""
    pred = np.zeros(len(rows), bool)
    order = []
    for src in SOURCES:
        idx = [i for i, r in enumerate(rows) if r["src"] == src]
        random.Random(seed).shuffle(idx)
        order.append(idx)
    for k in range(folds):
        test = np.array([i for idx in order for i in idx[k::folds]])
        train = np.setdiff1d(np.arange(len(rows)), test)
        w = fit(x[train], y[train], sw[train], l2)
        pred[test] = x[test] @ w[:-1] + w[-1] >= 0
    return pred


def show(name: str, figures: dict[str, tuple]) -> None:
    parts = []
    for src, f in figures.items():
        fmt = "{:.3f}" if src == "cmrc" else "{:.1f}"
        parts.append(f"{src} " + "/".join(fmt.format(v) for v in f))
    print(f"   {name:<16}", "  ".join(parts))


def decisions(rows: list[dict], oof: dict, w: np.ndarray, names: list[str]) -> list[bool]:
    """Answer or not for each row: a fitted row's out-of-fold decision (`oof`, by id), an English
    row the model in use, any other the full fit `w` (weights over `names`, then the bias)."""
    answer = []
    for r in rows:
        if r["lang"] != "zh":
            answer.append(refusal.confidence(r["lang"], r["features"]) >= 0.5)
        elif id(r) in oof:
            answer.append(bool(oof[id(r)]))
        else:
            v = [r["features"].get(n, 0.0) for n in names]
            answer.append(float(np.dot(v, w[:-1]) + w[-1]) >= 0)
    return answer


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--store-eval", type=Path)
    ap.add_argument("--store-cmrc", type=Path)
    ap.add_argument("--store-policy", type=Path)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--features", default="coverage,dense,unseen")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--dump", type=Path, help="write the rows (JSON lines)")
    ap.add_argument("--load", type=Path, help="read rows written by --dump instead of asking")
    args = ap.parse_args(argv)
    if args.load:
        rows = [json.loads(line) for line in args.load.read_text().splitlines()]
    else:
        rows = tune_rows(args.store_eval) + cmrc_rows(args.store_cmrc, args.data)
        rows += tune_rows(args.store_eval, probes=True)
        if args.store_policy:
            rows += tune_rows(args.store_policy, policy=True)
    if args.dump:
        args.dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    names = args.features.split(",")
    fitted = [r for r in rows if r["lang"] == "zh" and label(r) is not None]
    x = np.array([[r["features"].get(n, 0.0) for n in names] for r in fitted])
    y = np.array([label(r) for r in fitted], dtype=float)
    sw = sample_weights(fitted)
    print(
        f"{len(fitted)} Chinese rows fitted ({int(y.sum())} answer, {int(len(y) - y.sum())} refuse)"
    )
    show(
        "weights in use",
        outcome(rows, [refusal.confidence(r["lang"], r["features"]) >= 0.5 for r in rows]),
    )
    w = fit(x, y, sw, args.l2)
    runs = []
    for seed in range(args.seeds):
        oof = dict(
            zip(map(id, fitted), cross_validate(fitted, x, y, sw, args.folds, args.l2, seed))
        )
        runs.append(outcome(rows, decisions(rows, oof, w, names)))
    show(f"{args.folds}-fold CV", {s: tuple(np.mean([r[s] for r in runs], 0)) for s in runs[0]})
    print("   weights", {n: round(float(v), 3) for n, v in zip([*names, "bias"], w)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
