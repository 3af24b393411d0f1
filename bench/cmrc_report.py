"""CMRC bench figures from per-question rows: summary metrics, loss causes and the printed report."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

GOALS = {
    "hit_at_5": 0.99,
    "answer_has_gold": 0.85,
    "citation_has_gold": 0.98,
    "refused_out_of_corpus": 0.90,
    "answered_in_corpus": 0.95,
}
MAX_SENTENCES = 3
RANK_DEPTH = 30  # ranks (and MRR) are read from this many retrieved chunks


@dataclass
class Row:
    """One question's outcome for one system."""

    qid: str
    question: str
    gold: list[str]
    rank: int | None  # 1-based rank of the first retrieved chunk holding the gold span
    answer: str
    abstained: bool
    answer_gold: bool
    cite_gold: bool
    sentences: int
    confidence: float = 0.0
    gold_retrieved: bool = False  # any of the chunks the answer was built from holds the gold
    extra: dict[str, Any] = field(default_factory=dict)


def summarise(rows: list[Row], ooc_refused: list[bool]) -> dict[str, Any]:
    n = max(len(rows), 1)
    with_gold = [r for r in rows if r.answer_gold]
    answered = [r for r in rows if not r.abstained]
    lengths = [len(r.answer) for r in answered]
    return {
        "questions": len(rows),
        "hit_at_1": share(r.rank == 1 for r in rows),
        "hit_at_5": share(r.rank is not None and r.rank <= 5 for r in rows),
        "mrr": round(sum(1.0 / r.rank for r in rows if r.rank) / n, 4),
        "answer_has_gold": share(r.answer_gold for r in rows),
        "citation_has_gold": share(r.cite_gold for r in with_gold),
        "answered_in_corpus": share(not r.abstained for r in rows),
        "refused_out_of_corpus": share(ooc_refused),
        "ooc_questions": len(ooc_refused),
        "mean_answer_chars": round(float(np.mean(lengths)), 1) if lengths else 0.0,
        "answers_over_3_sentences": sum(r.sentences > MAX_SENTENCES for r in answered),
    }


def share(flags: Any) -> float:
    flags = list(flags)
    return round(sum(map(bool, flags)) / len(flags), 4) if flags else 0.0


def losses(rows: list[Row]) -> dict[str, int]:
    """Where the answer_has_gold misses come from."""
    out = {"retrieval_miss_top5": 0, "false_refusal": 0, "wrong_sentence": 0}
    for r in rows:
        if r.answer_gold:
            continue
        if r.abstained:
            out["false_refusal"] += 1
        elif not r.gold_retrieved:
            out["retrieval_miss_top5"] += 1
        else:
            out["wrong_sentence"] += 1
    return out


def informative_failures(rows: list[Row], n: int = 15) -> list[Row]:
    """Answer-selection misses first (gold was in the chunks the answer was built from: most of
    them are fixable in answer.py), most confident first; then false refusals with the gold
    ranked first; then retrieval misses."""
    selection = sorted(
        (r for r in rows if not r.answer_gold and not r.abstained and r.gold_retrieved),
        key=lambda r: -r.confidence,
    )
    refusals = [r for r in rows if r.abstained and r.rank == 1]
    retrieval = [r for r in rows if not r.answer_gold and not r.gold_retrieved and not r.abstained]
    quota = [(selection, n - 2 * (n // 5)), (refusals, n // 5), (retrieval, n // 5)]
    picked: list[Row] = []
    for group, k in quota:
        picked.extend(group[:k])
    leftovers = [r for g, k in quota for r in g[k:]]
    picked.extend(leftovers[: n - len(picked)])
    return picked[:n]


def ratios(ours: dict[str, Any], base: dict[str, Any]) -> dict[str, float | None]:
    keys = ("hit_at_1", "hit_at_5", "mrr", "answer_has_gold", "citation_has_gold")
    keys += ("answered_in_corpus", "refused_out_of_corpus", "mean_answer_chars")
    return {k: (round(ours[k] / base[k], 3) if base.get(k) else None) for k in keys}


def render(report: dict[str, Any], res: dict[str, Any]) -> str:
    base = report.get("baseline", {})
    ratio = report.get("ratios", {})
    lines = [
        f"CMRC 2018 {report['split']}: {report['questions']} questions, "
        f"{report['ooc_questions']} out-of-corpus ({report['elapsed_s']}s)",
        "",
    ]
    lines.append(f"{'metric':<24}{'ours':>10}{'baseline':>10}{'ratio':>8}{'goal':>8}")
    for k in (
        "hit_at_1",
        "hit_at_5",
        "mrr",
        "answer_has_gold",
        "citation_has_gold",
        "answered_in_corpus",
        "refused_out_of_corpus",
        "mean_answer_chars",
    ):
        goal = GOALS.get(k)
        mark = "" if goal is None else (f"{goal:>7}" + (" ok" if report[k] >= goal else " MISS"))
        b = base.get(k, "")
        r = ratio.get(k)
        lines.append(f"{k:<24}{report[k]:>10}{b!s:>10}{'' if r is None else r:>8} {mark}")
    lines.append(f"answers over {MAX_SENTENCES} sentences: {report['answers_over_3_sentences']}")
    lines.append(
        f"questions whose gold span lies inside some chunk (hit@k ceiling): "
        f"{report.get('gold_span_in_a_chunk')}"
    )
    lines.append(f"answer misses by cause: {report['losses']}")
    lines += ["", f"{len(report['failures'])} informative failures:"]
    for i, f in enumerate(report["failures"], 1):
        kind = "REFUSED" if f["refused"] else f"rank={f['rank']}"
        lines.append(f"{i:>2}. Q: {f['question']}\n    gold: {' | '.join(f['gold'])}   [{kind}]")
        lines.append(f"    ours: {f['answer'][:200]}")
    if res.get("ooc_answered"):
        lines += ["", "out-of-corpus questions answered anyway (first 5):"]
        for q, a in res["ooc_answered"][:5]:
            lines.append(f"  Q: {q}\n     A: {a[:120]}")
    return "\n".join(lines)
