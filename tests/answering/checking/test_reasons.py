"""A reason never given, asked of a figure or of a rule (reasons.py)."""

from __future__ import annotations

from tests.conftest import report_service

# Fictional: a county's FAQ on renting in its riverside logistics park, and its interpretation
FAQ = (
    "柳溪物流园入园常见问题解答\n2025年3月4日　来源：柳溪县投资促进局\n"
    "1. 租用标准仓库有什么优惠？\n"
    "已入园的物流企业租用园区标准仓库，前三年免收租金，第四年减半收取。\n"
    "标准仓库租金为每月每平方米15元。\n"
    "2. 员工宿舍怎么安排？\n"
    "入园企业的管理人员可申请入住职工公寓，每家企业原则上不超过10套。\n"
    "3. 签约后多久必须开工？\n"
    "签约后9个月内未开工的企业将被取消入园资格，防止只占地不建设。\n"
    "4. 园区的税收怎么分？\n"
    "前3年地方留成税收县里分七成，高于园区的三成。\n"
    "之所以这样安排，是因为招商初期主要靠县里跑前跑后，多分一些才能调动县里的积极性。\n"
)


def test_the_why_of_a_rule_restated_is_no_reason(tmp_path) -> None:
    svc = report_service(tmp_path, FAQ, "faq.txt")
    free = svc.ask("为什么入园物流企业租用标准仓库前三年免收租金？")
    assert free.abstained and free.refusal_rule == "shapes:reason" and "免收租金" in free.answer
    cap = svc.ask("为什么每家企业的职工公寓原则上不超过10套？")
    assert cap.abstained and cap.refusal_rule == "shapes:reason"


def test_the_why_of_a_figure_a_rule_sets(tmp_path) -> None:
    svc = report_service(tmp_path, FAQ, "faq.txt")
    rent = svc.ask("标准仓库的租金为什么定在每月每平方米15元？")
    assert rent.abstained and rent.refusal_rule == "shapes:reason" and "15元" in rent.answer


def test_a_rule_with_its_purpose_or_cause_is_answered(tmp_path) -> None:
    svc = report_service(tmp_path, FAQ, "faq.txt")
    cancel = svc.ask("为什么签约后9个月内未开工的企业要取消入园资格？")
    assert not cancel.abstained and "防止只占地不建设" in cancel.answer
    # the cause in the sentence after the rule, the subject only in the rule
    share = svc.ask("为什么前3年县里分七成？")
    assert not share.abstained and "调动县里的积极性" in share.answer


def test_a_why_asked_in_other_words(tmp_path) -> None:
    svc = report_service(tmp_path, FAQ, "faq.txt")
    free = svc.ask("为啥入园物流企业前三年不收标准仓库租金？")  # 不收 as the rule's 免收
    assert free.abstained and free.refusal_rule == "shapes:reason"
    aim = svc.ask("签约后9个月不开工就取消入园资格，目的是什么？")  # 目的 is no subject
    assert not aim.abstained and "防止只占地不建设" in aim.answer
