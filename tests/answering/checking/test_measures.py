"""measures.py: the measure a figure question asks in, and a sentence giving a figure in it."""

from __future__ import annotations

from knowledge.answering.checking.measures import ATTRIBUTE, asked, met, reading
from tests.conftest import report_service

# fictional sentences
FLATS = "青河园区人才公寓一期共300套，预计今年6月交付使用。"
REVIEW = "管委会会同有关部门在15个工作日内完成审查。"
TRAINING = "今年计划培养电工、焊工等专业技能人才600人。"
RENT = "标准厂房租金为每月每平方米12元。"


def test_the_measure_asked_is_read_from_the_measure_word_or_the_noun() -> None:
    assert asked("人才公寓一期有几套房子？") == ["套"]
    assert asked("园区一共签了多少个项目？") == []  # 个 counts anything
    assert asked("哪一年开始施行？") == []
    assert asked("注册资本是多少？") and asked("一共拿了多少钱来帮扶？")
    assert asked("学校占地面积是多少？") and asked("审查要花多长时间？")
    assert asked("延期最多几天？") and not asked("学校是几月开的学？")  # a month is a date


def test_a_figure_in_the_measure_asked_is_met_and_another_is_not() -> None:
    assert met("人才公寓一期一共有几套房子？", FLATS)
    assert not met("人才公寓每套有多大面积？", FLATS)  # 300套 is no area
    assert met("管委会审核材料要花多长时间？", REVIEW)
    assert met("今年打算培养多少技术工人？", TRAINING)
    assert met("厂房每平方米租金多少钱？", RENT)
    assert not met("厂房的注册资本是多少？", FLATS)
    assert not met("园区一共签了多少个项目？", FLATS)  # no measure asked: nothing to meet


def test_a_missing_word_naming_the_measured_attribute() -> None:
    assert all(ATTRIBUTE.search(w) for w in ("电费", "注册资本", "占地面积", "库容量", "咨询电话"))
    assert not any(ATTRIBUTE.search(w) for w in ("房子", "技术", "审核", "钱来"))


# fictional report
REPORT = (
    "青溪港物流园建设情况通报\n2025年4月2日　来源：青溪县商务局\n"
    "禾川供应链公司将在青溪港物流园兴建冷库，总投资4.2亿元，占地约80亩。\n"
    "园区标准仓库租金为每月每平方米15元，前两年减半收取。\n"
    "园区人才公寓一期共200套，预计今年6月交付。\n"
    "今年帮扶单位共投入帮扶资金3600万元，其中六成用于产业项目。\n"
)


def test_how_the_figure_in_the_measure_asked_stands_to_the_question(tmp_path) -> None:
    svc = report_service(tmp_path, REPORT)

    def read(q: str) -> str:
        ev = svc.evidence(q)
        return reading(q, ev, max(ev.chosen, key=lambda c: c.score))

    assert read("园区标准仓库每月每平方米房租多少钱？") == "attr"  # 租金: one gloss
    assert read("禾川的冷库占地多大面积？") == "attr"  # 占地 labels 80亩
    assert read("帮扶单位今年一共投了多少钱？") == "plain"  # no head word asked
    assert read("园区人才公寓一期有几套房子？") == "plain"
    assert read("园区标准仓库的管理费每平方米多少钱？") == "sibling"  # the rent told
    assert read("园区一共签了多少个项目？") == ""  # no measure asked


def test_a_figure_of_another_phase_is_read_as_another_thing(tmp_path) -> None:
    svc = report_service(tmp_path, REPORT)
    q = "园区人才公寓二期有几套房子？"
    ev = svc.evidence(q)
    assert reading(q, ev, max(ev.chosen, key=lambda c: c.score)) == "other"  # 一期 told


def test_measures_come_from_the_unit_table():
    assert met("这里的面积有多大？", "厂房面积为3万平方米")
    assert met("一共有多少游客？", "接待游客12万人次")
    assert met("补贴多少钱？", "每户补贴500块钱")
    assert not met("补贴多少钱？", "划出3块地")
    assert met("审批要多长时间？", "审批时限为10个工作日")


def test_how_often_asks_no_length_of_time() -> None:
    """「多长时间盘点一次」 asks a frequency, told by 每季度 with no figure: no measure of time
    is asked, so 「前两年免收押金」 is no measured answer to it; 「多长时间能办完」 still is."""
    assert asked("图书馆的藏书多长时间盘点一次？") == []
    assert asked("社区医生隔多久上门随访一回？") == []
    assert asked("志愿者一年要培训几次？") == ["次"]  # the count asked keeps its measure
    assert asked("办证要多长时间？") != []
    assert not met("图书馆的藏书多长时间盘点一次？", "新馆前两年免收借阅押金。")
