"""Tests for knowledge.documents.formats.regions on lines placed by hand: two columns read
column by column, tables without ruling lines kept as rows, and ordinary text left alone."""

from __future__ import annotations

from knowledge.documents.formats.layout import ColumnBreak, Line, TableBlock, page_text
from knowledge.documents.formats.regions import arrange

H = 12.0  # line height


def line(text: str, x0: float, top: float, *parts: tuple[str, float]) -> Line:
    """A line at (x0, top), 12 units a character; `parts` (text, x0) when a gap divides it."""
    pieces = tuple(Line(t, x, x + H * len(t), top, top + H) for t, x in parts)
    x1 = pieces[-1].x1 if pieces else x0 + H * len(text)
    return Line(text, pieces[0].x0 if pieces else x0, x1, top, top + H, pieces)


LEFT = [
    "一、租金有哪些优惠？",
    "　　项目单位承租单层厂房，前两年免",
    "收租金，第三年起按每月每平方米十元",
    "收取。",
]
RIGHT = [
    "二、公寓怎么申请？",
    "　　签订一年以上劳动合同的员工，可",
    "以向园区平台公司提出入住申请，每次",
    "入住不超过两年。",
]


def two_columns(split_lines: bool) -> list[Line]:
    """A title over two columns of 17-character lines (gutter 60 units), a note under them.
    split_lines: each column's line is a line of its own (written column by column), else one
    line with two parts (written across both columns)."""
    lines = [line("青禾市飞地园区政策简报", 150, 10)]
    for n, (lt, rt) in enumerate(zip(LEFT, RIGHT)):
        top = 40 + 20 * n
        if split_lines:
            lines += [line(lt, 0, top), line(rt, 264, top)]
        else:
            lines.append(line(f"{lt} {rt}", 0, top, (lt, 0), (rt, 264)))
    return lines + [line("本简报内容以正式文件为准。", 120, 130)]


def test_two_columns_are_read_one_after_the_other() -> None:
    for split_lines in (False, True):
        blocks = arrange(two_columns(split_lines))
        text = page_text(blocks)
        assert text.split("\n\n") == [
            "青禾市飞地园区政策简报",
            "一、租金有哪些优惠？\n项目单位承租单层厂房，前两年免收租金，第三年起按每月每平方米十元收取。",
            "二、公寓怎么申请？\n签订一年以上劳动合同的员工，可以向园区平台公司提出入住申请，每次入住不超过两年。",
            "本简报内容以正式文件为准。",
        ], split_lines
        assert sum(isinstance(b, ColumnBreak) for b in blocks) == 4


def test_a_table_without_ruling_lines_becomes_rows_and_cells() -> None:
    rows = [("县（市、区）", "项目个数", "补贴资金"), ("南岭县", "5", "320"), ("北川县", "3", "18")]
    rows += [("合计", "", "338")]  # an empty cell
    lines = [line("分配情况如下表。", 0, 0)]
    for n, cells in enumerate(rows):
        at = [(c, x + (24 - H * len(c) if x == 300 else 0)) for c, x in zip(cells, (0, 160, 300))]
        at = [(c, x) for c, x in at if c]  # the last column is right-aligned
        lines.append(line(" ".join(c for c, _ in at), 0, 20 + 16 * n, *at))
    lines.append(line("请各地抓紧拨付。", 0, 90))
    blocks = arrange(lines)
    assert [type(b).__name__ for b in blocks] == ["Line", "TableBlock", "Line"]
    table = blocks[1]
    assert isinstance(table, TableBlock)
    assert table.rows[1] == ("南岭县", "5", "320") and table.rows[3] == ("合计", "", "338")
    assert "南岭县\t5\t320\n北川县\t3\t18" in page_text(blocks)


def test_ordinary_text_is_left_as_it_is() -> None:
    prose = [
        line("第一条　为规范飞地园区项目入驻，制定本办法。", 0, 0),
        line("第二条　本办法适用于本市飞地园区。", 0, 16),
        line(
            "青禾市人民政府办公室　　2024年5月20日印发",
            0,
            32,
            ("青禾市人民政府办公室", 0),
            ("2024年5月20日印发", 180),
        ),  # fmt: skip
    ]
    assert arrange(prose) == prose
    sentences = [  # parts that are sentences: no table
        line("甲。 乙。", 0, 16 * n, ("甲县已完成。", 0), ("乙县正在推进。", 200)) for n in range(3)
    ]
    assert arrange(sentences) == sentences


def test_a_two_column_table_of_short_cells_is_no_text_columns() -> None:
    rows = [("产业类别", "投资强度"), ("装备制造", "不低于300"), ("农产品加工", "不低于200")]
    rows += [("商贸物流", "不低于150")]
    lines = [line(" ".join(r), 0, 16 * n, (r[0], 0), (r[1], 264)) for n, r in enumerate(rows)]
    (table,) = arrange(lines)
    assert isinstance(table, TableBlock) and table.rows[2] == ("农产品加工", "不低于200")


def test_a_gazette_head_over_narrow_columns_and_boxes_into_the_gutter() -> None:
    """A scanned gazette page: its head line's two parts flank the middle (no column), the
    gutter is a little over one character wide, and a box reaches into it (a hanging 「：」);
    the columns are still read one after the other."""
    left = [
        "为规范托育收费行为，现将收费标",
        "准通告如下：",
        "一、全日托每月不超过2200",
        "元，半日托不超过1400元。",
    ]
    right = ["二、伙食费按照实际成本收取，每", "月公示一次。", "本通告自2025年10月1日起施", "行。"]
    lines = [
        line(
            "鹤浦市人民政府公报 2025年第9期",
            20,
            0,
            ("鹤浦市人民政府公报", 20),
            ("2025年第9期", 230),
        ),
        line("鹤浦市卫生健康委员会关于公布收费标准的通告", 40, 30),
    ]
    for n, (lt, rt) in enumerate(zip(left, right)):
        top = 60 + 20 * n
        lt_line = Line(lt, 0, H * len(lt) + (6 if lt.endswith("：") else 0), top, top + H)
        rt_line = Line(rt, 210, 210 + H * len(rt), top, top + H)
        lines.append(Line(f"{lt} {rt}", 0, rt_line.x1, top, top + H, (lt_line, rt_line)))
    text = page_text(arrange(lines))
    assert "现将收费标准通告如下：\n一、全日托每月不超过2200元，半日托不超过1400元。" in text
    assert text.index("二、伙食费") > text.index("半日托")
