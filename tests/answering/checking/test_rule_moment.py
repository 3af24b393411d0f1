"""A rule's figure counted from a moment of its own answers a moment asked in other words
(rule_moment.py, read by occasion.py's moment check)."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.rule_moment import moment_words, rule_from_a_moment
from tests.conftest import make_service

# Fictional: a county's rules on filing park agreements, and a report on one park
RULES = (
    "青河县园区共建协议备案办法\n"
    "第一条　为规范园区共建协议备案，制定本办法。\n"
    "第二条　合作双方应当自共建协议签订之日起二十个工作日内报县发展改革局备案。\n"
    "第三条　县发展改革局收到备案材料后，应当在五个工作日内完成审查。\n"
)
REPORT = (
    "青河园区托管一年见成效\n2025年3月8日　来源：青河日报\n"
    "截至2月底，园区登记在册的经营户达到860户，比托管前增长一倍多。\n"
)


@pytest.mark.parametrize(
    "word, text, section, rule",
    [
        ("以后", "县发展改革局收到备案材料后，应当在五个工作日内完成审查。", "", True),
        ("以后", "合作双方自共建协议签订之日起二十个工作日内报备案。", "第二条", True),
        ("以后", "每台补助15万元。", "第三条", False),  # a rule with no moment of its own
        ("以后", "园区经营户达到860户，比托管前增长一倍多。", "", False),  # a report
        ("以后", "最后一批项目应当在年底完成验收。", "", False),  # 最后 is no moment
        ("以前", "项目开工前应当公示10日。", "", True),
        ("以前", "前五年按七比三分享。", "第七条", False),  # 前五年 is a span
    ],
)
def test_a_rule_from_a_moment_of_its_own(word: str, text: str, section: str, rule: bool) -> None:
    assert rule_from_a_moment(word, text, section) is rule


def test_the_rules_moment_is_of_the_thing_asked() -> None:
    assert moment_words("备案材料递上去以后多少天审完", "递上去", "以后") == ["备案", "材料"]
    review = "县发展改革局收到备案申请后，应当在五个工作日内完成审查。"
    assert rule_from_a_moment("以后", review, "", ["备案", "材料"])  # half of them: 备案
    assert rule_from_a_moment("以后", "自取得使用登记证之日起90日内申请。", "第六条", ["使用证"])
    # another thing's moment: 不动产登记 is not what 验收申请 is
    check = "乡镇人民政府应当自收到验收申请之日起十个工作日内组织验收。"
    assert not rule_from_a_moment("以后", check, "第十条", ["不动产", "登记", "申请"])


def _service(tmp_path):
    # fake vectors carry no meaning: the refusal model is set aside to test the checks
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    paths = [tmp_path / "rules.txt", tmp_path / "report.txt"]
    for path, text in zip(paths, (RULES, REPORT)):
        path.write_text(text, encoding="utf-8")
    svc.ingest_paths(paths)
    return svc


def test_a_rules_period_answers_the_askers_moment(tmp_path) -> None:
    svc = _service(tmp_path)
    review = svc.ask("备案材料递上去以后，县发展改革局几个工作日内要审查完？")
    assert not review.abstained and "五个工作日" in review.answer
    # a figure reported for a moment still needs that moment named
    before = svc.ask("托管前园区登记在册的经营户有多少户？")
    assert before.abstained and "860户" in before.answer
    # a moment of another thing: the rule's period runs from another moment
    other = svc.ask("不动产登记证明交上去以后，县发展改革局几个工作日内要审查完？")
    assert other.abstained
