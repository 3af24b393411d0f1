"""Run a QA file (seed_qa.jsonl format) through the service and score facts, evidence and refusals."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from knowledge.schema import Answer
from knowledge.text.normalise import normalise


@dataclass
class EvalRow:
    id: str
    question: str
    answerable: bool
    abstained: bool
    facts_ok: bool
    evidence_ok: bool
    refusal_ok: bool
    passed: bool
    answer: str
    missing_facts: list[list[str]]


def load_qa(path: Path) -> list[dict]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def judge(item: dict, ans: Answer) -> EvalRow:
    text = normalise(ans.answer)
    missing = [
        alts for alts in item.get("facts", []) if not any(normalise(a) in text for a in alts)
    ]
    evidence = item.get("evidence", "")
    cited = any(evidence in c.text for c in ans.citations) if evidence else True
    answerable = bool(item.get("answerable", True))
    refusal_ok = ans.abstained != answerable
    facts_ok = not missing if answerable else True
    evidence_ok = cited if answerable else True
    return EvalRow(
        id=item.get("id", ""),
        question=item["question"],
        answerable=answerable,
        abstained=ans.abstained,
        facts_ok=facts_ok and not ans.abstained,
        evidence_ok=evidence_ok and not ans.abstained,
        refusal_ok=refusal_ok,
        passed=refusal_ok and (not answerable or (facts_ok and evidence_ok)),
        answer=ans.answer,
        missing_facts=missing,
    )


def evaluate(service, items: list[dict]) -> dict:
    rows = [judge(item, service.ask(item["question"])) for item in items]
    answerable = [r for r in rows if r.answerable]
    return {
        "total": len(rows),
        "passed": sum(r.passed for r in rows),
        "facts_present": sum(r.facts_ok for r in answerable),
        "evidence_cited": sum(r.evidence_ok for r in answerable),
        "answerable": len(answerable),
        "refusals_right": sum(r.refusal_ok for r in rows if not r.answerable),
        "unanswerable": len(rows) - len(answerable),
        "false_refusals": sum(r.abstained for r in answerable),
        "rows": [asdict(r) for r in rows],
    }
