"""A share asked where only a share of another thing is told (shares.py)."""

from __future__ import annotations

from tests.conftest import report_service


# Fictional: a park's half-year report with counts and a share of its tax
def test_a_share_of_another_thing_is_no_answer(tmp_path) -> None:
    text = (
        "青岚物流园上半年运行情况\n2025年7月12日　来源：青岚日报\n"
        "截至2025年6月底，物流园累计签约项目34个，已开工项目19个，建成投产7个。\n"
        "上半年园区实现地方留成税收1800万元，这部分税收中的六成将拨付给各合作县。\n"
        "今年新签约的项目中，由合作县引进的占八成以上。\n"
        "园区土地出让收入按照四比六的比例分享，其中合作县得六成。\n"
    )
    svc = report_service(tmp_path, text, "half.txt")
    rate = svc.ask("截至2025年6月底已投产项目占已开工项目的比重是多少？")
    assert rate.abstained and "比例" in rate.answer
    told = svc.ask("今年新签约的项目中合作县引进的比例是多少？")
    assert not told.abstained and "八成" in told.answer
    framed = svc.ask("办法规定合作县具体拿几成？")  # 办法规定, 具体: how it is asked
    assert not framed.abstained and "六成" in framed.answer
