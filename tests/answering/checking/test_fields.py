"""The fields a group spans, asked by count or by name (fields.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.fields import asked, missing

# Fictional: a county logistics park's reports
COUNTS = [
    "截至2025年6月底，青岚物流园累计签约项目40个，已开工项目22个，其中9个项目建成投产。",
    "截至6月底，物流园市场主体达到2180户。",
]
BATCH = [
    "12月10日，首批18个园区项目认定结果公示期满。",
    "首批项目中，冷链仓储类7个、跨境电商类6个、食品加工类5个。",
]
FIELDS = ["截至2024年底，园区签约项目主要集中在冷链仓储和跨境电商两个领域。"]


@pytest.mark.parametrize(
    "question",
    [
        "已开工的22个项目分布在几个行业？",
        "签约项目涉及多少个产业门类？",
        "已投产的项目分布在哪几个领域？",
        "首批项目分成了哪几类？",
    ],
)
def test_fields_asked(question: str) -> None:
    assert asked(question)


@pytest.mark.parametrize(
    "question",
    [
        "已开工项目有几个？",
        "青岚公司2019年被拆分成哪两家公司？",
        "出让价款里哪几类成本可以先扣除？",  # kinds of a thing
        "签约项目有哪些？",
        "园区有多少家企业？",
        "园区重点发展哪些产业？",
    ],
)
def test_no_fields_asked(question: str) -> None:
    assert not asked(question)


def test_a_count_of_projects_is_no_count_of_fields() -> None:
    assert missing("截至2025年6月底已开工的22个项目分布在几个行业？", COUNTS)
    assert not missing("截至2024年底签约项目集中在几个领域？", FIELDS)


def test_one_batchs_classes_are_not_another_groups() -> None:
    assert missing("截至2024年底已开工的项目分布在哪几个领域？", BATCH)
    assert not missing("首批认定的项目分成了哪几类？", BATCH)
