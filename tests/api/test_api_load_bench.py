"""Smoke test of the hand-run API load benchmark (bench/api_load.py): a small run with fake
embeddings ends with every answer identical to the sequential one and prints its JSON last.
The real figures come from running it by hand (bench/RESULTS.md)."""

from __future__ import annotations

import json

from bench import api_load


def test_the_load_benchmark_runs_end_to_end(monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setenv("QA_EMBEDDING__PROVIDER", "fake")
    args = ["--store", str(tmp_path / "store"), "--clients", "3", "--questions", "2", "--json"]
    assert api_load.main(args) == 0
    r = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert r["requests"] == r["answered"] == r["identical"] == 6
    assert r["startup_s"] > 0 and r["ready_s"] is not None and r["p95_ms"] >= r["p50_ms"]
