"""Write the real-format fixtures of the fictional 青禾市 enclave-park (飞地园区) policy: a DOCX
办法 with Word auto-numbering, a table and a running header; a three-page text PDF with running
headers, page numbers and a table; a scanned two-page PDF; a PDF with one text page and one
scanned page; a web page with its chrome; a PNG notice; and, when LibreOffice is installed, the
DOCX saved as an old Word .doc. Every sentence is written for these tests.

    python tests/data/formats/make_fixtures.py     # rewrites the files beside it

The generated files are committed, so tests never need this script (or LibreOffice) to run.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SERIF = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
SC = 2  # the Simplified Chinese face in the Noto CJK collections

# ---------------------------------------------------------------- the DOCX 办法 (auto-numbered)

DOCX_HEAD = ["青禾市人民政府办公室文件", "青政办〔2025〕7号", "青禾市飞地园区项目入驻管理办法"]
DOCX_BODY: list[tuple[str, str]] = [  # (kind, text): chapter / article / table / plain / item1 / item2
    ("chapter", "总则"),
    ("article", "为规范飞地园区项目入驻行为，提高园区土地利用效率，根据《青禾市飞地园区利益分享管理办法》，制定本办法。"),
    ("article", "本办法适用于本市各飞地园区内新建、扩建的工业和物流项目。"),
    ("article", "市发展改革委负责飞地园区项目入驻的统筹协调，园区联合管理委员会负责受理和初审。"),
    ("chapter", "入驻条件"),
    ("article", "申请入驻的项目应当符合园区产业定位，并达到下表所列的投资强度和产出要求。"),
    ("table", ""),
    ("article", "高耗能、高排放项目和列入淘汰类目录的项目不得入驻。"),
    ("chapter", "入驻程序"),
    ("article", "项目单位向园区联合管理委员会提交入驻申请，申请材料清单见附件。"),
    ("article", "联合管理委员会应当在收到完整材料之日起十五个工作日内完成初审，并将初审意见报市发展改革委。"),
    ("article", "市发展改革委会同飞出地和飞入地在二十个工作日内组织评审，评审通过的项目签订入驻协议。"),
    ("chapter", "附则"),
    ("article", "本办法自2025年3月1日起施行，有效期三年。"),
    ("plain", "附件：飞地园区项目入驻申请材料清单"),
    ("plain", "青禾市人民政府办公室"),
    ("plain", "2025年2月10日"),
    ("plain", "附件"),
    ("plain", "飞地园区项目入驻申请材料清单"),
    ("item1", "项目基本情况"),
    ("item2", "项目单位营业执照复印件；"),
    ("item2", "项目可行性研究报告。"),
    ("item1", "资金和用地情况"),
    ("item2", "近两年经审计的财务报表；"),
    ("item2", "用地需求说明。"),
]
DOCX_TABLE = [
    ["产业类别", "投资强度（万元/亩）", "亩均税收（万元/年）"],
    ["装备制造", "不低于300", "不低于25"],
    ["农产品加工", "不低于200", "不低于15"],
    ["商贸物流", "不低于150", "不低于12"],
]
DOCX_HEADER = "青禾市人民政府办公室（内部资料　注意保存）"
DOCX_FOOTER = "青禾市人民政府办公室印制"

_LEVEL = (
    '<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
    '<w:lvlText w:val="{text}"/><w:suff w:val="{suff}"/><w:lvlJc w:val="left"/></w:lvl>'
)


def _numbering(document: docx.document.Document) -> dict[str, int]:
    """Three lists in numbering.xml: chapters 「第%1章」, articles 「第%1条」 (counted across
    chapters), and the attachment's outline 「%1、」 / 「（%2）」; numIds by name."""
    part = document.part.numbering_part.element
    lists = {
        "chapter": [("chineseCounting", "第%1章", "space")],
        "article": [("chineseCounting", "第%1条", "space")],
        "outline": [("chineseCounting", "%1、", "nothing"), ("chineseCounting", "（%2）", "nothing")],
    }
    ids = {}
    first_num = part.find(f"{{{part.nsmap['w']}}}num")
    for n, (name, levels) in enumerate(lists.items()):
        abstract_id, num_id = 90 + n, 90 + n
        lvls = "".join(
            _LEVEL.format(ilvl=i, fmt=f, text=t, suff=s) for i, (f, t, s) in enumerate(levels)
        )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
        )
        if first_num is not None:
            first_num.addprevious(abstract)  # abstractNum elements come before num elements
        else:
            part.append(abstract)
        part.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
            )
        )
        ids[name] = num_id
    return ids


def _number(paragraph, num_id: int, ilvl: int = 0) -> None:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def make_docx() -> bytes:
    document = docx.Document()
    document.core_properties.title = ""
    ids = _numbering(document)
    section = document.sections[0]
    section.header.paragraphs[0].text = DOCX_HEADER
    section.footer.paragraphs[0].text = DOCX_FOOTER
    for line in DOCX_HEAD:
        document.add_paragraph(line)
    for kind, text in DOCX_BODY:
        if kind == "table":
            table = document.add_table(rows=len(DOCX_TABLE), cols=len(DOCX_TABLE[0]))
            table.style = "Table Grid"
            for r, row in enumerate(DOCX_TABLE):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
            continue
        paragraph = document.add_paragraph(text)
        if kind in ("chapter", "article"):
            _number(paragraph, ids[kind])
        elif kind in ("item1", "item2"):
            _number(paragraph, ids["outline"], 0 if kind == "item1" else 1)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- the text PDF (3 pages)

PDF_TITLE = "青禾市飞地园区标准厂房租赁管理细则"
PDF_RUNNING = "青禾市飞地园区联合管理委员会　规范性文件"
PDF_HEAD = ["青禾市飞地园区联合管理委员会文件", "青飞管〔2025〕3号", PDF_TITLE]
PDF_ARTICLES = [
    "第一条　为规范飞地园区标准厂房的租赁和使用，提高厂房利用率，降低入驻企业前期投入，根据《青禾市飞地园区项目入驻管理办法》，结合园区实际，制定本细则。",
    "第二条　本细则所称标准厂房，是指由园区平台公司统一建设、按照通用标准设计、用于出租给入驻企业从事生产经营的多层或单层厂房。",
    "第三条　园区联合管理委员会负责标准厂房租赁的监督管理，园区平台公司负责厂房的招租、合同签订、日常维护和租金收取。",
    "第四条　承租标准厂房的企业应当是已经通过入驻评审的飞地园区项目单位，并且在园区内完成工商注册和税务登记。",
    "第五条　标准厂房的租金按照厂房类型分档确定，具体标准见下表。租金标准每三年评估一次，调整幅度原则上不超过百分之十。",
    "TABLE",
    "第六条　承租企业在签订租赁合同时应当一次性缴纳相当于三个月租金的押金，租赁期满且无欠费和损坏的，押金全额退还。",
    "第七条　租赁合同期限一般为三年，期满后承租企业可以申请续租，在同等条件下享有优先承租权。",
    "第八条　承租企业不得将标准厂房转租、分租给其他单位，也不得改变厂房的主体结构和消防设施。",
    "第九条　承租企业连续六个月未开展生产经营活动的，园区平台公司可以解除租赁合同并收回厂房。",
    "第十条　承租企业年度亩均税收达到所在产业类别标准两倍以上的，次年租金可以按照八折收取。",
    "第十一条　园区平台公司应当每年对标准厂房的结构安全和消防设施进行一次全面检查，检查结果报园区联合管理委员会备案。",
    "第十二条　因承租企业使用不当造成厂房损坏的，由承租企业负责修复或者承担修复费用。",
    "第十三条　承租企业对租赁管理有异议的，可以向园区联合管理委员会提出书面意见，联合管理委员会应当在十个工作日内答复。",
    "第十四条　本细则由园区联合管理委员会负责解释，自2025年6月1日起施行。",
]
PDF_TABLE = [
    ["厂房类型", "月租金（元/平方米）", "前两年减免"],
    ["单层钢结构厂房", "10", "免收"],
    ["多层框架厂房", "12", "减半"],
    ["定制化厂房", "15", "不减免"],
]


class _RunningPDF(FPDF):
    def header(self) -> None:
        self.set_font("noto", size=9)
        self.cell(0, 8, PDF_RUNNING, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("noto", size=9)
        self.cell(0, 8, f"第 {self.page_no()} 页 共 {{nb}} 页", align="C")


def make_text_pdf() -> bytes:
    pdf = _RunningPDF(format="A4")
    pdf.add_font("noto", fname=str(FONT), collection_font_number=SC)
    pdf.set_title(PDF_TITLE)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("noto", size=16)
    for line in PDF_HEAD:
        pdf.multi_cell(0, 10, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for text in PDF_ARTICLES:
        if text == "TABLE":
            pdf.set_font("noto", size=12)
            with pdf.table(col_widths=(60, 60, 50), line_height=9, first_row_as_headings=False) as table:
                for row in PDF_TABLE:
                    cells = table.row()
                    for value in row:
                        cells.cell(value)
            pdf.ln(4)
            pdf.set_font("noto", size=16)
            continue
        pdf.multi_cell(0, 10, text, new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
        pdf.ln(12)
    return bytes(pdf.output())


# ---------------------------------------------------------------- scans (rendered with Pillow)

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


# ---------------------------------------------------------------- the web page

HTML_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="PubDate" content="2025-10-17 17:49">
<title>青禾市召开飞地园区建设推进会_青禾市人民政府门户网站</title>
<script>var _hmt = _hmt || []; (function () { _hmt.push(["page", "news"]); })();</script>
<style>.ad { border: 1px solid #ccc; } .share span { margin: 0 4px; }</style>
</head>
<body>
<div class="topbar">青禾市人民政府门户网站 | 无障碍浏览 | 长者模式 | English</div>
<ul class="menu">
  <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
  <li><a href="/xwzx/">新闻中心</a></li><li><a href="/bsfw/">办事服务</a></li>
  <li><a href="/hdjl/">互动交流</a></li>
</ul>
<div class="crumb">首页 &gt; 新闻中心 &gt; 园区动态 &gt; 正文</div>
<div class="ad">【广告】青禾农商银行“飞地贷”上线，最快三天放款</div>
<div class="article">
  <h1>青禾市召开飞地园区建设推进会</h1>
  <div class="info">发布时间: 2025-10-17 17:49:01　来源：青禾市发展和改革委员会　【字体：大 中 小】　【打印】【关闭】</div>
  <p>10月16日，青禾市召开飞地园区建设推进会，通报前三季度飞地园区建设进展，部署第四季度重点工作。</p>
  <p>会议通报，截至9月底，全市飞地园区累计签约项目46个，协议投资212亿元，其中31个项目已开工建设，12个项目建成投产。</p>
  <p>会议要求，各县（市、区）要在2025年12月31日前完成本年度飞地项目认定，确保已签约项目年内开工率达到八成以上。</p>
  <p>会议强调，飞出地和飞入地要严格按照利益分享办法兑现税收分成，不得以任何理由拖欠或截留分享资金。</p>
  <p class="editor">责任编辑：林晓岚</p>
</div>
<div class="pager">上一篇：青禾市飞地园区人才公寓首批交付使用<br>下一篇：飞地园区标准厂房开放参观</div>
<div class="share">分享到：微信 微博 QQ空间</div>
<div class="ad">推广：园区招商热线 0000-12345678</div>
<div class="footer">
  <p>主办：青禾市人民政府办公室　承办：青禾市大数据中心</p>
  <p>网站标识码：0000000001　备案号：青ICP备00000000号</p>
  <p>https://www.qinghe.example.gov.cn/xwzx/yqdt/202510/t20251017_1.html</p>
</div>
</body>
</html>
"""


def make_doc(docx_path: Path) -> bytes | None:
    """The DOCX saved by LibreOffice as a Word 97–2003 .doc; None without LibreOffice."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [office, "--headless", "--convert-to", "doc", "--outdir", tmp, str(docx_path)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        return (Path(tmp) / (docx_path.stem + ".doc")).read_bytes()


def main() -> None:
    files = {
        "qinghe-ruzhu-banfa.docx": make_docx(),
        "qinghe-changfang-xize.pdf": make_text_pdf(),
        "qinghe-rending-tongzhi-scan.pdf": make_scanned_pdf(),
        "qinghe-rencai-gongyu-mixed.pdf": make_mixed_pdf(),
        "qinghe-tuijinhui.html": HTML_PAGE.encode("utf-8"),
        "qinghe-canguan-gonggao.png": make_notice_png(),
    }
    for name, data in files.items():
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")
    doc = make_doc(HERE / "qinghe-ruzhu-banfa.docx")
    if doc is not None:
        (HERE / "qinghe-ruzhu-banfa.doc").write_bytes(doc)
        print(f"qinghe-ruzhu-banfa.doc: {len(doc)} bytes")


if __name__ == "__main__":
    main()
