"""A figure asked of one unit where only the whole's is told (subunits.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.subunits import asked_unit, missing
from tests.conftest import report_service


@pytest.mark.parametrize(
    "question, unit",
    [
        ("青石村小组2024年人均可支配收入是多少？", "青石村小组"),
        ("2024年柳溪实验学校招收了多少名学生？", "柳溪实验学校"),
        ("柳溪—青岚飞地产业园的税收有多少万元？", "柳溪—青岚飞地产业园"),
        ("飞地园区累计引进多少项目？", None),
        ("一家橡胶制品企业计划新建几条生产线？", None),
        ("合作区标准厂房建成了多少万平方米？", None),
    ],
)
def test_the_unit_a_question_opens_with(question: str, unit: str | None) -> None:
    assert asked_unit(question) == unit


# Fictional: a county's village report, the income told for all its villages together
def test_a_wholes_figure_is_no_villages(tmp_path) -> None:
    text = (
        "青岚县边境村寨的这一年\n2024年12月6日　来源：青岚日报\n"
        "今年全县打造了4个示范村，农村常住居民人均可支配收入预计达到1.72万元。\n"
        "新建的茶叶加工线在青石村小组投产，村民在家门口就业。\n"
        "新建的柳溪实验学校9月开学，首批招收学生980名。\n"
        "港岚冷链基地由青岚县引进。根据协议，基地占地约90亩，设冷库库容2.2万吨。\n"
    )
    svc = report_service(tmp_path, text, "villages.txt")
    asked = "青石村小组2024年人均可支配收入是多少？"
    assert missing(asked, svc.evidence(asked)) == "青石村小组"
    village = svc.ask(asked)
    assert village.abstained and "1.72万元" in village.answer
    assert (
        missing(
            "港岚冷链基地冷库库容是多少万吨？", svc.evidence("港岚冷链基地冷库库容是多少万吨？")
        )
        is None
    )
    school = svc.ask("2024年柳溪实验学校招收了多少名学生？")
    assert not school.abstained and "980名" in school.answer
    base = svc.ask("港岚冷链基地冷库库容是多少万吨？")
    assert not base.abstained and "2.2万吨" in base.answer


# Fictional: a half-year report opening at one enclave park, its figure told for the county's park
def test_a_figure_sentence_naming_another_park_is_that_parks(tmp_path) -> None:
    text = (
        "青岚园区半年报\n2025年7月10日　来源：青岚日报\n"
        "在柳溪—青岚飞地产业园，冷库已经试运行。"
        "截至6月底，青岚沿边产业园累计签约项目44个，协议投资210亿元。\n"
        "柳溪实验学校今年招收学生980名。\n"
    )
    svc = report_service(tmp_path, text, "half.txt")
    park = svc.ask("柳溪—青岚飞地产业园截至6月底签约了多少个项目？")
    assert park.abstained and park.refusal_rule == "shapes:subunit" and "44个" in park.answer
    whole = svc.ask("青岚沿边产业园截至6月底签约了多少个项目？")
    assert not whole.abstained and "44个" in whole.answer


# Fictional: the village named in the sentence before, the figure told of the whole district
def test_a_districts_figure_after_a_village_named_is_no_villages(tmp_path) -> None:
    text = (
        "青岚边境村寨的这一年\n2024年12月6日　来源：青岚日报\n"
        "在青石村小组，帮扶单位建起了茶叶加工线，茶叶从论斤卖变成了按盒卖。"
        "今年青岚区打造了4个示范村，农村常住居民人均可支配收入预计达到1.72万元。\n"
        "在白沙村小组，村民人均可支配收入达到1.5万元。\n"
    )
    svc = report_service(tmp_path, text, "villages.txt")
    asked = "青石村小组的人均可支配收入是多少？"
    assert missing(asked, svc.evidence(asked)) == "青石村小组"
    told = svc.ask("白沙村小组的人均可支配收入是多少？")  # the village's own figure
    assert not told.abstained and "1.5万元" in told.answer
