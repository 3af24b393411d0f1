"""An English question's period is held to the quoted figure's own date, as a Chinese one's
(`periods.py`): "March 2025 alone" is no first quarter, "the second half of 2024" no stock at
the end of December, "the whole of 2024" no single month of it, "the end of April" no plan
for April; a sentence naming no period of its own borrows the one before it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from knowledge.answering.checking.constraints_en import spans_in
from knowledge.answering.checking.periods_en import span_missing, told


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("how much freight in march 2025 alone?", {(3, 3)}),
        ("tax revenue in the second half of 2024?", {(7, 12)}),
        ("output in the whole of 2025?", {(1, 12)}),
        ("how many people at the end of 2024?", {(0, 12)}),
        ("signed by the end of april 2025?", {(0, 4)}),
        ("signed by the end of the third quarter of 2025?", {(0, 9)}),
        ("freight in the first quarter of 2025", {(1, 3)}),
        ("freight between january and october 2023?", {(1, 10)}),
        ("freight from january to september 2024?", {(1, 9)}),
        ("- 23 projects were certified in december 2024;", {(12, 12)}),
        ("- as of the end of march 2025, the park had signed 46 projects", {(0, 3)}),
        ("what did the may 2024 article say?", set()),
        ("what happened on 18 april 2025?", set()),
    ],
)  # fmt: skip
def test_english_periods_read_with_their_start(text: str, spans: set) -> None:
    assert spans_in(text, question=True) == spans


def test_a_period_told_by_itself_a_month_by_its_end_a_year_from_january_by_its_end() -> None:
    assert told((3, 3), {(0, 3)}) and not told((3, 3), {(1, 3)})
    assert told((7, 12), {(7, 12)}) and not told((7, 12), {(0, 12)})
    assert told((1, 12), {(0, 12)}) and not told((1, 12), {(12, 12)})
    assert told((0, 4), {(0, 4)}) and told((0, 4), {(1, 4)}) and not told((0, 4), {(4, 4)})


def _cand(text: str, prev: str = "") -> SimpleNamespace:
    chunk = SimpleNamespace(text=f"{prev}{text}", doc_id="d", title="", section="")
    span = (len(prev), len(prev) + len(text))
    return SimpleNamespace(text=text, local=span, hit=SimpleNamespace(chunk=chunk), score=1.0)


def _ev(*cands) -> SimpleNamespace:
    df = {"freight": 4, "tonnes": 2, "projects": 9, "revenue": 3, "tax": 5, "output": 2}
    index = SimpleNamespace(df=df)
    result = SimpleNamespace(index=index, expansion={})
    return SimpleNamespace(chosen=list(cands), docs={}, result=result)


FREIGHT_Q1 = "In the first quarter of 2025, freight through the port reached 2.41 million tonnes."
SIGNED_MARCH = "As of the end of March 2025, the park had signed 46 projects."


def test_a_single_month_is_not_told_by_its_quarter_nor_by_another_figure_at_its_end() -> None:
    q = "How much freight passed through the port in March 2025 alone?"
    assert span_missing(q, _ev(_cand(FREIGHT_Q1), _cand(SIGNED_MARCH))) == "march 2025"
    march = _cand("In March 2025, freight through the port reached 0.83 million tonnes.")
    assert span_missing(q, _ev(_cand(FREIGHT_Q1), march)) is None


def test_a_half_year_is_not_told_by_a_stock_at_its_end_or_its_last_month() -> None:
    q = "What was the projects' tax revenue in the second half of 2024?"
    dec = _cand("By the end of December 2024 the projects paid tax revenue of 42 million yuan.")
    certified = _cand("23 projects were certified in December 2024.")
    assert span_missing(q, _ev(dec, certified)) == "the second half of 2024"
    half = _cand("In the second half of 2024 the projects paid tax revenue of 30 million yuan.")
    assert span_missing(q, _ev(dec, half)) is None


def test_a_whole_year_is_told_by_a_year_figure_not_by_one_of_its_months() -> None:
    q = "How much freight passed through the port in the whole of 2024?"
    certified = _cand("23 projects were certified in December 2024.")
    assert span_missing(q, _ev(certified)) == "the whole of 2024"
    year = _cand("In 2024, freight through the port reached 8.72 million tonnes.")
    assert span_missing(q, _ev(certified, year)) is None


def test_a_moment_is_not_told_by_a_plan_for_that_month_and_another_year_tells_nothing() -> None:
    q = "How many projects had the park signed by the end of April 2025?"
    plan = _cand("The second batch of 15 projects is to be certified in April 2025.")
    assert span_missing(q, _ev(plan, _cand(SIGNED_MARCH))) == "the end of april 2025"
    other_year = _cand("By the end of April 2024 the park had signed 20 projects.")
    assert span_missing(q, _ev(other_year)) == "the end of april 2025"
    april = _cand("By the end of April 2025 the park had signed 48 projects.")
    assert span_missing(q, _ev(plan, april)) is None


def test_a_sentence_naming_no_period_borrows_the_one_before_it() -> None:
    q = "How many projects had started construction by the end of September 2024?"
    started = _cand("Of these, 11 projects had started construction.", "By the end of September 2024, 32 projects were signed. ")  # fmt: skip
    assert span_missing(q, _ev(started)) is None
    assert span_missing("How many projects were signed?", _ev(started)) is None


def test_a_whole_year_of_a_quantity_is_told_by_the_chinese_figure_in_its_measure_word() -> None:
    q = "How many tonnes of freight went through the port in the whole of 2024?"
    year = _cand("2024年，磨憨口岸进出口货运量达到871.9万吨，比2023年增长38.8%。")
    assert span_missing(q, _ev(year)) is None  # 万吨 tells the tonnes, 货运量 the freight
    months = _cand("2024年1—9月，磨憨口岸进出口货运量655.2万吨，同比增长41.3%。")
    assert span_missing(q, _ev(months)) == "the whole of 2024"
    # the figure of another thing in the asked measure word is not the thing asked
    q = "How many tonnes of exports went through the port in the whole of 2024?"
    assert span_missing(q, _ev(year)) == "the whole of 2024"
