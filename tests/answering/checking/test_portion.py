import pytest

from knowledge.answering.checking.portion import (
    clauses,
    holds,
    of_whole,
    restriction,
    unheld,
    wanted,
    whole_figures,
)


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("2024年青溪口岸的货运量中走青川铁路的有多少万吨？", "走青川铁路"),
        ("帮扶资金里有多少钱用在修路上？", "修路"),
        ("白塔村自己拿到了多少帮扶资金？", "白塔村"),
        ("白塔村小组单独拿到了多少帮扶钱？", "白塔村小组"),
        ("2024年青溪口岸光是走青川铁路的货有多少吨？", "走青川铁路"),
        ("口岸的货运量中光水果就有多少吨？", "水果"),
        ("单是河湾村一个村就拿到了多少帮扶资金？", "河湾村"),
        ("合作区2.6万实有人口里，外籍人口有多少？", "外籍人口"),
        ("全年640万吨货运量，其中铁路运了多少？", "铁路运"),
        ("首批认定里农产品加工的项目占了几个？", "农产品加工"),  # 项目: the thing counted
        ("上半年带动就业的2800多人中有多少是边民？", "边民"),  # a count of people
        ("招收的900名学生中有多少是外地学生？", "外地学生"),
        ("签约项目中有多少是飞出地引进的？", "飞出地引进"),
        ("税收中有多少要拨给飞出地？", "飞出地"),
        ("2024年青溪新增注册的外资企业有多少户？", "外资企业"),  # a sub-group, no partitive
        ("上半年来青溪的境外旅客有多少人次？", "境外旅客"),
        ("住在合作区的越南人有多少？", "越南人"),
    ],
)
def test_the_part_a_question_restricts_its_measure_to(question: str, part: str) -> None:
    assert restriction(question)[0] == part


@pytest.mark.parametrize(
    "question",
    [
        "在4x100米接力赛中，创造的新纪录是多少？",  # a scene, not a whole
        "截至2025年年中，已经认定的项目有多少个？",  # 年中 is a time
        "园区里有多少家企业？",  # a place, not a counted whole
        "飞地项目到哪里咨询办理？",  # 哪里
        "2024年一共投入了多少帮扶资金？",  # the whole asked
        "2024年青溪新增注册企业有多少户？",  # no sub-group named
        "细则里讲的土地出让收入，办法本身规定按什么比例分？",  # the document itself, no member
    ],
)
def test_no_part_asked(question: str) -> None:
    assert restriction(question)[0] == ""


def test_the_restricting_words_leave_the_whole_and_the_measure() -> None:
    part, whole = restriction("1—11月接待的游客中外国游客有多少人次？")
    assert wanted(part, whole, ["接待", "游客", "外国", "人次"]) == ["外国"]
    assert wanted("走青川铁路的货物", "", ["青川", "铁路", "货物", "2024"]) == ["青川", "铁路"]


def test_a_clause_that_only_completes_the_one_before_is_read_with_it() -> None:
    text = "第二批中新能源和生物医药项目明显增多，共有6个。"
    assert clauses(text)[0] == "第二批中新能源和生物医药项目明显增多，共有6个"
    assert clauses("货运量达到871.9万吨，比上年增长38.8%。") == [
        "货运量达到871.9万吨", "比上年增长38.8%", "",
    ]  # fmt: skip


def test_a_restriction_is_held_by_its_words_or_a_word_sharing_a_gloss() -> None:
    assert holds("其中六成以上用于产业项目", ["产业项目"])
    assert holds("进口的水果占了一半", ["水果"])
    assert not holds("磨憨口岸进出口货运量达到871.9万吨", ["铁路"])


def test_the_whole_told_does_not_hold_the_part() -> None:
    def figure(clause: str) -> bool:
        return any(ch.isdigit() for ch in clause) or "六成" in clause

    q = "帮扶资金里有多少钱用在修路上？"
    told = ["与前两年以修路、建房为主不同，今年重心转向产业。", "今年共投入帮扶资金6800万元。"]
    assert unheld(q, told, figure, ["修路"])  # 前两年 is a length of time, no figure
    q = "帮扶资金有多少用在产业项目上？"
    assert not unheld(q, ["共投入帮扶资金6800万元，其中六成以上用于产业项目。"], figure, ["产业"])
    q = "首批项目中，商贸物流类有几个？"
    assert not unheld(q, ["首批项目中，商贸物流类9个、进出口加工类8个。"], figure, ["商贸", "物流"])


def test_a_whole_given_by_its_figure() -> None:
    part, whole = restriction("截至2024年底已开工的16个项目里，有几个是农产品加工项目？")
    assert part == "农产品加工项目" and whole_figures(whole) == ["16"]  # not 2024年
    assert whole_figures("首批项目") == []
    assert of_whole(["16"], "已开工项目16个，其中5个项目建成投产。")
    assert not of_whole(["16"], "首批23个项目中，农产品加工类6个。")
    assert not of_whole(["16"], "2016年，园区签约项目3个。")
    assert of_whole([], "首批项目中，农产品加工类6个。")  # no figure: any whole of that name


def test_a_span_of_months_gives_no_whole_figure() -> None:
    assert whole_figures("2024年1—9月新增的签约项目") == []
    assert whole_figures("1—9月新增的22个签约项目") == ["22"]


def test_a_party_named_by_its_side_restricts_however_jieba_cut_it() -> None:
    part, whole = restriction("青溪冷链项目的总投资中港方出资多少？")
    assert part == "港方出资"
    # jieba cuts 「投资中港方」 as 中港 + 方: the side is read from the part itself
    assert "港方" in wanted(part, whole, ["投资", "中港", "出资"])
    assert wanted("双方出资", "", ["出资"]) == ["出资"]  # both sides: no part
