"""Years a question names must be in its evidence: 2025 is not answered by a 2024 figure."""

from __future__ import annotations

import pytest

from knowledge.answering.checking.constraints import (
    asked,
    asked_years,
    months_in,
    ordinals_in,
    said_years,
    years_in,
)
from tests.conftest import make_service


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2025年磨憨签约了多少个项目？", {2025}),
        ("二〇二四年五月八日印发", {2024}),
        ("How many projects were signed in 2025?", {2025}),
        ("截至2024-09-30，发布于2024/10/8", {2024}),
        ("队名叫作 Iskra (1958-1964), 鲁宾队 (1992—1993)", {1958, 1964, 1992, 1993}),
        ("面积2000平方米，电话0871-12345678，投资103.7亿元", set()),
    ],
)
def test_years_in_text(text: str, years: set[int]) -> None:
    assert years_in(text) == years and asked_years(text) == years


def test_a_wrong_year_question_is_not_answered_but_shown_the_nearest_evidence(tmp_path) -> None:
    # fake vectors carry no meaning: the refusal model is set aside to test the year check
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    svc.add_text("截至2024年9月底，磨憨沿边产业园累计签约项目32个，总投资156亿元。", "园区进展")
    asked = svc.ask("2024年磨憨沿边产业园累计签约项目多少个？")
    assert not asked.abstained and "32个" in asked.answer
    other = svc.ask("2025年磨憨沿边产业园累计签约项目多少个？")
    assert other.abstained and other.answer.startswith("文档中没有2025年的数据；最接近的是：")
    assert "32个" in other.answer and other.citations and "[1]" in other.answer
    english = svc.ask("How many projects had the Mohan park signed by 2026?")
    assert english.abstained


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("截至2024年9月底，园区累计签约32个", {9}),
        ("2024年1—9月，口岸货运量655.2万吨", {9}),
        ("1到11月，接待游客", {11}),
        ("2025年上半年新签约13个", {6}),
        ("前三季度签约项目翻番", {9}),
        ("今年首三季合作區新登記市場主體1460戶", {9}),  # a Hong Kong paper's words
        ("冷链园首季签约项目9个", {3}),
        ("全年下达专项资金2.4亿元", {12}),
        ("5月10日，会议在磨憨召开", set()),  # a day dates an event: no period
    ],
)
def test_months_a_period_ends_with(text: str, months: set[int]) -> None:
    assert months_in(text) == months


def test_what_a_question_constrains() -> None:
    q = asked("2025年下半年园区新签约了多少个项目？")
    assert q.years == {2025} and q.months == {12} and q.label == "2025年下半年"
    assert asked("截至2025年底，园区累计签约了多少个项目？").label == "2025年底"
    assert asked("2024年10月那篇报道说，今年新签项目有多少？").months == set()  # names the report
    assert asked("出席2025年2月26日发布会的是谁？").months == set()
    assert asked("第二批认定了多少个项目？").ordinals == {("批", 2)}
    assert ordinals_in("首批23个项目，人才公寓一期300套") == {("批", 1), ("期", 1)}
    assert asked("加工厂年产能是多少吨？").unit == "吨"
    assert asked("园区建成的标准厂房有几栋？").unit == "栋"
    assert asked("申报表要交几份？").unit is None
    assert asked("园区的标准厂房是哪几座？").unit is None  # asks which, not how many
    assert asked("这是该乐队的第几张唱片？").unit is None  # an ordinal


def _dated(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_question_on_another_period_or_ordinal_says_what_the_documents_have(tmp_path):
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    report = (
        "青河园区上半年交出成绩单\n2025年7月10日　来源：青河日报\n"
        "截至2025年6月底，青河园区累计签约项目41个，上半年新签约9个。\n"
        "第二批认定的12个园区项目已于5月公示期满。\n"
    )
    svc.ingest_paths([_dated(tmp_path, "h1.txt", report)])
    h1 = svc.ask("2025年上半年青河园区新签约了多少个项目？")
    assert not h1.abstained and "9个" in h1.answer
    h2 = svc.ask("2025年下半年青河园区新签约了多少个项目？")
    assert h2.abstained and h2.answer.startswith("文档中没有2025年下半年的数据；最接近的是：")
    assert "[1]" in h2.answer and h2.citations[0].published == "2025年7月10日"
    third = svc.ask("第三批认定的园区项目有多少个？")
    assert third.abstained and third.answer.startswith("文档中没有第三批的数据")


def test_a_period_asked_is_not_answered_by_the_whole_years_figure(tmp_path) -> None:
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    review = (
        "青河口岸年终盘点\n2025年1月8日　来源：青河日报\n"
        "2024年，青河口岸进出口货运量达到420万吨，比2023年的300万吨增长40%。\n"
        "截至年底，青河园区市场主体达到2100户。\n"
    )
    svc.ingest_paths([_dated(tmp_path, "review.txt", review)])
    q1 = svc.ask("2024年一季度青河口岸进出口货运量是多少？")
    assert q1.abstained and q1.answer.startswith("文档中没有2024年一季度的数据；最接近的是：")
    assert "420万吨" in q1.answer  # the nearest evidence, cited
    # the whole year asked: a figure for the year is its answer
    year = svc.ask("2023年全年青河口岸进出口货运量是多少？")
    assert not year.abstained and "300万吨" in year.answer
    end = svc.ask("截至2024年底青河园区市场主体有多少户？")
    assert not end.abstained and "2100户" in end.answer


def test_a_count_in_its_own_measure_word_is_not_answered_by_an_area(tmp_path) -> None:
    svc = _answering(
        tmp_path,
        "review.txt",
        "青河园区年终盘点\n2025年1月8日　来源：青河日报\n"
        "2024年，青河园区建成标准厂房9万平方米，供应建设用地300亩。\n",
    )
    area = svc.ask("2024年青河园区建成标准厂房多少平方米？")
    assert not area.abstained and "9万平方米" in area.answer
    count = svc.ask("2024年青河园区建成的标准厂房有多少栋？")
    assert count.abstained and "9万平方米" in count.answer


def test_people_counted_by_ming_are_answered_by_ren_also_asked_in_traditional(tmp_path) -> None:
    svc = _answering(
        tmp_path,
        "talent.txt",
        "青河园区人才工作会\n2025年3月2日　来源：青河日报\n"
        "今年青河园区计划与职业院校合作，培养冷链物流技术工人600人。\n",
    )
    for q in ("今年青河园区计划培养多少名技术工人？", "今年青河園區計劃培養多少名技術工人？"):
        ans = svc.ask(q)
        assert not ans.abstained and "600人" in ans.answer
        assert ans.question == q  # answered as typed


@pytest.mark.parametrize(
    "sentence, date, years",
    [
        ("去年，县里接待游客120万人次。", "2025年2月26日", {2024}),
        ("今年共投入帮扶资金6800万元。", "2024年12月5日", {2024}),
        ("县级财政全年下达发展资金1.6亿元。", "2025年1月9日", {2024}),
        ("截至年底，市场主体达到4587户。", "2025年1月10日", {2024}),
        ("全年目标是新签约项目20个。", "2025年7月16日", set()),  # only a January report reviews
        ("县级财政下达发展资金1.6亿元。", "2025年1月9日", set()),
        ("去年接待游客120万人次。", "", set()),
    ],
)
def test_years_said_relative_to_the_report_s_date(sentence, date, years) -> None:
    assert said_years(sentence, date) == years


def _answering(tmp_path, name: str, text: str):
    """A service (fake embeddings, no refusal model) holding one dated report."""
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    svc.ingest_paths([_dated(tmp_path, name, text)])
    return svc


def test_firms_asked_by_jia_are_answered_by_hu_but_households_not_by_jia(tmp_path) -> None:
    svc = _answering(
        tmp_path,
        "review.txt",
        "青河园区年终盘点\n2025年1月8日　来源：青河日报\n"
        "截至年底，青河园区市场主体达到2100户，全年新增注册企业460户。\n"
        "园区内已有3家银行设立网点。\n",
    )
    firms = svc.ask("2024年底青河园区的市场主体有多少家？")
    assert not firms.abstained and "2100户" in firms.answer
    banks = svc.ask("2024年底青河园区设立网点的银行有多少户？")
    assert banks.abstained


def test_asked_while_asking_is_remembered_with_sets_of_its_own() -> None:
    from knowledge.answering.checking import constraints
    from knowledge.text.memo import asking

    q = "2025年上半年第二批签约了多少个项目？"
    plain = constraints.asked(q)

    @asking
    def twice():
        first = constraints.asked(q)
        first.years.add(1999)  # a caller changing its copy changes no one else's
        return first, constraints.asked(q)

    first, again = twice()
    assert again == plain and again.years is not first.years and 1999 not in again.years
