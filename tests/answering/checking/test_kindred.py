"""A figure of the same class measuring a kindred thing is no answer (kindred.py)."""

from __future__ import annotations

import re

import pytest

from knowledge.answering.checking import kindred
from knowledge.answering.checking.kindred import STAGES, WEIGHT, directions, families, last_family
from tests.conftest import report_service

# Fictional: a county's report on a river port and its logistics park
REPORT = (
    "青溪港物流园建设情况通报\n2025年4月2日　来源：青溪县商务局\n"
    "今年一季度，青溪港进出口货运量达到138.4万吨，同比增长12.5%。\n"
    "禾川供应链公司将在青溪港物流园兴建冷库，设计库容2.6万吨，主要存放柑橘和茶叶。\n"
    "截至3月底，物流园累计签约项目19个、协议投资46.3亿元。\n"
    "园区内已开工项目7个，其中3个项目建成投产。\n"
    "从行业看，签约项目中冷链物流类占了大部分。\n"
)
_WEIGHT = {k: re.compile(v) for k, v in WEIGHT.items()}
_STAGE = {k: re.compile(v) for k, v in STAGES.items()}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("设计库容", "hold"),
        ("青溪港进出口货运量", "flow"),
        ("年产量", "make"),
        ("2025年产业园", None),  # a year before 产业园 is no output
    ],
)
def test_the_weight_family_of_a_label(text: str, expected: str | None) -> None:
    assert last_family(text, _WEIGHT) == expected


def test_stages_and_directions() -> None:
    assert families("已经开工的项目有几个", _STAGE) == {"start"}
    assert families("累计签约项目", _STAGE) == {"sign"}
    assert families("建成投产", _STAGE) == {"run"}
    assert directions("进口货运量") == {"in"} and directions("出口了多少") == {"out"}
    assert directions("进出口货运量") == {"both"}
    assert "both" in directions("进口和出口加起来")
    assert families("落地了多少个项目", _STAGE) == set()  # a loose word, no stage


def test_a_kindred_figure_is_no_answer(tmp_path) -> None:
    svc = report_service(tmp_path, REPORT)
    for q, what in (
        ("禾川的冷库每年能周转多少吨柑橘？", "number"),  # a capacity told
        ("今年一季度青溪港进口了多少万吨货物？", "number"),  # only both directions told
        ("截至3月底，物流园有多少个项目通过了认定？", "number"),  # only signed projects counted
        ("今年一季度青溪港货运量里茶叶占多少？", "share"),  # no share of the total told
    ):
        assert kindred.missing(q, svc.evidence(q)) == what, q
        assert svc.ask(q).abstained, q
    for q, fact in (
        ("禾川的冷库能存放多少吨货？", "2.6万吨"),
        ("今年一季度青溪港进出口货物一共多少万吨？", "138.4"),
        ("截至3月底物流园一共签了多少个项目？", "19个"),
        ("园区里已经建成投产的项目有几个？", "3个"),
        # words said loosely: 落地 for the signed projects, 进口和出口 together for 进出口
        ("截至3月底，物流园一共落地了多少个项目？", "19个"),
        ("今年一季度青溪港进口和出口的货物加起来有多少万吨？", "138.4"),
    ):
        ans = svc.ask(q)
        assert not ans.abstained and fact in ans.answer, q


def test_each_rule_can_be_switched_off(tmp_path, monkeypatch) -> None:
    svc = report_service(tmp_path, REPORT)
    monkeypatch.setattr(kindred, "RULES", frozenset())
    q = "今年一季度青溪港进口了多少万吨货物？"
    assert kindred.missing(q, svc.evidence(q)) is None


def test_a_share_said_in_words_is_not_decided_here() -> None:
    q = "签约项目里冷链物流类占多少？"
    figs = [("count", "累计签约项目", "累计签约项目19个", "截至3月底，物流园累计签约项目19个。")]
    assert kindred._share(q, figs, [figs[0][3]])  # a count only: no share told
    assert not kindred._share(q, figs, [figs[0][3], "签约项目中冷链物流类占了大部分。"])
