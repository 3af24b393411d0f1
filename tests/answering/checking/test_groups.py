"""A figure asked of a group the question counts, told only for a larger whole (groups.py)."""

from __future__ import annotations

from tests.conftest import report_service

# Fictional: a county's review of the firms certified in its riverside logistics park
REVIEW = (
    "2024年柳溪物流园年终回顾\n2025年1月12日　来源：柳溪日报\n"
    "截至2024年12月底，柳溪物流园累计签约重点企业42家、协议投资合计86.5亿元。\n"
    "12月18日，首批19家重点企业认定结果公示期满。\n"
    "首批企业中，冷链物流类7家、电商类12家。\n"
    "签约仪式上，县里引进的4家企业同步签约，总投资9.6亿元。\n"
    "截至2025年3月底，园区累计签约企业47家、协议投资97.3亿元，已投产企业15家，其中3家企业上了新产线。\n"
)


def test_a_sum_of_a_counted_group_told_only_for_the_whole(tmp_path) -> None:
    svc = report_service(tmp_path, REVIEW, "review.txt")
    trade = svc.ask("电商类12家企业的协议投资合计多少？")
    assert trade.abstained and trade.refusal_rule == "shapes:group" and "12家企业" in trade.answer


def test_a_figure_of_the_group_named_is_answered(tmp_path) -> None:
    svc = report_service(tmp_path, REVIEW, "review.txt")
    four = svc.ask("县里引进的4家企业总投资多少？")
    assert not four.abstained and "9.6亿元" in four.answer
    cold = svc.ask("首批认定的19家重点企业里冷链物流类有几家？")  # the batch names it
    assert not cold.abstained and "7家" in cold.answer


def test_a_count_after_the_whole_sum_is_a_subset_with_no_sum(tmp_path) -> None:
    svc = report_service(tmp_path, REVIEW, "review.txt")
    started = svc.ask("已投产的15家企业协议投资合计多少亿元？")
    assert started.abstained and started.refusal_rule == "shapes:group"
    assert "15家企业" in started.answer
    whole = svc.ask("截至2025年3月底，园区签约的47家企业协议投资合计多少？")  # sum after the count
    assert not whole.abstained and "97.3亿元" in whole.answer


def test_a_group_pointed_at_by_its_deed_needs_a_sum_naming_the_deed(tmp_path) -> None:
    text = REVIEW + "今年1月，春节前有2家企业集中签约。\n"
    svc = report_service(tmp_path, text, "review.txt")
    january = svc.ask("春节前集中签约的那几家企业投资多少钱？")
    assert january.abstained and january.refusal_rule == "shapes:group"
    assert "集中签约的那几家企业" in january.answer
    county = svc.ask("县里同步签约的那批企业总投资多少亿元？")  # the deed's words, then a sum
    assert not county.abstained and "9.6亿元" in county.answer
