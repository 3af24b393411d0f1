"""A part asked of a whole given by its figure is told of that whole, not another (focus.py)."""

from __future__ import annotations

from tests.conftest import report_service

# Fictional: a year-end report whose breakdown by kind is of another whole than the started
REVIEW = (
    "青河园区2024年盘点\n2025年1月8日　来源：青河日报\n"
    "截至2024年12月底，青河园区累计签约项目30个，已开工项目14个，其中4个项目建成投产。\n"
    "12月18日，首批19个园区项目认定结果公示期满。\n"
    "首批项目中，物流类7个、茶叶精制类8个、木材加工类4个。\n"
    "截至2024年9月底，园区签约的22个项目中已开工9个。\n"
)


def test_a_part_of_another_whole_does_not_answer(tmp_path) -> None:
    svc = report_service(tmp_path, REVIEW, "review.txt")
    other = svc.ask("截至2024年底已开工的14个项目里，有几个是茶叶精制项目？")
    assert other.abstained and other.answer.startswith("文档中没有茶叶精制")
    assert other.citations  # the nearest evidence is still shown
    # the breakdown told of the whole asked, by its figure or without one
    own = svc.ask("首批19个园区项目中茶叶精制类有几个？")
    assert not own.abstained and "8个" in own.answer
    plain = svc.ask("首批项目里木材加工类有几个？")
    assert not plain.abstained and "4个" in plain.answer


# Fictional: a park's rules list its industries; its report counts the second batch by kind
RULES_AND_REPORT = (
    "青河园区建设办法\n第八条 园区重点发展冷链物流、茶叶精制、木材加工、新能源等产业。\n"
    "青河园区半年报\n2025年7月8日　来源：青河日报\n"
    "4月28日，第二批11个园区项目认定结果公示期满。与首批以物流为主不同，第二批中新能源项目明显增多，共有5个。\n"
)


def test_a_list_naming_the_part_among_others_counts_none_of_it(tmp_path) -> None:
    svc = report_service(tmp_path, RULES_AND_REPORT, "report.txt")
    other = svc.ask("第二批认定的园区项目中茶叶精制类有几个？")
    assert other.abstained and other.answer.startswith("文档中没有茶叶精制")
    own = svc.ask("第二批认定的园区项目中新能源项目有几个？")
    assert not own.abstained and "5个" in own.answer


# Fictional: a 办法 whose statistics follow the tax share, set in another article
SHARE_RULES = (
    "青河市合作园区管理办法\n"
    "第七条 合作园区内企业缴纳的税收地方留成部分，由合作双方按照六比四的比例分享。\n"
    "第八条 合作园区的地区生产总值、固定资产投资等统计指标，由双方按照当年税收分享比例分别计入。\n"
)


def test_a_share_asked_by_its_rule_is_told_by_the_ratio_the_rule_follows(tmp_path) -> None:
    """「按什么比例计入」: 「按照当年税收分享比例分别计入」 answers it (checks.share_by_rule), no
    echo of the question's 比例."""
    svc = report_service(tmp_path, SHARE_RULES, "banfa.txt")
    ans = svc.ask("合作园区的地区生产总值这些统计指标按什么比例计入双方？")
    assert not ans.abstained and "按照当年税收分享比例分别计入" in ans.answer
