"""A calendar day asked decides which dated figure answers (days.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.days import _LIMIT, Day, asked_day, dated
from tests.conftest import report_service, reports_service


@pytest.mark.parametrize(
    "question, day",
    [
        ("截至2024年6月20日，累计签约了多少个项目？", Day("2024-06-20", "2024年6月20日", True)),
        ("到2024年12月31日为止，市场主体有多少户？", Day("2024-12-31", "2024年12月31日", True)),
        ("2024年5月10日的会议上签了多少个项目？", Day("2024-05-10", "2024年5月10日", False)),
        ("2024年6月20日那篇报道说签了多少个项目？", None),
        ("截至2024年6月中旬，累计签约了多少个项目？", None),
    ],
)
def test_the_day_a_question_asks(question: str, day: Day | None) -> None:
    assert asked_day(question) == day


@pytest.mark.parametrize(
    "text, days",
    [
        ("截至2024年9月底，累计签约项目32个", {"2024-09-30"}),
        ("截至年底，市场主体达到4587户", {"2024-12-31"}),
        ("12月20日，首批23个项目公示期满", {"2024-12-20"}),
        ("2024年1—9月，货运量655.2万吨", {"2024-09-30"}),
        ("2024年，货运量达到871.9万吨", {"2024-12-31"}),
        ("10月中旬的产业园，围挡已经拉起", set()),
        ("据了解，截至目前，累计签约项目17个", set()),
    ],
)
def test_the_days_a_figure_is_of(text: str, days: set[str]) -> None:
    assert dated(text, {2024}) == days


@pytest.mark.parametrize(
    "text, limit",
    [
        ("签约后30日内未开工的，取消认定", True),
        ("自受理申报之日起15个工作日内完成审查", True),
        ("自发布之日起两年内有效", True),
        ("每月10日前交换一次数据", False),
        ("本年度申报自2024年10月8日开始", False),
    ],
)
def test_a_time_limit_counted_from_an_event(text: str, limit: bool) -> None:
    assert bool(_LIMIT.search(text)) == limit


# Fictional: a park's June report (a count as it stands) and its year-end review
def test_a_day_asked_is_answered_by_the_figure_of_that_day(tmp_path) -> None:
    june = (
        "青川县与柳溪合作区签订首个共建协议\n2024年6月20日　来源：柳溪日报\n"
        "6月18日，青川县与柳溪合作区在柳溪签订共建协议。\n"
        "据了解，截至目前，柳溪沿边产业园累计签约项目17个、协议投资128.5亿元。\n"
    )
    review = (
        "柳溪合作区2024年建设盘点\n2025年1月10日　来源：柳溪日报\n"
        "截至2024年12月底，柳溪沿边产业园累计签约项目38个、协议投资301.2亿元。\n"
        "截至2024年9月底，柳溪沿边产业园累计签约项目32个。\n"
    )
    svc = reports_service(tmp_path, {"june.txt": june, "review.txt": review})
    told = svc.ask("截至2024年6月20日，柳溪沿边产业园累计签约了多少个项目？")
    assert not told.abstained and "17个" in told.answer
    told = svc.ask("截至2024年12月31日，柳溪沿边产业园累计签约了多少个项目？")
    assert not told.abstained and "38个" in told.answer
    # no figure is of 31 October: the nearest dated figures are quoted, not answered
    told = svc.ask("截至2024年10月31日，柳溪沿边产业园累计签约了多少个项目？")
    assert told.abstained and "2024年10月31日" in told.answer


# Fictional: a park's rules on starting work after signing
def test_a_day_asked_is_not_told_by_a_time_limit(tmp_path) -> None:
    rules = (
        "柳溪合作区飞地项目管理规定\n2024年8月1日　来源：柳溪合作区管委会\n"
        "第九条 飞地项目应当自签约之日起30日内办理开工手续。\n"
    )
    svc = report_service(tmp_path, rules, "rules.txt")
    assert svc.ask("柳溪合作区的飞地项目哪一天之前要办理开工手续？").abstained
    told = svc.ask("柳溪合作区的飞地项目办理开工手续的期限从哪天起算？")
    assert not told.abstained and "签约之日起" in told.answer
