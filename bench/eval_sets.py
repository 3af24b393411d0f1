"""The evaluation sets: questions on eval/corpus and the bundled corpus, in a tune and a held-out split.

python bench/eval_sets.py --store DIR [--split tune|heldout|both] [--failures N] [--show-heldout]
                          [--limit N] [--json]

Builds the store in DIR from eval/corpus/ and corpus/ through the service (reused when it already
holds them: adding the same content is a no-op), checks the question files (unique ids, no
question in both splits, every evidence string in exactly one stored document, every fact in that
document) and stops on a data error, then asks every question through `service.ask` and scores it
with `knowledge.evaluate`. Tune and held-out are always reported separately: passed/total,
answerable answered right, unanswerable refused, and the same per `kind` tag; and for answerable
questions how often the passage holding the evidence is among the first 5 retrieved (`top5`:
recall, issue 11.7), beside the answers.

`--failures N` prints the first N failing TUNE questions. Held-out failures are never printed (nor
put in the JSON) unless `--show-heldout` is given: whoever tunes the bot must not read them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.twins import held_twins  # noqa: E402
from knowledge.evaluate import evaluate, load_qa  # noqa: E402
from knowledge.service import QAService, build_service, files_in  # noqa: E402
from knowledge.settings import Settings  # noqa: E402
from knowledge.text.normalise import normalise  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
CORPORA = [EVAL / "corpus", ROOT / "corpus"]
SPLITS = {"tune": EVAL / "tune.jsonl", "heldout": EVAL / "heldout.jsonl"}
FIELDS = ("id", "lang", "question", "answerable", "facts", "evidence", "split", "kind")
KINDS = frozenset(
    "fact number date person place org list why definition yesno paraphrase english "
    "date_decides unanswerable meta_worded traditional structure".split()
)
LWD = "list/why/definition"
# the tags reported on their own line, in this order (every tag is in the JSON)
SHOWN = ["english", "paraphrase", "date_decides", "meta_worded", "traditional", "structure", LWD]


def load_splits(names: list[str]) -> dict[str, list[dict]]:
    return {name: load_qa(SPLITS[name]) for name in names}


def open_store(path: Path) -> tuple[QAService, Counter]:
    """The service on `path` with eval/corpus and corpus/ ingested (present ones are skipped)."""
    svc = build_service(Settings().with_store(path))
    results = svc.ingest_paths(CORPORA)
    svc.sentence_pass.wait()  # then the vectors an older store lacks: answers do not wait on them
    svc.sentence_pass.run()
    counts = Counter(r.status for r in results)
    for r in results:
        if r.status == "error":
            print(f"ingest error: {r.source}: {r.message}", file=sys.stderr)
    return svc, counts


def stored_texts(svc: QAService) -> dict[str, str]:
    """Source file name -> the cleaned text the store holds (what evidence must match)."""
    return {d.source: svc.document_text(d.doc_id) or "" for d in svc.list_documents()}


def tags(item: dict) -> list[str]:
    kinds = list(item.get("kind", []))
    return kinds + [LWD] if {"list", "why", "definition"} & set(kinds) else kinds


def validate(splits: dict[str, list[dict]], texts: dict[str, str]) -> list[str]:
    """Data errors: what would make an item unfair or the split boundary leak. Empty when sound."""
    return split_problems(splits, KINDS, lambda item: _check_answer(item, texts))


def split_problems(
    splits: dict[str, list[dict]],
    kinds: frozenset[str],
    check: Callable[[dict], list[str]],
    optional: frozenset[str] = frozenset(),
) -> list[str]:
    """The checks every question file gets (fields, split, language, kind tags, no id used twice,
    no question in both splits) plus `check(item)` for what the item's answer must satisfy."""
    problems: list[str] = []
    ids: Counter = Counter()
    asked: dict[str, str] = {}
    for split, items in splits.items():
        for item in items:
            iid = item.get("id", "?")
            ids[iid] += 1
            problems += [f"{iid}: no field {f!r}" for f in FIELDS if f not in item]
            if optional:
                extra = set(item) - set(FIELDS) - optional
                problems += [f"{iid}: unknown field {f!r}" for f in sorted(extra)]
            if item.get("split") != split:
                problems.append(f"{iid}: split {item.get('split')!r} in the {split} file")
            if item.get("lang") not in ("zh", "en"):
                problems.append(f"{iid}: lang {item.get('lang')!r}")
            unknown = set(item.get("kind", [])) - kinds
            if unknown or not item.get("kind"):
                problems.append(f"{iid}: kind tags {sorted(unknown) or 'missing'}")
            question = normalise(item.get("question", "")).strip()
            if asked.setdefault(question, split) != split:
                problems.append(f"{iid}: the same question is in both splits")
            problems += check(item)
    return problems + [f"{iid}: id used {n} times" for iid, n in ids.items() if n > 1]


def _check_answer(item: dict, texts: dict[str, str]) -> list[str]:
    iid, evidence, facts = item.get("id", "?"), item.get("evidence", ""), item.get("facts", [])
    answerable = bool(item.get("answerable"))
    if not answerable:
        bad = "unanswerable with facts or evidence" if evidence or facts else ""
        return [f"{iid}: {bad}"] if bad else []
    if not evidence or not facts or any(not alts for alts in facts):
        return [f"{iid}: answerable without evidence or facts"]
    holders = [name for name, text in texts.items() if evidence in text]
    if len(holders) != 1:
        return [f"{iid}: evidence {evidence!r} is in {len(holders)} documents {holders[:3]}"]
    text = normalise(texts[holders[0]])
    missing = [alts for alts in facts if not any(normalise(a) in text for a in alts)]
    return [f"{iid}: facts {missing} not in {holders[0]}"] if missing else []


def _share(n: int, d: int) -> str:
    return f"{n}/{d} ({n / d:.0%})" if d else "0/0"


RECALL_DEPTH = 5


def in_top(svc: QAService, item: dict, depth: int = RECALL_DEPTH) -> bool:
    """Whether a passage holding the item's evidence string is among the first `depth` retrieved."""
    hits = svc.evidence(item["question"]).result.hits[:depth]
    want = normalise(item["evidence"])
    return any(want in normalise(h.chunk.text) for h in hits)


def summarise(items: list[dict], report: dict, top: list[bool] | None = None) -> dict:
    """Totals and per-tag figures of one split (no question text). `top[i]`: item i's evidence
    passage was retrieved in the first 5 (answerable items; ignored for the others)."""
    rows = report["rows"]
    top = top or [False] * len(rows)
    by_kind: dict[str, Counter] = {}
    for item, row, hit in zip(items, rows, top, strict=True):
        for tag in tags(item):
            c = by_kind.setdefault(tag, Counter())
            c["n"] += 1
            c["passed"] += row["passed"]
            if row["answerable"]:
                c["answerable"] += 1
                c["answered_right"] += row["passed"]
                c["top5"] += hit
            else:
                c["unanswerable"] += 1
                c["refused"] += row["refusal_ok"]
    answerable = [r for r in rows if r["answerable"]]
    return {
        "total": report["total"],
        "passed": report["passed"],
        "answerable": report["answerable"],
        "answered_right": sum(r["passed"] for r in answerable),
        "top5": sum(h for h, r in zip(top, rows, strict=True) if r["answerable"]),
        "facts_present": report["facts_present"],
        "evidence_cited": report["evidence_cited"],
        "false_refusals": report["false_refusals"],
        "unanswerable": report["unanswerable"],
        "refused": report["refusals_right"],
        "by_kind": {k: dict(v) for k, v in sorted(by_kind.items())},
    }


def render(split: str, s: dict, seconds: float) -> str:
    lines = [
        f"== {split}: {_share(s['passed'], s['total'])} passed ({seconds:.0f} s)",
        f"   answerable answered right  {_share(s['answered_right'], s['answerable'])}"
        f"  (facts present {s['facts_present']}, evidence cited {s['evidence_cited']},"
        f" refused {s['false_refusals']})",
        f"   unanswerable refused       {_share(s['refused'], s['unanswerable'])}",
        f"   evidence passage in top 5  {_share(s['top5'], s['answerable'])}",
        f"   {'kind':<20} {'passed':>14}  {'answered right':>14}  {'refused':>14}  {'top 5':>14}",
    ]
    shown = SHOWN + ["unanswerable"] + sorted(set(s["by_kind"]) - set(SHOWN) - {"unanswerable"})
    for tag in shown:
        c = s["by_kind"].get(tag)
        if c:
            right = _share(c.get("answered_right", 0), c.get("answerable", 0))
            refused = _share(c.get("refused", 0), c.get("unanswerable", 0))
            top5 = _share(c.get("top5", 0), c.get("answerable", 0))
            lines.append(
                f"   {tag:<20} {_share(c['passed'], c['n']):>14}  {right:>14}  {refused:>14}"
                f"  {top5:>14}"
            )
    return "\n".join(lines)


def without_twins(report: dict, twins: set[str]) -> dict:
    """A held-out split's figures without its questions that have a tune twin (bench/twins.py)."""
    rows = [r for r in report["rows"] if r["id"] not in twins]
    answerable = [r for r in rows if r["answerable"]]
    refusable = [r for r in rows if not r["answerable"]]
    return {
        "twins": len(report["rows"]) - len(rows),
        "answerable": len(answerable),
        "answered_right": sum(r["passed"] for r in answerable),
        "unanswerable": len(refusable),
        "refused": sum(r["refusal_ok"] for r in refusable),
    }


def failures(items: list[dict], report: dict, n: int) -> list[dict]:
    out = []
    for item, row in zip(items, report["rows"], strict=True):
        if not row["passed"] and len(out) < n:
            why = "not refused" if not row["answerable"] else "refused" if row["abstained"] else ""
            why = why or ("missing facts" if not row["facts_ok"] else "evidence not cited")
            out.append(
                {
                    "id": row["id"],
                    "kind": item.get("kind", []),
                    "question": row["question"],
                    "why": why,
                    "missing_facts": row["missing_facts"],
                    "expected_evidence": item.get("evidence", ""),
                    "answer": row["answer"][:200],
                }
            )
    return out


def print_failures(split: str, rows: list[dict]) -> None:
    print(f"-- failing {split} questions (first {len(rows)}):")
    for f in rows:
        print(f"  {f['id']} [{' '.join(f['kind'])}] {f['question']}")
        print(
            f"      {f['why']}; missing {f['missing_facts']}; evidence {f['expected_evidence']!r}"
        )
        print(f"      answer: {f['answer']!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--store", type=Path, required=True, help="store folder (built or reused)")
    ap.add_argument("--split", choices=["tune", "heldout", "both"], default="both")
    ap.add_argument("--failures", type=int, default=0, help="print N failing tune questions")
    ap.add_argument("--show-heldout", action="store_true", help="also print held-out failures")
    ap.add_argument(
        "--limit", type=int, default=0, help="first N questions per split (a quick look)"
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    args = ap.parse_args(argv)

    names = ["tune", "heldout"] if args.split == "both" else [args.split]
    svc, ingested = open_store(args.store)
    if ingested["error"]:
        return 1
    texts = stored_texts(svc)
    problems = validate(load_splits(["tune", "heldout"]), texts)
    if problems:
        print(f"{len(problems)} data errors in the question files:", file=sys.stderr)
        print("\n".join(f"  {p}" for p in problems), file=sys.stderr)
        return 1
    others = sorted(set(texts) - {p.name for p in files_in(CORPORA)})
    if others:  # they take part in retrieval and may change the figures
        print(f"warning: the store also holds {len(others)} other documents", file=sys.stderr)
    print(f"store {args.store}: {len(texts)} documents ({dict(ingested)})")

    out: dict = {"store": str(args.store), "documents": len(texts), "ingest": dict(ingested)}
    out["splits"], out["failures"] = {}, {}
    twins = set(held_twins().get("heldout.jsonl", []))
    for name, items in load_splits(names).items():
        items = items[: args.limit] if args.limit else items
        start = time.perf_counter()
        report = evaluate(svc, items)
        seconds = time.perf_counter() - start
        top = [bool(i.get("answerable")) and in_top(svc, i) for i in items]
        summary = out["splits"][name] = summarise(items, report, top)
        summary["seconds"] = round(seconds, 1)
        print(render(name, summary, seconds))
        if name == "heldout":  # the same figures without the questions tuned on under a twin
            clean = summary["without_twins"] = without_twins(report, twins)
            print(
                f"   without its {clean['twins']} questions with a tune twin (bench/twins.py):"
                f" answered right {_share(clean['answered_right'], clean['answerable'])},"
                f" refused {_share(clean['refused'], clean['unanswerable'])}"
            )
        if args.failures and (name == "tune" or args.show_heldout):
            rows = out["failures"][name] = failures(items, report, args.failures)
            print_failures(name, rows)
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
