"""A named tax asked (增值税, 企业所得税) is not told by tax in general or another kind (tax_kinds.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.tax_kinds import asked, kind, label, names
from tests.conftest import report_service

# Fictional: a county's logistics park reports its half year
REPORT = (
    "青溪物流园上半年工作通报\n2025年7月8日　来源：青溪县商务局\n"
    "今年上半年，入园企业实现产值6.3亿元，实现地方留成税收2150万元，带动就业1400余人。\n"
    "按照六比四的分享比例，这部分税收中的六成将在年底前拨付给各飞出地。\n"
    "入园企业上半年缴纳增值税1280万元，同比增长12%。\n"
)


@pytest.mark.parametrize(
    ("question", "tax"),
    [
        ("入园企业上半年缴纳的增值税是多少？", "增值税"),
        ("2024年园区企业缴纳了多少企业所得税？", "所得税"),
        ("上半年园区缴纳的关税是多少？", "关税"),
        ("园区企业缴纳的房产税有多少？", "房产税"),  # no gloss, three characters
        ("企业迁走后几年内迁回还能照原比例分税？", ""),  # 分税: a deed
        ("园区纳税人数是多少？", ""),
        ("园区上半年的地方留成税收是多少？", ""),  # tax in general
    ],
)
def test_the_tax_asked(question: str, tax: str) -> None:
    assert asked(question) == tax


def test_a_kind_is_a_noun_whose_gloss_ends_in_tax_or_duty() -> None:
    assert kind("增值税", "n") and kind("关税", "n")
    assert not kind("纳税", "n") and not kind("退税", "n") and not kind("税收", "n")
    assert not kind("缴税", "v")


def test_the_words_said_and_the_tax_named() -> None:
    assert label("2024年园区企业缴纳了多少企业所得税？", "所得税") == "企业所得税"
    assert names("增值税", "缴纳增值税1280万元")
    assert not names("增值税", "实现地方留成税收2150万元")


def test_a_named_tax_is_told_only_by_a_sentence_naming_it(tmp_path) -> None:
    svc = report_service(tmp_path, REPORT, "report.txt")
    other = svc.ask("入园企业上半年缴纳的企业所得税是多少？")
    assert other.abstained and other.answer.startswith("文档中没有企业所得税")
    assert other.citations  # the nearest evidence is still shown
    own = svc.ask("入园企业上半年缴纳的增值税是多少？")
    assert not own.abstained and "1280万元" in own.answer
    general = svc.ask("今年上半年入园企业实现的地方留成税收是多少？")
    assert not general.abstained and "2150万元" in general.answer
