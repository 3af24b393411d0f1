"""The periods a question or a sentence names, read with their start and end (periods.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.periods import spans_in
from tests.conftest import report_service, reports_service


@pytest.mark.parametrize(
    "text, spans",
    [
        ("2024年下半年吞吐量", {(7, 12)}),
        ("2024年第四季度", {(10, 12)}),
        ("2024年1—9月，吞吐量", {(1, 9)}),
        ("12月吞吐量是多少", {(12, 12)}),
        ("截至2024年12月底，累计", {(0, 12)}),
        ("2024年前9个月的吞吐量", {(1, 9)}),
        ("头十个月", {(1, 10)}),
        ("截至2024年6月中旬，累计", {(0, 6)}),
        ("5月10日召开会议", set()),
    ],
)
def test_periods_read_with_their_start(text: str, spans: set) -> None:
    assert spans_in(text, question=True) == spans


def test_a_month_naming_the_report_is_no_period() -> None:
    assert spans_in("2024年10月那篇报道说的签约数是多少", question=True) == set()


# Fictional: a county port's report on its first three quarters
def test_the_first_months_asked_in_words_are_that_period(tmp_path) -> None:
    text = (
        "柳溪港前三季度运行情况\n2024年10月12日　来源：柳溪县交通运输局\n"
        "2024年1—9月，柳溪港集装箱吞吐量31.6万标箱，同比增长12.5%。\n"
    )
    svc = report_service(tmp_path, text, "port.txt")
    told = svc.ask("2024年前9个月柳溪港集装箱吞吐量是多少？")
    assert not told.abstained and "31.6万标箱" in told.answer
    assert svc.ask("2024年前10个月柳溪港集装箱吞吐量是多少？").abstained


# Fictional: a park's June report (a count as it stands) and its year-end review
def test_a_month_asked_is_answered_by_the_report_of_that_month(tmp_path) -> None:
    june = (
        "青川县与柳溪合作区签订首个共建协议\n2024年6月20日　来源：柳溪日报\n"
        "6月18日，青川县与柳溪合作区在柳溪签订共建协议。\n"
        "据了解，截至目前，柳溪沿边产业园累计签约项目17个、协议投资128.5亿元。\n"
    )
    review = (
        "柳溪合作区2024年建设盘点\n2025年1月10日　来源：柳溪日报\n"
        "截至2024年12月底，柳溪沿边产业园累计签约项目38个、协议投资301.2亿元。\n"
        "12月20日，首批23个飞地项目认定结果公示期满，正式纳入项目库。\n"
    )
    svc = reports_service(tmp_path, {"june.txt": june, "review.txt": review})
    told = svc.ask("截至2024年6月中旬，柳溪沿边产业园累计签约了多少个项目？")
    assert not told.abstained and "17个" in told.answer and "38个" not in told.answer
    # the end of June is no report of the 20th: the documents do not have it
    assert svc.ask("截至2024年6月底，柳溪沿边产业园累计签约了多少个项目？").abstained


def test_a_whole_year_asked_in_words_is_no_running_total(tmp_path) -> None:
    from tests.conftest import make_service

    text = (
        "青岚县物流园建设一年间\n2023年11月6日　来源：青岚日报\n"
        "截至10月底，物流园登记在册的市场主体达到1460户，比建园前增长近一倍。\n"
        "2023年，青岚港集装箱吞吐量达到41.2万标箱，比2022年增长12.5%。\n"
    )
    svc = make_service(
        tmp_path / "y", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    path = tmp_path / "year.txt"
    path.write_text(text, encoding="utf-8")
    svc.ingest_paths([path])
    stock = svc.ask("2023年一整年物流园市场主体达到多少户？")
    assert stock.abstained and "1460户" in stock.answer
    port = svc.ask("2023年一整年青岚港集装箱吞吐量是多少？")
    assert not port.abstained and "41.2万标箱" in port.answer


# Fictional: a county's tourism figures told for its first eleven months only
def test_a_year_asked_alone_is_no_part_of_it_counted_from_january(tmp_path) -> None:
    text = (
        "青岚县文旅融合这一年\n2024年12月8日　来源：青岚日报\n"
        "1—11月，青岚县接待游客52.3万人次，旅游收入4.1亿元。\n"
        "2024年，青岚港集装箱吞吐量达到41.2万标箱，比2023年增长12.5%。\n"
    )
    svc = report_service(tmp_path, text, "tour.txt")
    year = svc.ask("2024年青岚县接待游客多少人次？")
    assert year.abstained and "全年" in year.answer and "52.3万人次" in year.answer
    part = svc.ask("2024年1—11月青岚县接待游客多少人次？")
    assert not part.abstained and "52.3万人次" in part.answer
    port = svc.ask("2024年青岚港集装箱吞吐量是多少？")
    assert not port.abstained and "41.2万标箱" in port.answer


def test_a_sentence_tells_a_whole_year_by_its_figure_or_quanian() -> None:
    from types import SimpleNamespace

    from knowledge.answering.checking.periods import tells_year

    told = {
        "2024年，磨憨口岸进出口货运量达到871.9万吨。": True,
        "市级财政全年下达专项资金2.4亿元。": True,
        "2024年1—12月，口岸货运量871.9万吨。": True,
        "Freight for the full year 2024 reached 8.7 million tonnes.": True,
        "截至2024年12月底，园区累计签约项目38个。": False,  # a moment at the year's end
        "项目计划2026年底投入营运。": False,
        "- 23 projects were certified in the first batch in December 2024.": False,
        "2023年，口岸货运量628.4万吨。": False,  # another year's
    }
    assert {t: tells_year({2024}, SimpleNamespace(text=t)) for t in told} == told
