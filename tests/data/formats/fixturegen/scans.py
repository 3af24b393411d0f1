"""Scanned pages rendered with Pillow: the two-page scanned notice PDF, the PDF with one text page
and one scanned page, the PNG notice, and a scanned bulletin whose first page is set in two
columns and whose second holds a table without ruling lines."""

from __future__ import annotations

import io

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from .fonts import FONT, SC, SERIF

SCAN_PAGES = [
    [
        ("center", "青禾市发展和改革委员会"),
        ("center", "关于开展2025年度飞地园区项目认定工作的通知"),
        ("left", "各县（市、区）发展改革局，园区联合管理委员会："),
        ("para", "为做好2025年度飞地园区项目认定工作，推动已签约项目尽快落地见效，现将有关事项通知如下。"),
        ("left", "一、认定范围"),
        ("para", "已签订共建协议的飞出地引进、在飞地园区完成注册登记并实际开展生产经营的项目，均可申请认定。"),
        ("left", "二、认定条件"),
        ("para", "申请认定的项目固定资产投资不低于五千万元，投资强度达到园区入驻标准，且近一年未发生安全生产事故。"),
    ],
    [
        ("left", "三、申报程序"),
        ("para", "项目单位通过飞出地发展改革部门提交申报材料，申报截止日期为2025年11月30日，逾期不再受理。"),
        ("left", "四、工作要求"),
        ("para", "各地要认真审核申报材料的真实性，对弄虚作假的项目，取消其三年内的申报资格。"),
        ("right", "青禾市发展和改革委员会"),
        ("right", "2025年9月15日"),
    ],
]
MIXED_TITLE = "青禾市飞地园区人才公寓管理规定"
MIXED_TEXT_PAGE = [
    "青禾市飞地园区联合管理委员会",
    MIXED_TITLE,
    "第一条　为吸引和留住飞地园区项目的技术和管理人才，规范人才公寓的分配和使用，制定本规定。",
    "第二条　人才公寓由园区平台公司统一建设和运营，房源优先保障已认定飞地项目的员工。",
    "第三条　申请入住的人员应当与飞地项目单位签订一年以上劳动合同，且本人及配偶在园区所在县无自有住房。",
]
MIXED_SCAN_PAGE = [
    ("para", "第四条　人才公寓租金按照同地段市场租金的百分之五十收取，由入住人员按月缴纳。"),
    ("para", "第五条　入住期限每次不超过两年，期满仍符合条件的可以续租一次，累计入住最长不超过四年。"),
    ("para", "第六条　本规定自2025年7月1日起施行。"),
]
NOTICE_IMAGE = [
    ("center", "关于飞地园区标准厂房开放参观的公告"),
    ("para", "为方便意向企业实地了解园区条件，飞地园区标准厂房将于每周三上午开放参观。"),
    ("para", "参观企业请提前一个工作日拨打园区招商服务热线预约，每批次不超过十人。"),
    ("right", "青禾市飞地园区联合管理委员会"),
    ("right", "2025年8月4日"),
]

_DPI = 110
_A4 = (round(8.27 * _DPI), round(11.69 * _DPI))


def render_page(lines: list[tuple[str, str]], size: tuple[int, int] = _A4, number: int | None = None) -> Image.Image:
    """A scanned-looking page: grey-scale text on white, paragraphs indented two characters and
    wrapped to the margins, a page number 「— n —」 at the bottom."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(SERIF), 24, index=SC)
    big = ImageFont.truetype(str(SERIF), 30, index=SC)
    left, right, y = 90, size[0] - 90, 110
    for kind, text in lines:
        f = big if kind == "center" and y < 300 else font
        if kind in ("center", "right"):
            width = draw.textlength(text, font=f)
            x = (size[0] - width) / 2 if kind == "center" else right - width
            draw.text((x, y), text, font=f, fill=20)
            y += int(f.size * 1.9)
            continue
        x0 = left + (2 * font.size if kind == "para" else 0)
        line = ""
        for ch in text:
            if draw.textlength(line + ch, font=font) > right - x0:
                draw.text((x0, y), line, font=font, fill=20)
                y += int(font.size * 1.7)
                line, x0 = "", left
            line += ch
        draw.text((x0, y), line, font=font, fill=20)
        y += int(font.size * 1.9)
    if number is not None:
        mark = f"— {number} —"
        width = draw.textlength(mark, font=font)
        draw.text(((size[0] - width) / 2, size[1] - 90), mark, font=font, fill=20)
    return image


def _image_pdf_page(pdf: FPDF, image: Image.Image) -> None:
    pdf.add_page()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    pdf.image(buffer, x=0, y=0, w=pdf.w, h=pdf.h)


def make_scanned_pdf() -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for n, lines in enumerate(SCAN_PAGES, 1):
        _image_pdf_page(pdf, render_page(lines, number=n))
    return bytes(pdf.output())


def make_mixed_pdf() -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_font("noto", fname=str(FONT), collection_font_number=SC)
    pdf.set_title(MIXED_TITLE)
    pdf.add_page()
    pdf.set_font("noto", size=14)
    for text in MIXED_TEXT_PAGE:
        pdf.multi_cell(0, 10, text, new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
        pdf.ln(3)
    pdf.set_auto_page_break(False)
    _image_pdf_page(pdf, render_page(MIXED_SCAN_PAGE, number=2))
    return bytes(pdf.output())


def make_notice_png() -> bytes:
    image = render_page(NOTICE_IMAGE, size=(_A4[0], 560))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


COLUMNS_SCAN_TITLE = "松岭市科技创新券政策问答（第2期）"
COLUMNS_SCAN_LEFT = [
    "一、创新券可以用于哪些服务？",
    "创新券可用于购买检验检测、研发设计和技术转移等科技服务，不得用于购买设备。",
    "二、每家企业能申领多少？",
    "每家企业每年度申领额度不超过二十万元，当年未使用的额度不结转。",
]
COLUMNS_SCAN_RIGHT = [
    "三、什么时候可以申报？",
    "每年三月一日至三月三十一日集中受理，逾期不再受理当年度申请。",
    "四、如何兑付？",
    "服务完成后由服务机构凭合同和发票向科技局申请兑付，资金在三十日内拨付。",
]
COLUMNS_SCAN_NOTE = "本问答仅供参考，以正式文件为准。"
TABLE_SCAN_LEAD = "2025年科技创新券额度分配如下："
TABLE_SCAN_ROWS = [
    ["区县", "企业数", "额度（万元）", "备注"],
    ["东湖区", "12", "240", "含结转"],
    ["西山区", "8", "160", "无"],
    ["南塘县", "5", "100", "无"],
    ["合计", "25", "500", "无"],
]
TABLE_SCAN_AFTER = "请各区县于十个工作日内将额度分解到企业。"


def _columns_page() -> Image.Image:
    """Two columns written row by row across the page, a title and a note across both."""
    image = Image.new("L", (910, 620), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(SERIF), 22, index=SC)
    big = ImageFont.truetype(str(SERIF), 28, index=SC)
    draw.text(((910 - draw.textlength(COLUMNS_SCAN_TITLE, font=big)) / 2, 40),
              COLUMNS_SCAN_TITLE, font=big, fill=20)  # fmt: skip

    def wrap(paragraphs: list[str]) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        for text in paragraphs:
            indent = 0 if text.endswith("？") else 2 * font.size
            line, room = "", 350 - indent
            for ch in text:
                if draw.textlength(line + ch, font=font) > room:
                    out.append((indent, line))
                    line, indent, room = "", 0, 350
                line += ch
            out += [(indent, line), (0, "")]
        return out

    left, right = wrap(COLUMNS_SCAN_LEFT), wrap(COLUMNS_SCAN_RIGHT)
    rows = max(len(left), len(right))
    for row in range(rows):
        for x, lines in ((80, left), (490, right)):
            if row < len(lines) and lines[row][1]:
                draw.text((x + lines[row][0], 110 + row * 36), lines[row][1], font=font, fill=20)
    width = draw.textlength(COLUMNS_SCAN_NOTE, font=font)
    draw.text(((910 - width) / 2, 110 + rows * 36 + 20), COLUMNS_SCAN_NOTE, font=font, fill=20)
    return image


def _table_page() -> Image.Image:
    """A lead sentence, a table whose columns line up by white space alone, a closing line."""
    image = Image.new("L", (910, 520), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(SERIF), 22, index=SC)
    draw.text((80, 60), TABLE_SCAN_LEAD, font=font, fill=20)
    for r, row in enumerate(TABLE_SCAN_ROWS):
        for x, cell in zip((80, 280, 460, 680), row):
            draw.text((x, 130 + r * 50), cell, font=font, fill=20)
    draw.text((80, 130 + len(TABLE_SCAN_ROWS) * 50 + 30), TABLE_SCAN_AFTER, font=font, fill=20)
    return image


def make_columns_scan_pdf() -> bytes:
    """Each page the size of its image at the OCR resolution (110 dpi), nothing stretched."""
    pdf = FPDF(unit="pt")
    pdf.set_auto_page_break(False)
    for image in (_columns_page(), _table_page()):
        w, h = (v * 72 / _DPI for v in image.size)
        pdf.add_page(format=(w, h))
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
        pdf.image(buffer, x=0, y=0, w=w, h=h)
    return bytes(pdf.output())
