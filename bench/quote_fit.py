"""Which answer is quoted, fitted on what the whole answer holds (branch quote15).

For CMRC trial's questions (label: the answer holds a gold answer) and the eval TUNE split's
answerable Chinese questions (label: it holds the evidence), capture once the answers of at most
`--max-sentences` sentences the assembly could build (`quote_features.options`: the assembly's own
first) with `quote_features.features`, then fit a conditional logit over each question's answers
(bench/sentence_fit.fit; 5 folds grouped by question) and report out of fold how many chosen
answers hold the gold beside the assembly's and the best possible. Held-out splits and CMRC dev
are never read.

python bench/quote_fit.py --store-eval DIR --store-cmrc DIR [--data DIR] [--cache F.pkl]
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

from bench import candidate_spy, eval_sets, quote_features, sentence_fit  # noqa: E402
from bench.cmrc import has_gold  # noqa: E402
from bench.cmrc_data import DEFAULT_DATA, load_split  # noqa: E402
from knowledge.evaluate import load_qa  # noqa: E402
from knowledge.service import build_service  # noqa: E402
from knowledge.settings import Settings  # noqa: E402
from knowledge.text.normalise import normalise  # noqa: E402


def capture(svc, question: str, label) -> dict | None:
    caught = candidate_spy.catch(svc, question)
    ev, cands, result = caught.evidence, caught.cands, caught.result
    if not cands or result is None or not ev.chosen or ev.lang != "zh":
        return None
    t0 = time.perf_counter()
    sims = quote_features.similarities(svc.store, cands, result.vector)
    capture.vector_s += time.perf_counter() - t0
    t0 = time.perf_counter()
    opts = quote_features.options(list(ev.chosen), cands, sims, capture.size)
    x = quote_features.features(question, result, opts, cands, sims)
    capture.feature_s += time.perf_counter() - t0
    y = np.array([label("".join(c.text for c in o)) for o in opts], dtype=bool)
    return {"x": x, "y": y, "n": len(opts)}


capture.feature_s = capture.vector_s = 0.0
capture.size = 2


def settings_for(store: Path, max_sentences: int) -> Settings:
    s = Settings().with_store(store)
    answer = s.answer.model_copy(update={"max_sentences": max_sentences})
    return s.model_copy(update={"answer": answer})


def collect(args) -> list[dict]:
    groups = []
    svc = build_service(settings_for(args.store_eval, args.max_sentences))
    for item in load_qa(eval_sets.ROOT / "eval" / "tune.jsonl"):
        if item.get("lang") != "zh" or not item.get("answerable") or not item.get("evidence"):
            continue
        ev = normalise(item["evidence"])
        g = capture(svc, item["question"], lambda t, ev=ev: ev in normalise(t))
        if g:
            groups.append(g | {"src": "tune"})
    svc = args.store_cmrc and build_service(settings_for(args.store_cmrc, args.max_sentences))
    _, items = load_split(args.data, "trial") if svc else (None, [])
    for it in items:
        g = capture(svc, it.question, lambda t, a=list(it.answers): has_gold(t, a))
        if g:
            groups.append(g | {"src": "cmrc"})
    print(
        f"captured {len(groups)} questions, {sum(g['n'] for g in groups)} answers; features "
        f"{capture.feature_s:.2f}s, stored vectors {capture.vector_s:.2f}s",
        file=sys.stderr,
    )
    return groups


def report(groups: list[dict], folds: int, l2: float, steps: int) -> dict:
    idx = list(range(len(groups)))
    random.Random(0).shuffle(idx)
    pick: dict[int, int] = {}
    for k in range(folds):
        test = set(idx[k::folds])
        model = sentence_fit.fit([groups[i] for i in idx if i not in test], False, l2, steps)
        for i in test:
            pick[i] = int(sentence_fit.ranked(groups[i], model, False)[0])
    out = {}
    for src in ("tune", "cmrc"):
        ids = [i for i, g in enumerate(groups) if g["src"] == src]
        out[src] = {
            "questions": len(ids),
            "assembly": int(sum(groups[i]["y"][0] for i in ids)),
            "chooser": int(sum(groups[i]["y"][pick[i]] for i in ids)),
            "any_option": int(sum(groups[i]["y"].any() for i in ids)),
            "changed": int(sum(pick[i] != 0 for i in ids)),
            "gained": int(sum(groups[i]["y"][pick[i]] and not groups[i]["y"][0] for i in ids)),
            "lost": int(sum(groups[i]["y"][0] and not groups[i]["y"][pick[i]] for i in ids)),
        }
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store-eval", type=Path, required=True)
    ap.add_argument("--store-cmrc", type=Path, help="left out: the eval tune split alone")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, help="captured rows (written once, read after)")
    ap.add_argument("--max-sentences", type=int, default=2)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    capture.size = args.max_sentences
    if args.cache and args.cache.exists():
        groups = pickle.loads(args.cache.read_bytes())
    else:
        groups = collect(args)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(groups))
    for l2 in (1e-3, 1e-2, 1e-1):
        for steps in (200, 400, 800):
            print(f"l2 {l2} steps {steps}", report(groups, args.folds, l2, steps), flush=True)
    w, mu, sd = sentence_fit.fit(groups, False)
    print("weights fitted on all of it (raw feature units, training mean):")
    for n, wi, m, s in zip(quote_features.NAMES, w, mu, sd):
        print(f'    "{n}": ({wi / s:+.4f}, {m:.4f}),')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
