"""policy58 TUNE part, its booklet PDF: T4 (a 规划 with a cover page and a 目录 page) and the
booklet writer (`TocPDF`, `cover_and_contents`) that T10 uses too. Split out of policy58-make.py,
which loads this file and writes everything; same conventions, every text written for this set."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_kit as kit  # noqa: E402

OUT = os.path.join(HERE, "policy58-corpus")

# T4: a 规划 as a text PDF with a cover page and a 目录 page
T4_NAME = "桐湾市户外广告设施设置专项规划.pdf"
T4_TITLE = "桐湾市户外广告设施设置专项规划（2025—2030年）"
T4_TOC = [
    "一、规划背景 ……………………………………………… 1",
    "二、规划目标 ……………………………………………… 1",
    "三、分区管控 ……………………………………………… 2",
    "四、实施保障 ……………………………………………… 2",
]
T4_BODY = [
    ("h", "一、规划背景"),
    ("p", "全市现有户外广告设施约1.6万处，部分区域存在设置过密、形式杂乱的问题。"),
    ("h", "二、规划目标"),
    ("p", "到2030年，全市户外广告设施总量控制在1.2万处以内。"),
    ("h", "三、分区管控"),
    ("p", "全市划分为禁设区、严控区和适度设置区三类区域，历史文化街区为禁设区。"),
    ("h", "四、实施保障"),
    ("p", "本规划自2025年4月15日起施行。"),
    ("right", "桐湾市城市管理局"),
    ("right", "2025年3月28日"),
]


class TocPDF(kit.GovPDF):
    """A cover (page 1) and a 目录 (page 2) with no running header and no number; the printed
    numbers start at 1 on page 3."""

    def header(self):
        if self.page_no() > 2:
            super().header()

    def footer(self):
        if self.page_no() > 2:
            self.set_y(-18)
            self.set_font("serif", "", 10)
            self.cell(0, 8, f"— {self.page_no() - 2} —", align="C")


def cover_and_contents(pdf, title, month, heading, contents):
    """A booklet's cover page (title, organ, month) and its 目录 page."""
    pdf.add_page()
    pdf.set_y(60)
    pdf.set_font("sans", "", 24)
    pdf.multi_cell(0, 16, title, align="C")
    pdf.ln(70)
    pdf.set_font("serif", "", 15)
    pdf.multi_cell(0, 10, "桐湾市城市管理局", align="C")
    pdf.ln(6)
    pdf.multi_cell(0, 10, month, align="C")
    pdf.add_page()
    pdf.set_y(40)
    pdf.set_font("sans", "", 18)
    pdf.multi_cell(0, 12, heading, align="C")
    pdf.ln(8)
    pdf.set_font("serif", "", 13)
    for line in contents:
        pdf.multi_cell(0, 10, line)


def build_t4():
    pdf = TocPDF("桐湾市户外广告设施设置专项规划")
    cover_and_contents(pdf, T4_TITLE, "二〇二五年三月", "目　录", T4_TOC)
    pdf.add_page()
    pdf.set_font("serif", "", 12)
    pdf.multi_cell(0, 8, "桐城管规〔2025〕2号", align="C")
    kit.title_line(pdf, T4_TITLE, 4)
    pdf.ln(4)
    for kind, txt in T4_BODY:
        if kit.body_line(pdf, kind, txt, 12.5):
            continue
        kit.right_line(pdf, txt, 12.5, 8.2)
    pdf.output(os.path.join(OUT, T4_NAME))
    return pdf.page_no()


# T5: a district notice scanned into a two-page image-only PDF, 落款 and 〇 date on page 2
