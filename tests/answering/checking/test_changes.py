"""A change asked of a thing that no quoted sentence or passage drawn on tells a change of
(changes.py)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.changes import asked, names, tells
from tests.conftest import reports_service

# Fictional: a trade paper's report (in Traditional characters) on a firm's warehouse in a
# county's logistics park, and the park's own review
FIRM = (
    "港企落戶柳溪物流園\n2025年4月2日　來源：嶺南商報\n"
    "嶺川倉儲有限公司昨日與柳溪縣政府簽署協議，在柳溪物流園興建保稅倉庫，總投資4.2億元。\n"
    "根據協議，倉庫佔地約80畝，設貨架倉位1.6萬個，計劃今年9月動工。\n"
    "公司負責人表示，貨物經內河港轉運後，通關時間可縮短約四分之一。\n"
)
REVIEW = (
    "2024年柳溪物流园年终回顾\n2025年1月12日　来源：柳溪日报\n"
    "2024年，柳溪港集装箱吞吐量达到46.3万标箱，比2023年的39.1万标箱增长18.4%。\n"
    "截至年底，物流园入驻企业达到64家，比建园前增加近两倍。\n"
    "高峰时段货车平均等候时间压缩到1小时以内。\n"
)


@pytest.mark.parametrize(
    ("question", "change"),
    [
        ("嶺川倉儲的倉位擴大了多少？", True),
        ("通关时间能缩短多少？", True),
        ("吞吐量同比增长了多少？", True),
        ("入驻企业增加了多少家？", False),  # a change in a measure: amounts.py
        ("吞吐量是多少？", False),
    ],
)
def test_a_change_asked(question: str, change: bool) -> None:
    assert asked(question) is change


def test_a_change_told_and_a_level_reached() -> None:
    assert tells("比2023年的39.1万标箱增长18.4%")
    assert tells("通關時間可縮短約四分之一")
    assert tells("入驻企业比建园前增加近两倍")
    assert tells("第三年减半收取")
    assert not tells("高峰时段货车平均等候时间压缩到1小时以内")
    assert not tells("设货架仓位1.6万个")


def test_a_compound_noun_is_named_only_when_its_terms_cover_it() -> None:
    assert names("运输成本", ["运输", "成本"], "运输成本下降")
    assert not names("运输成本", ["运输"], "运输时间可缩短约三分之一")


@pytest.fixture
def svc(tmp_path):
    return reports_service(tmp_path, {"firm.txt": FIRM, "review.txt": REVIEW})


def test_a_change_of_a_thing_told_only_as_a_level_is_refused(svc) -> None:
    ans = svc.ask("嶺川倉儲保稅倉庫的貨架倉位擴大了多少？")
    assert ans.abstained and ans.refusal_rule == "growth:change"
    assert ans.answer.startswith("文档中没有所问的对比数字；最接近的是")


def test_a_level_reached_is_no_change(svc) -> None:
    ans = svc.ask("柳溪物流园高峰时段货车平均等候时间缩短了多少？")
    assert ans.abstained


def test_a_change_told_is_answered(svc) -> None:
    ans = svc.ask("2024年柳溪港集装箱吞吐量比2023年增长了多少？")
    assert not ans.abstained and "18.4%" in ans.answer


def test_a_narrowing_word_is_held_by_its_end_before_the_noun() -> None:
    from knowledge.answering.checking.changes import _narrowed

    told = "货物经内河港转运后，通关时间可缩短约四分之一"
    assert _narrowed("内河通关", "时间", told)  # 通关时间 of 内河通关时间
    assert _narrowed("通关", "时间", told)
    assert not _narrowed("等候", "时间", told)
    assert not _narrowed("海关", "时间", told)  # one character (关) is no word of it
