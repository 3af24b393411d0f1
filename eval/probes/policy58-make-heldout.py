"""policy58 HELD-OUT part: writes the held-out files of eval/probes/policy58-corpus/, their
expected metadata (policy58-metadata.json, split "heldout") and their questions
(policy58-heldout.jsonl). Fictional city 桐湾市 and its district 石埠区, the setting of outdoor
advertising structures and shop signboards (户外广告设施和店招标牌设置管理); every sentence
written for this set. Written and committed before the tune maker (policy58-make.py) and before
any code; the held-out files are read only as counts by bench/metadata.py and bench/probes.py.

Conventions (as policy55's and policy57's):
- 文号 as printed (a typed text keeps its brackets, 〔〕 [] ［］ 【】); scans print 〔〕.
- A joint issue (联合发文): issuer is every organ in the 落款 joined by 、, title as printed
  without the space between the organs, doc_number the lead organ's 文号 (printed first).
- A document with no 施行 clause has no effective_on; 「本X自Y起施行」 gives Y.
- Dates in Chinese numerals (〇 or 零) are read as dates; a portal page's published_on is its
  publish time (a <meta> tag or a 「来源：… 时间：…」 line) when it prints one.
- No file is a notice issuing a document (印发), so nothing depends on the open 印发-notice
  convention.
- pages: for PDFs and images only (Word, HTML and text have none).
Run: .venv/bin/python eval/probes/policy58-make-heldout.py
The web pages and plain texts it once held as strings are committed in the corpus folder as
written and no longer rewritten here: art_20250702_1187.html, t20250903_4410.html."""

import os
import sys

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_docx as wd  # noqa: E402
import fixture_kit as kit  # noqa: E402

OUT = os.path.join(HERE, "policy58-corpus")
SET = "policy58"
q = kit.question_maker("p58h", "heldout")

# H1: the revised 办法 as Word: issuer, 文号, 成文日期 and 施行日期 in a table over the title, no
# 落款; typed chapters and articles; repeals H2 by its 文号 alone
H1_NAME = "桐湾市户外广告设施设置管理办法.docx"
H1_TITLE = "桐湾市户外广告设施设置管理办法"
H1_NUMBER = "桐城管规〔2025〕3号"
H1_TABLE = [
    ["发文机关", "桐湾市城市管理局", "发文字号", H1_NUMBER],
    ["成文日期", "2025年6月18日", "施行日期", "2025年8月1日"],
]
H1_BODY = [
    ("c", "第一章　总则"),
    ("p", "第一条　为了规范户外广告设施设置，保障公共安全，美化城市环境，制定本办法。"),
    ("p", "第二条　本办法适用于本市城市建成区内户外广告设施的设置及其监督管理。"),
    ("c", "第二章　设置要求"),
    ("p", "第三条　户外广告设施设置期限最长不超过5年，期满需要继续设置的，应当在期满前30日申请延续。"),
    ("p", "第四条　单立柱广告设施之间的间距不得小于200米。"),
    ("c", "第三章　安全管理"),
    ("p", "第五条　设置人应当每年委托专业机构进行1次安全检测，并将检测报告报送城市管理部门。"),
    ("p", "第六条　遇台风、暴雨等恶劣天气预警时，设置人应当对户外广告设施进行加固或者拆除。"),
    ("c", "第四章　附则"),
    ("p", "第七条　本办法自2025年8月1日起施行，桐城管规〔2019〕2号文件同时废止。"),
]


def build_h1():
    doc = docx.Document()
    wd.header_footer(doc, "桐湾市城市管理局规范性文件", "桐湾市城市管理局")
    wd.table(doc, H1_TABLE)
    wd.para(doc, "")
    wd.para(doc, H1_TITLE, align="c", size=22, font="方正小标宋简体")
    for kind, text in H1_BODY:
        if kind == "c":
            wd.para(doc, text, align="c", size=16, font="黑体")
        else:
            wd.para(doc, text)
    doc.save(os.path.join(OUT, H1_NAME))


# H2: the old 暂行办法 scanned into a two-page image-only PDF, its 落款 and date (〇) on page 2
H2_NAME = "scan_20190326.pdf"
H2_TITLE = "桐湾市户外广告设施设置管理暂行办法"
H2_PAGE1 = [
    ("redtitle", "桐湾市城市管理局文件"),
    ("center", "桐城管规〔2019〕2号"),
    ("rule", ""),
    ("title", "桐湾市户外广告设施设置管理暂行办法"),
    ("gap", "10"),
    ("p", "第一条　为了加强户外广告设施设置管理，制定本办法。"),
    ("p", "第二条　本办法适用于本市中心城区内户外广告设施的设置。"),
    ("p", "第三条　户外广告设施设置期限最长不超过3年。"),
    ("p", "第四条　单立柱广告设施之间的间距不得小于150米。"),
    ("p", "第五条　设置人应当每两年进行1次安全检测。"),
    ("p", "第六条　户外广告设施不得遮挡交通信号灯、交通标志和消防通道。"),
    ("p", "第七条　户外广告设施的画面应当保持整洁完好，破损的应当在7日内修复。"),
]
H2_PAGE2 = [
    ("p", "第八条　未经审核擅自设置户外广告设施的，由城市管理部门责令限期拆除。"),
    ("p", "第九条　本办法由桐湾市城市管理局负责解释。"),
    ("p", "第十条　本办法自2019年5月1日起施行。"),
    ("gap", "60"),
    ("sign", "桐湾市城市管理局"),
    ("sign", "二〇一九年三月二十六日"),
]

# H3: a district bureau's notice as Word: the 文号 in a text box under the 版头, the 落款 and its
# date in a text box at the end; no 施行 clause
H3_NAME = "关于开展店招标牌安全隐患排查整治的通知.docx"
H3_TITLE = "桐湾市石埠区城市管理局关于开展店招标牌安全隐患排查整治的通知"
H3_NUMBER = "石城管发〔2025〕11号"


def build_h3():
    doc = docx.Document()
    wd.header_footer(doc, "", "石埠区城市管理局")
    wd.para(doc, "桐湾市石埠区城市管理局", align="c", size=26, font="方正小标宋简体")
    wd.text_box(doc, [H3_NUMBER], 5801)
    wd.para(doc, "")
    wd.para(doc, H3_TITLE, align="c", size=22, font="方正小标宋简体")
    wd.para(doc, "各街道办事处，局属各中队：", indent=False)
    for text in (
        "为防止店招标牌坠落伤人，决定在全区开展店招标牌安全隐患排查整治，现将有关事项通知如下：",
        "一、各街道对辖区内沿街店招标牌逐一排查，重点检查锈蚀、松动和悬挑过长的标牌。",
        "二、排查发现的安全隐患，应当督促店主在15日内整改；拒不整改的，依法予以拆除。",
        "三、各街道于2025年5月31日前完成全部整改，并报送整治台账。",
    ):
        wd.para(doc, text)
    wd.para(doc, "")
    wd.text_box(doc, ["桐湾市石埠区城市管理局", "2025年4月7日"], 5802, jc="right", height_cm=2.4)
    doc.save(os.path.join(OUT, H3_NAME))


# H4: a 指引（试行） as a text PDF: a cover page, a 目录 page, then the text (printed numbers
# from the text's first page)
H4_NAME = "桐湾市店招标牌设置指引.pdf"
H4_TITLE = "桐湾市店招标牌设置指引（试行）"
H4_TOC = [
    "第一章　总则 …………………………………………… 1",
    "第二章　设置要求 ……………………………………… 1",
    "第三章　审核与监管 …………………………………… 2",
    "附件　店招标牌示意图 ………………………………… 3",
]
H4_TOP = [("center", "桐城管规〔2025〕5号"), ("title", H4_TITLE)]
H4_BODY = [
    ("h", "第一章　总则"),
    ("p", "第一条　为了规范店招标牌设置，提升街区风貌，制定本指引。"),
    ("h", "第二章　设置要求"),
    ("p", "第二条　每个门店原则上只设置1块店招标牌。"),
    ("p", "第三条　店招标牌的高度不得超过1.2米，不得超出门店两侧墙体。"),
    ("p", "第四条　同一建筑立面的店招标牌应当统一底色、统一高度。"),
    ("h", "第三章　审核与监管"),
    ("p", "第五条　店招标牌实行告知承诺制，店主在设置前向所在街道报送设计效果图。"),
    ("p", "第六条　本指引自2025年6月1日起施行，有效期2年。"),
    ("right", "桐湾市城市管理局"),
    ("right", "2025年5月20日"),
    ("h", "附件　店招标牌示意图"),
    ("p", "（示意图略）"),
]


class TocPDF(kit.GovPDF):
    """A booklet: a cover (page 1) and a 目录 (page 2) with no running header and no number;
    the printed numbers start at 1 on page 3."""

    def header(self):
        if self.page_no() > 2:
            super().header()

    def footer(self):
        if self.page_no() > 2:
            self.set_y(-18)
            self.set_font("serif", "", 10)
            self.cell(0, 8, f"— {self.page_no() - 2} —", align="C")


def build_h4():
    pdf = TocPDF("桐湾市城市管理局规范性文件")
    pdf.add_page()
    pdf.set_y(60)
    pdf.set_font("sans", "", 24)
    pdf.multi_cell(0, 16, H4_TITLE, align="C")
    pdf.ln(70)
    pdf.set_font("serif", "", 15)
    pdf.multi_cell(0, 10, "桐湾市城市管理局", align="C")
    pdf.ln(6)
    pdf.multi_cell(0, 10, "二〇二五年五月", align="C")
    pdf.add_page()
    pdf.set_y(40)
    pdf.set_font("sans", "", 18)
    pdf.multi_cell(0, 12, "目　　录", align="C")
    pdf.ln(8)
    pdf.set_font("serif", "", 13)
    for line in H4_TOC:
        pdf.multi_cell(0, 10, line)
    pdf.add_page()
    for kind, txt in H4_TOP:
        if kind == "title":
            kit.title_line(pdf, txt, 4)
        else:
            pdf.set_font("serif", "", 12)
            pdf.multi_cell(0, 8, txt, align="C")
    pdf.ln(4)
    for kind, txt in H4_BODY:
        if kind == "h" and txt.startswith("附件"):
            pdf.add_page()
        if kit.body_line(pdf, kind, txt, 12.5):
            continue
        kit.right_line(pdf, txt, 12.5, 8.2)
    pdf.output(os.path.join(OUT, H4_NAME))
    return pdf.page_no()


# H5: a portal 解读 of H1 whose publish time is only in <meta name="PubDate">; the page shows
# 来源 without a time
H5_NAME = "art_20250702_1187.html"
H5_TITLE = "《桐湾市户外广告设施设置管理办法》政策解读"

# H6: a district government 通告 on the district portal: 「来源：… 时间：…」 under the title, 文号 in
# 【】, 落款 two days before the publish time
H6_NAME = "t20250903_4410.html"
H6_TITLE = "桐湾市石埠区人民政府关于主要街道户外广告设施集中整治的通告"

# H7: a 联合发文 as a text PDF: two organs' 版头, their two 文号 on one line, two 落款 side by
# side; no 施行 clause
H7_NAME = "桐城管联〔2025〕4号.pdf"
H7_TITLE = "桐湾市城市管理局桐湾市市场监督管理局关于规范户外广告发布登记工作的通知"
H7_TOP = [
    ("center", "桐湾市城市管理局"),
    ("center", "桐湾市市场监督管理局"),
    ("center", "桐城管联〔2025〕4号　　桐市监发〔2025〕19号"),
    ("title", "桐湾市城市管理局　桐湾市市场监督管理局关于规范户外广告发布登记工作的通知"),
    ("left", "各区城市管理局、市场监督管理局："),
]
H7_BODY = [
    ("p", "为做好户外广告设施设置审核与广告发布登记的衔接，现就有关事项通知如下："),
    ("p", "一、发布者应当在发布前5个工作日向所在地市场监督管理部门申请户外广告发布登记。"),
    ("p", "二、城市管理部门在设置审核通过后3个工作日内将审核结果推送市场监督管理部门。"),
    ("p", "三、两部门每季度开展1次联合检查。"),
    ("sign", "桐湾市城市管理局　　桐湾市市场监督管理局"),
    ("sign", "2025年8月12日"),
]

# H8: a district 公告 scanned as a jpg, its date written with 零
H8_NAME = "IMG_20251020_1630.jpg"
H8_TITLE = "桐湾市石埠区城市管理局关于公布第一批店招标牌示范街区名单的公告"
H8_PAGE = [
    ("redtitle", "桐湾市石埠区城市管理局"),
    ("center", "石城管告〔2025〕7号"),
    ("rule", ""),
    ("title", "桐湾市石埠区城市管理局关于公布第一批"),
    ("title", "店招标牌示范街区名单的公告"),
    ("gap", "10"),
    ("p", "经街道推荐、现场评估和社会公示，确定第一批店招标牌示范街区共8条，现予以公布。"),
    ("p", "示范街区的店招标牌由街道统一设计、统一管护。"),
    ("gap", "40"),
    ("sign", "桐湾市石埠区城市管理局"),
    ("sign", "二零二五年十月二十日"),
]


def expected(pages):
    base = kit.expectation_base("heldout")
    return {
        H1_NAME: {**base, "title": H1_TITLE, "issuer": "桐湾市城市管理局", "doc_number": H1_NUMBER,
                  "doc_type": "办法", "issued_on": "2025-06-18", "effective_on": "2025-08-01"},
        H2_NAME: {**base, "title": H2_TITLE, "issuer": "桐湾市城市管理局",
                  "doc_number": "桐城管规〔2019〕2号", "doc_type": "办法",
                  "issued_on": "2019-03-26", "effective_on": "2019-05-01",
                  "status": "superseded", "superseded_by": H1_NAME, "pages": 2},
        H3_NAME: {**base, "title": H3_TITLE, "issuer": "桐湾市石埠区城市管理局",
                  "doc_number": H3_NUMBER, "doc_type": "通知", "issued_on": "2025-04-07"},
        H4_NAME: {**base, "title": H4_TITLE, "issuer": "桐湾市城市管理局",
                  "doc_number": "桐城管规〔2025〕5号", "doc_type": "指引",
                  "issued_on": "2025-05-20", "effective_on": "2025-06-01", "pages": pages["h4"]},
        H5_NAME: {**base, "title": H5_TITLE, "issuer": "桐湾市城市管理局", "doc_type": "解读",
                  "published_on": "2025-07-02"},
        H6_NAME: {**base, "title": H6_TITLE, "issuer": "桐湾市石埠区人民政府",
                  "doc_number": "石政告【2025】2号", "doc_type": "通告", "issued_on": "2025-09-01",
                  "effective_on": "2025-09-10", "published_on": "2025-09-03"},
        H7_NAME: {**base, "title": H7_TITLE, "issuer": "桐湾市城市管理局、桐湾市市场监督管理局",
                  "doc_number": "桐城管联〔2025〕4号", "doc_type": "通知",
                  "issued_on": "2025-08-12", "pages": pages["h7"]},
        H8_NAME: {**base, "title": H8_TITLE, "issuer": "桐湾市石埠区城市管理局",
                  "doc_number": "石城管告〔2025〕7号", "doc_type": "公告", "issued_on": "2025-10-20",
                  "pages": 1},
    }


QUESTIONS = [
    q(1, "桐湾市户外广告设施现在最长能设置几年？", [["5年"]],
      "户外广告设施设置期限最长不超过5年", ["current_version", "number"], H1_NAME),
    q(2, "户外广告设施多久要做一次安全检测？", [["每年"]],
      "设置人应当每年委托专业机构进行1次安全检测", ["current_version", "number"], H1_NAME),
    q(3, "单立柱广告牌之间至少要隔多远？", [["200米"]],
      "单立柱广告设施之间的间距不得小于200米", ["current_version", "number"], H1_NAME),
    q(4, "店招标牌安全隐患要在什么时候前整改完？", [["2025年5月31日"]],
      "各街道于2025年5月31日前完成全部整改", ["date"], H3_NAME),
    q(5, "排查出隐患后店主要在几天内整改？", [["15日"]],
      "应当督促店主在15日内整改", ["number"], H3_NAME),
    q(6, "店招标牌最高能做多高？", [["1.2米"]], "店招标牌的高度不得超过1.2米", ["number"],
      H4_NAME),
    q(7, "一个门店可以设几块店招？", [["1块"]], "每个门店原则上只设置1块店招标牌", ["number"],
      H4_NAME),
    q(8, "主要街道户外广告集中整治的通告从哪天开始施行？", [["2025年9月10日"]],
      "本通告自2025年9月10日起施行", ["effective"], H6_NAME),
    q(9, "没经过审核的户外广告设施要在什么时候前自行拆除？", [["2025年10月31日"]],
      "设置人应当于2025年10月31日前自行拆除", ["date"], H6_NAME),
    q(10, "户外广告发布登记要提前几个工作日申请？", [["5个工作日"]],
       "发布者应当在发布前5个工作日向所在地市场监督管理部门申请户外广告发布登记",
       ["number"], H7_NAME),
    q(11, "第一批店招标牌示范街区有几条？", [["8条"]], "第一批店招标牌示范街区共8条",
       ["number"], H8_NAME),
    q(12, "户外广告设施设置管理办法的文号是多少？", [["桐城管规〔2025〕3号"]], H1_NUMBER,
       ["doc_number"], H1_NAME),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    build_h1()
    build_h3()
    p1 = kit.render_page(H2_PAGE1, seed=5801).convert("RGB")
    p2 = kit.render_page(H2_PAGE2, seed=5802).convert("RGB")
    p1.save(os.path.join(OUT, H2_NAME), "PDF", resolution=150, save_all=True, append_images=[p2])
    kit.render_page(H8_PAGE, seed=5808).convert("RGB").save(
        os.path.join(OUT, H8_NAME), "JPEG", quality=88
    )
    pages = {
        "h4": build_h4(),
        "h7": kit.make_text_pdf(OUT, H7_NAME, "桐湾市城市管理局", H7_TOP, H7_BODY),
    }
    kit.write_expectations(HERE, SET, "heldout", expected(pages), QUESTIONS)


if __name__ == "__main__":
    main()
