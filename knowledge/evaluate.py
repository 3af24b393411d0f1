"""Run a QA file (seed_qa.jsonl format) through the service and score facts, evidence and refusals.

Policy items may also carry `doc` (the source file, or a list of them, that holds the answer),
`section` (the article, 附件 or chapter the citation must name: 「第十条」「附件2」「第三章」),
`superseded` (true: the answer must come from a superseded document and say so; otherwise a
superseded document must not be cited) and `scope` ({issuer, since, until, type, doc_ids})."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from knowledge.schema import Answer, Citation, Scope
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
    doc_ok: bool | None = None  # a citation from the document that holds the answer
    section_ok: bool | None = None  # ... naming the article (附件, chapter) that holds it
    superseded_ok: bool | None = None  # no superseded document answered (or it said so)
    superseded_cited: bool = False


OLD_NOTICE = "注意：以下内容出自"


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


def judge_policy(item: dict, ans: Answer) -> EvalRow:
    """`judge`, plus the document, the article and the version the answer came from."""
    row = judge(item, ans)
    docs = item.get("doc")
    docs = [docs] if isinstance(docs, str) else list(docs or [])
    cites = [] if ans.abstained else ans.citations
    row.superseded_cited = any(c.status == "superseded" for c in cites)
    if not row.answerable:
        return row
    mine = [c for c in cites if c.source in docs] if docs else cites
    row.doc_ok = bool(mine) if docs else None
    if section := item.get("section"):
        row.section_ok = any(_names(c, section) for c in mine)
    if item.get("superseded"):
        row.superseded_ok = row.superseded_cited and OLD_NOTICE in ans.answer
    else:
        row.superseded_ok = not row.superseded_cited
    row.passed = row.passed and all(
        ok is not False for ok in (row.doc_ok, row.section_ok, row.superseded_ok)
    )
    return row


def _names(c: Citation, section: str) -> bool:
    return section in (c.section or "") or section in c.label()


def scope_of(item: dict) -> Scope | None:
    s = item.get("scope")
    if not s:
        return None
    ids = tuple(s["doc_ids"]) if s.get("doc_ids") else None
    return Scope(s.get("issuer"), s.get("since"), s.get("until"), s.get("type"), ids)


def evaluate(service, items: list[dict]) -> dict:
    rows = [
        judge_policy(item, service.ask(item["question"], scope=scope_of(item))) for item in items
    ]
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
        "section_right": sum(bool(r.section_ok) for r in rows),
        "section_asked": sum(r.section_ok is not None for r in rows),
        "doc_right": sum(bool(r.doc_ok) for r in rows),
        "doc_asked": sum(r.doc_ok is not None for r in rows),
        "superseded_wrong": sum(r.superseded_ok is False for r in rows),
        "rows": [asdict(r) for r in rows],
    }
