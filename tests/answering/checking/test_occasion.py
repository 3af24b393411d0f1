"""Evidence that answers another question: another moment, event, names or owner (occasion.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from knowledge.answering.checking.checks import dated, missing_type
from knowledge.answering.checking.occasion import (
    _names_in,
    _names_missing,
    compared_with,
    event_asked,
    moment_asked,
    names_asked,
)
from tests.conftest import make_service

# Fictional: a county's reports on its border trade zone, two years after it was put in trust
SIGNING = (
    "东湖区与青河边贸区签订共建协议\n2024年4月10日　来源：青河日报\n"
    "东湖区与边贸区于4月9日签订共建协议，合作期限为12年。\n"
    "签约现场，东湖区引进的3个项目同步签约，分别是冷链仓储中心、茶叶精制厂和木材加工基地。\n"
    "其中，冷链仓储中心计划今年三季度开工。\n"
    "按规定，飞出地向边贸区派驻工作人员不少于3名。\n"
    "项目税收自投产之日起前5年按飞出地60%、边贸区40%分享。\n"
)
REPORT = (
    "托管两年，青河边贸区跑出加速度\n2025年3月8日　来源：青河日报\n"
    "截至2月底，边贸区登记在册的经营户达到1860户，比托管前增长一倍多。\n"
    "托管前，边贸区口岸全年进出口货运量只有85万吨。\n"
    "首批认定的项目共19个，其中物流类7个、加工类8个、商贸类4个。\n"
    "11月28日，首批项目认定结果公示期满。\n"
    "第二批项目申报自5月6日开始，6月30日截止。\n"
    "园区职工宿舍一期200套于10月中旬正式交付。\n"
    "边贸区招商服务局现有工作人员26名。\n"
)


def _service(tmp_path):
    # fake vectors carry no meaning: the refusal model is set aside to test the checks
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    paths = [tmp_path / "signing.txt", tmp_path / "report.txt"]
    for path, text in zip(paths, (SIGNING, REPORT)):
        path.write_text(text, encoding="utf-8")
    svc.ingest_paths(paths)
    return svc


@pytest.mark.parametrize(
    "text, has_date",
    [
        ("合作期限为12年。", False),
        ("签约后12个月内未开工的，取消认定。", False),
        ("自投产之日起前5年按六四分成。", False),
        ("10月，园区完成验收。", True),
        ("2024年10月8日开始申报。", True),
        ("计划三季度开工。", True),
    ],
)
def test_a_duration_is_no_date(text: str, has_date: bool) -> None:
    assert dated(text) is has_date


def test_a_duration_does_not_answer_when() -> None:
    q = "茶叶精制厂什么时候开工？"
    only = "东湖区与边贸区签订共建协议，合作期限为12年。"
    assert missing_type(q, only, [only]) == "date"
    assert missing_type(q, "茶叶精制厂于6月开工。", ["茶叶精制厂于6月开工。"]) is None


@pytest.mark.parametrize(
    "question, moment",
    [
        ("托管前边贸区有多少经营户？", ("托管", "前")),
        ("签约之前有几个项目？", ("签约", "之前")),
        ("前三季度货运量是多少？", None),
        ("目前有多少户？", None),
        ("2024年前有多少户？", None),
    ],
)
def test_a_moment_told_by_an_event(question: str, moment) -> None:
    assert moment_asked(question) == moment


def test_event_start_and_end_asked() -> None:
    assert event_asked("冷链仓储中心什么时候开工？") == ({"开工"}, "")
    assert event_asked("从哪天开始公示？") == (set(), "start")
    assert event_asked("申报哪天截止？") == (set(), "end")
    assert event_asked("什么时候建成投产？") == ({"投产"}, "")
    assert event_asked("认定结果是哪天公布的？") == ({"公布"}, "")
    assert event_asked("办法从哪天起施行？") == ({"施行"}, "start")
    assert event_asked("招商服务局是哪一年成立的？") == ({"成立"}, "")
    assert event_asked("陈华是什么时候担任管委会主任的？") == ({"任职"}, "")
    assert event_asked("首届物流班的学员哪年毕业？") == ({"毕业"}, "")


def test_names_asked() -> None:
    assert names_asked("东湖区引进的3个项目分别是哪些？") == 3
    assert names_asked("两个项目分别是什么？") == 2
    assert names_asked("申报条件有哪些？") == 0  # provisions, not names
    assert names_asked("开始和结束分别是什么时候？") == 0
    assert names_asked("已开工的2个项目是哪两个？") == 2
    assert names_asked("打造的3个示范村是哪三个村？") == 3
    assert names_asked("哪一个项目计划三季度开工？") == 0  # one asked, no list
    assert names_asked("订单班和哪几所职业院校合作？") == 2


def test_names_of_a_kind_hold_its_word() -> None:
    villages = "示范村都叫什么名字？"
    assert _names_in("明年让游客“白天看工厂、晚上住村寨”。", villages) < 2  # no list
    assert _names_in("示范村是白塔村、河湾村和青石寨。", villages) == 3
    schools = "订单班和哪几所职业院校合作？"
    assert _names_in("正在和青河的职业院校合作开设订单班。", schools) == 0
    assert _names_in("与青河职业学院和东湖技校合作开设订单班。", schools) == 2
    assert _names_in("新开设了儿科和妇产科。", "分院新开的科室分别是什么？") == 2


def test_a_figure_for_another_moment_is_no_answer(tmp_path) -> None:
    svc = _service(tmp_path)
    before = svc.ask("托管前边贸区登记在册的经营户有多少户？")
    assert before.abstained and "1860户" in before.answer
    # the documents do give a figure for that moment: answered
    freight = svc.ask("托管前边贸区口岸一年的进出口货运量是多少？")
    assert not freight.abstained and "85万吨" in freight.answer
    after = svc.ask("项目投产后飞出地能分到税收的百分之多少？")
    assert not after.abstained and "60%" in after.answer  # 投产之日起 is that moment
    now = svc.ask("截至2月底边贸区登记在册的经营户有多少户？")
    assert not now.abstained and "1860户" in now.answer
    # the change since the moment asked: the comparison told beside the figure answers it
    grown = svc.ask("和托管前相比，边贸区登记在册的经营户增加了多少？")
    assert not grown.abstained and "一倍多" in grown.answer
    grown = svc.ask("截至2月底边贸区的经营户比托管前多了多少？")
    assert not grown.abstained and "一倍多" in grown.answer


@pytest.mark.parametrize(
    "question, base",
    [
        ("和托管前相比，经营户增加了多少？", True),
        ("经营户比托管前多了多少？", True),
        ("比起托管以前，经营户多了多少？", True),
        ("托管前和现在比起来，经营户多了多少？", False),  # the moment is a time, not the base
        ("托管前有多少户经营户？", False),
    ],
)
def test_a_moment_asked_as_a_comparisons_base(question: str, base: bool) -> None:
    stem, word = moment_asked(question)
    assert compared_with(stem, word, question) is base


def test_another_event_or_the_other_end_is_no_answer(tmp_path) -> None:
    svc = _service(tmp_path)
    start = svc.ask("首批项目认定结果从哪天开始公示？")
    assert start.abstained and "公示期满" in start.answer
    built = svc.ask("职工宿舍一期是什么时候开工建设的？")
    assert built.abstained and "交付" in built.answer
    # the event asked is there: answered
    assert not svc.ask("首批项目认定结果公示期满是哪天？").abstained
    assert not svc.ask("第二批项目申报从哪天开始？").abstained
    assert not svc.ask("第二批项目申报哪天截止？").abstained
    delivered = svc.ask("职工宿舍一期是什么时候交付的？")
    assert not delivered.abstained and "10月中旬" in delivered.answer
    assert not svc.ask("冷链仓储中心计划什么时候开工？").abstained
    # made public is another moment than the end of the public notice
    published = svc.ask("首批项目认定结果是哪天公布的？")
    assert published.abstained and "公示期满" in published.answer


FOUNDINGS = (
    "边贸区大事记\n2025年5月2日　来源：青河日报\n"
    "边贸区招商服务局于2019年3月挂牌成立。\n"
    "2023年7月，陈华出任边贸区管委会主任。\n"
)


def test_a_founding_or_a_post_dated_by_another_event_is_no_answer(tmp_path) -> None:
    svc = make_service(
        tmp_path / "s", embedding={"provider": "fake"}, answer={"refusal_threshold": 0.0}
    )
    (tmp_path / "events.txt").write_text(FOUNDINGS, encoding="utf-8")
    svc.ingest_paths([tmp_path / "events.txt"])
    founded = svc.ask("招商服务局是哪一年成立的？")
    assert not founded.abstained and "2019年3月" in founded.answer
    post = svc.ask("陈华是什么时候担任管委会主任的？")  # 担任 for 出任: the one kind
    assert not post.abstained and "2023年7月" in post.answer
    # only a signing and a plan are dated beside the zone and its projects: no founding
    firm = _service(tmp_path / "other").ask("东湖区引进的茶叶精制厂是哪一年成立的？")
    assert firm.abstained and "签" in firm.answer


def test_names_told_one_by_one_are_a_list() -> None:
    """「一家名为A……；另一家名为B」「一个是X，一个是Y」 name the items without 、 or 和."""

    def ev(text: str) -> SimpleNamespace:
        return SimpleNamespace(chosen=[SimpleNamespace(text=text)])

    split = ev(
        "2023年5月，青河商贸公司拆分成两家公司：一家名为青河物流，主要经营仓储运输；"
        "另一家名为青河进出口，负责边贸业务。"
    )
    assert _names_missing("青河商贸公司拆分成了哪两家公司？", split) is None
    halves = SimpleNamespace(
        chosen=[SimpleNamespace(text=t) for t in split.chosen[0].text.split("；")]
    )
    assert _names_missing("青河商贸公司拆分成了哪两家公司？", halves) is None  # quoted as two
    heads = ev("边贸区由两位负责人分管，一个是李明，一个是王芳。")
    assert _names_missing("边贸区由哪两位负责人分管？", heads) is None
    counted = ev("首批认定项目中加工类8个、物流类5个。")
    assert _names_missing("首批认定的加工类项目分别是哪几个？", counted) == "names"


def test_a_count_is_no_list_of_names(tmp_path) -> None:
    svc = _service(tmp_path)
    counted = svc.ask("首批认定的加工类项目分别是哪几个？")
    assert counted.abstained and "加工类8个" in counted.answer
    named = svc.ask("东湖区同步签约的3个项目分别是哪些？")
    assert not named.abstained and "茶叶精制厂" in named.answer
    counted = svc.ask("首批认定的8个加工类项目是哪三个？")
    assert counted.abstained and "加工类8个" in counted.answer
    named = svc.ask("东湖区同步签约的是哪三个项目？")
    assert not named.abstained and "茶叶精制厂" in named.answer


def test_a_figure_of_another_owner_is_no_answer(tmp_path) -> None:
    svc = _service(tmp_path)
    other = svc.ask("边贸区管委会有多少名工作人员？")
    assert other.abstained
    own = svc.ask("边贸区招商服务局有多少名工作人员？")
    assert not own.abstained and "26名" in own.answer
    sent = svc.ask("飞出地要向边贸区派驻多少名工作人员？")
    assert not sent.abstained and "3名" in sent.answer
