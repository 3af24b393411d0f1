"""Numbers in text: Chinese numerals as values."""

from __future__ import annotations

import pytest

from knowledge.text import numbers


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("十四", 14), ("一百零二", 102), ("两", 2), ("三万五千", 35000), ("七", 7)],
)
def test_chinese_numerals(numeral: str, value: int) -> None:
    assert numbers.cn_number(numeral) == value


@pytest.mark.parametrize(
    ("written", "value"),
    [("十", 10), ("十二", 12), ("二十一", 21), ("一百零三", 103), ("两", 2), ("12", 12)],
)
def test_ordinals_read_by_cn2an(written: str, value: int) -> None:
    assert numbers.numeral(written) == value


def test_a_word_is_no_ordinal() -> None:
    assert numbers.numeral("附则") is None


def test_chinese_years_become_digits_whatever_their_zero_is_written_with() -> None:
    from knowledge.text.numbers import chinese_years_to_digits

    text = "二〇二四年、二○二五年和二0二六年，2027年"
    assert chinese_years_to_digits(text) == "2024年、2025年和2026年，2027年"


def test_a_numeral_in_characters_has_its_digit_forms() -> None:
    assert numbers.digit_forms("第六年") == ["第6年"]
    assert numbers.digit_forms("两年") == ["2年"]
    # N months counted from January are the range the report names
    assert "1—11月" in numbers.digit_forms("十一个月")
    assert numbers.digit_forms("今年") == [] and numbers.digit_forms("一站式") == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [("叶柄长约十五厘米", "十五厘米"), ("不足原来的三分之一", "三分之一"), ("六百余米", "六百余米"),
     ("两千多人", "两千多人"), ("背鳍硬棘十二枚", "十二枚"), ("一座天后宫", None), ("四周环山", None),
     ("十分重要", None), ("第三批项目", None), ("第十三批", None), ("不用再跑几百公里", None), ("千米", None)],
)  # fmt: skip
def test_a_chinese_figure_is_a_numeral_with_a_measure_word_or_a_fraction(
    text: str, figure: str | None
) -> None:
    m = numbers.CN_FIGURE.search(text)
    assert (m.group() if m else None) == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [("合作期限定为十五年", "十五年"), ("最多只能延期六个月", "六个月"), ("每月十五日前报送", "十五日"),
     ("每间客房五千元", "五千元"), ("一年内", None), ("第三年减半", None)],
)  # fmt: skip
def test_a_chinese_figure_or_span_also_reads_a_span_of_time(text: str, figure: str | None) -> None:
    # a rule's figure asked back in a why — 「合作期限为什么定为十五年」 — is a span as often as an
    # amount (reasons.py); CN_FIGURE leaves spans to the date and duration checks
    m = numbers.CN_FIGURE_OR_SPAN.search(text)
    assert (m.group() if m else None) == figure
    assert numbers.CN_FIGURE.search("合作期限定为十五年") is None
