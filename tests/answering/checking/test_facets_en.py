"""The facet a figure is asked of in English (land, rent, tax, wage …), required of a quoted
figure-carrying sentence (facets_en.py)."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering.checking.facets_en import asked, held, missing
from knowledge.text.normalise import normalise
from tests.answering.checking.fake_evidence import evidence

# Fictional: a fruit company's warehouse in a border town
INVESTED = "果达公司在口岸新建冷库，总投资3.2亿元。"
AREA = "冷库占地约80亩，设计库容2万吨。"
RENT = "园区标准厂房租金为每月每平方米10元。"
TAXED = "今年上半年，入园企业实现地方税收2100万元。"
OUTPUT = "上半年入园企业实现工业总产值9.6亿元。"


def _ev(*texts: str) -> SimpleNamespace:
    return evidence(*texts)


def test_the_facets_a_figure_question_names() -> None:
    assert asked("What monthly wage do the warehouse workers earn?") == [("wage",)]
    # sum words side by side are one facet; a thing paid for is one beside a sum asked
    assert asked("How much local tax revenue did the firms pay?") == [("tax", "revenue")]
    assert asked("What land price per mu did the company pay?") == [("land",), ("price",)]
    assert asked("How much did the fruit company pay for the land?") == [("land",)]
    assert asked("What was the agreed investment of the warehouse?") == [("investment",)]
    # an area asked, a count, or no figure: no facet
    assert asked("How much land did the town supply?") == []
    assert asked("How many projects paid tax?") == []
    assert asked("Why is the rent low?") == []


def test_the_facet_is_held_through_its_chinese_terms() -> None:
    assert held("tax", normalise(TAXED)) and held("rent", normalise(RENT))
    assert held("output", normalise(OUTPUT)) and held("investment", normalise(INVESTED))
    assert not held("land", normalise(INVESTED))  # 口岸 is no land; no single 地 for a thing
    assert not held("salary", normalise(RENT))


def test_a_figure_of_another_facet_does_not_answer() -> None:
    # the company's investment and its area, asked its land price
    assert missing("How much did the fruit company pay for the land?", _ev(INVESTED, AREA))
    assert missing("What monthly wage do the warehouse workers earn?", _ev(RENT)) == "number"
    assert missing("What was the industrial output in the first half?", _ev(TAXED)) == "number"


def test_a_figure_of_the_facet_answers() -> None:
    assert missing("How much rent does a standard factory cost per month?", _ev(RENT)) is None
    assert missing("How much local tax revenue did the firms pay?", _ev(TAXED)) is None
    assert missing("What was the total investment of the cold store?", _ev(INVESTED)) is None
    # no figure quoted: left to the other checks
    assert missing("What monthly wage do the workers earn?", _ev("工人多为本地村民。")) is None


def test_a_deposit_is_a_facet_the_rent_does_not_tell() -> None:
    assert asked("How large a deposit does a tenant pay for a factory?") == [("deposit",)]
    assert missing("How large a deposit does a tenant pay for a factory?", _ev(RENT)) == "number"
    held_deposit = "入驻企业需缴纳押金5万元。"
    assert missing("How large a deposit does a tenant pay?", _ev(held_deposit)) is None
