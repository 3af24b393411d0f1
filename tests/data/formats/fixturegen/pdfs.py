"""The three-page text PDF 细则 with a running header, page numbers 「第 n 页 共 N 页」 and a
ruled table."""

from __future__ import annotations

from fpdf import FPDF

from .fonts import FONT, SC

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
