"""An English question's batch asked with a figure or date: the figure's own sentence must
name it (batches_en.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from knowledge.answering.checking.batches_en import (
    carries,
    figure_batches,
    kinds_asked,
    missing,
    names_batch,
)


# Fictional: a county's logistics park and its certified projects
def _cand(text: str, prev: str = "", title: str = "") -> SimpleNamespace:
    chunk = SimpleNamespace(text=f"{prev}{text}", doc_id="d", title=title, section="")
    span = (len(prev), len(prev) + len(text))
    return SimpleNamespace(text=text, local=span, hit=SimpleNamespace(chunk=chunk), score=1.0)


def _ev(*cands) -> SimpleNamespace:
    return SimpleNamespace(chosen=list(cands), docs={}, lang="en")


PLAN = _cand("下半年，园区将逐一约谈，同时推动第三批园区项目认定申报。")
FIRST_EN = _cand("- 9 park projects were certified in the first batch in May 2025.")
SECOND_ZH = _cand("5月12日，第二批9个园区项目认定结果公示期满。")
THIRD_EN = _cand("The third batch of 7 projects was certified on 3 November 2025.")


@pytest.mark.parametrize(
    "question, kinds",
    [
        ("When was the third batch certified?", {"date"}),
        ("How many projects were in the third batch?", {"number"}),
        ("Which projects were in the third batch?", set()),
    ],
)
def test_when_asks_a_date(question: str, kinds: set) -> None:
    assert kinds_asked(question) == kinds


def test_an_ordinal_is_no_count() -> None:
    assert not carries({"number"}, "The second batch is under review.", "How many?")
    assert carries({"number"}, "9 projects were certified in the first batch.", "How many?")


def test_a_plan_for_the_batch_or_another_batch_does_not_tell_it() -> None:
    q = "When was the third batch of park projects certified?"
    assert missing(q, _ev(PLAN, FIRST_EN)) == "the third batch"
    assert not names_batch({("批", 3)}, PLAN, {"date"}, q)


def test_a_sentence_naming_the_batch_tells_it() -> None:
    assert missing("When was the third batch certified?", _ev(PLAN, THIRD_EN)) is None
    q = "How many projects were certified in the second batch?"
    assert missing(q, _ev(SECOND_ZH, FIRST_EN)) is None


def test_no_ordinal_or_no_figure_asked_checks_nothing() -> None:
    assert missing("When were park projects certified?", _ev(FIRST_EN)) is None
    assert missing("Which projects were in the third batch?", _ev(FIRST_EN)) is None


# two batches in one sentence: the figure belongs to the one named last before it
BOTH = _cand("与首批以仓储为主不同，第二批中新能源项目明显增多，共有4个。")
FIRST_ZH = _cand("首批9个园区项目认定结果公示期满。")


def test_a_figure_belongs_to_the_batch_named_last_before_it() -> None:
    q = "How many projects were in the first batch?"
    assert [o for o, _ in figure_batches({"number"}, BOTH.text, q)] == [("批", 2)]
    assert not names_batch({("批", 1)}, BOTH, {"number"}, q)
    assert names_batch({("批", 2)}, BOTH, {"number"}, q)


def test_the_batch_named_must_hold_the_thing_counted_as_qualified() -> None:
    result = SimpleNamespace(expansion={}, index=SimpleNamespace(df={"新能源": 2, "能源": 2}))
    ev = SimpleNamespace(chosen=[BOTH, FIRST_ZH, FIRST_EN], docs={}, lang="en", result=result)
    assert missing("How many new-energy projects were in the first batch?", ev) == "the first batch"
    assert missing("How many new-energy projects were in the second batch?", ev) is None


def test_the_qualifier_is_read_between_the_batch_and_its_figure() -> None:
    result = SimpleNamespace(expansion={}, index=SimpleNamespace(df={"仓储": 2}))
    ev = SimpleNamespace(chosen=[BOTH], docs={}, lang="en", result=result)
    q = "How many warehousing projects were in the second batch?"
    assert missing(q, ev) == "the second batch"  # 仓储 told of the first batch only


# Fictional: a batch's kinds of project told by classes after the batch
CLASSES = _cand("首批项目中，冷藏物流类5个、食品加工类4个。")


def test_the_kind_said_after_the_thing_counted_is_held_to_the_batch() -> None:
    df = {"冷藏": 2, "物流": 3, "加工": 2, "食品": 2, "能源": 2, "新能源": 1}
    result = SimpleNamespace(expansion={}, index=SimpleNamespace(df=df))
    ev = SimpleNamespace(chosen=[BOTH, CLASSES, FIRST_EN], docs={}, lang="en", result=result)
    q = "In the second batch, how many park projects were storage and logistics ones?"
    assert missing(q, ev) == "the second batch"  # 冷藏物流 told of the first batch only
    q = "In the first batch, how many park projects were storage and logistics ones?"
    assert missing(q, ev) is None
    assert missing("How many projects in the first batch were new-energy projects?", ev)
