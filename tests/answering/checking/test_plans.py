"""A plan, a forecast or a rate told where a figure reached is asked (plans.py)."""

from __future__ import annotations

from knowledge.answering.checking.plans import _aimed, _amounts
from tests.conftest import report_service

# Fictional: a county's press conference on its logistics park
TALK = (
    "柳溪物流园新闻发布会\n2025年2月20日　来源：柳溪县新闻办\n"
    "目前园区正在和县职业学校合作开设订单班，今年计划培养物流技能人才600人。"
    "同时，新建的职工宿舍一期200套预计今年8月交付使用。\n"
    "今年柳溪县打造了4个示范村，农村常住居民人均可支配收入预计达到1.72万元。\n"
    "2024年，柳溪县继续实施民生项目31个。\n"
)
RENT = (
    "柳溪物流园入驻指南\n2025年3月1日　来源：柳溪物流园管委会\n"
    "入驻企业租用园区标准仓库，前两年免收租金。\n"
    "园区标准仓库租金为每月每平方米15元。\n"
    "根据协议，河口镇将在园区内规划约200亩土地，合作期限为20年。\n"
)


def test_a_plan_or_a_forecast_is_no_figure_reached(tmp_path) -> None:
    svc = report_service(tmp_path, TALK)
    for q in ("订单班去年培养了多少人？", "订单班今年已经培养出多少名物流技能人才？"):
        got = svc.ask(q)
        assert got.abstained and "600人" in got.answer and "目标" in got.answer, q
    income = svc.ask("2024年柳溪县农村常住居民人均可支配收入实际达到了多少？")
    assert income.abstained and "1.72万元" in income.answer
    plan = svc.ask("订单班今年计划培养多少人？")
    assert not plan.abstained and "600人" in plan.answer
    forecast = svc.ask("柳溪县农村常住居民人均可支配收入预计能达到多少？")
    assert not forecast.abstained and "1.72万元" in forecast.answer
    done = svc.ask("2024年柳溪县打造了几个示范村？")  # told done beside the forecast
    assert not done.abstained and "4个" in done.answer


def test_a_rate_is_no_total_and_the_unit_asked_picks_the_figure(tmp_path) -> None:
    svc = report_service(tmp_path, RENT)
    rent = svc.ask("园区标准仓库去年一共收了多少租金？")
    assert rent.abstained and "15元" in rent.answer
    rate = svc.ask("园区标准仓库每平方米每月租金多少？")
    assert not rate.abstained and "15元" in rate.answer
    years = svc.ask("河口镇跟园区的合作签了多少年？")  # 20年, not the 200亩 planned
    assert not years.abstained and "20年" in years.answer


def test_an_english_figure_reached_is_not_told_by_a_plan(tmp_path) -> None:
    # the best-scored figure-carrying sentence decides: one such sentence here
    svc = report_service(tmp_path, TALK.split("同时")[0])
    did = svc.ask("How many logistics workers did the order classes train last year?")
    assert did.abstained and "600人" in did.answer
    plan = svc.ask("How many logistics workers do the order classes plan to train this year?")
    assert not plan.abstained and "600人" in plan.answer


def test_a_plan_word_counts_in_the_figures_clause_or_leading_the_sentence() -> None:
    assert _aimed("今年计划培养物流技能人才")
    assert _aimed("力争到2025年底，园区累计引进项目")
    assert not _aimed("根据协议，河口镇将在园区内规划约200亩土地，合作期限为")
    # English questions: a plan word in a figure-less clause between the sentence's start and
    # the figure's clause leads it too, not one before another figure
    led = "通过实施新办法，力争到2025年底，园区累计引进项目"
    assert _aimed(led, leads=True) and not _aimed(led)
    assert not _aimed("计划引进项目30个，已落地项目", leads=True)
    assert _amounts(["园区标准仓库租金为每月每平方米15元。"], True) == [True]
    assert _amounts(["全年下达专项资金2.4亿元，供应用地620亩。"], True) == [False]
    assert _amounts(["前两年免收租金，第三年减半收取。"], True) == []
