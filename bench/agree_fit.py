"""Fit closeness.AGREE_GAP (both channels agreeing on the best sentence) on tune sources, with
CMRC trial rows so that out-of-corpus questions stay refused (branch agree24).

python bench/agree_fit.py dump KIND STORE OUT [--corpus DIR --qa FILE ...] [--data DIR]
        # KIND as bench/gates_audit.py: eval | policy | cmrc (trial's TUNE part only, 500 dev
        # questions out of corpus); run cmrc with QA_ANSWER__MAX_SENTENCES=2
python bench/agree_fit.py fit OUT[,OUT...] [--folds 5] [--seeds 5]

`dump` asks every question as main does (the agreement route off) and keeps those the model
gate refuses, with the rule's inputs (confidence, weight of the missing words, `agree`: e5's
first sentence is the best by shared words, `sub`: subject.speaks_of, the kinds asked and
carried) and the outcome when answered anyway (answer_anyway forced) against refused. `fit`
chooses a variant and AGREE_GAP by k-fold CV: tune rows count passes gained, CMRC in-corpus
rows answers with the gold, CMRC out-of-corpus rows refusals (those two weigh as much as the
tune rows, each half); a setting losing any out-of-corpus refusal on the training rows is out.
Held-out splits are never read.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import gates_audit  # noqa: E402
from knowledge.answering.checking import closeness, subject  # noqa: E402
from knowledge.text.tokens import jieba_module  # noqa: E402

GAPS = (0.0, 0.3, 0.5, 0.7, 1.0, 1.2, 1.5, 1.6, 1.8, 2.0, 2.5, 3.0)
CONFS = (0.05, 0.1, 0.15)
VARIANTS = ("agree", "agree+sub", "agree+typed")
# agree25: every missing word everyday, read from jieba's dictionary frequency (at least F, a
# log grid) and/or the store's keyword index (document frequency above 0)
FREQS = (10, 30, 100, 300, 1000, 3000, 10000)
EVERYDAY = ("agree+ev", "agree+sub+ev")
GRID = [("off", 0.0, 0.0, None)]
for _g in GAPS:  # per gap: the plain variants, then those with a minimum confidence
    GRID += [(v, _g, closeness.LOW, None) for v in VARIANTS]
    GRID += [(v, _g, c, None) for v in ("agree+conf", "agree+sub+conf") for c in CONFS]
    GRID += [(v, _g, closeness.LOW, ("df", 0)) for v in EVERYDAY]
    GRID += [(v, _g, closeness.LOW, (k, f)) for v in EVERYDAY for k in ("f", "df") for f in FREQS]
CMRC = ("cmrc-in", "cmrc-out")


def questions(kind: str, store: Path, corpus: Path | None, qa: list[Path], data: Path | None):
    svc, out = gates_audit.tune_questions(kind, store, corpus, qa, data)
    if kind != "cmrc":
        return svc, out
    from bench.cmrc_data import DEFAULT_DATA, load_split, part_of

    _, items = load_split(data or DEFAULT_DATA, "trial")  # trial's held-out part is dropped
    held = {it.qid for it in items if part_of(it.title) == "heldout"}
    return svc, [q for q in out if not (q[3]["src"] == "cmrc-in" and q[3]["id"] in held)]


def dump(kind: str, store: Path, out: Path, corpus, qa, data) -> None:
    svc, qs = questions(kind, store, corpus, qa, data)
    gap, anyway = closeness.AGREE_GAP, closeness.answer_anyway
    rows = []
    try:
        closeness.AGREE_GAP = -1.0  # main: the agreement route off
        for question, ask, verdict, fields in qs:
            assert "heldout" not in fields["src"]
            refused = ask()
            if not (refused.abstained and refused.refusal_rule == "model"):
                continue
            scope = ask.__defaults__[-1] if kind == "policy" else None
            ev = svc.evidence(question, scope=scope)
            if ev.lang != "zh" or not ev.chosen:
                continue
            best = max(ev.chosen, key=lambda c: c.score)
            words = closeness.uncovered(question, best, ev.docs, ev.result.index)
            typed, held = closeness.type_held(question, best)
            freq, df = jieba_module().dt.FREQ, ev.result.index.df
            miss = [[w, freq.get(w, 0), df.get(w, 0)] for w in words]
            closeness.answer_anyway = lambda _q, _ev: True
            try:
                answered = ask()
            finally:
                closeness.answer_anyway = anyway
            rows.append(
                fields
                | {
                    "conf": round(ev.confidence, 4),
                    "w": round(closeness.weight(words), 3),
                    "agree": closeness.agreed(ev, best),
                    "sub": bool(subject.speaks_of(question, ev)),
                    "typed": typed,
                    "held": held,
                    "miss": miss,
                    "pass0": bool(verdict(answered)),
                    "pass1": bool(verdict(refused)),
                }
            )
    finally:
        closeness.AGREE_GAP = gap
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


def everyday(r: dict, guard: tuple | None) -> bool:
    """Every missing word is everyday: in jieba's dictionary at least F times ("f"), and also
    known to the store's keyword index ("df")."""
    if guard is None:
        return True
    kind, f = guard
    return all(m[1] >= f and (kind == "f" or m[2] > 0) for m in r["miss"])


def answers(r: dict, variant: str, gap: float, conf: float, guard=None) -> bool:
    if variant == "off" or r["conf"] < max(conf, closeness.LOW) or r["w"] > gap:
        return False
    if "sub" in variant and not r["sub"]:
        return False
    if not everyday(r, guard):
        return False
    return r["agree"] and ("typed" not in variant or (r["typed"] > 0 and r["held"]))


def score(rows: list[dict], setting: tuple) -> float:
    n_in = sum(r["src"] == "cmrc-in" for r in rows) or 1
    n_out = sum(r["src"] == "cmrc-out" for r in rows) or 1
    n_rest = sum(r["src"] not in CMRC for r in rows)
    total, lost = 0.0, 0
    for r in (r for r in rows if answers(r, *setting)):
        d = int(r["pass0"]) - int(r["pass1"])
        lost += -d if r["src"] == "cmrc-out" else 0
        n = n_in if r["src"] == "cmrc-in" else n_out if r["src"] == "cmrc-out" else 0
        total += d * n_rest / 2 / n if n else d
    return total if lost == 0 else float("-inf")


def best(rows: list[dict], grid: list[tuple]) -> tuple:
    top, pick = float("-inf"), grid[0]
    for setting in grid:  # the first best: off, then smaller gaps and stricter variants
        if (s := score(rows, setting)) > top + 1e-9:
            top, pick = s, setting
    return pick


def group(r: dict) -> str:
    src = r["src"]
    return src if src in CMRC or src == "eval-tune" else "policy" if "policy" in src else "probe"


def delta(rows: list[dict], setting: tuple) -> dict[str, int]:
    d: dict[str, int] = defaultdict(int)
    for r in (r for r in rows if answers(r, *setting)):
        d[group(r)] += int(r["pass0"]) - int(r["pass1"])
    return dict(d)


def fit(rows: list[dict], folds: int, seeds: int) -> None:
    print(
        "rows", len(rows), {g: sum(group(r) == g for r in rows) for g in sorted(map(group, rows))}
    )
    for g in sorted(set(map(group, rows))):
        a = [r for r in rows if group(r) == g and r["agree"]]
        ok, lost = sum(r["pass0"] for r in a), sum(r["pass1"] > r["pass0"] for r in a)
        print(
            f"  {g}: agreed {len(a)}, answering passes {ok}, would be wrong {len(a) - ok}", end=""
        )
        print(f" ({lost} of them passed refused)")
    fams = (None, "agree", "agree+sub", "agree+conf", "agree+typed", "agree+sub+conf", *EVERYDAY)
    for family in fams:
        grid = [s for s in GRID if family is None or s[0] in ("off", family)]
        chosen: dict[tuple, int] = defaultdict(int)
        oof: dict[str, float] = defaultdict(float)
        for seed in range(seeds):
            idx = list(range(len(rows)))
            random.Random(seed).shuffle(idx)
            for k in range(folds):
                test = [rows[i] for j, i in enumerate(idx) if j % folds == k]
                train = [rows[i] for j, i in enumerate(idx) if j % folds != k]
                setting = best(train, grid)
                chosen[setting] += 1
                for g, v in delta(test, setting).items():
                    oof[g] += v / seeds
        top = sorted(chosen.items(), key=lambda x: -x[1])[:4]
        gains = {g: round(v, 1) for g, v in sorted(oof.items())}
        print(f"CV {family or 'all'}: folds chose {top}; out of fold a repeat {gains}")
    pick = best(rows, GRID)
    print("all rows:", pick, delta(rows, pick))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("cmd", choices=["dump", "fit"])
    ap.add_argument("args", nargs="+")
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--qa", type=Path, action="append", default=[])
    ap.add_argument("--data", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seeds", type=int, default=5)
    a = ap.parse_args(argv)
    if a.cmd == "dump":
        kind, store, out = a.args
        dump(kind, Path(store), Path(out), a.corpus, a.qa, a.data)
    else:
        rows = [json.loads(line) for p in a.args[0].split(",") for line in open(p)]
        fit(rows, a.folds, a.seeds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
