"""Whose facet a quoted figure is: the noun a clause puts before the facet's term, held against
the thing an English question asks the facet of (owners_en.py)."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering.checking.owners_en import missing
from knowledge.text.normalise import normalise
from tests.answering.checking.fake_evidence import evidence

# Fictional: a border town's logistics park
FACTORY_RENT = "园区标准厂房租金为每月每平方米10元。"
FLAT_RENT = "园区员工宿舍租金按周边市场价的60%收取，每家企业不超过15套。"
AGREED = "截至6月底，园区累计签约项目20个、协议投资85.6亿元。"
TOTAL = "三个项目同步签约，总投资12.4亿元。"


def _ev(*texts: str) -> SimpleNamespace:
    return evidence(*texts)


def test_another_things_facet_does_not_answer() -> None:
    # 标准厂房's rent, asked an office's or a warehouse's
    assert missing("What is the monthly rent per square metre for offices?", _ev(FACTORY_RENT))
    assert missing("What monthly rent per square metre do warehouses pay?", _ev(FACTORY_RENT))


def test_the_facet_of_the_thing_named_answers() -> None:
    asked = "What is the monthly rent per square metre of the standard factory buildings?"
    assert missing(asked, _ev(FACTORY_RENT)) is None
    # 协议投资 is the agreed investment (CC-CEDICT: 协议 "agreement"); 总投资's 总 is no thing
    assert missing("How much agreed investment had the park signed?", _ev(AGREED)) is None
    assert missing("What total investment did the three projects carry?", _ev(TOTAL)) is None


def test_a_rent_with_no_other_thing_before_it_answers() -> None:
    plain = "租金为每月每平方米9元，按季度缴纳。"
    assert missing("What monthly rent per square metre do offices pay?", _ev(plain)) is None


def test_a_share_tells_how_much_rent_but_not_a_rent_per_unit() -> None:
    # the dormitory's rent as a share of the market price: "how much rent" told, a rent per
    # square metre not — and then the factories' 10元 is another thing's
    assert missing("How much rent do staff pay for a dormitory?", _ev(FLAT_RENT)) is None
    asked = "What is the monthly rent per square metre for a dormitory?"
    assert missing(asked, _ev(FACTORY_RENT, FLAT_RENT)) == "number"


def test_no_facet_or_no_figure_is_left_alone() -> None:
    assert missing("How many offices does the park have?", _ev(FACTORY_RENT)) is None
    assert missing("What is the monthly rent for offices?", _ev("园区位于口岸北侧。")) is None
    assert normalise(FACTORY_RENT) == FACTORY_RENT
