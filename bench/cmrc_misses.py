"""Classify CMRC trial's wrong-sentence misses of the TUNE part (session 14, cmrc18).

python bench/cmrc_misses.py DUMP.jsonl [--store DIR] [--data DIR]

DUMP is `bench/cmrc.py --split trial --part tune --dump DUMP.jsonl` run at the answer size to
study (QA_ANSWER__MAX_SENTENCES=2). Rows of held-out articles (`cmrc_data.part_of`) are dropped
before anything is read. A miss is "wrong sentence" when the answer was given, lacks the gold and
the passages it was built from hold it; each is put in one class by where the first candidate
sentence holding the gold stands: no single candidate holds it (the gold runs over sentences),
best by score but not quoted, in another document, its score rank (3, >3) and whether it is the
best's neighbour; and by the kind of answer asked (`closeness.type_held`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.candidate_spy import catch  # noqa: E402
from bench.cmrc import has_gold  # noqa: E402
from bench.cmrc_data import DEFAULT_DATA, load_split, part_of  # noqa: E402
from knowledge.answering.checking import closeness  # noqa: E402
from knowledge.service import build_service  # noqa: E402
from knowledge.settings import Settings  # noqa: E402


def place(question: str, answers: list[str], cands: list, chosen: list) -> str:
    """Where the first candidate holding the gold stands against the best one."""
    ranked = sorted(cands, key=lambda c: -c.score)
    gold = [c for c in ranked if has_gold(c.text, answers)]
    if not gold:
        return "gold runs over sentences (no single candidate holds it)"
    g, top = gold[0], ranked[0]
    rank = ranked.index(g) + 1
    if rank == 1:
        return "gold is the best sentence, not quoted"
    if g.hit.chunk.doc_id != top.hit.chunk.doc_id:
        return "gold in another document"
    same = sorted(
        (c for c in cands if c.hit.chunk.doc_id == top.hit.chunk.doc_id), key=lambda c: c.key[1]
    )
    adjacent = abs(same.index(g) - same.index(top)) == 1
    where = "neighbour of the best" if adjacent else "same document, not adjacent"
    return f"score rank {rank if rank <= 3 else '>3'}, {where}"


def kind_class(question: str, cands: list, answers: list[str]) -> str:
    kinds = closeness.asked(question)
    if not kinds:
        return "no kind asked"
    top = max(cands, key=lambda c: c.score)
    gold = [c for c in cands if has_gold(c.text, answers)]
    best_has = closeness.type_held(question, top, kinds)[1]
    gold_has = bool(gold) and closeness.type_held(question, gold[0], kinds)[1]
    return f"kind asked: best {'has' if best_has else 'lacks'} it, gold {'has' if gold_has else 'lacks'} it"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("dump", type=Path)
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args(argv)
    _, items = load_split(args.data, "trial")
    tune = {it.qid for it in items if part_of(it.title) == "tune"}
    rows = [json.loads(line) for line in args.dump.open(encoding="utf-8")]
    rows = [r for r in rows if r["qid"] in tune]
    misses = [
        r for r in rows if not r["answer_gold"] and not r["abstained"] and r["gold_retrieved"]
    ]
    svc = build_service(Settings().with_store(args.store))
    where, kinds = Counter(), Counter()
    for r in misses:
        caught = catch(svc, r["question"])
        if not caught.cands:
            continue
        where[place(r["question"], r["gold"], caught.cands, caught.evidence.chosen)] += 1
        kinds[kind_class(r["question"], caught.cands, r["gold"])] += 1
    print(f"tune rows {len(rows)}, wrong-sentence misses {len(misses)}")
    for table in (where, kinds):
        for k, v in table.most_common():
            print(f"{v:4d}  {k}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
