"""Which local refusal route gives away out-of-corpus refusals on questions its fit never saw.

python bench/ooc_audit.py --trial-store DIR --eval-store DIR [--data DIR] [--json]

Every rule below the refusal model's threshold (knowledge/answering/checking/closeness.py) was
fitted on the 500 seeded out-of-corpus questions (`cmrc_data.FITTED_OOC`). Each route is switched
off one at a time from here (module constants and attributes, no change to knowledge/):

  bar       the held type answered from BAR on                     (closeness.BAR -> 2)
  low_subj  the held type answered from LOW when subject.speaks_of  (speaks_of, owned_too False)
  met       measured_fit (MET_*)                                    (closeness.measured_fit)
  untyped   no kind asked, UNTYPED_GAP + speaks_of(owned_too)       (closeness.UNTYPED_GAP -> -1)
  meaning   in_meaning, the sentence e5 puts first                  (closeness.in_meaning)
  all       every local route off: what the model answers at or above its threshold

Switching a route off can only turn a local "answer anyway" into a refusal (every route is one
term of an or), so each configuration re-asks only the questions on which main's answer went
through `answer_anyway` or `in_meaning` (flagged in the first pass); the others keep main's
outcome. Sources: the 2719 unfitted out-of-corpus dev questions and the fitted 500 on the trial
store (answered counted, never read), CMRC trial tune at 2 sentences (has gold, answered), eval
tune and the non-policy probe tune files on eval/corpus (passed). Counts only are printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.cmrc import has_gold, memoize_queries, prime_queries  # noqa: E402
from bench.cmrc_data import (  # noqa: E402
    DEFAULT_DATA,
    FITTED_OOC,
    ingest_paragraphs,
    load_split,
    part_of,
    sample,
    unfitted,
)
from bench.probes import on_eval_store  # noqa: E402
from knowledge.answering.checking import closeness, subject  # noqa: E402
from knowledge.answering.core.citations import strip_markers  # noqa: E402
from knowledge.evaluate import judge_policy, load_qa, scope_of  # noqa: E402
from knowledge.service import build_service  # noqa: E402
from knowledge.settings import Settings  # noqa: E402
from knowledge.text.normalise import normalise  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ROUTES = ("bar", "low_subj", "met", "untyped", "meaning", "all")
_ORIG = {
    "BAR": closeness.BAR,
    "UNTYPED_GAP": closeness.UNTYPED_GAP,
    "measured_fit": closeness.measured_fit,
    "in_meaning": closeness.in_meaning,
    "answer_anyway": closeness.answer_anyway,
    "speaks_of": subject.speaks_of,
}
_FIRED = [False]  # set when a local route answered the current question


class _Subject:
    """subject.py as closeness.py sees it, with speaks_of replaced."""

    def __init__(self, speaks_of):
        self.speaks_of = speaks_of

    def __getattr__(self, name):
        return getattr(subject, name)


def configure(off: set[str]) -> None:
    """Main's routes with those in `off` switched off (all restored first)."""
    speaks = _ORIG["speaks_of"]

    def speaks_of(question, ev, owned_too=False, **kw):
        if ("untyped" if owned_too else "low_subj") in off:
            return False
        return speaks(question, ev, owned_too=owned_too, **kw)

    def answer_anyway(question, ev):
        ok = _ORIG["answer_anyway"](question, ev)
        _FIRED[0] = _FIRED[0] or ok
        return ok

    def in_meaning(question, ev):
        near = None if "meaning" in off else _ORIG["in_meaning"](question, ev)
        _FIRED[0] = _FIRED[0] or near is not None
        return near

    closeness.BAR = 2.0 if "bar" in off else _ORIG["BAR"]
    closeness.UNTYPED_GAP = -1.0 if "untyped" in off else _ORIG["UNTYPED_GAP"]
    met = _ORIG["measured_fit"]
    closeness.measured_fit = (lambda *a: False) if "met" in off else met
    closeness.subject = _Subject(speaks_of)  # closeness's own reference only
    closeness.answer_anyway = answer_anyway
    closeness.in_meaning = in_meaning


def sources(trial_store: Path, eval_store: Path, data: Path) -> dict[str, tuple]:
    """name -> (service, items, outcome(service, item) -> bool): the question sets audited."""
    base = Settings()
    trial_s = base.with_store(trial_store)
    trial_s = trial_s.model_copy(
        update={"answer": trial_s.answer.model_copy(update={"max_sentences": 2})}
    )
    trial = build_service(trial_s)
    paragraphs, items = load_split(data, "trial")
    ingest_paragraphs(trial, paragraphs)
    dev = load_split(data, "dev")[1]
    fitted, other = sample(dev, FITTED_OOC, 0), unfitted(dev)
    tune = [it for it in items if part_of(it.title) == "tune"]
    cache = memoize_queries(trial.embeddings)
    texts = [normalise(it.question.strip()) for it in tune + fitted + other]
    prime_queries(trial.embeddings, cache, texts)

    def answered(svc, it):
        return not svc.ask(it.question).abstained

    def gold(svc, it):
        ans = svc.ask(it.question)
        return (
            not ans.abstained,
            not ans.abstained and has_gold(strip_markers(ans.answer), it.answers),
        )

    def passed(svc, item):
        return judge_policy(item, svc.ask(item["question"], scope=scope_of(item))).passed

    ev = build_service(Settings().with_store(eval_store))
    probes = sorted(p for p in (ROOT / "eval/probes").glob("*-tune.jsonl"))
    probes = [p for p in probes if on_eval_store(p)]
    qa = load_qa(ROOT / "eval/tune.jsonl")
    probe_items = [it for p in probes for it in load_qa(p)]
    return {  # the order they run in: the question first, the comparisons after
        "ooc_unfitted": (trial, other, answered),
        "cmrc_tune": (trial, tune, gold),
        "eval_tune": (ev, qa, passed),
        "ooc_fitted": (trial, fitted, answered),
        "probe_tune": (ev, probe_items, passed),
    }


def tally(outcomes: list) -> dict[str, int]:
    if outcomes and isinstance(outcomes[0], tuple):  # (answered, has gold)
        return {"answered": sum(a for a, _ in outcomes), "has_gold": sum(g for _, g in outcomes)}
    return {"yes": sum(bool(o) for o in outcomes)}


def audit(srcs: dict[str, tuple], log) -> dict:
    out: dict = {}
    for name, (svc, items, outcome) in srcs.items():
        configure(set())
        base, flagged = [], []
        for i, it in enumerate(items):
            _FIRED[0] = False
            base.append(outcome(svc, it))
            if _FIRED[0]:
                flagged.append(i)
        res = {"n": len(items), "local": len(flagged), "main": tally(base)}
        for route in ROUTES:
            configure(set(ROUTES) if route == "all" else {route})
            now = list(base)
            for i in flagged:
                now[i] = outcome(svc, items[i])
            res[route] = tally(now)
            res[route]["flipped"] = sum(now[i] != base[i] for i in flagged)
        configure(set())
        out[name] = res
        log(f"{name}: {json.dumps(res)}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--trial-store", type=Path, required=True)
    ap.add_argument("--eval-store", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--only", default="", help="comma-separated source names")
    ap.add_argument("--limit", type=int, default=None, help="first N of each source (a smoke test)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    srcs = sources(args.trial_store, args.eval_store, args.data)
    if args.only:
        srcs = {k: v for k, v in srcs.items() if k in args.only.split(",")}
    if args.limit:
        srcs = {k: (s, items[: args.limit], f) for k, (s, items, f) in srcs.items()}
    res = audit(srcs, lambda m: print(m, file=sys.stderr, flush=True))
    if args.json:
        print(json.dumps(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
