"""policy90 TUNE part: writes the tune files of eval/probes/policy90-corpus/, their expected
metadata (policy90-metadata.json, split "tune") and their questions (policy90-tune.jsonl).
Same setting and kinds as the held-out part (policy90-make-heldout.py, written first): a
规范性文件 (here plain text copied off a portal, its 登记号 and 有效期至 lines over the 版头) that
repeals a scanned 暂行办法 by title and 文号; a three-organ joint 细则 as Word with three 文号,
articles numbered by Word and a table; the portal's 解读; a multi-page text PDF notice under a
running header with 附件1–3, 附件1 a list table running across a page break; a Word notice whose
版记 closes its own pages before its titled 附件1–3 (added after the first fixes: a scratch notice of
that layout lost its 成文日期). Every sentence written
for this set. Conventions: as the held-out maker's docstring.
Run: .venv/bin/python eval/probes/policy90-make.py"""

import os
import sys

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_docx as wd  # noqa: E402
import fixture_kit as kit  # noqa: E402
import fixture_portal as pg  # noqa: E402
import fixture_scan as scan  # noqa: E402

OUT = os.path.join(HERE, "policy90-corpus")
SET = "policy90"
q = kit.question_maker("p90t", "tune")

# T1: the 规范性文件 as plain text: 登记号 and 有效期至 lines over the 版头, 文号, title, eight
# typed articles, 落款; repeals T5 by title and 文号
T1_NAME = "泓川市全民健身场地设施建设补助办法.txt"
T1_TITLE = "泓川市全民健身场地设施建设补助办法"
T1_NUMBER = "泓体规〔2025〕1号"
T1_TEXT = """泓川市行政规范性文件
登记号：HCFR—2025—0009
有效期至：2028年6月30日

泓川市体育局文件

泓体规〔2025〕1号

泓川市全民健身场地设施建设补助办法

第一条　为了加快补齐全民健身场地设施短板，规范建设补助资金的使用，制定本办法。
第二条　本办法所称全民健身场地设施，是指在城市社区和行政村建设、免费向公众开放的健身场地及其配套设施。
第三条　新建社区多功能运动场的，每个补助20万元；新建健身步道的，每公里补助8万元。
第四条　申请补助的项目应当已纳入区县年度全民健身设施建设计划，且建成后免费开放不少于10年。
第五条　补助资金在项目验收合格后一次性拨付，不得用于人员经费和日常办公支出。
第六条　市体育局会同市财政局对补助项目进行抽查，抽查比例不低于当年项目总数的20%。
第七条　本办法由泓川市体育局负责解释。
第八条　本办法自2025年7月1日起施行。《泓川市全民健身场地设施建设补助暂行办法》（泓体发〔2020〕14号）同时废止。

泓川市体育局
2025年6月5日
"""

# T2: a three-organ joint 细则 as Word: three 文号 on one line, the title, articles numbered by
# Word (第%1条) with the 管护 table after the third, three 落款 lines and one date
T2_NAME = "泓川市檀溪区口袋公园健身设施管护细则.docx"
T2_TITLE = "泓川市檀溪区口袋公园健身设施管护细则"
T2_NUMBER = "檀建发〔2025〕11号"
T2_ORGANS = ["泓川市檀溪区住房和城乡建设局", "泓川市檀溪区文化体育和旅游局", "泓川市檀溪区财政局"]
T2_ARTICLES = [
    "为了加强口袋公园健身设施的日常管护，保障群众健身安全，制定本细则。",
    "本细则适用于本区城市建成区内口袋公园中设置的健身器材、球场和健身步道。",
    "口袋公园健身设施实行属地管护，各类设施的管护单位和巡查频次按照下表执行：",
    "管护单位应当为健身器材购买公众责任保险，发现器材损坏的，应当在24小时内设置警示标识并停止使用。",
    "健身器材达到安全使用年限的，由区文化体育和旅游局统一更换，更换费用由区财政保障。",
    "本细则自2025年5月1日起施行。",
]
T2_TABLE = [
    ["设施类别", "管护单位", "巡查频次"],
    ["健身器材", "所在街道办事处", "每周2次"],
    ["球场", "区城市公园管理中心", "每周1次"],
    ["健身步道", "区城市公园管理中心", "每月2次"],
]


def build_t2():
    doc = docx.Document()
    wd.header_footer(doc, "", "檀溪区住房和城乡建设局")
    for organ in T2_ORGANS:
        wd.para(doc, organ, align="c", size=22, font="方正小标宋简体")
    wd.para(doc, "檀建发〔2025〕11号　檀文体旅发〔2025〕9号　檀财发〔2025〕7号", align="c")
    wd.para(doc, "")
    wd.para(doc, T2_TITLE, align="c", size=22, font="方正小标宋简体")
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    wd.add_abstract(numbering, 91, [("chineseCounting", "第%1条", 640)])
    wd.add_num(numbering, 91, 91)
    for i, text in enumerate(T2_ARTICLES):
        wd.numbered(wd.para(doc, text), 91)
        if i == 2:
            wd.table(doc, T2_TABLE)
    wd.para(doc, "")
    for organ in T2_ORGANS:
        wd.para(doc, organ, align="r")
    wd.para(doc, "2025年3月28日", align="r")
    doc.save(os.path.join(OUT, T2_NAME))


# T3: the portal's 解读 of T1 (publish time only in the info bar)
T3_NAME = "art_20250612_2207.html"
T3_TITLE = "图解《泓川市全民健身场地设施建设补助办法》"
T3_PARAS = [
    "一、为什么要修订？原暂行办法自2020年施行以来，补助标准偏低，社区建设积极性不高。",
    "二、补助标准有什么变化？新建社区多功能运动场的补助由每个15万元提高到20万元，健身步道每公里补助8万元。",
    "三、什么时候施行？《办法》（泓体规〔2025〕1号）自2025年7月1日起施行，有效期至2028年6月30日。",
]

# T4: a multi-page text PDF notice under a running header: 附件1–3 listed after the body, each
# on its own page; 附件1 a 30-row table that runs across a page break
T4_NAME = "泓体发〔2025〕18号.pdf"
T4_TITLE = "泓川市体育局关于公布2025年第一批社区运动角名单的通知"
T4_NUMBER = "泓体发〔2025〕18号"
T4_STREETS = ["滨江街道", "南湖街道", "北门街道", "城东街道", "桂园街道", "光华街道"]
T4_ROWS = [["序号", "运动角名称", "所在街道", "主要设施"]] + [
    [str(i + 1), f"{T4_STREETS[i % 6]}第{i // 6 + 1}运动角", T4_STREETS[i % 6],
     ("乒乓球台", "健身路径", "篮球架", "门球场", "羽毛球场")[i % 5]]
    for i in range(30)]
T4_BODY = [
    ("p", "各区县体育局："),
    ("p", "根据全民健身设施建设计划，经街道申报、现场验收，确定2025年第一批社区运动角共30个，现予以公布。"),
    ("p", "各运动角应当免费向居民开放，并在入口处公示管护单位和报修电话。"),
    ("p", "附件：1．2025年第一批社区运动角名单"),
    ("p", "2．社区运动角管理要求"),
    ("p", "3．社区运动角标识设置样式"),
]
T4_ANNEXES = [
    ("附件1", "2025年第一批社区运动角名单", T4_ROWS),
    ("附件2", "社区运动角管理要求", [
        "一、运动角每日开放时间为6:00—21:30，夜间照明应当覆盖全部活动区域。",
        "二、管护单位每季度对设施开展1次安全检查，并留存检查记录。"]),
    ("附件3", "社区运动角标识设置样式", [
        "运动角标识牌尺寸为60厘米×40厘米，蓝底白字，标明运动角名称、开放时间和报修电话。"]),
]


def build_t4():
    pdf = kit.GovPDF("泓川市体育局")
    pdf.add_page()
    pdf.set_font("serif", "", 12)
    pdf.multi_cell(0, 8, T4_NUMBER, align="C")
    kit.title_line(pdf, T4_TITLE, 4)
    for kind, txt in T4_BODY:
        kit.body_line(pdf, kind, txt, 12.5)
    pdf.ln(6)
    kit.right_line(pdf, "泓川市体育局", 12.5, 8.2)
    kit.right_line(pdf, "2025年6月20日", 12.5, 8.2)
    for label, title, content in T4_ANNEXES:
        pdf.add_page()
        pdf.set_font("sans", "", 14)
        pdf.multi_cell(0, 9, label)
        kit.title_line(pdf, title, 2)
        if isinstance(content[0], list):
            pdf.set_font("serif", "", 11)
            with pdf.table(col_widths=(14, 56, 30, 30), text_align="CENTER", line_height=9,
                           headings_style=kit.FontFace(emphasis="")) as t:
                for r in content:
                    row = t.row()
                    for c in r:
                        row.cell(c)
        else:
            for text in content:
                kit.body_line(pdf, "p", text, 12.5)
    pdf.output(os.path.join(OUT, T4_NAME))
    return pdf.page_no()


# T5: the repealed 暂行办法 scanned into a one-page image-only PDF, 0.6 degrees askew
T5_NAME = "scan_20200610.pdf"
T5_TITLE = "泓川市全民健身场地设施建设补助暂行办法"
T5_PAGE = [
    ("gap", "30"),
    ("banner", "泓川市体育局文件", 96, 14),
    ("number", "泓体发〔2020〕14号"),
    ("redrule",),
    ("gap", "16"),
    ("title", T5_TITLE),
    ("gap", "10"),
    ("p", "第一条　为了支持全民健身场地设施建设，制定本办法。"),
    ("p", "第二条　新建社区多功能运动场的，每个补助15万元。"),
    ("p", "第三条　新建健身步道的，每公里补助5万元。"),
    ("p", "第四条　补助资金在项目验收合格后拨付。"),
    ("p", "第五条　本办法自2020年7月1日起施行。"),
    ("gap", "50"),
    ("sign", "泓川市体育局"),
    ("sign", "2020年6月10日"),
    ("seal",),
]


# T6: a district notice as Word whose 版记 (抄送, 印发) closes the notice's own pages and the
# 附件1–3 follow it, each a titled page
T6_NAME = "关于做好2025年全民健身赛事活动场地保障的通知.docx"
T6_TITLE = "泓川市檀溪区文化体育和旅游局关于做好2025年全民健身赛事活动场地保障的通知"
T6_NUMBER = "檀文体旅发〔2025〕3号"
T6_NOTICE = {
    "header": "泓川市檀溪区文化体育和旅游局文件", "number": T6_NUMBER, "title": T6_TITLE,
    "to": "各街道办事处，区属各体育场馆：",
    "body": [
        "2025年全区计划举办全民健身赛事活动40场。为保障赛事活动场地，现将有关事项通知如下：",
        "一、区属体育场馆每月至少安排2个周末时段用于群众性赛事活动。",
        "二、赛事活动主办单位应当提前15日提交场地使用申请。",
        "附件：1．全民健身赛事活动场地使用申请表",
        "　　　2．2025年全民健身赛事活动计划",
        "　　　3．赛事活动场地安全保障要求",
    ],
    "sign": "泓川市檀溪区文化体育和旅游局", "date": "2025年2月26日",
    "cc": "抄送：区人民政府办公室，区体育总会。",
    "printed": "泓川市檀溪区文化体育和旅游局办公室　2025年2月27日印发",
}
T6_ANNEXES = [
    ("附件1", "全民健身赛事活动场地使用申请表", [["主办单位", "", "活动名称", ""],
                                              ["使用场馆", "", "使用日期", ""]]),
    ("附件2", "2025年全民健身赛事活动计划", [
        "一、上半年举办社区篮球联赛、老年门球赛等赛事活动18场。",
        "二、下半年举办全民健身运动会、健步走等赛事活动22场。"]),
    ("附件3", "赛事活动场地安全保障要求", [
        "参赛人数超过500人的赛事活动，主办单位应当制定安全工作方案并配备医疗救护人员。"]),
]


def build_t6():
    wd.write_notice(OUT, T6_NAME, T6_NOTICE, "", "泓川市檀溪区文化体育和旅游局")
    wd.add_annexes(os.path.join(OUT, T6_NAME), T6_ANNEXES)


def expected(pages):
    base = kit.expectation_base("tune")
    return {
        T1_NAME: {**base, "title": T1_TITLE, "issuer": "泓川市体育局", "doc_number": T1_NUMBER,
                  "doc_type": "办法", "issued_on": "2025-06-05", "effective_on": "2025-07-01"},
        T2_NAME: {**base, "title": T2_TITLE, "issuer": "、".join(T2_ORGANS),
                  "doc_number": T2_NUMBER, "doc_type": "细则", "issued_on": "2025-03-28",
                  "effective_on": "2025-05-01"},
        T3_NAME: {**base, "title": T3_TITLE, "issuer": "泓川市体育局", "doc_type": "解读",
                  "published_on": "2025-06-12"},
        T4_NAME: {**base, "title": T4_TITLE, "issuer": "泓川市体育局", "doc_number": T4_NUMBER,
                  "doc_type": "通知", "issued_on": "2025-06-20", "pages": pages["t4"]},
        T5_NAME: {**base, "title": T5_TITLE, "issuer": "泓川市体育局",
                  "doc_number": "泓体发〔2020〕14号", "doc_type": "办法",
                  "issued_on": "2020-06-10", "effective_on": "2020-07-01",
                  "status": "superseded", "superseded_by": T1_NAME, "pages": 1},
        T6_NAME: {**base, "title": T6_TITLE, "issuer": "泓川市檀溪区文化体育和旅游局",
                  "doc_number": T6_NUMBER, "doc_type": "通知", "issued_on": "2025-02-26"},
    }


QUESTIONS = [
    q(1, "全民健身场地设施建设补助办法从什么时候开始施行？", [["2025年7月1日"]],
      "本办法自2025年7月1日起施行", ["effective"], T1_NAME),
    q(2, "全民健身场地设施建设补助办法的有效期到哪天？", [["2028年6月30日"]],
      "有效期至：2028年6月30日", ["validity"], T1_NAME),
    q(3, "全民健身场地设施建设补助办法的文号是多少？", [["泓体规〔2025〕1号"]], T1_NUMBER,
      ["doc_number"], T1_NAME),
    q(4, "全民健身场地设施建设补助办法第三条讲的是什么？", [["20万元"]],
      "新建社区多功能运动场的，每个补助20万元", ["article"], T1_NAME, section="第三条"),
    q(5, "口袋公园健身设施管护细则是哪几个部门联合印发的？",
      [["住房和城乡建设局"], ["文化体育和旅游局"], ["财政局"]],
      "泓川市檀溪区住房和城乡建设局", ["issuer"], T2_NAME),
    q(6, "口袋公园里的健身器材多久巡查一次？", [["每周2次"]], "每周2次", ["number"], T2_NAME),
    q(7, "口袋公园健身设施管护细则第四条讲的是什么？", [["24小时"]],
      "应当在24小时内设置警示标识并停止使用", ["article"], T2_NAME, section="第四条"),
    q(8, "社区运动角名单那份通知的附件2是什么？", [["社区运动角管理要求"]],
      "社区运动角管理要求", ["attachment"], T4_NAME, section="附件2"),
    q(9, "2025年第一批社区运动角一共有多少个？", [["30个"]],
      "确定2025年第一批社区运动角共30个", ["number"], T4_NAME),
    q(10, "社区运动角的标识牌多大？", [["60厘米×40厘米"]], "运动角标识牌尺寸为60厘米×40厘米",
      ["attachment", "number"], T4_NAME, section="附件3"),
    q(11, "原来的暂行办法对新建健身步道每公里补助多少？", [["5万元"]],
      "新建健身步道的，每公里补助5万元", ["repealed_only", "number"], T5_NAME, superseded=True),
    q(16, "全民健身赛事活动场地保障通知的附件3是什么？", [["赛事活动场地安全保障要求"]],
      "赛事活动场地安全保障要求", ["attachment"], T6_NAME, section="附件3"),
    q(12, "社区运动角名单通知的附件5是什么？", [], "", ["unanswerable"]),
    q(13, "全民健身场地设施建设补助办法第十五条讲的是什么？", [], "", ["unanswerable"]),
    q(14, "口袋公园健身设施管护细则的有效期是多久？", [], "", ["unanswerable"]),
    q(15, "社区运动角夜间照明的电费由谁承担？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    kit.write_text(OUT, T1_NAME, T1_TEXT)
    build_t2()
    kit.write_text(OUT, T3_NAME, pg.portal_page(
        site="泓川市体育局", crumbs=["首页", "政务公开", "政策解读", "图文解读"],
        title=T3_TITLE, time="2025-06-12 15:30", source="泓川市体育局", views=642,
        paras=T3_PARAS, related=[(T1_TITLE, "2025-06-05")]))
    scan.rotate(scan.render(T5_PAGE, seed=9015), 0.6).save(
        os.path.join(OUT, T5_NAME), "PDF", resolution=150)
    build_t6()
    pages = {"t4": build_t4()}
    kit.write_expectations(HERE, SET, "tune", expected(pages), QUESTIONS)


if __name__ == "__main__":
    main()
