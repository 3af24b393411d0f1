"""policy90 HELD-OUT part: writes the held-out files of eval/probes/policy90-corpus/, their
expected metadata (policy90-metadata.json, split "heldout") and their questions
(policy90-heldout.jsonl). Fictional city 泓川市 and its district 檀溪区, the setting of public
sports venues and fitness places opened to the public (公共体育场馆和健身场地开放); every sentence
written for this set. Written and committed before the tune maker (policy90-make.py) and before
any code was run on these files; the held-out files are read only as counts by
bench/metadata.py and bench/probes.py.

Layouts the earlier sets do not have: a 规范性文件 with its 登记号 line over the 版头 and an
「有效期至」 date in its last article, articles numbered by Word itself and a table between two
articles; a 联合发文 by three organs with three 文号 on one line and a table running across a page
break under a running header; a portal page whose publish time is printed only in the page's
info bar (发布时间 … 字号 大中小 打印 关闭) under breadcrumbs; a notice with 附件1–3, each a titled
sub-document on its own page; the repealed 暂行办法 scanned into a one-page image PDF.

Conventions (as policy58's):
- 文号 as printed; the 登记号 is not a 文号.
- A joint issue (联合发文): issuer is every organ in the 落款 joined by 、, title as printed
  without the spaces between the organs, doc_number the lead organ's 文号 (printed first).
- A document with no 施行 clause has no effective_on; 「本X自Y起施行」 gives Y; an 有效期至 date is
  not a 施行 date.
- A portal page's published_on is its publish time when it prints one; a 解读 has no 文号 or
  dates of its own beyond that.
- pages: for PDFs and images only (Word, HTML and text have none).
Run: .venv/bin/python eval/probes/policy90-make-heldout.py"""

import os
import sys

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_docx as wd  # noqa: E402
import fixture_kit as kit  # noqa: E402
import fixture_scan as scan  # noqa: E402
import fixture_portal as pg  # noqa: E402

OUT = os.path.join(HERE, "policy90-corpus")
SET = "policy90"
q = kit.question_maker("p90h", "heldout")

# H1: the 规范性文件 as Word: 登记号 line at the top right, 版头, 文号, title, nine articles numbered
# by Word (第%1条), the opening hours table after the fourth; repeals H5 by its 文号 alone
H1_NAME = "泓川市公共体育场馆开放管理办法.docx"
H1_TITLE = "泓川市公共体育场馆开放管理办法"
H1_NUMBER = "泓体规〔2025〕2号"
H1_ARTICLES = [
    "为了推动公共体育场馆向社会开放，满足群众日常健身需求，结合本市实际，制定本办法。",
    "本办法适用于本市行政区域内由政府投资建设的体育场、体育馆、游泳馆和全民健身中心"
    "（以下统称公共体育场馆）。",
    "公共体育场馆应当在每年8月8日全民健身日当天全天免费向社会开放。",
    "公共体育场馆每周开放时间不少于42小时，寒暑假期间每日开放时间不少于8小时。各类场馆的开放时段"
    "按照下表执行：",
    "对60周岁以上老年人、残疾人和在校学生，公共体育场馆应当按照不高于公布价格50%的标准收费。",
    "游泳馆开放深水区的，应当在每个开放时段配备不少于2名持证救生员。",
    "市体育局每年组织一次开放绩效评价，评价结果与免费低收费开放补助资金挂钩。",
    "本办法由泓川市体育局负责解释。",
    "本办法自2025年9月1日起施行，有效期至2030年8月31日。泓体发〔2021〕9号文件同时废止。",
]
H1_TABLE = [
    ["场馆类别", "工作日", "双休日及节假日"],
    ["体育场", "6:00—21:00", "6:00—22:00"],
    ["体育馆", "9:00—21:00", "8:00—21:30"],
    ["游泳馆", "12:00—21:00", "9:00—21:00"],
]


def build_h1():
    doc = docx.Document()
    wd.header_footer(doc, "", "泓川市体育局")
    wd.para(doc, "泓川市行政规范性文件登记号：HCFR—2025—0021", align="r", size=12)
    wd.para(doc, "泓川市体育局文件", align="c", size=26, font="方正小标宋简体")
    wd.para(doc, H1_NUMBER, align="c")
    wd.para(doc, "")
    wd.para(doc, H1_TITLE, align="c", size=22, font="方正小标宋简体")
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    wd.add_abstract(numbering, 90, [("chineseCounting", "第%1条", 640)])
    wd.add_num(numbering, 90, 90)
    for i, text in enumerate(H1_ARTICLES):
        wd.numbered(wd.para(doc, text), 90)
        if i == 3:
            wd.table(doc, H1_TABLE)
    wd.para(doc, "")
    wd.para(doc, "泓川市体育局", align="r")
    wd.para(doc, "2025年8月12日", align="r")
    doc.save(os.path.join(OUT, H1_NAME))


# H2: a three-organ 联合发文 as a text PDF under a running header: three 文号 on one line, the
# title with the organs spaced, a 24-row table that runs onto the second page, three 落款 lines
H2_NAME = "关于推进学校体育场地向社会开放的通知.pdf"
H2_TITLE = "泓川市教育局泓川市体育局泓川市财政局关于推进学校体育场地向社会开放的通知"
H2_NUMBER = "泓教发〔2025〕15号"
H2_TOP = [
    ("center", "泓教发〔2025〕15号　泓体发〔2025〕22号　泓财教〔2025〕8号"),
    ("title", "泓川市教育局　泓川市体育局　泓川市财政局关于推进学校体育场地向社会开放的通知"),
    ("left", "各区县教育局、体育局、财政局，市直属各学校："),
]
H2_SCHOOLS = [
    ("泓川市第一中学", "田径场、篮球场"), ("泓川市第三中学", "田径场"),
    ("泓川市实验中学", "篮球场、排球场"), ("泓川市滨江中学", "田径场、足球场"),
    ("泓川市第五中学", "体育馆"), ("泓川市育英中学", "田径场"),
    ("檀溪区实验小学", "篮球场"), ("檀溪区中心小学", "田径场"),
    ("檀溪区城东小学", "足球场"), ("檀溪区桂园小学", "篮球场、乒乓球室"),
    ("檀溪区第二中学", "田径场"), ("檀溪区明德中学", "体育馆、篮球场"),
    ("泓川市南湖小学", "田径场"), ("泓川市北门小学", "篮球场"),
    ("泓川市光华小学", "足球场"), ("泓川市新城小学", "田径场、篮球场"),
    ("泓川市东山中学", "田径场"), ("泓川市西塘中学", "排球场"),
    ("泓川市凤栖小学", "篮球场"), ("泓川市青石小学", "田径场"),
    ("泓川市柳岸中学", "足球场"), ("泓川市云台中学", "田径场、篮球场"),
    ("泓川市梧桐小学", "乒乓球室"), ("泓川市金沙小学", "田径场"),
]
H2_BODY = [
    ("p", "为盘活学校体育场地资源，缓解群众健身场地不足的问题，经研究，决定推进学校体育场地在课余时间"
          "向社会开放。现将有关事项通知如下："),
    ("p", "一、学校体育场地在不影响教学的前提下，于双休日和寒暑假向社会开放，每日开放时间为"
          "7:00—9:00和16:00—20:00。"),
    ("p", "二、进校健身的市民应当通过“泓川健身”小程序实名预约，凭预约码从学校指定通道出入。"),
    ("p", "三、首批向社会开放的学校共24所，名单及开放场地如下表："),
    ("table", [["序号", "学校名称", "开放场地", "区域"]]
     + [[str(i + 1), s, f, "檀溪区" if s.startswith("檀溪") else "市直"]
        for i, (s, f) in enumerate(H2_SCHOOLS)]),
    ("p", "四、市财政按照每所学校每年3万元的标准给予开放运行补助，用于场地维护、保险和安保支出。"),
    ("p", "五、各学校应当于2025年9月1日前完成场地隔离改造并公布开放时间。"),
    ("sign", "泓川市教育局"),
    ("sign", "泓川市体育局"),
    ("sign", "泓川市财政局"),
    ("sign", "2025年7月3日"),
    ("cc", "抄送：市人民政府办公室。"),
]

# H3: the portal's 解读 of H1: breadcrumbs, an info bar carrying the publish time, 字号 大中小,
# 打印 and 关闭; the related-file link carries H1's date, the body H1's 文号 and dates
H3_NAME = "art_20250820_3391.html"
H3_TITLE = "《泓川市公共体育场馆开放管理办法》政策解读"
H3_PARAS = [
    "一、出台背景。原《泓川市公共体育场馆免费低收费开放暂行办法》于2021年施行，群众对延长开放时间、"
    "扩大优惠人群的呼声较高，有必要修订完善。",
    "二、主要变化。每周开放时间由不少于35小时提高到不少于42小时；老年人、残疾人和在校学生的收费标准由"
    "不高于公布价格的70%降低到不高于50%；新增游泳馆深水区救生员配备要求。",
    "三、施行时间。《办法》（泓体规〔2025〕2号）自2025年9月1日起施行，有效期至2030年8月31日。",
]


def build_h3():
    kit.write_text(OUT, H3_NAME, pg.portal_page(
        site="泓川市体育局", crumbs=["首页", "政务公开", "政策文件及解读", "部门解读"],
        title=H3_TITLE, time="2025-08-20 10:15", source="泓川市体育局", views=1287,
        paras=H3_PARAS, related=[(H1_TITLE, "2025-08-12")]))


# H4: a district bureau's notice as Word with 附件1–3, each a titled sub-document after a page
# break: a form (table), a standard, a payment procedure
H4_NAME = "关于开展2025年社区健身驿站建设申报工作的通知.docx"
H4_TITLE = "泓川市檀溪区文化体育和旅游局关于开展2025年社区健身驿站建设申报工作的通知"
H4_NUMBER = "檀文体旅发〔2025〕6号"
H4_NOTICE = {
    "header": "泓川市檀溪区文化体育和旅游局文件", "number": H4_NUMBER, "title": H4_TITLE,
    "to": "各街道办事处，区直有关单位：",
    "body": [
        "为方便居民就近健身，区文化体育和旅游局决定2025年在全区建设社区健身驿站10个。现将申报工作"
        "通知如下：",
        "一、申报主体为各街道办事处，每个街道申报不超过2个。",
        "二、申报材料于2025年5月20日前报送区文化体育和旅游局群众体育科。",
        "三、驿站建设应当符合附件2所列标准，补助资金按照附件3的流程拨付。",
        "附件：1．社区健身驿站建设申报表",
        "　　　2．社区健身驿站建设标准",
        "　　　3．社区健身驿站补助资金拨付流程",
    ],
    "sign": "泓川市檀溪区文化体育和旅游局", "date": "2025年4月18日",
    "cc": "抄送：区人民政府办公室。", "printed": "泓川市檀溪区文化体育和旅游局办公室　2025年4月18日印发",
}
H4_ANNEXES = [
    ("附件1", "社区健身驿站建设申报表", [["申报街道", "", "驿站地址", ""],
                                       ["建筑面积", "", "联系人及电话", ""]]),
    ("附件2", "社区健身驿站建设标准", [
        "一、驿站室内面积不少于60平方米，设置有氧健身区和力量训练区。",
        "二、配置健身器材不少于8件，其中适合老年人使用的不少于3件。",
        "三、驿站每日开放时间不少于10小时，免费向居民开放。"]),
    ("附件3", "社区健身驿站补助资金拨付流程", [
        "一、每个社区健身驿站补助15万元，分两次拨付。",
        "二、建设方案审定后拨付60%，验收合格后拨付其余40%。"]),
]


def build_h4():
    path = os.path.join(OUT, H4_NAME)
    wd.write_notice(OUT, H4_NAME, H4_NOTICE, "", "泓川市檀溪区文化体育和旅游局")
    doc = docx.Document(path)
    for label, title, content in H4_ANNEXES:
        doc.add_page_break()
        wd.para(doc, label, indent=False, font="黑体")
        wd.para(doc, title, align="c", size=22, font="方正小标宋简体")
        if isinstance(content[0], list):
            wd.table(doc, content)
        else:
            for text in content:
                wd.para(doc, text)
    doc.save(path)


# H5: the repealed 暂行办法 scanned into a one-page image-only PDF: red 版头, 文号, six articles,
# 落款 and seal
H5_NAME = "scan_20210315.pdf"
H5_TITLE = "泓川市公共体育场馆免费低收费开放暂行办法"
H5_PAGE = [
    ("gap", "30"),
    ("banner", "泓川市体育局文件", 96, 14),
    ("number", "泓体发〔2021〕9号"),
    ("redrule",),
    ("gap", "16"),
    ("title", H5_TITLE),
    ("gap", "10"),
    ("p", "第一条　为了推进公共体育场馆免费低收费开放，制定本办法。"),
    ("p", "第二条　公共体育场馆每周开放时间不少于35小时。"),
    ("p", "第三条　对老年人、残疾人和在校学生，按照不高于公布价格70%的标准收费。"),
    ("p", "第四条　公共体育场馆应当在醒目位置公示开放时间和收费标准。"),
    ("p", "第五条　本办法由泓川市体育局负责解释。"),
    ("p", "第六条　本办法自2021年4月1日起施行。"),
    ("gap", "50"),
    ("sign", "泓川市体育局"),
    ("sign", "2021年3月15日"),
    ("seal",),
]


def expected(pages):
    base = kit.expectation_base("heldout")
    return {
        H1_NAME: {**base, "title": H1_TITLE, "issuer": "泓川市体育局", "doc_number": H1_NUMBER,
                  "doc_type": "办法", "issued_on": "2025-08-12", "effective_on": "2025-09-01"},
        H2_NAME: {**base, "title": H2_TITLE,
                  "issuer": "泓川市教育局、泓川市体育局、泓川市财政局", "doc_number": H2_NUMBER,
                  "doc_type": "通知", "issued_on": "2025-07-03", "pages": pages["h2"]},
        H3_NAME: {**base, "title": H3_TITLE, "issuer": "泓川市体育局", "doc_type": "解读",
                  "published_on": "2025-08-20"},
        H4_NAME: {**base, "title": H4_TITLE, "issuer": "泓川市檀溪区文化体育和旅游局",
                  "doc_number": H4_NUMBER, "doc_type": "通知", "issued_on": "2025-04-18"},
        H5_NAME: {**base, "title": H5_TITLE, "issuer": "泓川市体育局",
                  "doc_number": "泓体发〔2021〕9号", "doc_type": "办法",
                  "issued_on": "2021-03-15", "effective_on": "2021-04-01",
                  "status": "superseded", "superseded_by": H1_NAME, "pages": 1},
    }


QUESTIONS = [
    q(1, "公共体育场馆开放管理办法第五条讲的是什么？", [["50%"]],
      "应当按照不高于公布价格50%的标准收费", ["article"], H1_NAME, section="第五条"),
    q(2, "公共体育场馆开放管理办法从哪天开始施行？", [["2025年9月1日"]],
      "本办法自2025年9月1日起施行", ["effective"], H1_NAME),
    q(3, "公共体育场馆开放管理办法的有效期到什么时候？", [["2030年8月31日"]],
      "有效期至2030年8月31日", ["validity"], H1_NAME),
    q(4, "体育馆双休日晚上开到几点？", [["21:30"]], "8:00—21:30", ["number"], H1_NAME),
    q(5, "推进学校体育场地向社会开放那份通知的文号是什么？", [["泓教发〔2025〕15号"]],
      H2_NUMBER, ["doc_number"], H2_NAME),
    q(6, "学校体育场地向社会开放的通知是哪几个部门一起印发的？",
      [["泓川市教育局"], ["泓川市体育局"], ["泓川市财政局"]],
      "泓川市教育局　泓川市体育局　泓川市财政局", ["issuer"], H2_NAME),
    q(7, "社区健身驿站申报通知的附件2是什么？", [["社区健身驿站建设标准"]],
      "社区健身驿站建设标准", ["attachment"], H4_NAME, section="附件2"),
    q(8, "每个社区健身驿站能拿到多少补助？", [["15万元"]], "每个社区健身驿站补助15万元",
      ["attachment", "number"], H4_NAME, section="附件3"),
    q(9, "社区健身驿站申报通知的附件4是什么？", [], "", ["unanswerable"]),
    q(10, "公共体育场馆开放管理办法第十二条讲的是什么？", [], "", ["unanswerable"]),
    q(11, "市民进学校体育场地健身要交多少押金？", [], "", ["unanswerable"]),
    q(12, "游泳馆深水区的水深至少要多深？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    build_h1()
    build_h3()
    build_h4()
    scan.render(H5_PAGE, seed=9005).save(os.path.join(OUT, H5_NAME), "PDF", resolution=150)
    pages = {"h2": kit.make_text_pdf(OUT, H2_NAME, "泓川市教育局　泓川市体育局　泓川市财政局",
                                     H2_TOP, H2_BODY)}
    kit.write_expectations(HERE, SET, "heldout", expected(pages), QUESTIONS)


if __name__ == "__main__":
    main()
