"""A comparison asked against one base and told only against another (baselines.py)."""

from __future__ import annotations

from tests.conftest import report_service

# Fictional: a county's year-end review of its riverside logistics park
REVIEW = (
    "2024年柳溪物流园年终回顾\n2025年1月12日　来源：柳溪日报\n"
    "2024年，柳溪港集装箱吞吐量达到46.3万标箱，比2023年的39.1万标箱增长18.4%。\n"
    "截至年底，物流园从业人员达到5200人，比建园前增加近两倍。\n"
    "园区入驻企业64家，比年初增加12家。\n"
)


def test_a_change_told_against_another_base_is_no_answer(tmp_path) -> None:
    svc = report_service(tmp_path, REVIEW, "review.txt")
    staff = svc.ask("2024年物流园从业人员比2023年增加了多少？")
    assert staff.abstained and staff.refusal_rule == "shapes:baseline" and "5200人" in staff.answer


def test_a_change_against_the_base_asked_is_answered(tmp_path) -> None:
    svc = report_service(tmp_path, REVIEW, "review.txt")
    boxes = svc.ask("2024年柳溪港集装箱吞吐量比上年增长了多少？")  # 上年 = 2023年
    assert not boxes.abstained and "18.4%" in boxes.answer
    staff = svc.ask("物流园从业人员比建园前增加了多少？")
    assert not staff.abstained and "近两倍" in staff.answer
    firms = svc.ask("园区入驻企业比年初增加了多少家？")
    assert not firms.abstained and "12家" in firms.answer
