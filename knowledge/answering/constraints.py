"""What a question constrains that its evidence must carry. For now: the years it names — a
question about 2025 is not answered by a 2024 figure (answering/pipeline.py decides)."""

from __future__ import annotations

import re

from knowledge.text.numbers import chinese_years_to_digits

# 2024年 / 2024年度, a date 2024-05-10 · 2024/5/10 · 2024.05, a range 1958-1964, or a year
# standing alone in English text ("in 2024,"): not 2000 in 面积2000平方米.
_ZH_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*年")
_DATE_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})[-/.](?:0?[1-9]|1[0-2])(?!\d)")
_RANGE = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*[-–—~～至到]\s*((?:19|20)\d{2})(?![\d.])")
_EN_YEAR = re.compile(r"(?:(?<=[\sA-Za-z(,])|^)((?:19|20)\d{2})(?=[\s,.;:)?!？]|$)")


def asked_years(question: str) -> set[int]:
    """Years a question names: 2025年, 二〇二五年, "in 2025"."""
    return years_in(question)


def years_in(text: str) -> set[int]:
    """Years a passage mentions (2024年, 2024-05-10, 2024/5, 二〇二四年)."""
    text = chinese_years_to_digits(text)
    years = {int(y) for rx in (_ZH_YEAR, _DATE_YEAR, _EN_YEAR) for y in rx.findall(text)}
    return years | {int(y) for pair in _RANGE.findall(text) for y in pair}
