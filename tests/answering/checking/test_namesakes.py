"""A named place or institution asked, and the evidence names another of its kind (namesakes.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking import namesakes
from tests.answering.checking.fake_evidence import evidence


@pytest.mark.parametrize(
    ("question", "texts", "found"),
    [
        (
            "瑞丽口岸2025年上半年进出口货运量多少万吨？",
            ["2025年上半年，磨憨口岸进出口货运量502.7万吨，同比增长21.6%。"],
            "瑞丽口岸",
        ),
        (
            "河口口岸2025年上半年进出口货运量是多少万吨？",
            ["2025年上半年，磨憨口岸进出口货运量502.7万吨。"],
            "河口口岸",
        ),
        (
            "呈贡区跟合作区的共建协议是哪天签的？",
            ["6月18日，官渡区人民政府与合作区管理委员会在磨憨签订“飞地园区”共建协议。"],
            "呈贡区",
        ),
        (
            "昆明市第一人民医院磨憨分院新开设了哪些科室？",
            ["昆明市延安医院磨憨分院新开设了儿科和妇产科。"],
            "昆明市第一人民医院",
        ),
        (
            "安宁—磨憨飞地产业园的合作期限是多少年？",
            ["根据协议，官渡区将规划约300亩土地，建设“官渡—磨憨飞地产业园”，合作期限为15年。"],
            "安宁磨憨飞地产业园",
        ),
    ],
)
def test_another_of_its_kind_told(question, texts, found):
    assert namesakes.missing(question, evidence(*texts)) == found


# question | quoted sentence: no other one of the kind told in the place of the one asked
_NOT = """
# the name asked is told
2025年上半年磨憨口岸进出口货运量是多少万吨？ | 2025年上半年，磨憨口岸进出口货运量502.7万吨。
# a part of the name said, the rest told (官渡 of 「官渡—磨憨飞地产业园」)
官渡飞地产业园的合作期限是多少年？ | 建设“官渡—磨憨飞地产业园”，合作期限为15年。
# a kind word before the unit is a description, not a name (国际, 边境, 实验)
磨憨那个国际口岸的货运量是多少？ | 2025年上半年，磨憨口岸进出口货运量502.7万吨。
边境口岸上半年的货运量是多少？ | 2025年上半年，磨憨口岸进出口货运量502.7万吨。
新建的实验学校首批招收了多少名学生？ | 新建的磨憨实验学校9月开学，首批招收学生1260名。
# a name asked with its country, the one told (中国 of 中国磨憨口岸)
中国磨憨口岸上半年货运量是多少？ | 2025年上半年，磨憨口岸进出口货运量502.7万吨。
# the name asked stands in the sentence carrying the answer
北川园区有几个合作方？ | 南岭、东渡和北川三个飞地园区各有2个合作方。
# the sentence carrying the answer names no other one of the unit's kind
勐腊口岸的货运量是多少？ | 上半年货运量502.7万吨。
# a Traditional text names the one asked (呈貢區)
呈贡区引进的项目总投资多少？ | 今次項目由呈貢區引進，總投資6.8億元，呈貢區負責招商。
# a why asked is left alone
瑞丽口岸的货运量为什么增长？ | 2025年上半年，磨憨口岸进出口货运量502.7万吨。
"""


@pytest.mark.parametrize(
    ("question", "text"),
    [
        tuple(part.strip() for part in line.split("|"))
        for line in _NOT.strip().splitlines()
        if line and not line.startswith("#")
    ],
)
def test_not_another_one(question, text):
    assert namesakes.missing(question, evidence(text)) is None


def test_names_read_by_meaning():
    assert namesakes.naming("延安")  # a proper reading in CC-CEDICT
    assert namesakes.naming("磨憨")  # no entry: a name the dictionary does not know
    assert namesakes.naming("第一")  # an ordinal names which one
    assert not namesakes.naming("国际")  # a common word describes
    assert not namesakes.naming("边境")
    assert not namesakes.naming("地建园", "n")


def test_mentions():
    assert namesakes.mentions("在回库村小组，帮扶单位引进企业") == [("回库村", "村", ["回库"])]
    assert namesakes.mentions("呈贡区跟合作区") == [("呈贡区", "区", ["呈贡"])]
    assert namesakes.mentions("国际口岸城市") == []
    # a word jieba's unknown-word reading makes up from a phrase (地建园, tagged n) is no name
    assert namesakes.mentions("县区到磨憨认领用地建园区的办法") == []
