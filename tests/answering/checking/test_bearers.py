"""Who bears a cost, asked of a cost no quoted rule names (bearers.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking import bearers
from tests.answering.checking.fake_evidence import evidence


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("退出清算请第三方机构的费用由谁承担？", "第三方机构"),
        ("设备做性能检测的费用由谁承担？", "性能检测"),
        ("培训用的训练模型，维护费用谁来承担？", "维护"),
        ("园区散伙请第三方来清算，这笔清算费谁掏？", "清算"),
        ("考核请专家的评审费用由哪一方出？", "评审"),
        ("培训的钱从哪里出？", "培训"),
        ("县区派驻的工作人员工资由谁来发？", "工作人员"),  # a wage paid out
    ],
)
def test_asked(question, head):
    found = bearers.asked(question)
    assert found is not None and found[0] == head


@pytest.mark.parametrize(
    "question",
    [
        "退出清算时园区债务由谁承担？",  # no cost named: a debt, a result
        "碳排放核算结果由谁来承担？",
        "土地出让成本扣得超过百分之五十五了，超出的那块谁来扛？",  # the cost is not what is borne
        "物业费是多少？",  # no bearer asked
        "哪些费用可以免收？",
        "培训是免费的吗，谁来出？",
        "这份通知是谁发的？",  # no cost: a notice issued
    ],
)
def test_not_asked(question):
    assert bearers.asked(question) is None


_DEBT = "二、债务处理：园区管理机构和平台公司的债务清偿方案，由合作双方按照投入比例承担。"
_BUY = "政府投资配置的设备，设备购置费用由市、区两级财政按照6:4的比例分担；"
_PARTS = "设备运行期间更换电池和电极片等耗材的费用计入日常维护保养费用，由设备管理单位承担。"


def test_bound_costs_read_the_clause_before_an_opening_bearer():
    assert bearers._bound_costs(_PARTS) == [
        "设备运行期间更换电池和电极片等耗材的费用计入日常维护保养费用，由设备管理单位"
    ]
    assert bearers._bound_costs(_BUY) == ["设备购置费用由市、区两级财政按照6:4的比例"]


def test_missing_when_the_rule_quoted_binds_another_cost():
    ev = evidence("退出时，合作双方应当委托第三方机构对园区资产进行清算。", _DEBT)
    assert bearers.missing("退出清算请第三方机构的费用由谁承担？", ev) == "bearer"
    ev = evidence(_BUY, "设备使用满8年或者性能检测不合格的，应当报废更新。")
    assert bearers.missing("设备做性能检测的费用由谁承担？", ev) == "bearer"


def test_not_missing_when_the_cost_asked_is_bound():
    ev = evidence(_BUY, _PARTS)
    assert bearers.missing("设备的电池和电极片到期了，换新的费用由谁承担？", ev) is None
    assert bearers.missing("社会单位买设备，购置的钱由谁出？", ev) is None
    ev = evidence("急救培训由区卫生健康局组织，培训费用从区卫生健康事业经费中列支。")
    assert bearers.missing("急救培训的费用从哪里出？", ev) is None
    assert bearers.missing("退出清算时园区债务由谁承担？", evidence(_BUY)) is None


def test_a_wage_asked_is_not_told_by_a_posting_rule():
    ev = evidence("第六条 飞出地负责招商引资，向合作区派驻工作人员不少于2名。")
    assert bearers.missing("县区派驻的工作人员工资由谁来发？", ev) == "bearer"
    ev = evidence("派驻人员的工资由派出单位发放。")
    assert bearers.missing("派驻人员的工资由谁来发？", ev) is None
