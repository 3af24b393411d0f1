"""Smoke tests of the hand-run benchmarks on a tiny made-up CMRC-style data set with fake embeddings.

They only check that bench/cmrc.py and bench/perf.py run end to end and print their JSON last;
the real figures come from running them by hand (bench/RESULTS.md).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from bench import cmrc, perf

ARTICLES = {
    "trial": [
        (
            "磨憨口岸",
            "磨憨口岸位于云南省西双版纳州勐腊县。2022年4月，昆明市开始托管磨憨镇。",
            "昆明市哪一年开始托管磨憨镇？",
            "2022年4月",
        ),
        (
            "滇池",
            "滇池是云南省面积最大的高原湖泊，湖面面积约三百平方公里。",
            "滇池的湖面面积约多少？",
            "三百平方公里",
        ),
    ],
    "dev": [
        (
            "长江",
            "长江全长约6300公里，是中国第一长河。它发源于青藏高原的唐古拉山脉。",
            "长江发源于哪里？",
            "唐古拉山脉",
        ),
        ("黄河", "黄河全长约5464公里，流经九个省区，最后注入渤海。", "黄河最后注入哪里？", "渤海"),
    ],
}


def _write_data(root: Path) -> Path:
    for split, arts in ARTICLES.items():
        data = []
        for i, (title, ctx, q, a) in enumerate(arts):
            start = ctx.index(a)
            qa = {
                "id": f"{split}-{i}",
                "question": q,
                "answers": [{"text": a, "answer_start": start}],
            }
            data.append({"title": title, "paragraphs": [{"context": ctx, "qas": [qa]}]})
        (root / f"{split}.json").write_text(json.dumps({"data": data}, ensure_ascii=False), "utf-8")
    return root


@pytest.fixture()
def fake_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("QA_EMBEDDING__PROVIDER", "fake")
    data = tmp_path / "data"
    data.mkdir()
    return _write_data(data)


def test_cmrc_runs_and_reuses_its_store(fake_env: Path, tmp_path: Path, capsys) -> None:
    store = tmp_path / "store"
    argv = ["--split", "dev", "--data", str(fake_env), "--store", str(store), "--json"]
    assert cmrc.main(argv) == 0
    first = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert first["questions"] == 2 and first["ooc_questions"] == 2
    assert first["store"]["ingest"]["added"] == 2
    assert first["hit_at_5"] == 1.0  # two documents: the gold one is always in the top 5
    assert set(first["baseline"]) >= {"hit_at_1", "answer_has_gold", "answered_in_corpus"}
    assert first["baseline"]["answered_in_corpus"] == 1.0
    assert "ratios" in first and "failures" in first
    assert cmrc.main(argv) == 0
    second = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert second["store"]["ingest"]["present"] == 2
    assert second["store"]["baseline_ingest"]["added"] == 0


def test_gold_matching_ignores_script_and_spaces() -> None:
    assert cmrc.has_gold("滇池湖面面積 約三百平方公里", ["约三百平方公里"])
    assert not cmrc.has_gold("滇池", ["渤海"])
    assert cmrc.rank_of([("a", "渤海"), ("b", "渤海")], "b", ["渤海"]) == 2


def test_perf_runs_light(fake_env: Path, tmp_path: Path, capsys) -> None:
    argv = ["--data", str(fake_env), "--store", str(tmp_path / "all"), "--seed-stores"]
    argv += ["--questions", "3", "--skip", "big,throughput,searchable", "--json"]
    assert perf.main(argv) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    for key in ("embed_query_ms_p50", "ask_ms_p50", "ask_ms_p95", "baseline_ask_ms_p50"):
        assert report[key] >= 0
    assert report["reingest_counts"]["present"] == 4


def test_perf_seeds_its_store_from_the_split_stores(fake_env: Path, tmp_path: Path, capsys) -> None:
    for split in ("dev", "trial"):
        argv = ["--split", split, "--data", str(fake_env), "--store", str(tmp_path / split)]
        assert cmrc.main(argv + ["--ooc-limit", "1"]) == 0
    argv = ["--data", str(fake_env), "--store", str(tmp_path / "all"), "--questions", "3"]
    argv += ["--seed-stores", str(tmp_path / "dev"), str(tmp_path / "trial")]
    assert perf.main(argv + ["--skip", "big,throughput,searchable", "--json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out.strip().splitlines()[-1])
    assert "merged 2 documents" in captured.err
    assert report["reingest_counts"] == {"added": 0, "present": 4, "error": 0}
    assert report["store_documents"] == 5  # the 4 paragraphs and the bundled article (English)
    assert report["ask_en_ms_p50"] > 0 and "ask_en_p50_vs_embed" in report["ratios"]


def test_cmrc_part_asks_one_part_and_keeps_heldout_to_aggregates(
    fake_env: Path, tmp_path: Path, capsys
) -> None:
    from bench.cmrc_data import part_of

    held = [a for a in ARTICLES["trial"] if part_of(a[0]) == "heldout"]
    argv = ["--split", "trial", "--data", str(fake_env), "--store", str(tmp_path / "s")]
    argv += ["--no-baseline", "--ooc-limit", "1", "--json"]
    for part, n in (("heldout", len(held)), ("tune", len(ARTICLES["trial"]) - len(held))):
        assert cmrc.main(argv + ["--part", part]) == 0
        out = capsys.readouterr().out
        report = json.loads(out.strip().splitlines()[-1])
        assert report["questions"] == n and report["part"] == part
        if part == "heldout":
            assert report["failures"] == [] and "Q:" not in out
    with pytest.raises(SystemExit):
        cmrc.main(argv + ["--part", "heldout", "--dump", str(tmp_path / "rows.jsonl")])


def test_part_of_is_a_fixed_third() -> None:
    from bench.cmrc_data import part_of

    assert part_of("长江") == part_of("长江")
    assert {part_of(t) for t in ("磨憨口岸", "滇池", "长江", "黄河")} <= {"tune", "heldout"}


def test_unfitted_out_of_corpus_questions_are_outside_the_fitted_sample() -> None:
    from bench.cmrc_data import FITTED_OOC, sample, unfitted

    other = [f"q{i}" for i in range(FITTED_OOC + 40)]
    fresh = unfitted(other)
    assert len(fresh) == 40 and not set(fresh) & set(sample(other, FITTED_OOC, 0))
    assert fresh == [q for q in other if q in set(fresh)]  # in their original order
    assert unfitted(other[:10]) == []  # a split smaller than the sample: all of it was fitted


def test_cmrc_ooc_unfitted_is_reported(fake_env: Path, tmp_path: Path, capsys) -> None:
    argv = ["--split", "trial", "--data", str(fake_env), "--store", str(tmp_path / "s")]
    assert cmrc.main(argv + ["--no-baseline", "--ooc-unfitted", "--json"]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["ooc_unfitted"] is True and report["ooc_questions"] == 0


def test_probe_sets_pair_their_splits_and_route_policy_sets(tmp_path: Path) -> None:
    from bench import probes

    for name in ["para9-tune", "para9-heldout", "policy9-tune", "policy9-heldout", "policy8-tune"]:
        (tmp_path / f"{name}.jsonl").write_text("", "utf-8")
    (tmp_path / "policy9-corpus").mkdir()
    sets = probes.probe_sets(tmp_path)
    assert list(sets) == ["para9", "policy8", "policy9"]
    assert set(sets["para9"]) == {"tune", "heldout"} and set(sets["policy8"]) == {"tune"}
    assert probes.probe_sets(tmp_path, "^para") == {"para9": sets["para9"]}
    assert probes.store_of("para9", tmp_path) == ("eval", None)
    assert probes.store_of("policy8", tmp_path)[0] == "policy"
    assert probes.store_of("policy9", tmp_path) == ("policy9", [tmp_path / "policy9-corpus"])
    (tmp_path / "news43-corpus").mkdir()  # any set bringing its own corpus is asked on it
    assert probes.store_of("news43", tmp_path) == ("news43", [tmp_path / "news43-corpus"])
    assert probes.on_eval_store(tmp_path / "para9-tune.jsonl")  # the fits read these tunes
    assert not probes.on_eval_store(tmp_path / "news43-tune.jsonl")


def test_metadata_compares_the_closest_row_and_shows_only_tune_differences() -> None:
    from bench import metadata

    expected = {
        "a.html": {"split": "tune", "title": "某办法", "doc_type": "办法"},
        "b.pdf": {"split": "heldout", "title": "某通知", "pages": 2},
        "c.txt": {"split": "tune", "title": "另一篇"},
    }
    notice = {f: None for f in metadata.FIELDS} | {"title": "关于印发某办法的通知"}
    listed = {
        "a.html": [notice, notice | {"title": "某办法", "doc_type": "办法"}],  # the issued row
        "b.pdf": [notice | {"title": "某通知", "pages": 3}],
    }
    out, diffs = metadata.compare(expected, listed)
    assert out["tune"] == {
        "files": 2,
        "exact": 1,
        "missing": 1,
        "fields": {"title": (1, 1), "doc_type": (1, 1)},
    }
    assert out["heldout"]["exact"] == 0 and out["heldout"]["fields"]["pages"] == (0, 1)
    assert diffs == []  # b.pdf differs, but it is held-out: counts only


def test_probe_comparison_reads_the_keep_rule() -> None:
    from bench import probes

    base = {"files": {"a": {"tune": [5, 9], "heldout": [3, 4]}, "b": {"heldout": [2, 4]}}}
    now = {"files": {"a": {"tune": [6, 9], "heldout": [2, 4]}, "b": {"heldout": [4, 4]},
                     "c": {"heldout": [1, 2]}}}  # fmt: skip
    c = probes.compare(now, base)
    assert c["heldout_change"] == 1 and c["tune_change"] == 1
    assert c["worst_heldout_fall"] == -1 and c["new_files"] == ["c"]
    assert c["changes"] == {"a": {"tune": 1, "heldout": -1}, "b": {"heldout": 2}}


def _outputs(folder: Path, right: int, probe: int, unfitted: float) -> Path:
    folder.mkdir()
    runs = {
        "eval": {"splits": {"heldout": {"answered_right": right, "refused": 31}}},
        "policy": {"splits": {"tune": {"passed": 95}, "heldout": {"passed": 26}}},
        "probes": {
            "files": {"a": {"tune": [1, 2], "heldout": [probe, 9]}, "b": {"heldout": [5, 9]}}
        },
        "trial2": {"answer_has_gold": 0.872, "refused_out_of_corpus": 0.988, "ooc_questions": 500},
        "trial2u": {
            "answer_has_gold": 0.872,
            "refused_out_of_corpus": unfitted,
            "ooc_questions": 9,
        },
    }
    for name, out in runs.items():
        (folder / f"{name}.txt").write_text(f"log line\n{json.dumps(out)}\n", "utf-8")
    return folder


def test_keep_rule_reads_every_figure(tmp_path: Path, capsys) -> None:
    from bench import keep_rule

    base = _outputs(tmp_path / "main", 59, 4, 0.9665)
    better = _outputs(tmp_path / "good", 59, 6, 0.9665)
    worse = _outputs(tmp_path / "bad", 58, 7, 0.96)
    assert keep_rule.main(["compare", str(base), str(better), "--json"]) == 0
    verdict = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert verdict["keep"] and verdict["probe_heldout_change"] == 2
    assert keep_rule.main(["compare", str(base), str(worse), "--json"]) == 0
    out = capsys.readouterr().out
    checks = json.loads(out.splitlines()[-1])["checks"]
    assert not checks["a"] and checks["b"] and not checks["f"] and "not kept" in out
    assert verdict["new_probe_sets"] == []
    newer = _outputs(tmp_path / "new", 59, 4, 0.9665)
    probes_out = json.loads((newer / "probes.txt").read_text("utf-8").splitlines()[-1])
    probes_out["files"]["c"] = {"heldout": [3, 4]}
    (newer / "probes.txt").write_text(json.dumps(probes_out), "utf-8")
    (tmp_path / "main_on_c.txt").write_text(json.dumps({"files": {"c": {"heldout": [1, 4]}}}))
    assert keep_rule.main(["compare", str(base), str(newer), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["new_probe_sets"] == ["c"]
    extra = ["--base-probes", str(tmp_path / "main_on_c.txt")]
    assert keep_rule.main(["compare", str(base), str(newer), *extra, "--json"]) == 0
    verdict = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert verdict["probe_heldout_change"] == 2 and verdict["new_probe_sets"] == []


def test_keep_rule_runs_cmrc_at_two_sentences_only(monkeypatch, tmp_path: Path) -> None:
    from bench import keep_rule

    seen = {}

    def fake_run(cmd, env, **kw):
        seen[cmd[1]] = env.get("QA_ANSWER__MAX_SENTENCES")
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(keep_rule.subprocess, "run", fake_run)
    data = tmp_path / "cmrc2018"
    data.mkdir()
    (data / "trial.json").write_text("{}", "utf-8")
    with pytest.raises(SystemExit, match="dev.json"):  # refused before any step runs
        keep_rule.run(tmp_path / "stores", tmp_path / "out", dev=True, data=data)
    assert seen == {} and not (tmp_path / "out").exists()
    (data / "dev.json").write_text("{}", "utf-8")
    assert keep_rule.run(tmp_path / "stores", tmp_path / "out", dev=True, data=data) == 0
    assert seen["bench/eval_sets.py"] is None and seen["bench/probes.py"] is None
    assert seen["bench/cmrc.py"] == "2"
    assert sorted(p.name for p in (tmp_path / "out").iterdir())[0] == "dev2.txt"


def test_keep_rule_reads_held_out_figures_without_tune_twins(tmp_path: Path, capsys) -> None:
    from bench import keep_rule

    def outputs(name: str, whole: int, clean: int, clean_right: int) -> Path:
        folder = _outputs(tmp_path / name, 59, whole, 0.9665)
        for run, patch in (("eval", clean_right), ("probes", clean)):
            out = json.loads((folder / f"{run}.txt").read_text("utf-8").splitlines()[-1])
            if run == "eval":
                out["splits"]["heldout"]["without_twins"] = {"answered_right": patch, "refused": 30}
            else:
                out["files"]["a"]["heldout_clean"] = [patch, 8]
                out["files"]["b"]["heldout_clean"] = [5, 9]
            (folder / f"{run}.txt").write_text(json.dumps(out), "utf-8")
        return folder

    base = outputs("main", 4, 4, 55)
    # two more held-out passes, both on a question tuned on under a twin: no rise without them
    twin_only = outputs("twins", 6, 4, 55)
    assert keep_rule.main(["compare", str(base), str(twin_only), "--json"]) == 0
    out = capsys.readouterr().out
    assert not json.loads(out.splitlines()[-1])["checks"]["b"] and "probe_heldout_clean_sum" in out
    fewer = outputs("fewer", 6, 6, 54)  # the eval held-out without twins falls: (a)
    assert keep_rule.main(["compare", str(base), str(fewer), "--json"]) == 0
    checks = json.loads(capsys.readouterr().out.splitlines()[-1])["checks"]
    assert checks["b"] and not checks["a"]
    old = _outputs(tmp_path / "old", 59, 4, 0.9665)  # a run from before the twins: read whole
    assert keep_rule.main(["compare", str(old), str(twin_only), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["checks"]["b"]
