"""bench/stages.py: a tune failure put in the stage it is lost at."""

from __future__ import annotations

from bench.stages import evidence_rank, stage


def test_evidence_rank_reads_normalised_passages() -> None:
    passages = ["别的段落。", "THIS 是自2022年大竞赛开展以来", "第三段"]
    assert evidence_rank(passages, "this 是自2022年") == 2
    assert evidence_rank(passages, "不在任何段落") is None


def test_stage_puts_a_failure_where_it_is_lost() -> None:
    assert stage(True, True, False, None, 1) == ""
    assert stage(True, False, True, "model", 2) == "refused:model"
    assert stage(True, False, False, None, 3) == "wrong"
    assert stage(True, False, True, "model", 7) == "retrieval"
    assert stage(True, False, True, None, None) == "retrieval"
    assert stage(False, False, False, None, None) == "answered-unanswerable"
