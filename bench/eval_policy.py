"""The policy evaluation set: questions on eval/policy/corpus (a 办法, its revision that repeals
it, the 暂行办法 it repealed, implementing notices, 解读, a 试行 办法 and its formal version),
in a tune and a held-out split.

python bench/eval_policy.py --store DIR [--split tune|heldout|both] [--failures N]
                            [--show-heldout] [--json] [--corpus DIR --qa FILE ...]

Builds the store in DIR from eval/policy/corpus/ and corpus/ (reused when present), checks the
question files (ids, splits, kinds, every evidence string and fact in the document named by
`doc`, `superseded` agreeing with that document's status in the store) and stops on a data
error, then asks every question (with its `scope`) and scores it with `knowledge.evaluate`:
passed, the cited article (`section`) and document (`doc`), and whether a superseded document
answered where a current one holds the answer. Held-out failures are printed only with
--show-heldout.

--corpus DIR --qa FILE [--qa FILE]: another policy set on its own store (a probe set, e.g.
eval/probes/policy7-corpus with policy7-tune.jsonl and policy7-heldout.jsonl); each file's split
is the last part of its name (「…-tune.jsonl」 -> tune).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.eval_sets import _share, split_problems  # noqa: E402
from knowledge.evaluate import evaluate, load_qa  # noqa: E402
from knowledge.service import QAService, build_service  # noqa: E402
from knowledge.settings import Settings  # noqa: E402
from knowledge.text.normalise import normalise  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
POLICY = ROOT / "eval" / "policy"
CORPORA = [POLICY / "corpus", ROOT / "corpus"]
SPLITS = {"tune": POLICY / "tune.jsonl", "heldout": POLICY / "heldout.jsonl"}
FIELDS = ("id", "lang", "question", "answerable", "facts", "evidence", "split", "kind")
OPTIONAL = frozenset({"doc", "section", "scope", "superseded"})
STRUCTURE = ["article", "attachment", "effective", "validity", "doc_number", "issuer", "chapter"]
KINDS = frozenset(
    STRUCTURE
    + "current_version repealed_only scoped unanswerable fact number date list paraphrase".split()
)


def open_store(path: Path, corpora: list[Path] = CORPORA) -> tuple[QAService, Counter]:
    svc = build_service(Settings().with_store(path))
    results = svc.ingest_paths(corpora)
    svc.sentence_pass.wait()  # the answers read them: every chunk with its sentence vectors
    svc.sentence_pass.run()
    for r in results:
        if r.status == "error":
            print(f"ingest error: {r.source}: {r.message}", file=sys.stderr)
    return svc, Counter(r.status for r in results)


def validate(splits: dict[str, list[dict]], svc: QAService) -> list[str]:
    """Data errors that would make an item unfair or leak the split boundary."""
    rows = svc.document_rows()  # a notice issuing several is followed by a row for each
    docs = {d.source: d for d in rows if not d.part_of}
    docs |= {(d.source, d.title): d for d in rows if d.part_of}
    texts = {name: normalise(svc.document_text(d.doc_id) or "") for name, d in docs.items()
             if isinstance(name, str)}  # fmt: skip
    return split_problems(splits, KINDS, lambda item: _check(item, docs, texts), OPTIONAL)


def _check(item: dict, docs: dict, texts: dict[str, str]) -> list[str]:
    iid = item["id"]
    if not item.get("answerable"):
        ok = not (item.get("facts") or item.get("evidence") or item.get("doc"))
        return [] if ok else [f"{iid}: unanswerable with facts, evidence or doc"]
    names = item.get("doc")
    names = [names] if isinstance(names, str) else list(names or [])
    if not names or any(n not in docs for n in names):
        return [f"{iid}: doc {names} not in the store"]
    out = []
    evidence, facts = normalise(item.get("evidence", "")), item.get("facts", [])
    if not evidence or not facts:
        out.append(f"{iid}: answerable without evidence or facts")
    for name in names:
        if evidence not in texts[name]:
            out.append(f"{iid}: evidence not in {name}")
        missing = [alts for alts in facts if not any(normalise(a) in texts[name] for a in alts)]
        if missing:
            out.append(f"{iid}: facts {missing} not in {name}")
        if bool(item.get("superseded")) != (_record(item, name, docs).status == "superseded"):
            out.append(f"{iid}: `superseded` disagrees with {name}'s status")
    return out


def _record(item: dict, name: str, docs: dict):
    """The record whose status an item's `superseded` states: of a notice issuing several, the
    row of the one its `section` names (「《…细则》第五条」), else the document's own."""
    titled = re.match(r"《([^《》]+)》", item.get("section") or "")
    return docs.get((name, titled[1]) if titled else None) or docs[name]


def summarise(items: list[dict], report: dict) -> dict:
    rows = report["rows"]
    by_kind: dict[str, Counter] = {}
    for item, row in zip(items, rows, strict=True):
        for tag in item["kind"]:
            c = by_kind.setdefault(tag, Counter())
            c["n"] += 1
            c["passed"] += row["passed"]
    current = [(i, r) for i, r in zip(items, rows) if i["answerable"] and not i.get("superseded")]
    old = [(i, r) for i, r in zip(items, rows) if i.get("superseded")]
    structure = [r for i, r in zip(items, rows) if set(STRUCTURE) & set(i["kind"])]
    return {
        "total": report["total"],
        "passed": report["passed"],
        "answerable": report["answerable"],
        "answered_right": sum(r["passed"] for r in rows if r["answerable"]),
        "unanswerable": report["unanswerable"],
        "refused": report["refusals_right"],
        "section_asked": report["section_asked"],
        "section_right": report["section_right"],
        "doc_asked": report["doc_asked"],
        "doc_right": report["doc_right"],
        "structure": len(structure),
        "structure_right": sum(r["passed"] for r in structure),
        "current_expected": len(current),
        "superseded_answered_instead": sum(r["superseded_cited"] for _, r in current),
        "superseded_expected": len(old),
        "superseded_said_so": sum(bool(r["superseded_ok"]) for _, r in old),
        "by_kind": {k: dict(v) for k, v in sorted(by_kind.items())},
    }


def render(split: str, s: dict, seconds: float) -> str:
    lines = [
        f"== {split}: {_share(s['passed'], s['total'])} passed ({seconds:.0f} s)",
        f"   answerable answered right   {_share(s['answered_right'], s['answerable'])}",
        f"   unanswerable refused        {_share(s['refused'], s['unanswerable'])}",
        f"   cited article right         {_share(s['section_right'], s['section_asked'])}",
        f"   cited document right        {_share(s['doc_right'], s['doc_asked'])}",
        f"   structure questions right   {_share(s['structure_right'], s['structure'])}",
        f"   superseded answered instead {s['superseded_answered_instead']}"
        f" of {s['current_expected']} current-answer questions",
        f"   old version said so         {_share(s['superseded_said_so'], s['superseded_expected'])}",
    ]
    for tag, c in s["by_kind"].items():
        lines.append(f"   {tag:<20} {_share(c['passed'], c['n']):>14}")
    return "\n".join(lines)


def failures(items: list[dict], report: dict) -> list[dict]:
    keys = ("facts_ok", "evidence_ok", "refusal_ok", "doc_ok", "section_ok", "superseded_ok")
    return [
        {"id": r["id"], "question": r["question"], "scope": i.get("scope"),
         "failed": [k for k in keys if r[k] is False], "answer": r["answer"][:300]}
        for i, r in zip(items, report["rows"]) if not r["passed"]
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--store", type=Path, required=True, help="store folder (built or reused)")
    ap.add_argument("--split", choices=["tune", "heldout", "both"], default="both")
    ap.add_argument("--failures", action="store_true", help="print the failing tune questions")
    ap.add_argument("--show-heldout", action="store_true", help="also print held-out failures")
    ap.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    ap.add_argument("--corpus", type=Path, help="another set's documents (with --qa)")
    ap.add_argument("--qa", type=Path, action="append", help="another set's questions (repeat)")
    args = ap.parse_args(argv)

    splits = SPLITS
    if args.qa:
        splits = {p.stem.rsplit("-", 1)[-1]: p for p in args.qa}
    svc, ingested = open_store(args.store, [args.corpus] if args.corpus else CORPORA)
    if ingested["error"]:
        return 1
    problems = validate({n: load_qa(p) for n, p in splits.items()}, svc)
    if problems:
        print(f"{len(problems)} data errors in the question files:", file=sys.stderr)
        print("\n".join(f"  {p}" for p in problems), file=sys.stderr)
        return 1
    print(f"store {args.store}: {len(svc.list_documents())} documents ({dict(ingested)})")
    out: dict = {"store": str(args.store), "splits": {}, "failures": {}}
    names = ["tune", "heldout"] if args.split == "both" else [args.split]
    for name in [n for n in names if n in splits]:
        items = load_qa(splits[name])
        start = time.perf_counter()
        report = evaluate(svc, items)
        seconds = time.perf_counter() - start
        out["splits"][name] = summary = summarise(items, report)
        print(render(name, summary, seconds))
        if args.failures and (name == "tune" or args.show_heldout):
            out["failures"][name] = rows = failures(items, report)
            for f in rows:
                print(f"  FAIL {f['id']} {f['question']} {f['scope'] or ''} {f['failed']}")
                print(f"       {f['answer']!r}")
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
