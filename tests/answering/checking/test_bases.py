"""A year's change asked where that year is told only as another year's base (bases.py)."""

from __future__ import annotations

from tests.conftest import report_service


# Fictional: a port's year-end review comparing 2024 with 2023
def test_a_year_told_as_the_base_has_no_change_of_its_own(tmp_path) -> None:
    text = (
        "青岚港2024年运行盘点\n2025年1月9日　来源：青岚日报\n"
        "2024年，青岚港集装箱吞吐量达到41.2万标箱，比2023年的36.6万标箱增长12.5%。\n"
        "2023年1—10月，青岚港集装箱吞吐量达30.1万标箱。\n"
    )
    svc = report_service(tmp_path, text, "port.txt")
    based = svc.ask("2023年青岚港集装箱吞吐量同比增长了多少？")
    assert based.abstained and based.refusal_rule == "shapes:base" and "12.5%" in based.answer
    own = svc.ask("2024年青岚港集装箱吞吐量同比增长了多少？")
    assert not own.abstained and "12.5%" in own.answer
    level = svc.ask("2023年青岚港集装箱吞吐量是多少万标箱？")
    assert "36.6万标箱" in level.answer or "30.1万标箱" in level.answer
