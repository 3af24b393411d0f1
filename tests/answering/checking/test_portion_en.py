"""A part of a whole asked in English is told only by a figure whose own clause holds the part
(portion_en.py), as a Chinese question's part (focus.py's "part" rule)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from knowledge.answering.checking.portion_en import figure_spans, missing, part_words

# Fictional: a county's new school and its special fund
DF = {"冷藏": 2, "老挝": 2, "学生": 3, "学校": 3, "专项资金": 2, "资金": 3, "仓库": 2, "仓储": 2, "物流": 2}


def _cand(text: str) -> SimpleNamespace:
    chunk = SimpleNamespace(text=text, doc_id="d", title="", section="")
    return SimpleNamespace(text=text, local=(0, len(text)), hit=SimpleNamespace(chunk=chunk))


def _ev(*texts: str) -> SimpleNamespace:
    result = SimpleNamespace(expansion={}, index=SimpleNamespace(df=DF, size=20))
    return SimpleNamespace(chosen=[_cand(t) for t in texts], docs={}, lang="en", result=result)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("How many park projects were storage and logistics ones?", ["storage", "logistics"]),
        ("How many of the school's first pupils came from Laos?", ["laos"]),
        ("How much of the special fund was allocated to warehouses in 2025?", ["warehouses"]),
        # no part: a passive, a state, the question's inverted subject, a unit counted
        ("How many projects were certified in the first batch?", []),
        ("How many projects were in production by June?", []),
        ("For how many years is a project barred from applying again?", []),
        ("How many tonnes was the port's freight in 2024?", []),
        ("How many pupils were in the school's first intake?", []),
        ("How many projects were in warehousing or logistics?", []),  # either will do
    ],
)
def test_the_part_asked_after_the_thing_counted(question: str, words: list[str]) -> None:
    known = {"storage": "仓储", "logistics": "物流", "laos": "老挝", "warehouses": "仓库"}
    found = part_words(question, DF, {w: [t] for w, t in known.items()})
    assert found == words


def test_a_short_clause_completes_the_one_before_it() -> None:
    spans = figure_spans("与首批不同，第二批中仓储物流项目明显增多，共有6个。")
    assert spans == ["第二批中仓储物流项目明显增多，共有6个。"]
    assert figure_spans("The school opened in September 2025.") == []  # a date is no figure


def test_a_part_said_but_not_in_the_figures_clause_is_not_answered() -> None:
    q = "How many of the school's first pupils came from Laos?"
    ev = _ev("新建的实验学校9月开学，首批招收学生860名；", "学校地处中国和老挝边境。")
    assert missing(q, ev) == "number"
    assert missing(q, _ev("首批招收学生860名，其中老挝学生40名。")) is None


def test_a_sum_asked_is_told_by_a_sum_of_the_part() -> None:
    q = "How much of the special fund was allocated to warehouses in 2025?"
    ev = _ev("全年下达专项资金1.2亿元，建成仓库3万平方米。")  # an area of warehouses, no sum
    assert missing(q, ev) == "number"
    assert missing(q, _ev("专项资金中，4000万元用于建设仓库。")) is None


def test_a_part_no_quoted_sentence_says_is_left_to_the_other_checks() -> None:
    q = "How many of the school's first pupils came from Laos?"
    assert missing(q, _ev("新建的实验学校9月开学，首批招收学生860名。")) is None
