"""The evaluation sets (eval/): format, size and mix of the tune and held-out questions, and that
every item is answerable as written against the documents the store holds. Answer quality is
not asserted here: `python bench/eval_sets.py` measures it (README, Benchmarks)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import eval_sets
from knowledge.evaluate import load_qa
from knowledge.service import QAService
from tests.conftest import ROOT, make_service

EVAL = ROOT / "eval"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> QAService:
    svc = make_service(tmp_path_factory.mktemp("eval-sets"), embedding={"provider": "fake"})
    results = svc.ingest_paths([EVAL / "corpus", ROOT / "corpus"])
    assert results and all(r.status == "added" for r in results), results
    return svc


@pytest.fixture(scope="module")
def splits() -> dict[str, list[dict]]:
    return {name: load_qa(EVAL / f"{name}.jsonl") for name in ("tune", "heldout")}


def _count(items: list[dict], *tags: str) -> int:
    return sum(bool(set(tags) & set(i["kind"])) for i in items)


def test_the_corpus_has_the_required_kinds_of_document() -> None:
    files = sorted(p for p in (EVAL / "corpus").iterdir() if p.is_file())
    assert len(files) >= 12
    assert {".txt", ".md", ".html", ".docx"} <= {p.suffix for p in files}


def test_every_item_has_the_seed_format_plus_split_and_kind(splits) -> None:
    for name, items in splits.items():
        for item in items:
            assert set(item) == set(eval_sets.FIELDS), item["id"]
            assert item["split"] == name and item["lang"] in ("zh", "en"), item["id"]
            assert item["kind"] and set(item["kind"]) <= eval_sets.KINDS, item["id"]
            assert isinstance(item["answerable"], bool), item["id"]
            assert ("unanswerable" in item["kind"]) == (not item["answerable"]), item["id"]
            if item["answerable"]:
                assert item["evidence"] and item["facts"], item["id"]
                assert all(alts and all(isinstance(a, str) for a in alts) for alts in item["facts"])
            else:
                assert item["evidence"] == "" and item["facts"] == [], item["id"]


def test_size_and_mix(splits) -> None:
    every = splits["tune"] + splits["heldout"]
    assert len(every) >= 250
    assert 0.35 <= len(splits["heldout"]) / len(every) <= 0.45
    for items in splits.values():
        assert sum(not i["answerable"] for i in items) >= 0.3 * len(items)
    assert sum(i["lang"] == "en" for i in every) >= 30
    assert _count(every, "english") >= 30
    assert _count(every, "paraphrase") >= 30
    assert _count(every, "date_decides") >= 20
    assert _count(every, "list", "why", "definition") >= 15
    assert _count(every, "meta_worded") >= 10 and _count(every, "traditional") >= 5
    article = (ROOT / "corpus/mohan-meeting-2024-05-10.txt").read_text(encoding="utf-8")
    on_article = [i for i in every if i["evidence"] and i["evidence"] in article]
    assert len(on_article) >= 10  # the bundled article is asked about too


def test_ids_are_unique_and_no_question_is_in_both_splits(splits) -> None:
    ids = [i["id"] for items in splits.values() for i in items]
    assert len(ids) == len(set(ids))
    tune = {i["question"].strip() for i in splits["tune"]}
    assert not tune & {i["question"].strip() for i in splits["heldout"]}


def test_every_evidence_is_in_exactly_one_stored_document(service, splits) -> None:
    texts = [service.document_text(d.doc_id) or "" for d in service.list_documents()]
    assert len(texts) >= 13
    for items in splits.values():
        for item in (i for i in items if i["answerable"]):
            holders = sum(item["evidence"] in text for text in texts)
            assert holders == 1, (
                f"{item['id']}: evidence {item['evidence']!r} in {holders} documents"
            )


def test_the_runner_validation_finds_no_data_error(service, splits) -> None:
    assert eval_sets.validate(splits, eval_sets.stored_texts(service)) == []
    broken = [dict(splits["tune"][0], evidence="不在任何文档里的一句话")]
    assert eval_sets.validate({"tune": broken}, eval_sets.stored_texts(service))


def test_the_runner_never_prints_held_out_failures_unless_asked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys, splits
) -> None:
    monkeypatch.setenv("QA_EMBEDDING__PROVIDER", "fake")
    argv = ["--store", str(tmp_path / "store"), "--limit", "4", "--failures", "4", "--json"]
    assert eval_sets.main(argv) == 0
    out = capsys.readouterr().out
    report = json.loads(out.strip().splitlines()[-1])
    assert set(report["splits"]) == {"tune", "heldout"} and set(report["failures"]) <= {"tune"}
    assert report["splits"]["heldout"]["total"] == 4
    assert not any(i["question"] in out for i in splits["heldout"][:4])
    assert eval_sets.main(argv + ["--show-heldout"]) == 0
    assert "heldout" in json.loads(capsys.readouterr().out.strip().splitlines()[-1])["failures"]


def test_no_held_out_question_gains_a_tune_twin() -> None:
    # a held-out question repeated word for word in a tune file on its store is tuned on
    from bench.twins import held_twins, known

    recorded = known()
    new = {
        name: sorted(set(ids) - set(recorded.get(name, []))) for name, ids in held_twins().items()
    }
    new = {name: ids for name, ids in new.items() if ids}
    assert not new, f"held-out questions standing verbatim in a tune file on their store: {new}"


def test_a_twin_is_found_on_its_own_store_only(tmp_path: Path) -> None:
    from bench.twins import held_twins

    probes = tmp_path / "probes"
    probes.mkdir()
    (tmp_path / "tune.jsonl").write_text(json.dumps({"id": "t1", "question": "园区有多少个项目？"}))
    (tmp_path / "heldout.jsonl").write_text(
        json.dumps({"id": "h1", "question": "园区有多少个项目"})
        + "\n"
        + json.dumps({"id": "h2", "question": "园区占地多少亩？"})
    )
    (probes / "own-corpus").mkdir()
    (probes / "own-heldout.jsonl").write_text(
        json.dumps({"id": "o1", "question": "园区有多少个项目？"})
    )
    (probes / "x-tune.jsonl").write_text(json.dumps({"id": "x1", "question": "园区占地多少亩？"}))
    # h1 differs only by its question mark; o1 is asked on its own corpus, not the eval store
    assert held_twins(tmp_path, probes) == {"heldout.jsonl": ["h1", "h2"]}
