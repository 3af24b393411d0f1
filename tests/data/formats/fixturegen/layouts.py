"""PDF layouts the reader must not scramble: a notice whose table has no ruling lines (its
columns line up by white space alone), and a two-column bulletin whose lines are written across
both columns, row by row, as some producers do, so only the positions tell the columns apart."""

from __future__ import annotations

from fpdf import FPDF

from .fonts import FONT, SC

# ---------------------------------------------------------------- a table without ruling lines

BORDERLESS_TITLE = "青禾市财政局关于下达2025年飞地园区技术改造补贴资金的通知"
BORDERLESS_BEFORE = [
    "青禾市财政局文件",
    "青财建〔2025〕18号",
    BORDERLESS_TITLE,
    "各县（市、区）财政局：",
    "根据《青禾市飞地园区技术改造补贴办法》，经项目单位申报、飞入地初审和市级评审，现将2025年飞地园区技术改造补贴资金下达给你们，分配情况如下表。",
]
BORDERLESS_TABLE = [
    ["县（市、区）", "项目个数", "补贴资金（万元）", "备注"],
    ["南岭县", "5", "320", "含结转项目2个"],
    ["北川县", "3", "180", "无"],
    ["东坪区", "4", "260", "无"],
    ["合计", "12", "760", "无"],
]
BORDERLESS_AFTER = [
    "请各地在收到资金后十个工作日内拨付到项目单位，不得截留、挪用，并于2025年12月15日前将拨付情况报市财政局。",
    "青禾市财政局",
    "2025年10月9日",
]


def make_borderless_pdf() -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_font("noto", fname=str(FONT), collection_font_number=SC)
    pdf.set_title(BORDERLESS_TITLE)
    pdf.add_page()
    pdf.set_font("noto", size=14)
    for n, text in enumerate(BORDERLESS_BEFORE):
        align = "C" if n < 3 else "L"
        pdf.multi_cell(0, 9, text, align=align, new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
        pdf.ln(3)
    pdf.set_font("noto", size=12)
    with pdf.table(
        col_widths=(45, 35, 50, 50),
        line_height=9,
        borders_layout="NONE",
        first_row_as_headings=False,
        text_align="LEFT",
    ) as table:
        for row in BORDERLESS_TABLE:
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.ln(5)
    pdf.set_font("noto", size=14)
    for n, text in enumerate(BORDERLESS_AFTER):
        align = "R" if n else "L"
        pdf.multi_cell(0, 9, text, align=align, new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
        pdf.ln(2)
    return bytes(pdf.output())


# ---------------------------------------------------------------- a two-column bulletin

COLUMNS_TITLE = "青禾市飞地园区政策简报（第3期）"
COLUMNS_SUBTITLE = "青禾市飞地园区联合管理委员会编　2025年11月3日"
COLUMNS_NOTE = "本简报内容仅供参考，具体以正式印发的文件为准。"
COLUMN_LEFT = [
    "一、标准厂房租金有哪些优惠？",
    "已通过入驻评审的项目单位承租单层钢结构厂房，前两年免收租金，第三年起按每月每平方米10元收取。",
    "年度亩均税收达到所在产业类别标准两倍以上的企业，次年租金按八折收取，优惠可以逐年申请。",
    "二、押金怎么退还？",
    "租赁期满且没有欠费和损坏的，园区平台公司在退租验收后十五日内全额退还押金。",
]
COLUMN_RIGHT = [
    "三、人才公寓怎么申请？",
    "与飞地项目单位签订一年以上劳动合同、本人及配偶在园区所在县没有自有住房的员工，可以向园区平台公司提出申请。",
    "四、公寓租金是多少？",
    "人才公寓租金按同地段市场租金的一半收取，入住人员按月缴纳，每次入住期限不超过两年。",
    "期满仍符合条件的可以续租一次，累计入住最长不超过四年。",
]
_COL_W = 82  # mm: two columns of this width and a gutter of 16 mm inside the 10 mm margins
_GUTTER = 16
_SIZE = 11
_LEAD = 7  # mm between lines


def _wrap(pdf: FPDF, paragraphs: list[str], width: float) -> list[tuple[float, str]]:
    """(indent, text) of each visual line of a column: questions flush left, answers indented
    two characters, wrapped by character to the width; an empty line between paragraphs."""
    em = pdf.get_string_width("中")
    out: list[tuple[float, str]] = []
    for text in paragraphs:
        indent = 0.0 if text.endswith("？") else 2 * em
        line, room = "", width - indent
        for ch in text:
            if pdf.get_string_width(line + ch) > room:
                out.append((indent, line))
                line, indent, room = "", 0.0, width
            line += ch
        out.append((indent, line))
        out.append((0.0, ""))
    return out[:-1]


def make_two_column_pdf() -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_font("noto", fname=str(FONT), collection_font_number=SC)
    pdf.set_title(COLUMNS_TITLE)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("noto", size=18)
    pdf.cell(0, 12, COLUMNS_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("noto", size=10)
    pdf.cell(0, 8, COLUMNS_SUBTITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("noto", size=_SIZE)
    left = _wrap(pdf, COLUMN_LEFT, _COL_W)
    right = _wrap(pdf, COLUMN_RIGHT, _COL_W)
    x_left, x_right, top = pdf.l_margin, pdf.l_margin + _COL_W + _GUTTER, pdf.get_y() + 8
    rows = max(len(left), len(right))
    for row in range(rows):  # across both columns, row by row
        y = top + row * _LEAD
        for x, lines in ((x_left, left), (x_right, right)):
            if row < len(lines) and lines[row][1]:
                indent, text = lines[row]
                pdf.text(x + indent, y, text)
    pdf.set_xy(pdf.l_margin, top + rows * _LEAD + 4)
    pdf.set_font("noto", size=10)
    pdf.cell(0, 8, COLUMNS_NOTE, align="C")
    pdf.set_xy(pdf.l_margin, pdf.h - 18)
    pdf.cell(0, 8, "— 1 —", align="C")
    return bytes(pdf.output())
