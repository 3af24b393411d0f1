"""A length of time or a number of times asked by its measure word, and none told (spans.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking import spans
from tests.answering.checking.fake_evidence import evidence


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("这次现场会一共开了几天？", "span"),
        ("人才公寓最长可以住几年？", "span"),
        ("项目签约以后多少个月内必须开工？", "span"),
        ("从昆明坐火车到磨憨站大概要几个小时？", "span"),
        ("审查最多要用几个工作日？", "span"),
        ("派驻人员一年要考核几次？", "times"),
        ("能申请延期几回？", "times"),
        # a grade, a month's name, an ordinal, a list, a month, a count: no span asked
        ("磨憨实验学校有几年级？", None),
        ("认定一般是几月份？", None),
        ("第几年开始对半分？", None),
        ("哪几年的货运量超过了500万吨？", None),
        ("几月开工？", None),
        ("签约了几个项目？", None),
        # "a few" years, and a span that conditions another figure asked
        ("项目投产后头几年，地方税收飞出地能拿几成？", None),
        ("投产前几年飞出地能分到多大比例？", None),
    ],
)
def test_asked(question, kind):
    assert spans.asked(question) == kind


@pytest.mark.parametrize(
    "text",
    [
        "合作期限为15年。",
        "托管一年半以来，变化很大。",
        "合作区管委会应当自受理申报之日起15个工作日内完成审查。",
        "自公布之日起30日后施行。",
        "认定每季度集中开展一次。",
        "约五个小时便能抵达磨憨站。",
        "大军历时三日方抵城下。",
        "该亚科在地球上生存了近2,400万年。",
    ],
)
def test_span_told(text):
    assert spans.told("span", text)


@pytest.mark.parametrize(
    "text",
    [
        "5月10日，现场会议在磨憨召开。",
        "4月15日至16日，专题会议在磨憨召开。",
        "2024年，口岸货运量创新高。",
        "上半年新签约13个。",
        "2024年1—9月，货运量655.2万吨。",
        "二〇二四年五月八日印发。",
    ],
)
def test_date_is_no_span(text):
    assert not spans.told("span", text)


def test_times_told():
    assert spans.told("times", "可在期满前申请延期一次。")
    assert not spans.told("times", "向合作区派驻工作人员不少于2名。")


def test_missing_when_no_quoted_sentence_tells_it():
    ev = evidence("5月10日，现场会议在磨憨—磨丁合作区召开。")
    assert spans.missing("这次现场会一共开了几天？", ev) == "span"
    ev = evidence("向合作区派驻工作人员不少于2名。", "工作满2年的人员，视同基层工作经历。")
    assert spans.missing("派驻人员一年要考核几次？", ev) == "span"


def test_not_missing_when_told_or_not_asked():
    ev = evidence("确有客观原因的，可在期满前申请延期一次，延期不超过6个月。")
    assert spans.missing("最多能延几个月？", ev) is None
    assert spans.missing("能申请延期几次？", ev) is None
    assert spans.missing("延期要交什么材料？", ev) is None
