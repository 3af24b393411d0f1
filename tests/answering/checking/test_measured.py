"""What the figure measures, and whom or where the question is about (measured.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.measured import measure
from tests.conftest import report_service

# Fictional: a county's enclave-park report whose figures belong to groups and other things
REPORT = (
    "青河飞地园区2025年上半年建设情况\n2025年7月12日　来源：青河日报\n"
    "6月18日，东湖区与青河园区签订飞地共建协议。\n"
    "签约现场，东湖区引进的3个项目同步签约，总投资24.8亿元，分别是冷链物流中心、汽车零部件基地和咖啡加工厂。\n"
    "第二批认定的飞地项目中，新能源和生物医药项目明显增多，共有6个。\n"
    "6月中旬，人才公寓一期300套正式交付，首批入住的大多是技术人员。\n"
    "上半年，园区口岸进出口货运量320万吨，同比增长12.5%。\n"
)


def _service(tmp_path):
    return report_service(tmp_path, REPORT)


@pytest.mark.parametrize(
    "question, noun",
    [
        ("2023年园区一共接待了多少游客？", "游客"),
        ("园区投资促进局有多少名工作人员？", "工作人员"),
        ("这家公司的注册资本是多少？", "注册资本"),
        ("园区口岸进出口货运量是多少？", "进出口货运量"),
        ("有几个？", ""),
    ],
)
def test_the_thing_counted_or_measured(question: str, noun: str) -> None:
    assert measure(question) == noun


def test_a_figure_of_something_else_is_no_answer(tmp_path) -> None:
    svc = _service(tmp_path)
    # the total of three projects is no answer for one of them
    one = svc.ask("冷链物流中心这个项目总投资多少亿元？")
    assert one.abstained and "24.8亿元" in one.answer
    # a count of 新能源 and 生物医药 together is no count of 新能源
    part = svc.ask("第二批飞地项目里新能源项目有几个？")
    assert part.abstained and "共有6个" in part.answer
    # a district no document names
    other = svc.ask("北川县和青河园区是哪一天签的飞地共建协议？")
    assert other.abstained
    # answered: the figure is the thing asked, the district is named
    assert not svc.ask("上半年园区口岸进出口货运量是多少？").abstained
    signed = svc.ask("东湖区和青河园区是哪一天签的飞地共建协议？")
    assert not signed.abstained and "6月18日" in signed.answer


def test_a_month_dated_mention_is_no_figure_beside_the_group(tmp_path) -> None:
    svc = report_service(
        tmp_path,
        REPORT + "10月中旬，冷链物流中心的桩基施工正在进行。\n",
    )
    # 10月 counts nothing: the group's total is still the only figure for the centre
    one = svc.ask("冷链物流中心的投资额是多少？")
    assert one.abstained and "24.8亿元" in one.answer
    assert not svc.ask("东湖区引进的3个项目总投资多少？").abstained
