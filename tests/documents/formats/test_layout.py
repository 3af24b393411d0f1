"""Tests for knowledge.documents.formats.layout: running headers, footers and page numbers
dropped; wrapped lines joined; tables kept as rows."""

from __future__ import annotations

import pytest

from knowledge.documents.formats.layout import (
    PAGE_NUMBER,
    Line,
    TableBlock,
    page_text,
    reflow,
    strip_running,
)


def _line(text: str, top: float, x0: float = 50, x1: float = 500) -> Line:
    return Line(text, x0, x1, top, top + 12)


def _page(n: int, body: list[str], total: int = 3) -> list:
    lines = [_line("青禾市飞地园区联合管理委员会　规范性文件", 20, 150, 400)]
    lines += [_line(text, 60 + 20 * i, 50, 300) for i, text in enumerate(body)]
    lines.append(_line(f"第 {n} 页 共 {total} 页", 800, 250, 320))
    return lines


@pytest.mark.parametrize(
    "text",
    [
        "第 3 页 共 5 页",
        "第3页",
        "共5页 第3页",
        "- 3 -",
        "— 12 —",
        "—2一",
        "3 / 5",
        "Page 3 of 5",
        "7",
    ],
)
def test_page_number_forms(text: str) -> None:
    assert PAGE_NUMBER.fullmatch(text)


@pytest.mark.parametrize("text", ["第三条", "2025年", "一、总则", "共3个项目"])
def test_not_page_numbers(text: str) -> None:
    assert not PAGE_NUMBER.fullmatch(text)


def test_running_header_and_page_numbers_dropped() -> None:
    pages = [_page(n, [f"第{n}页的正文。", "另一行正文。"]) for n in (1, 2, 3)]
    texts = [page_text(b) for b in strip_running(pages)]
    assert texts[0] == "第1页的正文。\n另一行正文。"
    assert all("规范性文件" not in t and "共 3 页" not in t for t in texts)


def test_a_line_repeated_only_once_at_an_edge_stays() -> None:
    """The issuer at the top of page 1 and in the signature at the bottom of page 2 is no
    running header: headers are counted at the top, footers at the bottom."""
    first = [_line("青禾市发展和改革委员会", 20), _line("正文第一页。", 60)]
    second = [_line("正文第二页。", 20), _line("青禾市发展和改革委员会", 700)]
    texts = [page_text(b) for b in strip_running([first, second])]
    assert texts[0].startswith("青禾市发展和改革委员会") and texts[1].endswith("委员会")


def test_a_cover_title_set_again_on_the_next_page_is_no_running_header() -> None:
    """A two-page PDF: the cover's title, and the same title under page 2's running header
    and 文号, stands elsewhere on each page: both stay; a header in one place on both goes."""
    cover = [_line("汀兰区普惠托育补助实施细则", 160), _line("鹤浦市汀兰区卫生健康局", 400)]
    body = ["第一条　为了落实补助政策，制定本细则。", "第二条　本细则自2026年1月1日起施行。"]
    second = [
        _line("汀兰区卫生健康局规范性文件", 12),
        _line("汀卫规〔2025〕3号", 40),
        _line("汀兰区普惠托育补助实施细则", 60),
        *[_line(t, 90 + 20 * n) for n, t in enumerate(body * 5)],
    ]
    texts = [page_text(b) for b in strip_running([cover, second])]
    assert texts[0].startswith("汀兰区普惠托育补助实施细则")
    assert "汀兰区普惠托育补助实施细则" in texts[1]
    header = [_line("汀兰区卫生健康局规范性文件", 12)]
    texts = [page_text(b) for b in strip_running([header + cover, second])]
    assert all("规范性文件" not in t for t in texts)


def test_a_single_page_keeps_its_lines_but_not_its_number() -> None:
    page = [_line("关于开放参观的公告", 20), _line("每周三开放。", 60), _line("- 1 -", 800)]
    assert page_text(strip_running([page])[0]) == "关于开放参观的公告\n每周三开放。"


def test_wrapped_lines_joined_paragraphs_kept() -> None:
    lines = [
        _line("第六条　承租企业在签订租赁合同时应当一次性缴纳相当于三个月租金的押", 10, 50, 500),
        _line("金，租赁期满且无欠费的，押金全额退还。", 24, 50, 300),
        _line("第七条　租赁合同期限一般为三年。", 38, 50, 260),
        _line("　　新的一段从缩进开始，这一行也写到了右边", 52, 74, 500),
        _line("（一）项目开头的一行不接在上一行后面。", 66, 50, 300),
    ]
    assert reflow(lines) == [
        "第六条　承租企业在签订租赁合同时应当一次性缴纳相当于三个月租金的押金，租赁期满且无欠费的，"
        "押金全额退还。\n第七条　租赁合同期限一般为三年。\n新的一段从缩进开始，这一行也写到了右边\n"
        "（一）项目开头的一行不接在上一行后面。"
    ]


def test_latin_words_keep_their_space_when_joined() -> None:
    lines = [_line("The park office opens on", 10, 50, 500), _line("Wednesdays.", 24, 50, 120)]
    assert reflow(lines) == ["The park office opens on Wednesdays."]


def test_table_rows_where_the_table_stands() -> None:
    table = TableBlock((("厂房类型", "月租金"), ("单层钢结构厂房", "10")), 40)
    blocks = [
        _line("第五条　租金标准见下表。", 20, 50, 200),
        table,
        _line("第六条　押金为三个月租金。", 90, 50, 200),
    ]
    assert page_text(blocks) == (
        "第五条　租金标准见下表。\n\n厂房类型\t月租金\n单层钢结构厂房\t10\n\n第六条　押金为三个月租金。"
    )


def test_a_short_last_line_read_by_ocr_stays_in_its_sentence() -> None:
    """OCR pads the box of a few characters: 「企业纳税数据。」 came out 31 px high under 24 px
    lines (a two-column scan) and was cut off its sentence."""
    lines = [
        Line("园区企业应当依法纳税，飞入地税", 81, 409, 10, 33),
        Line("务部门应当按月向飞出地推送园区", 82, 409, 46, 70),
        Line("企业纳税数据。", 79, 247, 80, 111),
    ]
    assert reflow(lines) == [
        "园区企业应当依法纳税，飞入地税务部门应当按月向飞出地推送园区企业纳税数据。"
    ]
    title = [
        Line("青禾市飞地园区政策简报第一期", 50, 500, 10, 40),
        Line("正文开始。", 50, 120, 50, 62),
    ]
    assert len(reflow(title)[0].split("\n")) == 2  # another size: no continuation


def test_a_closing_quote_or_bracket_ends_a_paragraph_only_after_a_sentence() -> None:
    lines = [
        _line("合作双方应当通过全市飞地园区管理平台（以下简称“平台”", 10, 50, 500),
        _line("）提交备案申请，或者委托“飞出地发展改革部门”", 24, 50, 500),
        _line("代为提交。", 38, 50, 120),
        _line("备案材料由市发展改革委审查。（详见附件）", 52, 50, 500),
        _line("　　新的一段从缩进开始。", 66, 74, 200),
    ]
    assert reflow(lines) == [
        "合作双方应当通过全市飞地园区管理平台（以下简称“平台”）提交备案申请，或者委托“飞出地发展改革部门”"
        "代为提交。\n备案材料由市发展改革委审查。（详见附件）\n新的一段从缩进开始。"
    ]


def test_a_number_broken_in_chinese_text_is_one_number() -> None:
    """「不超过220」 / 「0元」: one number; an English number at a line's end keeps its space."""
    lines = [
        _line("一、全日托每人每月不超过220", 0),
        _line("0元，半日托每月不超过1400元。", 14, x1=300),
    ]
    assert reflow(lines) == ["一、全日托每人每月不超过2200元，半日托每月不超过1400元。"]
    lines = [_line("The fund paid out in 2024", 0), _line("2000 grants in all.", 14, x1=300)]
    assert reflow(lines) == ["The fund paid out in 2024 2000 grants in all."]


def test_a_centred_title_wrapped_inside_its_bracket_is_one_line() -> None:
    """「…创建方案（2025—2」 over a centred 「026年）」: one title, on a cover or over the text."""
    lines = [
        _line("沂滨市农村生活污水站点标准化运维创建方案（2025—2", 10, 60, 490),
        _line("026年）", 24, 250, 300),
        _line("一、创建目标", 44, 60, 150),
    ]
    assert reflow(lines) == [
        "沂滨市农村生活污水站点标准化运维创建方案（2025—2026年）\n一、创建目标"
    ]


def test_a_short_line_after_a_closed_bracket_stays_its_own() -> None:
    lines = [
        _line("澜坪区污水治理行动方案（2025—2026年）", 10, 120, 430),
        _line("（此件公开发布）", 24, 200, 320),
    ]
    assert reflow(lines) == ["澜坪区污水治理行动方案（2025—2026年）\n（此件公开发布）"]


def test_a_date_set_flush_right_is_not_joined_to_the_line_under_it() -> None:
    """The 成文日期 under the 落款 reaches the right edge without ending a sentence, and the
    版记's 抄送 starts at the left margin under it: two lines, not one wrapped line."""
    lines = [
        _line("　　二、各单位于2024年9月1日前完成整改，并将整改情况报送市体育局。", 10),
        _line("禾川市体育局", 26, x0=420),
        _line("2024年6月3日", 42, x0=410),
        _line("抄送：市人民政府办公室。", 58, x1=200),
    ]
    text = reflow(lines)[0]
    assert "2024年6月3日\n抄送：市人民政府办公室。" in text
