"""An amount of money asked, and the quoted sentences give none, or none for the party asked
(amounts.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.amounts import change_unmet, money_asked, receiver, unmet

# Fictional: a county park's tax split and its rents
RULE = "第九条 园区项目的地方税收，前3年按引进地70%、园区30%的比例分享，第4年起各占一半。"
SAID = "按照办法的分享比例，引进地的项目投产后能分到七成的地方税收。"
PAID = "2024年，园区项目共实现地方税收5600万元，按七比三的比例，引进地分得3920万元。"
TOTAL = "今年上半年，园区项目实现地方税收2100万元，带动就业1200余人。"
RENT = "厂房租金为每月每平方米15元。"
FLATS = "园区员工可申请入住人才公寓，租金按同地段市场价的60%收取。"
COUNT = "2024年，园区实施民生项目36个，三年累计达到90个。"
FREIGHT = "2024年，青岚口岸货运量达到612.5万吨，同比增长12.4%。"
AID = "帮扶单位今年共投入帮扶资金5200万元，其中七成以上用于产业项目。"
PEOPLE = "截至年底，园区实有人口约2.6万人，比上年增加3000人。"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("第4年起园区税收分成能拿多少钱？", True),
        ("引进地能拿到多少亿税收分成？", True),
        ("民生项目花了多少万元？", True),
        ("2024年园区自己留下的地方税收，园区留下了多少？", True),
        ("引进地分到了多少地方税收？", True),
        ("人才公寓租金按市场价的几成收？", False),  # a share of a price
        ("人才公寓的租金是市场价的多少？", False),
        ("项目投产后引进地能分到税收的百分之多少？", False),
        ("投资服务窗口下午几点开门？", False),  # 投资…几: an hour
        ("2024年口岸货运量是多少万吨？", False),
        ("有多少个项目拿到了补贴？", False),  # a count
    ],
)
def test_money_asked(question: str, asked: bool) -> None:
    assert money_asked(question) is asked


def test_a_share_or_a_count_is_no_amount() -> None:
    assert unmet("第4年起园区税收分成能拿多少钱？", [RULE])
    assert unmet("引进地能拿到多少亿税收分成？", [SAID, FREIGHT])  # 万吨 is no money
    assert unmet("民生项目花了多少万元？", [COUNT])
    assert not unmet("厂房租金每平方米多少钱？", [RENT])
    assert not unmet("人才公寓租金按市场价的几成收？", [FLATS])


def test_the_party_asked_must_be_the_one_the_money_goes_to() -> None:
    assert receiver("2024年园区这边拿到了多少地方税收？") == "园区"
    assert receiver("2024年税收分成给引进地的是多少亿？") == "引进地"
    assert receiver("园区2024年的地方税收是多少？") == ""
    assert receiver("2024年的税收分享中飞出地一共分到多少钱？") == "飞出地"
    assert receiver("2024年各飞出地一共分到了多少钱的税？") == "飞出地"
    assert unmet("2024年园区这边拿到了多少地方税收？", [PAID])  # 3920万元 is 引进地's
    assert not unmet("2024年税收分成给引进地的是多少亿？", [PAID])
    assert unmet("今年上半年引进地一共能分到多少万元？", [TOTAL, SAID])  # the whole to share
    assert not unmet("园区2024年的地方税收是多少？", [PAID])


def test_a_whole_with_its_part_told_as_a_share_is_no_amount_of_the_part() -> None:
    assert unmet("帮扶资金里用于产业项目的有多少万元？", [AID])
    assert not unmet("帮扶单位今年一共投入帮扶资金多少万元？", [AID])
    assert not unmet("帮扶资金有多少用在了产业项目上？", [AID])  # no unit: 七成 answers


def test_a_change_asked_in_a_measure_needs_a_change_told_in_one() -> None:
    assert change_unmet("2024年口岸货运量增加了多少万吨？", [FREIGHT])  # a level and a rate
    assert not change_unmet("园区实有人口比上年增加了多少人？", [PEOPLE])
    assert not change_unmet("2024年口岸货运量增长了多少？", [FREIGHT])  # no measure: a rate does


def test_a_table_row_naming_the_party_answers() -> None:
    table = (
        "序号\t县区\t项目数\t金额（万元）\n1\t青岚县\t4\t320\n2\t河湾区\t3\t180\n共下达资金500万元"
    )
    assert not unmet("第一批扶持资金里，青岚县分到多少？", [table])
    assert unmet("2024年园区这边拿到了多少地方税收？", [PAID, RULE])  # 园区30%: a share


# the figure's own clause names the thing its money belongs to (written for the tests, fictional)
PLANT = "入园企业租用标准厂房的，头一年免租。厂房租金为每月每平方米9元。"
FLATS = "企业骨干可申请入住青年公寓，租金按周边市场价的六成收取。"
INCOME = "全镇农村居民人均可支配收入预计达到1.52万元，增长7.1%。"
CREDIT = "贴息资金每年不超过800万元，总投资2.6亿元的物流园已开工。"


def test_another_things_money_figure_is_no_answer() -> None:
    assert unmet("青年公寓每月的租金是多少元？", [PLANT, FLATS])  # 厂房's rent
    assert unmet("农村居民人均经营性收入预计多少万元？", [INCOME])  # 可支配收入's
    assert not unmet("标准厂房每月每平方米租金多少元？", [PLANT, FLATS])
    assert not unmet("农村居民人均可支配收入预计多少万元？", [INCOME])
    assert not unmet("每平方米租金多少钱？", [PLANT])  # no thing asked: the figure may answer


def test_a_clause_naming_no_thing_may_answer() -> None:
    # 「总投资2.6亿元」 names no thing before its noun: it may be the thing asked's
    assert not unmet("物流园的建设资金投资了多少亿元？", [CREDIT])
