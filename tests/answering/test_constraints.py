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


def test_the_passage_of_the_asked_year_answers_when_another_year_ranks_first(tmp_path) -> None:
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    svc.add_text("截至2024年9月底，磨憨沿边产业园累计签约项目32个，总投资156亿元。", "三季度进展")
    svc.add_text(
        "截至2023年10月底，磨憨沿边产业园累计签约项目6个，协议投资41.2亿元。", "托管一年半"
    )
    ans = svc.ask("2023年磨憨沿边产业园累计签约项目多少个？")
    assert not ans.abstained and "6个" in ans.answer and "32个" not in ans.answer
    later = svc.ask("2024年磨憨沿边产业园累计签约项目多少个？")
    assert "32个" in later.answer and "6个" not in later.answer
