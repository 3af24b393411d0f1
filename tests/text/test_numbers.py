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
