"""policy58 TUNE part: writes the tune files of eval/probes/policy58-corpus/, their expected
metadata (into policy58-metadata.json beside the held-out entries, left as they are) and their
questions (policy58-tune.jsonl). Fictional city 桐湾市 and its district 石埠区, outdoor advertising
structures and shop signboards; every text written for this set. The held-out part is
policy58-make-heldout.py (written and committed first); the same conventions (its docstring).
Run: .venv/bin/python eval/probes/policy58-make.py
The web pages and plain texts it once held as strings are committed in the corpus folder as
written and no longer rewritten here: 户外招牌设置审批实施细则.txt, content_20250310_772.html,
t20250626_3305.html."""

import importlib.util
import os
import sys

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_docx as wd  # noqa: E402
import fixture_kit as kit  # noqa: E402

OUT = os.path.join(HERE, "policy58-corpus")
SET = "policy58"
q = kit.question_maker("p58t", "tune")
# T4 and the booklet writer (cover and 目录 pages) live in policy58-make-booklet.py
_lspec = importlib.util.spec_from_file_location(
    "policy58booklet", os.path.join(HERE, "policy58-make-booklet.py"))
L = importlib.util.module_from_spec(_lspec)
_lspec.loader.exec_module(L)

# T1: a city bureau's notice as Word under a 「…文件」 版头: the 文号 in a text box, the 落款 and
# its Chinese-numeral date in another; its own 施行 clause
T1_NAME = "关于加强户外广告设施汛期安全管理的通知.docx"
T1_TITLE = "桐湾市城市管理局关于加强户外广告设施汛期安全管理的通知"
T1_NUMBER = "桐城管发〔2025〕21号"


def build_t1():
    doc = docx.Document()
    wd.header_footer(doc, "", "桐湾市城市管理局")
    wd.para(doc, "桐湾市城市管理局文件", align="c", size=26, font="方正小标宋简体")
    wd.para(doc, "")
    wd.text_box(doc, [T1_NUMBER], 5811)
    wd.para(doc, "")
    wd.para(doc, T1_TITLE, align="c", size=22, font="方正小标宋简体")
    wd.para(doc, "各区城市管理局：", indent=False)
    for text in (
        "汛期将至，为防范户外广告设施倒塌、坠落事故，现就有关事项通知如下：",
        "一、6月1日前完成对大型户外广告设施的汛前检查，检查比例达到100%。",
        "二、接到暴雨红色预警后，2小时内完成高空广告画面的收卷或者拆除。",
        "三、本通知自印发之日起施行。",
    ):
        wd.para(doc, text)
    wd.para(doc, "")
    wd.text_box(doc, ["桐湾市城市管理局", "二〇二五年五月十二日"], 5812, jc="right",
                height_cm=2.4)
    doc.save(os.path.join(OUT, T1_NAME))


# T2: a district 实施细则 as Word: 发布机构, 文号 (［］), 成文日期 in a table over the title, no
# 落款; repeals T3 (another title) by its 文号 alone
T2_NAME = "石埠区店招标牌设置管理实施细则.docx"
T2_TITLE = "石埠区店招标牌设置管理实施细则"
T2_NUMBER = "石城管规［2025］1号"
T2_TABLE = [
    ["索引号", "11331200MB2087766K/2025-00032", "发布机构", "桐湾市石埠区城市管理局"],
    ["文号", T2_NUMBER, "成文日期", "2025年3月3日"],
]


def build_t2():
    doc = docx.Document()
    wd.header_footer(doc, "石埠区城市管理局", "石埠区城市管理局")
    wd.table(doc, T2_TABLE)
    wd.para(doc, "")
    wd.para(doc, T2_TITLE, align="c", size=22, font="方正小标宋简体")
    for text in (
        "第一条　为了规范本区店招标牌设置，根据市有关规定，制定本细则。",
        "第二条　店招标牌应当设置在门店一层门楣位置，底边距地面不低于2.5米。",
        "第三条　店招标牌不得使用闪烁灯光，夜间亮灯时间为18时至22时。",
        "第四条　本细则自2025年4月1日起施行，石城管规〔2021〕1号文件同时废止。",
    ):
        wd.para(doc, text)
    doc.save(os.path.join(OUT, T2_NAME))


# T3: the older district rule T2 repeals, pasted from the portal as text
T3_NAME = "户外招牌设置审批实施细则.txt"
T3_TITLE = "石埠区户外招牌设置审批实施细则"

# T4 (a 规划 as a text PDF with a cover page and a 目录 page) and the booklet writer:
# policy58-make-booklet.py


T5_NAME = "scan_20250218.pdf"
T5_TITLE = "桐湾市石埠区城市管理局关于开展户外广告设施安全检测的通知"
T5_PAGE1 = [
    ("redtitle", "桐湾市石埠区城市管理局"),
    ("center", "石城管发〔2025〕3号"),
    ("rule", ""),
    ("title", "桐湾市石埠区城市管理局关于开展户外"),
    ("title", "广告设施安全检测的通知"),
    ("gap", "10"),
    ("left", "各街道办事处，各户外广告设置单位："),
    ("p", "为消除户外广告设施安全隐患，决定在全区开展户外广告设施安全检测，现将有关事项通知如下。"),
    ("p", "一、检测范围为全区面积10平方米以上的户外广告设施。"),
    ("p", "二、检测由设置单位委托具有资质的检测机构实施，检测费用由设置单位承担。"),
    ("p", "三、检测结论为危险的，设置单位应当立即停止使用并予以拆除。"),
    ("p", "四、各街道应当建立户外广告设施安全检测台账，逐一登记检测结论和整改情况。"),
    ("p", "五、各设置单位应当于2025年4月30日前将检测报告报送区城市管理局。"),
]
T5_PAGE2 = [
    ("p", "六、区城市管理局将对检测情况进行抽查，抽查比例不低于20%。"),
    ("gap", "60"),
    ("sign", "桐湾市石埠区城市管理局"),
    ("sign", "二〇二五年二月十八日"),
]

# T6: a portal 解读 of T2 with its publish date only in <meta name="publishdate">
T6_NAME = "content_20250310_772.html"
T6_TITLE = "图解《石埠区店招标牌设置管理实施细则》"

# T7: a city 公告 on the bureau's portal: 「来源：… 时间：…」 line, 文号 in ［］, published after
# its 落款
T7_NAME = "t20250626_3305.html"
T7_TITLE = "桐湾市城市管理局关于公布户外广告设施禁设区域的公告"

# T8: a 联合发文 as a text PDF: two 文号 on one line, two 落款 side by side
T8_NAME = "桐城管联〔2025〕2号.pdf"
T8_TITLE = "桐湾市城市管理局桐湾市公安局关于加强道路沿线户外广告设施交通安全管理的通知"
T8_TOP = [
    ("center", "桐湾市城市管理局　桐湾市公安局"),
    ("center", "桐城管联〔2025〕2号　　桐公通〔2025〕6号"),
    ("title", "桐湾市城市管理局　桐湾市公安局关于加强道路沿线户外广告设施交通安全管理的通知"),
    ("left", "各区城市管理局、公安分局："),
]
T8_BODY = [
    ("p", "一、道路交叉口50米范围内不得设置户外广告设施。"),
    ("p", "二、户外广告设施不得采用与交通标志相近的颜色和图案。"),
    ("sign", "桐湾市城市管理局　　桐湾市公安局"),
    ("sign", "2025年7月8日"),
]

# T9: a district government 通告 scanned as a png, its date written with 零, its own 施行 date
T9_NAME = "IMG_20250815_0902.png"
T9_TITLE = "桐湾市石埠区人民政府关于禁止在行道树上悬挂广告的通告"
T9_PAGE = [
    ("redtitle", "桐湾市石埠区人民政府"),
    ("center", "石政告〔2025〕1号"),
    ("rule", ""),
    ("title", "桐湾市石埠区人民政府关于禁止在"),
    ("title", "行道树上悬挂广告的通告"),
    ("gap", "10"),
    ("p", "一、禁止在行道树、路灯杆上悬挂、张贴各类广告。"),
    ("p", "二、违反本通告的，由区城市管理局责令清除，并处200元罚款。"),
    ("p", "三、本通告自2025年9月1日起施行。"),
    ("gap", "40"),
    ("sign", "桐湾市石埠区人民政府"),
    ("sign", "二零二五年八月十五日"),
]


# ---- second batch (written after main's held-out count showed one file losing its issuer and
# 成文日期, which the first batch did not reproduce; found with scratch pages of my own, never
# with a held-out file) ----

# T10: a 指引 as a booklet PDF: cover, a 目录 of 第X章 entries, the text, and after its 落款 an
# attachment page headed 「附件　X」 on one line
T10_NAME = "桐湾市户外电子显示屏设置指引.pdf"
T10_TITLE = "桐湾市户外电子显示屏设置指引"
T10_TOC = [
    "第一章　总则 ………………………………………… 1",
    "第二章　设置标准 …………………………………… 1",
    "第三章　运行管理 …………………………………… 2",
    "附件　亮度限值表 …………………………………… 3",
]
T10_BODY = [
    ("h", "第一章　总则"),
    ("p", "第一条　为了规范户外电子显示屏设置，减少光污染，制定本指引。"),
    ("h", "第二章　设置标准"),
    ("p", "第二条　户外电子显示屏面积不得超过60平方米。"),
    ("h", "第三章　运行管理"),
    ("p", "第三条　户外电子显示屏每日23时至次日6时应当关闭。"),
    ("p", "第四条　本指引自2025年10月1日起施行。"),
    ("right", "桐湾市城市管理局"),
    ("right", "2025年9月15日"),
    ("h", "附件　亮度限值表"),
    ("p", "商业区夜间亮度不超过500坎德拉每平方米，居住区夜间亮度不超过200坎德拉每平方米。"),
]


def build_t10():
    pdf = L.TocPDF("桐湾市城市管理局规范性文件")
    L.cover_and_contents(pdf, T10_TITLE, "二〇二五年九月", "目　　录", T10_TOC)
    pdf.add_page()
    pdf.set_font("serif", "", 12)
    pdf.multi_cell(0, 8, "桐城管规〔2025〕9号", align="C")
    kit.title_line(pdf, T10_TITLE, 4)
    pdf.ln(4)
    for kind, txt in T10_BODY:
        if kind == "h" and txt.startswith("附件"):
            pdf.add_page()
        if kit.body_line(pdf, kind, txt, 12.5):
            continue
        kit.right_line(pdf, txt, 12.5, 8.2)
    pdf.output(os.path.join(OUT, T10_NAME))
    return pdf.page_no()


def expected(pages):
    base = kit.expectation_base("tune")
    return {
        T1_NAME: {**base, "title": T1_TITLE, "issuer": "桐湾市城市管理局", "doc_number": T1_NUMBER,
                  "doc_type": "通知", "issued_on": "2025-05-12", "effective_on": "2025-05-12"},
        T2_NAME: {**base, "title": T2_TITLE, "issuer": "桐湾市石埠区城市管理局",
                  "doc_number": T2_NUMBER, "doc_type": "细则", "issued_on": "2025-03-03",
                  "effective_on": "2025-04-01"},
        T3_NAME: {**base, "title": T3_TITLE, "issuer": "桐湾市石埠区城市管理局",
                  "doc_number": "石城管规〔2021〕1号", "doc_type": "细则",
                  "issued_on": "2021-06-18", "effective_on": "2021-07-01",
                  "published_on": "2021-06-22", "status": "superseded", "superseded_by": T2_NAME},
        L.T4_NAME: {**base, "title": L.T4_TITLE, "issuer": "桐湾市城市管理局",
                  "doc_number": "桐城管规〔2025〕2号", "doc_type": "规划",
                  "issued_on": "2025-03-28", "effective_on": "2025-04-15", "pages": pages["t4"]},
        T5_NAME: {**base, "title": T5_TITLE, "issuer": "桐湾市石埠区城市管理局",
                  "doc_number": "石城管发〔2025〕3号", "doc_type": "通知",
                  "issued_on": "2025-02-18", "pages": 2},
        T6_NAME: {**base, "title": T6_TITLE, "issuer": "桐湾市石埠区城市管理局", "doc_type": "解读",
                  "published_on": "2025-03-10"},
        T7_NAME: {**base, "title": T7_TITLE, "issuer": "桐湾市城市管理局",
                  "doc_number": "桐城管告［2025］2号", "doc_type": "公告",
                  "issued_on": "2025-06-23", "published_on": "2025-06-26"},
        T8_NAME: {**base, "title": T8_TITLE, "issuer": "桐湾市城市管理局、桐湾市公安局",
                  "doc_number": "桐城管联〔2025〕2号", "doc_type": "通知",
                  "issued_on": "2025-07-08", "pages": pages["t8"]},
        T9_NAME: {**base, "title": T9_TITLE, "issuer": "桐湾市石埠区人民政府",
                  "doc_number": "石政告〔2025〕1号", "doc_type": "通告", "issued_on": "2025-08-15",
                  "effective_on": "2025-09-01", "pages": 1},
        T10_NAME: {**base, "title": T10_TITLE, "issuer": "桐湾市城市管理局",
                   "doc_number": "桐城管规〔2025〕9号", "doc_type": "指引",
                   "issued_on": "2025-09-15", "effective_on": "2025-10-01", "pages": pages["t10"]},
    }


QUESTIONS = [
    q(1, "大型户外广告设施的汛前检查要在什么时候前完成？", [["6月1日"]],
      "6月1日前完成对大型户外广告设施的汛前检查", ["date"], T1_NAME),
    q(2, "接到暴雨红色预警后多久内要收卷高空广告画面？", [["2小时"]],
      "2小时内完成高空广告画面的收卷或者拆除", ["number"], T1_NAME),
    q(3, "石埠区店招标牌底边离地面至少多高？", [["2.5米"]], "底边距地面不低于2.5米",
      ["current_version", "number"], T2_NAME),
    q(4, "店招标牌夜间亮灯时间是几点到几点？", [["18时"], ["22时"]],
      "夜间亮灯时间为18时至22时", ["number"], T2_NAME),
    q(5, "到2030年全市户外广告设施总量控制在多少以内？", [["1.2万处"]],
      "全市户外广告设施总量控制在1.2万处以内", ["number"], L.T4_NAME),
    q(6, "户外广告设施专项规划从哪天开始施行？", [["2025年4月15日"]],
      "本规划自2025年4月15日起施行", ["effective"], L.T4_NAME),
    q(7, "多大面积以上的户外广告设施要做安全检测？", [["10平方米"]],
      "检测范围为全区面积10平方米以上的户外广告设施", ["number"], T5_NAME),
    q(8, "区城市管理局对安全检测的抽查比例是多少？", [["20%"]], "抽查比例不低于20%", ["number"],
      T5_NAME),
    q(9, "禁设区域内现有的户外广告要在什么时候前拆掉？", [["2025年12月31日"]],
      "应当于2025年12月31日前拆除", ["date"], T7_NAME),
    q(10, "道路交叉口多少米范围内不能设户外广告？", [["50米"]],
       "道路交叉口50米范围内不得设置户外广告设施", ["number"], T8_NAME),
    q(11, "在行道树上挂广告会被罚多少钱？", [["200元"]], "并处200元罚款", ["number"], T9_NAME),
    q(12, "石埠区店招标牌设置管理实施细则的文号是什么？", [["石城管规［2025］1号"]], T2_NUMBER,
       ["doc_number"], T2_NAME),
    q(13, "户外电子显示屏每天几点要关？", [["23时"]], "每日23时至次日6时应当关闭", ["number"],
       T10_NAME),
    q(14, "居住区的电子显示屏夜间亮度上限是多少？", [["200坎德拉每平方米"]],
       "居住区夜间亮度不超过200坎德拉每平方米", ["number"], T10_NAME),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    build_t1()
    build_t2()
    p1 = kit.render_page(T5_PAGE1, seed=5851).convert("RGB")
    p2 = kit.render_page(T5_PAGE2, seed=5852).convert("RGB")
    p1.save(os.path.join(OUT, T5_NAME), "PDF", resolution=150, save_all=True, append_images=[p2])
    kit.render_page(T9_PAGE, seed=5859).save(os.path.join(OUT, T9_NAME))
    pages = {
        "t4": L.build_t4(),
        "t8": kit.make_text_pdf(OUT, T8_NAME, "桐湾市城市管理局", T8_TOP, T8_BODY),
        "t10": build_t10(),
    }
    kit.write_expectations(HERE, SET, "tune", expected(pages), QUESTIONS)


if __name__ == "__main__":
    main()
