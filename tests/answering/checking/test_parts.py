"""A figure or a date the evidence holds only in part: a party's share of a split total, an
amount done where an agreed one is told, an undated deed asked for its future date (parts.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking import parts
from knowledge.answering.checking.parts import deed_asked, party_asked
from tests.conftest import report_service

# Fictional: a county's reports on a logistics park it builds with a river town
REPORT = (
    "青禾物流园共建进展通报\n2025年2月10日　来源：青禾县发展和改革局\n"
    "2024年，入园企业共缴纳地方税收6000万元，按照七比三的比例，青禾县分得4200万元。\n"
    "县里全年投入园区建设资金9000万元，其中七成以上用于道路和管网。\n"
    "截至2024年底，物流园累计签约项目22个、协议投资86.5亿元。\n"
    "园区一号冷库计划今年三季度开工，明年底建成。\n"
    "第二批入园企业认定计划在5月完成。\n"
    "下半年，园区将推动第三批入园企业认定申报。\n"
)


def _service(tmp_path):
    return report_service(tmp_path, REPORT)


@pytest.mark.parametrize(
    "question, party",
    [
        ("2024年的地方税收，河口镇这边拿到了多少？", "河口镇"),
        ("建设资金里用在道路和管网上的有多少？", "道路和管网"),
        ("2024年青禾县分得了多少地方税收？", "青禾县"),
        ("2024年入园企业共缴纳地方税收多少？", ""),  # a total asked: no party
    ],
)
def test_the_party_asked(question: str, party: str) -> None:
    assert party_asked(question) == party


@pytest.mark.parametrize(
    "question, deed",
    [
        ("一号冷库计划什么时候开工？", "开工"),
        ("第三批入园企业认定预计几月完成？", "完成"),
        ("二号冷库预计什么时候投入运营？", "运营"),
    ],
)
def test_the_deed_asked(question: str, deed: str) -> None:
    assert deed_asked(question) == deed


def test_a_party_share_is_not_worked_out(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(parts, "RULES", parts.RULES | {"share_of"})  # measured, off
    svc = _service(tmp_path)
    other = svc.ask("按七比三分成，2024年河口镇拿到了多少地方税收？")
    assert other.abstained and "4200万元" in other.answer
    told = svc.ask("2024年青禾县分得了多少地方税收？")
    assert not told.abstained and "4200万元" in told.answer
    # a share told of the party answers 「有多少用在…」, not a sum of money asked
    share = svc.ask("县里的园区建设资金有多少用在了道路和管网上？")
    assert not share.abstained and "七成" in share.answer
    money = svc.ask("县里的园区建设资金用在道路和管网上的是多少万元？")
    assert money.abstained


def test_an_agreed_amount_is_no_amount_done(tmp_path) -> None:
    svc = _service(tmp_path)
    done = svc.ask("截至2024年底，物流园实际完成投资多少？")
    assert done.abstained and "86.5亿元" in done.answer
    paid = svc.ask("物流园签约项目的资金已经到位多少？")
    assert paid.abstained
    agreed = svc.ask("截至2024年底，物流园签约项目的协议投资是多少？")
    assert not agreed.abstained and "86.5亿元" in agreed.answer


def test_a_future_date_of_an_undated_deed(tmp_path) -> None:
    svc = _service(tmp_path)
    third = svc.ask("第三批入园企业认定预计几月完成？")
    assert third.abstained
    second = svc.ask("第二批入园企业认定计划几月完成？")
    assert not second.abstained and "5月" in second.answer
    begun = svc.ask("一号冷库计划什么时候开工？")
    assert not begun.abstained and "三季度" in begun.answer
    other = svc.ask("二号冷库计划什么时候开工？")  # 一号冷库's start is not 二号冷库's
    assert other.abstained
