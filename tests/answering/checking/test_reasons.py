"""A reason never given, asked of a figure or of a rule (reasons.py)."""

from __future__ import annotations

import pytest

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


# Fictional: a county's year in review, its figures beside other things' causes
REVIEW = "\n".join(
    (
        "柳溪县民生和交通这一年\n2025年1月6日　来源：柳溪县融媒体中心",
        "今年全县继续实施民生补短板项目30个，三年累计达到90个。\n新建的柳溪第二小学9月开学，"
        "首批招收学生820名；县医院新开设了儿科。\n县医院全年门诊量12万人次，比上年高出两成。",
        "因为沿江大桥封闭维修，部分货车只能绕行山路。\n全县全年公路货运量310万吨，增速比上年低。\n"
        "对新开业的民宿，县财政按照每间客房三千元的标准给予一次性补助。\n",
    )
)


@pytest.mark.parametrize(
    ("question", "refused", "quoted"),
    [
        # the sentence before tells of 补短板 projects: a lack made good, no reason of the intake
        ("柳溪第二小学首批为什么只招了820名学生？", True, "820名"),
        ("县医院的门诊量为什么比上年高？", True, "12万人次"),  # a comparison asked back
        # a connective in the sentence before ties its cause to the figure
        ("全县公路货运量的增速为什么比上年低？", False, "沿江大桥封闭维修"),
        ("民宿补助为什么定为每间客房三千元？", True, "三千元"),  # a rule's figure in numerals
    ],
)
def test_the_why_of_a_figure_needs_a_reason_tied_to_it(tmp_path, question, refused, quoted):
    ans = report_service(tmp_path, REVIEW, "review.txt").ask(question)
    assert ans.abstained is refused and quoted in ans.answer
    assert ans.refusal_rule == ("shapes:reason" if refused else None)


def test_the_why_of_a_span_a_rule_sets_in_chinese_numerals(tmp_path) -> None:
    # a rule's span asked back is a figure it sets (numbers.CN_FIGURE_OR_SPAN), not left to the
    # duration checks: restated with no cause, it is no reason
    lease = (
        "柳溪物流园仓库租赁须知\n2025年3月4日　来源：柳溪县投资促进局\n"
        "园区仓库租赁合同的期限原则上定为十五年，期满可以续签。\n"
        "续签时租金按届时市场价重新核定。\n"
    )
    svc = report_service(tmp_path, lease, "lease.txt")
    term = svc.ask("园区仓库租赁合同的期限为什么定为十五年？")
    assert term.abstained and term.refusal_rule == "shapes:reason" and "十五年" in term.answer
