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
