"""Fit the subject gate of the local decision (knowledge/answering/checking/closeness.py LOW and
UNTYPED_GAP, subject.py) on TUNE sources and CMRC trial, cross-validated (branch refuse15).

python bench/subject_fit.py dump KIND STORE OUT    # KIND: eval | policy | cmrc
python bench/subject_fit.py fit FILE[,FILE...] [--folds 5] [--seeds 5]

`dump` asks every question of eval tune and every probe -tune file on eval/corpus (eval), of the
policy tune split (policy), or CMRC trial's in-corpus questions and 500 dev questions against the
trial store (cmrc, as bench/calibrate.py), each twice (`calibrate.ask_both`: the model always
answering, always refusing), and writes one row per question with the local rule's inputs, the
outcome both ways and the chosen document's title and text (FILE.docs), so that the subject
reading can be changed and read again without asking. Held-out splits are never read.

`fit` decides each row as the bot would (the model's probability from 0.5; below it the local
rule: every kind asked held and the missing words' weight at most GAP, from BAR, or from LOW when
the chosen document speaks of the subject; a question asking no kind from LOW when it speaks of
the subject and of what is asked of it and at most UNTYPED_GAP is missing), chooses (LOW,
UNTYPED_GAP) on the training folds — tune, policy and probe rows passed plus CMRC in-corpus
answers with the gold, the CMRC out-of-corpus refusals not to fall below the rule in use — and
prints the out-of-fold figures beside the rule in use (the figures of bench/calibrate.py).
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.calibrate import SOURCES, ask_both, outcome, show  # noqa: E402
from knowledge.answering.checking import closeness, subject  # noqa: E402
from knowledge.answering.core.support import context_of  # noqa: E402
from knowledge.evaluate import judge, judge_policy, load_qa, scope_of  # noqa: E402
from knowledge.text.normalise import normalise  # noqa: E402

LOWS = (0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15)
UGAPS = (-1.0, 0.0, 0.3, 0.5, 0.7)  # -1: untyped questions never answered below 0.5
OFF = (closeness.BAR, -1.0)


def _row(svc, question: str, docs: dict, scope=None) -> dict:
    ev = svc.evidence(question, scope=scope)
    r = {"q": question, "lang": ev.lang, "features": {}, "conf": ev.confidence}
    if ev.lang == "zh" and ev.chosen:
        best = max(ev.chosen, key=lambda c: c.score)
        r |= closeness.features(question, ev)
        r["missing"] = closeness.uncovered(question, best, ev.docs, ev.result.index)
        r["doc"], r["ctx"] = best.hit.chunk.doc_id, context_of(best, ev.docs)
        if r["doc"] not in docs:
            d = ev.docs.get(r["doc"])
            text = svc.document_text(r["doc"]) or ""
            docs[r["doc"]] = {"title": d.title if d else "", "text": text}
    return r


def dump(kind: str, store: Path, out: Path) -> None:
    docs: dict = {}
    rows = []
    if kind == "cmrc":
        from bench.cmrc import has_gold, trial_tune
        from knowledge.answering.core.citations import strip_markers

        svc, items, ooc = trial_tune(store)
        for y, group in ((1, items), (0, ooc)):
            for it in group:
                r = _row(svc, it.question, docs)
                a, b = ask_both(svc, it.question)
                gold = [
                    not x.abstained and has_gold(strip_markers(x.answer), it.answers)
                    for x in (a, b)
                ]
                r |= {"src": "cmrc", "id": it.qid, "y": y, "abst0": a.abstained}
                rows.append(r | {"abst1": b.abstained, "gold0": gold[0], "gold1": gold[1]})
    else:
        if kind == "eval":
            from bench.eval_sets import SPLITS, open_store
            from bench.probes import on_eval_store

            probes = sorted(glob.glob("eval/probes/*-tune.jsonl"))
            files = [SPLITS["tune"], *filter(on_eval_store, probes)]
        else:
            from bench.eval_policy import SPLITS, open_store

            files = [SPLITS["tune"]]
        svc, _ = open_store(store)
        for f in map(Path, files):
            assert "heldout" not in f.name  # held-out splits are never read
            src = "policy" if kind == "policy" else "probe" if "probes" in str(f) else "tune"
            judged = judge_policy if kind == "policy" else judge
            for it in load_qa(f):
                scope = scope_of(it) if kind == "policy" else None
                r = _row(svc, it["question"], docs, scope)
                a, b = ask_both(svc, it["question"], scope)
                r |= {"src": src, "file": f.name, "id": it["id"], "y": int(it["answerable"])}
                rows.append(r | {"pass0": judged(it, a).passed, "pass1": judged(it, b).passed})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    Path(f"{out}.docs").write_text(json.dumps(docs, ensure_ascii=False))


def spoken(rows: list[dict], docs: dict) -> None:
    """Each row's subject read again on its chosen document (`head`, `owned`)."""
    for r in rows:
        d = docs.get(r.get("doc"), {})
        text = normalise(d.get("title", "") + "\n" + d.get("text", ""))
        r["head"] = subject.spoken_of(subject.words(r["q"]), text) if "doc" in r else False
        r["owned"] = subject.spoken_of(subject.words(r["q"], True), text) if "doc" in r else False


def answers(rows: list[dict], low: float, ugap: float) -> list[bool]:
    out = []
    for r in rows:
        conf, mg = r["conf"], r.get("missing_g", 99.0)
        if conf >= 0.5 or r["lang"] != "zh" or "missing" not in r:
            out.append(conf >= 0.5)
        elif r.get("type_held", 0) > 0:
            bar = conf >= closeness.BAR or (conf >= low and r["head"])
            out.append(mg <= closeness.GAP and bar)
        else:
            out.append(r.get("typed", 1) == 0 and conf >= low and mg <= ugap and r["owned"])
    return out


def gain(rows: list[dict], answer: list[bool], floor: float) -> float:
    """Tune rows passed plus CMRC in-corpus answers with the gold and out-of-corpus refusals,
    each CMRC half weighing half the tune rows; -1 when the refusals fall below `floor`."""
    n_in = sum(r["src"] == "cmrc" and r["y"] for r in rows) or 1
    n_out = sum(r["src"] == "cmrc" and not r["y"] for r in rows) or 1
    n_rest = len(rows) - n_in - n_out
    score = refused = 0.0
    for r, a in zip(rows, answer):
        if r["src"] != "cmrc":
            score += r["pass0"] if a else r["pass1"]
        elif r["y"]:
            score += (a and r["gold0"]) * n_rest / 2 / n_in
        else:
            refused += r["abst0"] if a else r["abst1"]
    score += refused * n_rest / 2 / n_out
    return score if refused >= floor * n_out - 1e-9 else -1.0


def ooc_refused(rows: list[dict], answer: list[bool]) -> float:
    got = [
        (r["abst0"] if a else r["abst1"])
        for r, a in zip(rows, answer)
        if r["src"] == "cmrc" and not r["y"]
    ]
    return float(np.mean(got)) if got else 1.0


def fit(files: list[Path], folds: int, seeds: int) -> None:
    rows, docs = [], {}
    for f in files:
        rows += [json.loads(line) for line in f.read_text().splitlines()]
        docs |= json.loads(Path(f"{f}.docs").read_text())
    spoken(rows, docs)
    grid = [(lo, ug) for lo in LOWS for ug in UGAPS]
    show("rule in use", outcome(rows, answers(rows, *OFF)))
    for p in grid:
        if p[1] in (-1.0, 0.0) and p[0] in (0.01, 0.02, 0.05, 0.1):
            show(f"LOW={p[0]} UG={p[1]}", outcome(rows, answers(rows, *p)))
    runs, picks = [], []
    for seed in range(seeds):
        parts: list[list[int]] = [[] for _ in range(folds)]
        for src in SOURCES:
            idx = [i for i, r in enumerate(rows) if r["src"] == src]
            random.Random(seed).shuffle(idx)
            for j, i in enumerate(idx):
                parts[j % folds].append(i)
        oof = answers(rows, *OFF)
        for test in parts:
            held = set(test)
            train = [r for i, r in enumerate(rows) if i not in held]
            floor = ooc_refused(train, answers(train, *OFF))
            best = max(grid, key=lambda p: (gain(train, answers(train, *p), floor), p[0], -p[1]))
            picks.append(best)
            for i, a in zip(test, answers([rows[i] for i in test], *best)):
                oof[i] = a
        runs.append(outcome(rows, oof))
    show(f"{folds}-fold CV", {s: tuple(np.mean([r[s] for r in runs], 0)) for s in runs[0]})
    print("   chosen in the folds:", sorted(set(picks)), "of", len(picks))
    floor = ooc_refused(rows, answers(rows, *OFF))
    best = max(grid, key=lambda p: (gain(rows, answers(rows, *p), floor), p[0], -p[1]))
    print(f"   chosen on all rows: LOW={best[0]} UNTYPED_GAP={best[1]}")
    show("all rows", outcome(rows, answers(rows, *best)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("verb", choices=("dump", "fit"))
    ap.add_argument("args", nargs="+")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seeds", type=int, default=5)
    a = ap.parse_args(argv)
    if a.verb == "dump":
        dump(a.args[0], Path(a.args[1]), Path(a.args[2]))
    else:
        fit([Path(p) for p in a.args[0].split(",")], a.folds, a.seeds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
