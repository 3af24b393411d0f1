"""Where the tune failures of probe sets are lost: retrieval, the refusal gates or the sentence.

python bench/stages.py --stores DIR [--only REGEX] [--json]

Each answerable question of every probe set's TUNE file (on its store, as bench/probes.py) is
asked as `knowledge eval` does; a failure is put in one stage: `retrieval` when no passage holding
its evidence is among the first 5 retrieved (its rank up to 30 is kept), `refused:GATE` when the
passage is there and the bot abstained (`Answer.refusal_rule`: "model", "focus:nouns" …),
`wrong` when it answered from other evidence. Unanswerable questions answered are counted apart.
Held-out files are never read: the stages of a held-out split would be tuning on it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.probes import PROBES, probe_sets, store_of  # noqa: E402
from knowledge.evaluate import judge_policy, load_qa, scope_of  # noqa: E402
from knowledge.text.normalise import normalise  # noqa: E402

DEPTH, TOP = 30, 5


def evidence_rank(passages: list[str], evidence: str) -> int | None:
    """1-based rank of the first passage holding `evidence` (normalised), None when none does."""
    want = normalise(evidence)
    return next((i + 1 for i, text in enumerate(passages) if want in normalise(text)), None)


def stage(
    answerable: bool, passed: bool, abstained: bool, rule: str | None, rank: int | None
) -> str:
    """The stage a question is lost at ('' when it passed)."""
    if passed:
        return ""
    if not answerable:
        return "answered-unanswerable"
    if rank is None or rank > TOP:
        return "retrieval"
    return f"refused:{rule or '?'}" if abstained else "wrong"


def _service(key: str, corpora, stores: Path):
    from bench import eval_policy, eval_sets

    if corpora is None:
        return eval_sets.open_store(stores / key)[0]
    return eval_policy.open_store(stores / key, corpora)[0]


def run(stores: Path, only: str) -> dict:
    services, rows = {}, []
    for name, files in probe_sets(PROBES, only).items():
        if "tune" not in files:
            continue
        key, corpora = store_of(name)
        svc = services.get(key) or services.setdefault(key, _service(key, corpora, stores))
        for item in load_qa(files["tune"]):
            ans = svc.ask(item["question"], scope=scope_of(item))
            row = judge_policy(item, ans)
            rank = None
            if item.get("evidence"):
                hits = svc.evidence(item["question"]).result.hits[:DEPTH]
                rank = evidence_rank([h.chunk.text for h in hits], item["evidence"])
            where = stage(row.answerable, row.passed, ans.abstained, ans.refusal_rule, rank)
            rows.append({"set": name, "id": item.get("id", ""), "stage": where, "rank": rank})
    lost = Counter(r["stage"] for r in rows if r["stage"])
    return {
        "questions": len(rows),
        "passed": sum(not r["stage"] for r in rows),
        "stages": dict(lost.most_common()),
        "rows": rows,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stores", type=Path, required=True)
    ap.add_argument("--only", default="", help="regex on set names")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    out = run(args.stores, args.only)
    print(f"tune questions {out['questions']}, passed {out['passed']}")
    for where, n in out["stages"].items():
        print(f"  {where:32} {n}")
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
