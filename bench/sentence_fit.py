"""Which sentence is quoted, fitted on data: capture every candidate sentence of CMRC trial's
questions (label: it holds a gold answer) and of the eval TUNE split's answerable Chinese
questions (label: it holds the evidence) once, with the cheap features of
bench/sentence_features.py (and, apart, the e5 similarity of the sentence vector
stored at ingest), then fit a conditional-logit ranker (softmax over one question's candidates)
and report out-of-fold top-1 / top-2 "holds gold" beside the current choice (the best score).
Folds are grouped by question. Held-out splits and CMRC dev are never read.

python bench/sentence_fit.py --store-eval DIR --store-cmrc DIR [--data DIR] [--cache F.pkl]
    [--folds 5] [--vectors]
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import candidate_spy, eval_sets, sentence_features  # noqa: E402
from bench.cmrc import has_gold  # noqa: E402
from bench.cmrc_data import DEFAULT_DATA, load_split  # noqa: E402
from knowledge.evaluate import load_qa  # noqa: E402
from knowledge.service import build_service  # noqa: E402
from knowledge.settings import Settings  # noqa: E402
from knowledge.text.normalise import normalise  # noqa: E402


def capture(svc, question: str) -> tuple[np.ndarray, list[str], np.ndarray]:
    """(feature rows, candidate texts, stored-vector similarity per candidate or NaN)."""
    caught = candidate_spy.catch(svc, question, first=True)
    cands, result = caught.cands, caught.result
    if not cands or result is None:
        return np.zeros((0, len(sentence_features.NAMES))), [], np.zeros(0)
    t0 = time.perf_counter()
    x = sentence_features.matrix(question, result, cands)
    capture.feature_s += time.perf_counter() - t0
    t0 = time.perf_counter()
    sims = np.full(len(cands), np.nan)
    if result.vector is not None:
        stored = svc.store.sentence_vectors({c.hit.chunk.chunk_id for c in cands})
        for i, c in enumerate(cands):
            spans, vecs = stored.get(c.hit.chunk.chunk_id, ([], None))
            if vecs is not None and c.local in spans:
                sims[i] = float(vecs[spans.index(c.local)] @ result.vector)
    capture.vector_s += time.perf_counter() - t0
    return x, [c.text for c in cands], sims


capture.feature_s = capture.vector_s = 0.0


def collect(args) -> list[dict]:
    groups = []
    svc = build_service(Settings().with_store(args.store_eval))
    for item in load_qa(eval_sets.ROOT / "eval" / "tune.jsonl"):
        if item.get("lang") != "zh" or not item.get("answerable") or not item.get("evidence"):
            continue
        ev = normalise(item["evidence"])
        x, texts, sims = capture(svc, item["question"])
        y = np.array([ev in normalise(t) for t in texts], dtype=bool)
        groups.append({"src": "tune", "x": x, "y": y, "sim": sims})
    svc = build_service(Settings().with_store(args.store_cmrc))
    _, items = load_split(args.data, "trial")
    for it in items:
        x, texts, sims = capture(svc, it.question)
        y = np.array([has_gold(t, list(it.answers)) for t in texts], dtype=bool)
        groups.append({"src": "cmrc", "x": x, "y": y, "sim": sims})
    n = sum(len(g["y"]) for g in groups)
    print(
        f"captured {len(groups)} questions, {n} sentences; features "
        f"{capture.feature_s:.1f}s, stored vectors {capture.vector_s:.1f}s",
        file=sys.stderr,
    )
    return groups


def design(g: dict, vectors: bool) -> np.ndarray:
    x = g["x"]
    if vectors:
        sim = np.nan_to_num(g["sim"], nan=0.0)
        x = np.column_stack([x, sim, sim - (sim.max() if len(sim) else 0.0)])
    return x


def fit(groups: list[dict], vectors: bool, l2: float = 1e-2, steps: int = 400) -> tuple:
    """Conditional logit: maximise log of the softmax mass on each question's gold sentences
    (questions with none are left out), features standardised; plain gradient ascent (Adam)."""
    use = [g for g in groups if g["y"].any() and len(g["y"]) > 1]
    x = np.vstack([design(g, vectors) for g in use])
    mu, sd = x.mean(0), x.std(0) + 1e-9
    x = (x - mu) / sd
    y = np.concatenate([g["y"] for g in use]).astype(float)
    starts = np.cumsum([0] + [len(g["y"]) for g in use])[:-1]
    # the two sources weigh the same
    w_src = {s: 1.0 / max(sum(g["src"] == s for g in use), 1) for s in ("tune", "cmrc")}
    wt = np.repeat([w_src[g["src"]] for g in use], [len(g["y"]) for g in use])
    seg = np.repeat(np.arange(len(use)), [len(g["y"]) for g in use])
    w = np.zeros(x.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, steps + 1):
        s = x @ w
        e = np.exp(s - np.maximum.reduceat(s, starts)[seg])
        p = e / np.add.reduceat(e, starts)[seg]
        q = p * y
        q = q / np.add.reduceat(q, starts)[seg]
        grad = ((q - p) * wt) @ x - l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w += 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w, mu, sd


def ranked(g: dict, model, vectors: bool) -> np.ndarray:
    w, mu, sd = model
    return np.argsort(-(((design(g, vectors) - mu) / sd) @ w), kind="stable")


def current(g: dict) -> np.ndarray:
    return np.argsort(-g["x"][:, 0], kind="stable")


def report(groups: list[dict], folds: int, vectors: bool) -> dict:
    idx = list(range(len(groups)))
    random.Random(0).shuffle(idx)
    oof: dict[int, np.ndarray] = {}
    for k in range(folds):
        test = set(idx[k::folds])
        model = fit([groups[i] for i in idx if i not in test], vectors)
        for i in test:
            oof[i] = ranked(groups[i], model, vectors)
    out = {}
    for src in ("tune", "cmrc"):
        ids = [i for i, g in enumerate(groups) if g["src"] == src and len(g["y"])]
        row = {"questions": len(ids)}
        for name, order in (("current", lambda i: current(groups[i])), ("fitted", oof.get)):
            row[name] = {
                f"top{k}": int(sum(groups[i]["y"][order(i)[:k]].any() for i in ids)) for k in (1, 2)
            }
        out[src] = row
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store-eval", type=Path, required=True)
    ap.add_argument("--store-cmrc", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, help="captured rows (written once, read after)")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        groups = pickle.loads(args.cache.read_bytes())
    else:
        groups = collect(args)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(groups))
    for vectors in (False, True):
        print(f"with stored vectors: {vectors}", report(groups, args.folds, vectors))
    w, mu, sd = fit(groups, False)
    print("weights fitted on all of it (raw feature units, training mean):")
    for n, wi, m, s in zip(sentence_features.NAMES, w, mu, sd):
        print(f'    "{n}": ({wi / s:+.4f}, {m:.4f}),')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
