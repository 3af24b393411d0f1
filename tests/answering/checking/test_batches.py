"""A batch asked with a figure: the figure's own sentence must name it (batches.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from knowledge.answering.checking import batches
from knowledge.answering.checking.batches import (
    carries_figure,
    headings,
    kinds_asked,
    missing,
    names_ordinal,
    ordinals_asked,
    own_batch,
    without_ordinals,
)
from knowledge.answering.checking.planned import planned_by
from knowledge.answering.checking.plans import asks_plan
from tests.conftest import report_service

# Fictional: a county's logistics park reviews its certified projects
REPORT = (
    "青溪物流园上半年工作通报\n2025年7月8日　来源：青溪县商务局\n"
    "一、第二批认定完成\n"
    "5月12日，第二批9个园区项目认定结果公示期满，至此已认定园区项目累计达到21个。\n"
    "第二批中冷链项目明显增多，共有4个。\n"
    "二、产值开始见效\n"
    "今年上半年，入园企业实现产值6.3亿元，带动就业1400余人。\n"
    "还有3个项目签约已超过一年仍未开工。下半年，园区将逐一约谈，同时推动第三批园区项目认定申报。\n"
)


def _cand(text: str, prev: str = "", title: str = "") -> SimpleNamespace:
    chunk = SimpleNamespace(text=f"{prev}{text}", doc_id="d", title=title, section="")
    span = (len(prev), len(prev) + len(text))
    return SimpleNamespace(text=text, local=span, hit=SimpleNamespace(chunk=chunk), score=1.0)


def _ev(*cands) -> SimpleNamespace:
    return SimpleNamespace(chosen=list(cands), docs={}, lang="zh")


@pytest.mark.parametrize(
    "question, kinds",
    [
        ("第三批认定了多少个项目？", {"number"}),
        ("第三批认定什么时候完成？", {"date"}),
        ("第三批项目哪天公示期满？", {"date"}),
        ("第三批项目有哪些？", set()),
    ],
)
def test_the_kinds_of_figure_checked(question: str, kinds: set) -> None:
    assert kinds_asked(question) == kinds


@pytest.mark.parametrize(
    "question, ords",
    [
        ("第三批认定了多少个项目？", {("批", 3)}),
        ("首批招收了多少名学生？", {("批", 1)}),
        ("人才公寓一期有多少套？", {("期", 1)}),
        ("第二届博览会签约多少亿元？", {("届", 2)}),
        ("项目分三批认定，每一期多少个？", set()),
    ],
)
def test_the_ordinals_asked(question: str, ords: set) -> None:
    assert ordinals_asked(question) == ords


def test_an_ordinal_is_no_figure() -> None:
    q = "第三批认定了多少个项目？"
    assert without_ordinals("推动第三批项目申报") == "推动   项目申报"
    assert not carries_figure({"number"}, "同时推动第三批园区项目认定申报。", q)
    assert carries_figure({"number"}, "还有3个项目签约已超过一年仍未开工。", q)
    assert carries_figure({"date"}, "下半年，园区将推动第三批园区项目认定申报。", q)


def test_a_plan_mention_is_no_mention_unless_a_plan_or_its_deed_is_asked() -> None:
    q = "第三批项目什么时候认定完成？"
    want = ordinals_asked(q)
    planned = "下半年，园区将逐一约谈，同时推动第三批园区项目认定申报。"
    assert not names_ordinal(want, planned, q)
    assert names_ordinal(want, planned, "园区打算什么时候认定第三批项目？")
    assert names_ordinal(want, planned, "园区什么时候推动第三批项目认定申报？")
    assert names_ordinal(want, "8月3日，第三批7个项目认定结果公示期满。", q)
    assert names_ordinal(want, "园区已正式启动第三批项目认定。", q)
    assert names_ordinal(want, "三、将推动第三批认定", q, heading=True)


def test_what_is_planned_and_what_asks_a_plan() -> None:
    s = "下半年，园区将逐一约谈，同时推动第三批项目认定。"
    assert planned_by(s, s.index("第三批")) == "推动"
    assert planned_by("今年启动了首期标准厂房建设。", 6) == ""
    assert planned_by("园区将扩建仓库。第三批项目已认定。", 8) == ""
    assert asks_plan("合作区打算什么时候推动第三批认定？")
    assert asks_plan("首批申报安排在什么时候受理？")
    assert not asks_plan("第三批认定了多少个新能源项目？")


def test_a_heading_is_a_line_that_ends_no_sentence() -> None:
    under = _cand("5月12日，9个项目认定结果公示期满。", prev="一、第二批认定完成\n")
    assert "一、第二批认定完成" in headings(under)
    after = _cand("共有4个。", prev="第二批中冷链项目明显增多。")
    assert headings(after) == []


def test_a_neighbour_naming_the_batch_does_not_answer_for_it() -> None:
    q = "第三批园区项目认定了多少个？"
    count = _cand("还有3个项目签约已超过一年仍未开工。")
    plan = _cand("下半年，园区将逐一约谈，同时推动第三批园区项目认定申报。")
    assert missing(q, _ev(count, plan)) == "第三批"
    assert missing("第二批园区项目认定了多少个？", _ev(count, plan)) == "第二批"


def test_the_batch_named_in_the_figure_sentence_or_its_heading_answers() -> None:
    own = _cand("5月12日，第二批9个园区项目认定结果公示期满。")
    assert missing("第二批认定了多少个园区项目？", _ev(own)) is None
    under = _cand("5月12日，9个项目认定结果公示期满。", prev="一、第二批认定完成\n")
    assert missing("第二批认定了多少个园区项目？", _ev(under)) is None
    beside = _cand("共有4个。", prev="第二批中冷链项目明显增多。")
    assert missing("第二批中冷链项目有几个？", _ev(beside)) == "第二批"


def test_a_figure_in_the_unit_asked_must_name_the_batch() -> None:
    q = "第二批园区项目的投资一共多少亿元？"
    batch = _cand("5月12日，第二批9个园区项目认定结果公示期满。")
    money = _cand("今年上半年，入园企业实现产值6.3亿元。")
    assert missing(q, _ev(batch, money)) == "第二批"
    assert missing("第二批认定了多少个园区项目？", _ev(batch, money)) is None


def test_only_chinese_questions_with_a_figure_and_an_ordinal_are_checked() -> None:
    plan = _cand("下半年，园区将推动第三批园区项目认定申报。")
    other = _cand("还有3个项目签约已超过一年仍未开工。")
    assert missing("园区项目认定了多少个？", _ev(plan, other)) is None
    assert missing("第三批园区项目有哪些？", _ev(plan, other)) is None
    assert missing("第三批园区项目认定了多少个？", SimpleNamespace(chosen=[], lang="zh")) is None
    assert batches.missing("第三批园区项目认定了多少个？", _ev(plan)) is None  # no carrier


def test_the_bot_abstains_for_a_batch_only_planned(tmp_path) -> None:
    svc = report_service(tmp_path, REPORT)
    ans = svc.ask("第三批园区项目认定了多少个？")
    assert ans.abstained and ans.refusal_rule == "ordinal" and "第三批" in ans.answer
    ans = svc.ask("第二批园区项目认定了多少个？")
    assert not ans.abstained and "9个" in ans.answer
    ans = svc.ask("第三批园区项目认定什么时候完成？")
    assert ans.abstained and ans.refusal_rule == "ordinal"
    ans = svc.ask("园区什么时候推动第三批园区项目认定申报？")  # the planned deed itself
    assert not ans.abstained and "下半年" in ans.answer


def test_a_figure_is_of_the_batch_named_last_before_it() -> None:
    both = _cand("与首批以物流为主不同，第二批中冷链项目明显增多，共有4个。")
    assert missing("首批园区项目里冷链项目有几个？", _ev(both)) == "首批"
    assert missing("第二批园区项目里冷链项目有几个？", _ev(both)) is None
    kinds = {"number"}
    assert own_batch({("批", 2)}, "与首批以物流为主不同，第二批中冷链项目共有4个", kinds, "几个")
    assert not own_batch(
        {("批", 1)}, "与首批以物流为主不同，第二批中冷链项目共有4个", kinds, "几个"
    )
    # every figure before the first ordinal named: the sentence's batch (a date, then the batch)
    assert own_batch({("批", 2)}, "5月12日，第二批项目认定结果公示期满", {"date"}, "哪天")


@pytest.mark.parametrize(
    "question, ords",
    [
        ("第二份共建协议是哪个区签的？", {("个", 2)}),
        ("头一份协议是谁签的？", {("个", 1)}),
        ("首家入驻的企业是哪家？", {("个", 1)}),
        ("第三次会议是哪天开的？", {("个", 3)}),
        ("头一批认定了多少个项目？", {("批", 1)}),
        ("最后一批项目是哪天公示期满的？", {("批", -1)}),
        ("第一个月的租金是多少？", set()),
        ("首次申报要交什么材料？", set()),
    ],
)
def test_an_ordinal_of_any_measure_word(question: str, ords: set) -> None:
    assert ordinals_asked(question) == ords


def test_which_member_asked_needs_a_sentence_naming_it() -> None:
    first = _cand("这是青溪县与园区签订的第一份共建协议。")
    signed = _cand("6月3日，青溪县人民政府与园区签订共建协议。")
    assert missing("第二份共建协议是哪个县签的？", _ev(signed, first)) == "第二份"
    assert missing("第一份共建协议是哪个县签的？", _ev(signed, first)) is None
    assert missing("首个签订共建协议的是哪个县？", _ev(signed, first)) is None  # 首个 = 第一份
    assert missing("第二份共建协议签了几年？", _ev(signed)) is None  # no figure carried
    # the who of another clause asks a speaker, not the member (「……第二批……300亩，这是谁说的」)
    plan = _cand("韦宁：明年园区还将供应第二批建设用地300亩。")
    assert missing("明年第二批建设用地供应300亩，这是谁说的？", _ev(plan)) is None


def test_a_figure_pointing_back_to_the_member_named_before() -> None:
    term = _cand("根据协议，合作期限为15年。", prev="这是青溪县与园区签订的第一份共建协议。")
    assert missing("第一份共建协议的合作期限是多少年？", _ev(term)) is None
    assert missing("第三份共建协议的合作期限是多少年？", _ev(term)) == "第三份"
    other = _cand("入园企业实现产值6.3亿元。", prev="这是青溪县签订的第一份共建协议。")
    assert missing("第一份共建协议带来多少亿元产值？", _ev(other)) == "第一份"


def test_the_first_member_is_said_many_ways_and_the_last_batch_by_its_word() -> None:
    aired = _cand("《青溪谣》是县电视台的纪录片，2019年5月2日首播。")
    assert missing("《青溪谣》第一次播出是什么时候？", _ev(aired)) is None
    second = _cand("5月12日，第二批9个园区项目认定结果公示期满。")
    assert missing("最后一批园区项目是哪天公示期满的？", _ev(second)) == "最后一批"
