"""A running total asked where one period's figure is told (cumulative.py)."""

from __future__ import annotations

from tests.conftest import report_service


# Fictional: a county's year-end review and its livelihood projects over three years
def test_a_running_total_is_not_told_by_one_years_figure(tmp_path) -> None:
    text = (
        "青岚县物流园2024年建设盘点\n2025年1月8日　来源：青岚日报\n"
        "县级财政全年下达物流园发展专项资金1.6亿元，建成标准仓库8万平方米。\n"
        "截至年底，物流园市场主体达到2310户，全年新增注册企业640户。\n"
        "2024年，青岚县继续实施民生项目36个，加上前两年的项目，三年累计达到97个。\n"
    )
    svc = report_service(tmp_path, text, "review.txt")
    fund = svc.ask("县级财政累计下达物流园发展专项资金多少亿元？")
    assert fund.abstained and "累计" in fund.answer and "1.6亿元" in fund.answer
    firms = svc.ask("建园以来物流园累计新增注册企业多少户？")
    assert firms.abstained and "640户" in firms.answer
    told = svc.ask("三年来青岚县累计实施民生项目多少个？")
    assert not told.abstained and "97个" in told.answer
    year = svc.ask("2024年县级财政累计下达物流园发展专项资金多少亿元？")
    assert not year.abstained and "1.6亿元" in year.answer
