"""What a question constrains that its evidence must carry. For now: the years it names — a
question about 2025 is not answered by a 2024 figure (the nearest evidence is shown instead)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.text.numbers import chinese_years_to_digits

# 2024年 / 2024年度, a date 2024-05-10 · 2024/5/10 · 2024.05, or a year standing alone in
# English text ("in 2024,"): not 2000 in 面积2000平方米.
_ZH_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*年")
_DATE_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})[-/.](?:0?[1-9]|1[0-2])(?!\d)")
_EN_YEAR = re.compile(r"(?:(?<=[\sA-Za-z(,])|^)((?:19|20)\d{2})(?=[\s,.;:)?!？]|$)")


@dataclass(frozen=True)
class YearGap:
    """The question asks about `asked`; the evidence speaks of `found` instead."""

    asked: int
    found: tuple[int, ...]


def asked_years(question: str) -> set[int]:
    """Years a question names: 2025年, 二〇二五年, "in 2025"."""
    return years_in(question)


def years_in(text: str) -> set[int]:
    """Years a passage mentions (2024年, 2024-05-10, 2024/5, 二〇二四年)."""
    text = chinese_years_to_digits(text)
    return {int(y) for rx in (_ZH_YEAR, _DATE_YEAR, _EN_YEAR) for y in rx.findall(text)}


def year_gap(question: str, evidence: str) -> YearGap | None:
    """A year the question names that the evidence (the sentence with its passage, title and
    date) never mentions while it does mention other years; None when nothing conflicts (the
    evidence names the year, or names no year at all)."""
    asked = asked_years(question)
    if not asked:
        return None
    found = years_in(evidence)
    missing = sorted(asked - found)
    if not found or not missing:
        return None
    return YearGap(missing[0], tuple(sorted(found)))
