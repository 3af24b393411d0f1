"""Which refusal gate refuses which tune question, and whether it is the only one (branch gates17).

python bench/gates_audit.py dump KIND STORE OUT [--corpus DIR --qa FILE ...] [--data DIR]
        # KIND: eval (eval tune + every probe -tune file on eval/corpus) | policy (policy tune,
        # or --corpus/--qa a policy probe set's tune file on its own store) | cmrc (trial in
        # corpus, 500 dev questions out of corpus, as bench/cmrc.py)
python bench/gates_audit.py table OUT[,OUT...]

`dump` asks each question as the bot does and, when it abstains, reads the gate that refused
(`Answer.refusal_rule`: decide.RULES, "focus:nouns", "shapes:year" …), switches that gate off
and asks again, until the question is answered or a gate that cannot be switched off refuses
(no evidence, a structure, masthead or role answer): the chain says whether the first gate was
the only one refusing, and what the answer would have been without it (passed / has the gold).
`table` counts, per gate, answerable questions refused (wrongly) and unanswerable ones refused
(rightly), each with how many the gate alone refused and, for the answerable ones, how many would
then pass. Held-out splits are never read.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.answering import decide  # noqa: E402
from knowledge.answering.checking import focus, measured, occasion, shapes  # noqa: E402
from knowledge.evaluate import judge, judge_policy, load_qa, scope_of  # noqa: E402

MODULES = {"focus": focus, "measured": measured, "occasion": occasion, "shapes": shapes}
CHAIN = 6  # gates switched off at most, one after the other


@contextmanager
def gates_off(rules: list[str]):
    """decide.RULES and the modules' RULES without `rules` ("model", "shapes:year")."""
    saved = {"decide": decide.RULES, **{k: m.RULES for k, m in MODULES.items()}}
    try:
        for r in rules:
            gate, _, sub = r.partition(":")
            if sub and gate in MODULES:
                MODULES[gate].RULES = MODULES[gate].RULES - {sub}
            else:
                decide.RULES = decide.RULES - {gate}
        yield
    finally:
        decide.RULES = saved.pop("decide")
        for k, v in saved.items():
            MODULES[k].RULES = v


def switchable(rule: str | None) -> bool:
    gate = (rule or "").partition(":")[0]
    return gate in decide.RULES or gate in MODULES


def chain(ask, verdict) -> dict:
    """The answer as is and, while a switchable gate refuses, with it (and those before) off."""
    ans = ask()
    out = {"abst": ans.abstained, "rule": ans.refusal_rule, "ok": verdict(ans), "chain": []}
    off: list[str] = []
    while ans.abstained and switchable(ans.refusal_rule) and len(off) < CHAIN:
        off.append(ans.refusal_rule)
        with gates_off(off):
            ans = ask()
        out["chain"].append([ans.refusal_rule if ans.abstained else None, verdict(ans)])
    return out


def tune_questions(
    kind: str, store: Path, corpus: Path | None, qa: list[Path], data: Path | None
) -> tuple[Any, list[tuple[str, Callable, Callable, dict]]]:
    """The service over `store` and every tune question of source `kind` ("eval": eval tune and
    the probe tunes on eval/corpus; "policy": policy tune or `qa` on `corpus`; "cmrc": trial in
    corpus and 500 out of corpus) as (question, ask, verdict on an answer, row fields)."""
    out: list[tuple[str, Callable, Callable, dict]] = []
    if kind == "cmrc":
        from bench.cmrc import has_gold, trial_tune
        from bench.cmrc_data import DEFAULT_DATA
        from knowledge.answering.core.citations import strip_markers

        svc, items, ooc = trial_tune(store, data or DEFAULT_DATA)
        for y, group in ((1, items), (0, ooc)):
            for it in group:
                out.append((
                    it.question,
                    lambda it=it: svc.ask(it.question),
                    lambda a, it=it, y=y: (
                        not a.abstained and has_gold(strip_markers(a.answer), it.answers)
                        if y
                        else a.abstained
                    ),
                    {"src": "cmrc-in" if y else "cmrc-out", "id": it.qid, "y": y},
                ))  # fmt: skip
        return svc, out
    if kind == "eval":
        from bench.eval_sets import SPLITS, open_store
        from bench.probes import on_eval_store

        probes = sorted(glob.glob("eval/probes/*-tune.jsonl"))
        files = [SPLITS["tune"], *filter(on_eval_store, probes)]
        svc, _ = open_store(store)
    else:
        from bench.eval_policy import CORPORA, SPLITS, open_store

        files = qa or [SPLITS["tune"]]
        svc, _ = open_store(store, [corpus] if corpus else CORPORA)
    judged = judge_policy if kind == "policy" else judge
    for f in map(Path, files):
        assert "heldout" not in f.name  # held-out splits are never read
        src = f.name.removesuffix(".jsonl") if "probes" in str(f) else f"{kind}-tune"
        for it in load_qa(f):
            scope = scope_of(it) if kind == "policy" else None
            out.append((
                it["question"],
                lambda it=it, scope=scope: svc.ask(it["question"], scope=scope),
                lambda a, it=it: judged(it, a).passed,
                {"src": src, "id": it["id"], "y": int(it["answerable"])},
            ))  # fmt: skip
    return svc, out


def dump(
    kind: str, store: Path, out: Path, corpus: Path | None, qa: list[Path], data: Path | None
) -> None:
    _, questions = tune_questions(kind, store, corpus, qa, data)
    rows = [chain(ask, verdict) | fields for _, ask, verdict, fields in questions]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


def table(paths: list[str]) -> None:
    rows = [json.loads(x) for p in paths for x in Path(p).read_text().splitlines() if x]
    # per gate: answerable refused, alone, alone-and-then-right; unanswerable refused, alone
    t: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    later: dict[str, int] = defaultdict(int)  # refusals where the gate fires after another
    for r in rows:
        if not r["abst"]:
            continue
        ch = r["chain"]
        alone = bool(ch) and ch[0][0] is None
        cell = t[r["rule"] or "?"]
        if r["y"]:
            cell[0] += 1
            cell[1] += alone
            cell[2] += alone and ch[0][1]
        else:
            cell[3] += 1
            cell[4] += alone
        for rule, _ in ch:
            if rule:
                later[rule] += 1
    print(
        "| gate | answerable refused | of them alone | alone, then right | unanswerable refused "
        "| of them alone | also fires after another gate |"
    )
    print("|---|---|---|---|---|---|---|")
    for g, c in sorted(t.items(), key=lambda kv: -(kv[1][0] + kv[1][3])):
        print(f"| {g} | {c[0]} | {c[1]} | {c[2]} | {c[3]} | {c[4]} | {later.get(g, 0)} |")
    srcs = sorted({r["src"] for r in rows})
    for s in srcs:
        sub = [r for r in rows if r["src"] == s]
        a = sum(r["y"] and r["abst"] for r in sub)
        u = sum((not r["y"]) and r["abst"] for r in sub)
        print(f"{s}: n={len(sub)} answerable refused {a}, unanswerable refused {u}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cmd", choices=["dump", "table"])
    ap.add_argument("args", nargs="+")
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--qa", type=Path, action="append", default=[])
    ap.add_argument("--data", type=Path, help="CMRC data (default: bench/cmrc_data's)")
    a = ap.parse_args(argv)
    if a.cmd == "dump":
        kind, store, out = a.args
        dump(kind, Path(store), Path(out), a.corpus, a.qa, a.data)
    else:
        table(a.args[0].split(","))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
