"""The thing measured told only for another date or batch (elsewhen.py)."""

from __future__ import annotations

from tests.conftest import report_service

# Fictional: a county enclave park's mid-year report, with last year's figures beside this year's
REPORT = (
    "青河飞地园区上半年建设情况\n2025年7月12日　来源：青河日报\n"
    "2024年，已投产的飞地项目共实现地方留成税收2600万元，已于今年1月全部拨付到位。\n"
    "上半年，园区口岸进出口货运量达到210万吨。\n"
    "今年上半年，已投产的飞地项目实现工业总产值9.6亿元，带动当地就业1800余人。\n"
)


def test_a_figure_of_the_thing_for_another_year_is_no_answer(tmp_path) -> None:
    svc = report_service(tmp_path, REPORT)
    # 2024 has a tax figure, the output is told only for the first half of 2025
    other = svc.ask("2024年已投产的飞地项目实现了多少工业总产值？")
    assert other.abstained and "2024年" in other.answer and "9.6亿元" in other.answer
    # answered: the year asked tells the thing asked
    tax = svc.ask("2024年已投产的飞地项目实现了多少地方留成税收？")
    assert not tax.abstained and "2600万元" in tax.answer
    output = svc.ask("2025年上半年已投产的飞地项目实现了多少工业总产值？")
    assert not output.abstained and "9.6亿元" in output.answer
