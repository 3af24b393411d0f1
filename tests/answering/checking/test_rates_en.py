"""A past year's amount asked in English is not told by a standing rule's yearly rate."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering.checking.rates_en import MOVE, prefer, year_asked

RULE = "市图书馆自2023年起每年安排购书经费500万元。"
SPENT = "2023年，市图书馆全年实际支出购书经费420万元。"


def test_a_past_year_asked_is_not_each_year_asked() -> None:
    assert year_asked("How much book funding did the library spend in 2023?")
    assert year_asked("How much was actually paid out during 2023?")
    assert not year_asked("How much book funding does the library get every year?")
    assert not year_asked("What is the annual book budget from 2023?")
    assert not year_asked("How much funding will the library get in 2026?")  # no past
    assert not year_asked("Why did the library cut its funding in 2023?")  # no figure asked


def test_the_rule_moves_below_the_year_figure() -> None:
    rule, spent = SimpleNamespace(text=RULE, score=0.9), SimpleNamespace(text=SPENT, score=0.85)
    prefer("How much book funding did the library spend in 2023?", [rule, spent])
    assert rule.score == 0.9 - MOVE and spent.score == 0.85
    prefer("How much book funding does the library get each year?", [rule, spent])
    assert rule.score == 0.9 - MOVE  # nothing moves
