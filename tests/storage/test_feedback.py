"""Readers' ratings: appended whole by concurrent writers, read back, exported as eval cases."""

from __future__ import annotations

import json
import multiprocessing

from knowledge.__main__ import main
from knowledge.schema import Answer, Citation
from knowledge.storage.feedback import FeedbackLog, eval_case, feedback_record

PASSAGE = "大力开展招商引资，磨憨沿边产业园签约项目14个、投资103.7亿元。"


def answer(question: str = "磨憨沿边产业园签约了多少个项目？", abstained: bool = False) -> Answer:
    cite = Citation(
        1, "d1", "磨憨观察", "mohan.txt", "c1", PASSAGE, 0, len(PASSAGE), 0.03,
        highlights=((9, len(PASSAGE)),), section="第三条",
    )  # fmt: skip
    return Answer(question, "磨憨沿边产业园签约项目14个[1]", abstained, citations=[cite])


def test_a_rating_keeps_question_answer_sources_mode_and_time(tmp_path):
    log = FeedbackLog.in_store(tmp_path)
    log.add(feedback_record("conv1:0", "up", answer()))
    (rec,) = log.records()
    assert rec["question"] == "磨憨沿边产业园签约了多少个项目？" and rec["answer"].endswith("[1]")
    assert rec["mode"] == "extractive" and rec["at"] and rec["rating"] == "up"
    cite = rec["citations"][0]
    assert cite["title"] == "磨憨观察" and cite["section"] == "第三条"
    assert cite["quoted"] == [PASSAGE[9:]]


def test_the_last_rating_of_an_answer_counts_and_bad_lines_are_skipped(tmp_path):
    log = FeedbackLog.in_store(tmp_path)
    log.add(feedback_record("conv1:0", "up", answer()))
    with log.path.open("a", encoding="utf-8") as f:
        f.write('{"rating": "up", "quest')  # a crash mid-line
        f.write("\n")
    log.add(feedback_record("conv1:1", "up", answer("第二个问题？")))
    log.add(feedback_record("conv1:0", "down", answer()))
    assert [r["rating"] for r in log.records()] == ["up", "up", "down"]
    assert [(r["answer_id"], r["rating"]) for r in log.latest()] == [
        ("conv1:1", "up"),
        ("conv1:0", "down"),
    ]


def _append_many(path: str, who: int) -> None:
    log = FeedbackLog(path)
    for i in range(40):
        log.add(feedback_record(f"p{who}:{i}", "up", answer(f"进程{who}的第{i}个问题？" * 20)))


def test_two_processes_appending_at_once_leave_every_line_whole(tmp_path):
    path = str(tmp_path / "feedback.jsonl")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_append_many, args=(path, n)) for n in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    lines = (tmp_path / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 80 and all(json.loads(line)["rating"] == "up" for line in lines)


def test_thumbs_up_and_down_become_eval_cases():
    up = eval_case(feedback_record("c:0", "up", answer()))
    assert up["answerable"] is True and up["evidence"] == PASSAGE[9:] and up["facts"] == []
    assert up["lang"] == "zh" and up["id"].startswith("fb-") and up["feedback"] == "up"
    refused = eval_case(feedback_record("c:1", "up", answer("老挝的首都是哪里？", abstained=True)))
    assert refused["answerable"] is False and refused["evidence"] == ""
    down = eval_case(feedback_record("c:2", "down", answer("How many projects were signed?")))
    assert down["answerable"] is None and down["feedback"] == "down" and down["lang"] == "en"
    assert down["answer"] and down["sources"][0]["quoted"] == [PASSAGE[9:]]
    assert {"id", "lang", "question", "answerable", "facts", "evidence", "split", "kind"} <= set(
        down
    )


def test_cli_exports_the_ratings(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("QA_EMBEDDING__PROVIDER", "fake")
    store = tmp_path / "store"
    log = FeedbackLog.in_store(store)
    log.add(feedback_record("c:0", "up", answer()))
    log.add(feedback_record("c:1", "down", answer("第二个问题？")))
    out = tmp_path / "cases.jsonl"
    assert main(["feedback", "export", str(out), "--store", str(store)]) == 0
    cases = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [c["feedback"] for c in cases] == ["up", "down"]
    assert "exported 2" in capsys.readouterr().out
    assert (
        main(["feedback", "export", str(tmp_path / "no" / "dir.jsonl"), "--store", str(store)]) == 2
    )
    assert "无法写入" in capsys.readouterr().err
