"""Dates as Chinese documents write them, to ISO, with exact spans."""

from __future__ import annotations

import pytest

from knowledge.text.dates import find_dates, first_months, parse_date


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("二〇二四年五月八日", "2024-05-08"),
        ("二零二四年十二月三十一日", "2024-12-31"),
        ("二〇二五年十月二十日", "2025-10-20"),
        ("2024年5月9日", "2024-05-09"),
        ("2024 年 6 月 1 日", "2024-06-01"),
        ("2024-05-12 21:12:41", "2024-05-12"),
        ("2024.05.10", "2024-05-10"),
        ("2024/5/8", "2024-05-08"),
        ("二○二四年五月八日", "2024-05-08"),  # the circle symbol Word offers for 〇
        ("二0二四年十一月三日", "2024-11-03"),  # the digit 0, as OCR and typists write it
        ("二Ｏ二五年一月二日", "2025-01-02"),
    ],
)
def test_written_dates_are_iso(written: str, iso: str) -> None:
    assert parse_date(written) == iso


def test_spans_are_exact_and_impossible_dates_are_skipped() -> None:
    text = "自二〇二四年六月一日起施行，2024年2月30日不是日期，2024年5月9日印发"
    found = find_dates(text)
    assert [text[s:e] for s, e, _ in found] == ["二〇二四年六月一日", "2024年5月9日"]
    assert [iso for _, _, iso in found] == ["2024-06-01", "2024-05-09"]
    assert parse_date("青政办〔2024〕12号") is None and parse_date("") is None


def test_a_year_of_zeros_alone_is_no_chinese_year() -> None:
    assert find_dates("〇〇〇〇年一月一日") == [] and parse_date("0000年1月1日") is None


def test_english_calendar_dates() -> None:
    from knowledge.text.dates import english_date

    assert english_date("PRESS RELEASE · Harwick, 18 April 2025 · Issued by") == "2025-04-18"
    assert english_date("Published April 3, 2024") == "2024-04-03"
    assert english_date("18 Apr. 2025") == "2025-04-18"
    assert english_date("31 February 2025") is None  # no such day
    assert english_date("in May 2024 the council met") is None  # no day: no date


def test_the_first_months_of_a_year_named_in_words() -> None:
    spans = first_months()
    assert spans["前9个月"] == spans["前九个月"] == spans["头九个月"] == (1, 9)
    assert spans["前两个月"] == spans["前2个月"] == (1, 2)
    assert spans["前十一个月"] == (1, 11)
    assert spans["前两季度"] == (1, 6) and spans["前三个季度"] == (1, 9)
    assert "前12个月" not in spans and "前1个月" not in spans  # a whole year, one month


def test_a_years_figure_follows_the_year_with_no_month_between() -> None:
    from knowledge.text.dates import year_figure

    assert year_figure({2024}, "2024年，磨憨口岸进出口货运量达到871.9万吨。")
    assert year_figure({2023}, "比2023年的628.4万吨增长38.8%")
    assert not year_figure({2024}, "2024年，合作区继续推进飞地园区建设。")
    assert not year_figure({2025}, "2024年，货运量达到871.9万吨。")
