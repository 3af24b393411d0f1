"""A rate of change asked for a time that no quoted sentence tells a rate of (growth.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.growth import asked, tells
from tests.conftest import reports_service

# Fictional: a county's reports on its riverside logistics park, two years apart
EARLY = (
    "柳溪物流园建设一周年\n2023年11月6日　来源：柳溪日报\n"
    "2023年1—10月，柳溪港集装箱吞吐量达到31.2万标箱，以农产品和建材为主。\n"
    "截至10月底，物流园入驻企业达到41家，比建园前增加近两倍。\n"
)
REVIEW = (
    "2024年柳溪物流园年终回顾\n2025年1月12日　来源：柳溪日报\n"
    "2024年，柳溪港集装箱吞吐量达到46.3万标箱，比2023年的39.1万标箱增长18.4%。\n"
    "2024年1—9月，柳溪港集装箱吞吐量33.8万标箱，同比增长16.9%。\n"
    "截至年底，物流园入驻企业达到64家，全年新签约项目22个。\n"
)


@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("2024年柳溪港吞吐量同比增长多少？", True),
        ("2023年吞吐量增长了百分之几？", True),
        ("上半年的增幅是多少？", True),
        ("By what percentage did container throughput grow in 2024?", True),
        ("2024年吞吐量增加了多少万标箱？", False),  # a change in a measure: amounts.py
        ("2024年吞吐量是多少？", False),
    ],
)
def test_a_rate_asked(question: str, rate: bool) -> None:
    assert asked(question) is rate


def test_a_rate_told() -> None:
    assert tells("吞吐量33.8万标箱，同比增长16.9%。")
    assert tells("入驻企业比建园前增加近两倍。")
    assert tells("签约项目数比5月份翻了一番多")
    assert tells("Throughput was up 16.9% year on year.")
    assert not tells("吞吐量达到31.2万标箱。")


@pytest.fixture
def svc(tmp_path):
    return reports_service(tmp_path, {"early.txt": EARLY, "review.txt": REVIEW})


def test_a_rate_of_a_time_told_only_as_a_level_is_refused(svc) -> None:
    ans = svc.ask("2023年1—10月柳溪港集装箱吞吐量同比增长多少？")
    assert ans.abstained and ans.refusal_rule == "growth"
    assert ans.answer.startswith("文档中没有所问时段的增长幅度；最接近的是")


def test_the_rate_of_the_time_asked_is_answered(svc) -> None:
    ans = svc.ask("2024年1—9月柳溪港集装箱吞吐量同比增长多少？")
    assert not ans.abstained and "16.9%" in ans.answer
    ans = svc.ask("2024年柳溪港集装箱吞吐量比2023年增长了百分之几？")
    assert not ans.abstained and "18.4%" in ans.answer
    ans = svc.ask("2024年全年柳溪港集装箱吞吐量同比增长多少？")  # a year's sentence, no month
    assert not ans.abstained and "18.4%" in ans.answer


def test_a_rate_of_another_thing_or_against_another_base_is_no_answer(svc) -> None:
    ans = svc.ask("2024年柳溪物流园新签约项目数同比增长多少？")  # only throughput's rates
    assert ans.abstained and ans.refusal_rule in {"growth", "shapes:compare"}
    ans = svc.ask("截至2023年10月底物流园入驻企业同比增长多少？")  # told against 建园前
    assert ans.abstained and ans.refusal_rule in {"growth", "shapes:baseline"}
