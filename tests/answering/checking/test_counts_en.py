"""A count asked in English is told by a clause naming the thing counted beside a count, not by
another thing's figure in the same sentence (counts_en.py)."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering.checking.counts_en import counts, missing
from tests.answering.checking.fake_evidence import evidence

# Fictional: a border town's high street, its checkpoint and its staff flats
STREET = "常住人口约2.4万人，新开的餐馆、药店沿着滨河路一字排开。"
CHECKPOINT = "高峰时段货车平均查验时间压缩到3小时以内。"
SHOPS = "截至9月底，滨河路新开餐馆36家。"
FLATS = "园区员工可申请入住公寓，租金减半，每个企业原则上不超过15套。"
DF = {"餐馆": 2, "货车": 1, "公寓": 1, "企业": 3, "员工": 1}


def _ev(*texts: str) -> SimpleNamespace:
    return evidence(*texts, df=DF)


def test_a_count_is_a_number_of_things_or_people() -> None:
    assert counts("截至9月底") is False and counts("压缩到3小时以内") is False
    assert counts("总投资6.8亿元") is False and counts("货运量达512.6万吨") is False
    assert counts("沿着滨河路一字排开") is False  # 一 measuring nothing
    assert counts("新开餐馆36家") and counts("常住人口约2.4万人")
    assert counts("the park signed 46 projects") and counts("with four new projects signed")
    assert not counts("freight reached 2.41 million tonnes") and not counts(
        "Kunming, 18 April 2025"
    )
    assert not counts("worth RMB 2.3 billion")


def test_another_things_figure_in_the_sentence_does_not_count_it() -> None:
    # the restaurants named in one clause, the residents counted in the other
    assert missing("How many restaurants opened along the river road?", _ev(STREET)) == "number"
    # trucks named beside a time
    assert missing("How many trucks pass the checkpoint each day?", _ev(CHECKPOINT)) == "number"


def test_a_clause_counting_the_thing_answers() -> None:
    assert missing("How many restaurants opened along the river road?", _ev(STREET, SHOPS)) is None
    # the flats counted per firm, the firm asked: a clause counting another word of the question
    assert missing("How many apartments may one firm rent at most?", _ev(FLATS)) is None


def test_left_alone() -> None:
    # not a count, a count in a unit, or a thing no quoted sentence names
    assert missing("What is the rent of the apartments?", _ev(FLATS)) is None
    assert missing("How many hours does clearance take?", _ev(CHECKPOINT)) is None
    assert missing("How many pharmacies opened?", _ev(CHECKPOINT)) is None
