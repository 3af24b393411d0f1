"""A figure of a sibling attribute: the subject told, the attribute asked not (siblings.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking import siblings
from knowledge.answering.checking.siblings import (
    asked,
    class_of,
    figures,
    label_at,
    names_family,
    sibling,
    upto,
)
from tests.conftest import report_service

# Fictional: a county's report on a river port and its logistics park
REPORT = (
    "青溪港物流园建设情况通报\n2025年4月2日　来源：青溪县商务局\n"
    "禾川供应链公司将在青溪港物流园兴建冷库，总投资4.2亿元，占地约80亩。\n"
    "园区标准仓库租金为每月每平方米15元，前两年减半收取。\n"
    "入园企业的技术人员可申请入住园区宿舍，租金按市场价的60%收取。\n"
    "今年一季度，入园企业实现产值9.6亿元，实现地方税收2100万元，带动就业1800余人。\n"
    "新建的园区职工学校首批招收学员420名。\n"
    "考核优秀的园区，县财政按照当年新增税收的百分之十给予奖励。\n"
)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("冷库建成后要招多少工人？", ("people", "工人", False)),
        ("标准仓库的物业管理费是多少？", ("money", "管理费", False)),
        ("园区宿舍每月租金是多少元？", ("money", "租金", True)),
        ("职工学校要花多少钱？", ("money", "", False)),
        ("能提供多少个就业岗位？", ("people", "", False)),
        ("冷库占地多少亩？", ("area", "", False)),
        ("园区宿舍一共有多少套？", (None, "", False)),  # a count in its own unit
        # a head word jieba tags a verb, next to the asking word
        ("新建一平方米标准仓库的造价是多少？", ("money", "造价", False)),
        ("新建标准仓库要花多少造价？", ("money", "造价", False)),
        ("贴息资金多久拨付一次？", (None, "", False)),  # a length of time
        ("冷库能存多少吨货？", (None, "", False)),
        ("一家企业最多能申请多少套人才公寓？", (None, "", False)),  # 人才公寓 is no people
    ],
)
def test_the_class_asked(question: str, expected: tuple) -> None:
    assert asked(question) == expected


def test_figures_with_their_class_and_label() -> None:
    found = figures("园区标准仓库租金为每月每平方米15元，带动就业1800余人，新建3个仓库。", "")
    assert [(k, label) for k, label, _ in found] == [
        ("money", "园区标准仓库租金"),
        ("people", "带动就业"),
        ("count", "新建"),
    ]
    assert figures("带动300个就业岗位", "")[0][0] == "people"
    assert figures("今年6月动工", "")[0][0] == "time"  # a month is no figure of another class
    assert figures("按新增税收的百分之十给予奖励", "")[0][:2] == ("share", "")


@pytest.mark.parametrize(
    "label, attr, expected",
    [
        ("标准仓库租金", "物业管理费", True),
        ("实现产值", "工资总额", True),
        ("首批招收学员", "老师", False),  # 学员 is no head word: nothing decided
        ("首批招收学生", "老师", True),
        ("总投资", "投资", False),
        ("房租", "租金", False),
        ("一次性奖励", "奖金", False),  # one family
        ("带动就业", "员工", False),
        ("发展专项资金", "经费", False),
        ("建成标准厂房", "投资", False),  # no attribute word before the figure
        ("标准仓库租金", "售价", True),  # a rent is no selling price
        ("标准仓库租金", "价格", True),
        ("标准仓库租金", "造价", True),  # nor a building cost
        ("发展专项资金", "造价", True),
        ("总投资", "出让金", True),
    ],
)
def test_a_sibling(label: str, attr: str, expected: bool) -> None:
    assert sibling(label, attr) is expected


def test_a_question_word_naming_the_told_attribute_makes_it_no_sibling() -> None:
    """「租用价格」 asks the rent: 租用 shares the gloss "rent" with 租金."""
    assert not sibling("标准仓库租金", "价格", "标准仓库的租用价格每平方米多少钱？")
    assert sibling("标准仓库租金", "价格", "标准仓库的出售价格每平方米多少钱？")


@pytest.mark.parametrize(
    "question, attr",
    [
        ("盖一平米标准仓库要花多少钱？", "造价"),
        ("标准仓库每平方米卖多少钱？", "售价"),
        ("租一平米标准仓库每月要多少钱？", "租金"),
        ("职工学校要花多少钱？", ""),  # no deed named
    ],
)
def test_the_deed_a_money_question_asks(question: str, attr: str) -> None:
    assert siblings.deed(question) == attr


def test_class_of() -> None:
    assert class_of("员工人数") == "people" and class_of("工资总额") == "money"
    assert class_of("人才公寓") is None and class_of("面积") == "area"


def test_a_figure_of_another_class_or_attribute_is_no_answer(tmp_path) -> None:
    svc = report_service(tmp_path, REPORT)
    for q, what in (
        ("禾川的冷库要招多少工人？", "number"),  # only money and an area told of it
        ("园区标准仓库的物业费每平方米多少钱？", "物业费"),  # the rent told
        # a share (no sum in 元, which is asked) and the firms' output and tax
        ("入园企业技术人员住的园区宿舍每月租金是多少元？", "租金"),
        ("今年一季度入园企业发了多少工资？", "工资"),  # output value and tax told
        ("园区标准仓库每平方米的售价是多少？", "售价"),  # the rent told
        ("新建一平方米园区标准仓库的造价是多少？", "造价"),
        ("盖一平方米园区标准仓库要花多少钱？", "造价"),  # a deed's money: the rent told
    ):
        assert siblings.missing(q, svc.evidence(q)) == what, q
        assert svc.ask(q).abstained, q
    for q, fact in (
        ("禾川的冷库一共投资多少钱？", "4.2亿元"),
        ("园区标准仓库每平方米每月房租多少？", "15元"),
        ("园区标准仓库的租用价格每平方米每月多少钱？", "15元"),
        ("禾川的冷库建成要花多少钱？", "4.2亿元"),  # the investment tells what building costs
        ("入园企业的技术人员住园区宿舍，租金要交多少？", "60%"),  # a share tells a rent
        ("今年一季度入园企业带动了多少人就业？", "1800"),
        ("职工学校首批招了多少名学员？", "420"),
    ):
        ans = svc.ask(q)
        assert not ans.abstained and fact in ans.answer, q
    # a rate of a base (按…税收的百分之十) tells a reward: the base is no sibling
    reward = "考核优秀的园区能拿到多少奖励？"
    assert siblings.missing(reward, svc.evidence(reward)) is None


def test_each_rule_can_be_switched_off(tmp_path, monkeypatch) -> None:
    svc = report_service(tmp_path, REPORT)
    monkeypatch.setattr(siblings, "RULES", frozenset())
    assert svc.ask("禾川的冷库要招多少工人？").refusal_rule != "shapes:siblings"


def test_a_label_its_clause_and_its_family() -> None:
    t = "园区标准仓库租金为每月每平方米15元，前两年减半收取。"
    at = t.index("15元")
    assert label_at(t, at) == "园区标准仓库租金"
    assert upto(t, at) == "园区标准仓库租金为每月每平方米15元"
    assert names_family("园区标准仓库租金", "房租") and names_family("共投入帮扶资金", "经费")
    assert not names_family("园区标准仓库租金", "押金")  # another family
    assert not names_family("建成标准厂房", "投资")  # no attribute word: nothing labelled
