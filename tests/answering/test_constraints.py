"""Years a question names must be in its evidence: 2025 is not answered by a 2024 figure."""

from __future__ import annotations

import pytest

from knowledge.answering.constraints import asked_years, years_in
from tests.conftest import make_service


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2025年磨憨签约了多少个项目？", {2025}),
        ("二〇二四年五月八日印发", {2024}),
        ("How many projects were signed in 2025?", {2025}),
        ("截至2024-09-30，发布于2024/10/8", {2024}),
        ("队名叫作 Iskra (1958-1964), 鲁宾队 (1992—1993)", {1958, 1964, 1992, 1993}),
        ("面积2000平方米，电话0871-12345678，投资103.7亿元", set()),
    ],
)
def test_years_in_text(text: str, years: set[int]) -> None:
    assert years_in(text) == years and asked_years(text) == years


def test_a_wrong_year_question_is_not_answered_but_shown_the_nearest_evidence(tmp_path) -> None:
    # fake vectors carry no meaning: the refusal model is set aside to test the year check
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    svc.add_text("截至2024年9月底，磨憨沿边产业园累计签约项目32个，总投资156亿元。", "园区进展")
    asked = svc.ask("2024年磨憨沿边产业园累计签约项目多少个？")
    assert not asked.abstained and "32个" in asked.answer
    other = svc.ask("2025年磨憨沿边产业园累计签约项目多少个？")
    assert other.abstained and other.answer.startswith("文档中没有2025年的数据；最接近的是：")
    assert "32个" in other.answer and other.citations and "[1]" in other.answer
    english = svc.ask("How many projects had the Mohan park signed by 2026?")
    assert english.abstained
