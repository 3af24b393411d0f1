"""policy51 TUNE part: writes the tune files of eval/probes/policy51-corpus/, their expected
metadata (into policy51-metadata.json beside the held-out entries, which it leaves as they are
without reading them out) and their questions (policy51-tune.jsonl). Fictional city 榆川市 and its
district 东岭区, gas-pipe renewal and gas safety; every text written for this set. The held-out
part is policy51-make-heldout.py (written and committed first).
Run: .venv/bin/python eval/probes/policy51-make.py"""

import os

import docx
import fixture_docx as wd
import fixture_kit as kit

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy51-corpus")


# T1: a 政府规章 on the city portal: 令 number and 题注 under the title
T1_NAME = "content_7710.html"
T1_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>榆川市瓶装液化石油气安全管理办法_政府规章_榆川市人民政府</title></head>
<body>
<div class="top"><a href="/">榆川市人民政府</a> <a href="/wza/">无障碍</a></div>
<div class="loc">首页 &gt; 政务公开 &gt; 政府规章</div>
<div class="art">
<h1>榆川市瓶装液化石油气安全管理办法</h1>
<div class="info">发布日期：2024-11-25　　来源：市司法局</div>
<div class="txt">
<p style="text-align:center">榆川市人民政府令</p>
<p style="text-align:center">第5号</p>
<p>　　《榆川市瓶装液化石油气安全管理办法》已经2024年11月8日市人民政府第30次常务会议通过，现予公布，自2025年1月1日起施行。</p>
<p style="text-align:right">市长　周明远</p>
<p style="text-align:right">2024年11月20日</p>
<p style="text-align:center"><b>榆川市瓶装液化石油气安全管理办法</b></p>
<p style="text-align:center">（2024年11月8日市人民政府第30次常务会议通过　2024年11月20日市人民政府令第5号公布　自2025年1月1日起施行）</p>
<p>　　第一条　为了加强瓶装液化石油气安全管理，预防燃气事故，制定本办法。</p>
<p>　　第二条　瓶装液化石油气经营企业应当取得燃气经营许可证，不得向无证站点供气。</p>
<p>　　第三条　餐饮经营场所使用瓶装液化石油气的，应当安装可燃气体报警装置，并与紧急切断阀联动。</p>
<p>　　第四条　气瓶充装后应当粘贴可追溯标签，送气人员上门应当查验用户燃气设施。</p>
<p>　　第五条　本办法自2025年1月1日起施行。</p>
</div>
</div>
<div class="foot">主办：榆川市人民政府办公室</div>
</body>
</html>
"""

# T2: a district notice as Word: 文号 only in the page header, 成文日期 only in a table
T2_NAME = "东岭区关于开展燃气用户安全入户检查的通知.docx"
T2 = {
    "header": "东建〔2025〕7号",
    "banner": "榆川市东岭区住房和城乡建设局",
    "table": [["成文日期", "2025年5月12日"], ["发布形式", "依申请公开"]],
    "title": "榆川市东岭区住房和城乡建设局关于开展燃气用户安全入户检查的通知",
    "to": "各街道办事处，各燃气企业：",
    "body": [
        "为排查居民燃气使用隐患，决定在全区开展燃气用户安全入户检查。",
        "燃气企业每两年对居民用户至少入户检查1次，对餐饮用户每年至少检查1次。",
        "入户检查发现隐患的，应当书面告知用户并跟踪整改。",
        "本通知自印发之日起施行。",
    ],
    "sign": "榆川市东岭区住房和城乡建设局",
}

# T3: a text PDF with running headers whose body runs in two columns
T3_NAME = "榆建燃〔2025〕9号.pdf"
T3_HEADER = "榆川市住房和城乡建设局　燃气管道改造专刊"
T3_NUMBER = "榆建燃〔2025〕9号"
T3_TITLE = "榆川市住房和城乡建设局关于公布2025年第一批老旧燃气管道改造小区名单的通知"
T3_LEFT = [
    "各区住房和城乡建设局，各燃气企业：",
    "　　经各区申报、市级审核，现将2025年第一批老旧燃气管道改造小区名单予以公布，共涉及小区86个、居民2.3万户。",
    "　　各燃气企业应当在2025年10月31日前完成第一批小区改造。",
]
T3_RIGHT = [
    "　　改造期间临时停气的，应当提前24小时告知居民。",
    "　　本通知自2025年4月1日起施行。",
    "　　附件：第一批改造小区名单（略）",
]
T3_SIGN = ["榆川市住房和城乡建设局", "2025年3月28日"]

# T4: a scanned office notice (png); 文号 in 【】; 「自印发之日起30日后施行」
T4_NAME = "IMG_20250616_1120.png"
T4_PAGE = [
    ("redtitle", "榆川市燃气安全专项整治工作领导小组办公室"),
    ("center", "榆燃办【2025】3号"),
    ("rule", ""),
    ("title", "关于规范燃气管道改造施工占道审批的通知"),
    ("gap", "20"),
    ("left", "各区人民政府，市直有关部门："),
    ("p", "一、燃气管道改造施工需要临时占用城市道路的，实行并联审批，审批时限不超过5个工作日。"),
    ("p", "二、夜间施工应当避开22时至次日6时。"),
    ("p", "本通知自印发之日起30日后施行。"),
    ("gap", "40"),
    ("sign", "榆川市燃气安全专项整治工作领导小组办公室"),
    ("sign", "2025年6月16日"),
]

# T5: a district notice scanned as a jpg; 文号 in half-width []; 「自印发之日起15日后施行」
T5_NAME = "IMG_20250214_0907.jpg"
T5_PAGE = [
    ("redtitle", "榆川市东岭区人民政府办公室文件"),
    ("center", "东政办发[2025]5号"),
    ("rule", ""),
    ("title", "榆川市东岭区人民政府办公室关于加快老旧小区燃气立管改造的通知"),
    ("gap", "20"),
    ("left", "各街道办事处，区直有关部门："),
    ("p", "一、2025年全区完成燃气立管改造1.2万户。"),
    ("p", "二、立管改造区级财政每户补助200元。"),
    ("p", "本通知自印发之日起15日后施行。"),
    ("gap", "40"),
    ("sign", "榆川市东岭区人民政府办公室"),
    ("sign", "2025年2月14日"),
]

# T6: a 公告 pasted as text from the development and reform commission's site: 有效期至
T6_NAME = "关于调整居民管道燃气配气价格的公告.txt"
T6_TXT = """榆川市发展和改革委员会
首页 | 政务公开 | 价格管理 | 通知公告
您的位置：首页 > 通知公告
关于调整居民管道燃气配气价格的公告
发布时间：2025-06-20　　来源：价格管理科　　【字体：大 中 小】
为合理疏导老旧燃气管道更新改造成本，经市人民政府同意，现将居民管道燃气配气价格调整事项公告如下：
一、居民管道燃气配气价格由每立方米0.52元调整为每立方米0.58元。
二、本公告自2025年7月1日起执行，有效期至2027年6月30日。
榆川市发展和改革委员会
2025年6月18日
【打印】【关闭】
"""

# T7: a 解读 on the city portal: 发布时间 and 来源 in spans, 来源 a level-only organ
T7_NAME = "t20241128_6650.html"
T7_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>政策解读_榆川市人民政府</title></head>
<body>
<div class="top"><a href="/">榆川市人民政府</a></div>
<div class="loc">当前位置：首页 &gt; 政策解读</div>
<div class="detail">
<h1>图解：瓶装液化石油气安全管理办法五个要点</h1>
<div class="attr"><span>发布时间：2024年11月28日 15:20</span>　<span>来源：市城市管理局</span></div>
<div class="body">
<p>要点一：经营企业必须持证经营，不得向无证站点供气。</p>
<p>要点二：餐饮场所要装可燃气体报警装置，并与紧急切断阀联动。</p>
<p>要点三：办法自2025年1月1日起施行。</p>
</div>
</div>
</body>
</html>
"""

# T8: a 政府规章 as Word: the 令 page first (令 and number on one line), then the title and 题注
T8_NAME = "榆川市燃气设施保护办法.docx"
T8_LINES = [
    ("c", "榆川市人民政府令　第3号"),
    ("p", "《榆川市燃气设施保护办法》已经2024年6月12日市人民政府第21次常务会议通过，现予公布，"
          "自2024年8月1日起施行。"),
    ("r", "代理市长　李清和"),
    ("r", "2024年6月28日"),
    ("t", "榆川市燃气设施保护办法"),
    ("c", "（2024年6月12日市人民政府第21次常务会议通过　2024年6月28日市人民政府令第3号公布"
          "　自2024年8月1日起施行）"),
    ("p", "第一条　为了保护燃气设施安全，制定本办法。"),
    ("p", "第二条　在燃气管道中心线两侧各5米范围内，不得堆放物品或者种植深根植物。"),
    ("p", "第三条　建设单位施工前应当查明地下燃气管道位置，并与燃气企业签订保护协议。"),
    ("p", "第四条　本办法自2024年8月1日起施行。"),
]


def build_t8():
    doc = docx.Document()
    for kind, text in T8_LINES:
        if kind == "t":
            wd.para(doc, text, align="c", size=22, font="方正小标宋简体")
        else:
            wd.para(doc, text, align=kind if kind in "cr" else None, indent=kind == "p")
    doc.save(os.path.join(OUT, T8_NAME))


def build_t2():
    doc = docx.Document()
    wd.header_footer(doc, T2["header"], "东岭区住房和城乡建设局")
    wd.para(doc, T2["banner"], align="c", size=26, font="方正小标宋简体")
    wd.table(doc, T2["table"])
    wd.para(doc, "")
    wd.para(doc, T2["title"], align="c", size=22, font="方正小标宋简体")
    wd.para(doc, T2["to"], indent=False)
    for text in T2["body"]:
        wd.para(doc, text)
    wd.para(doc, "")
    wd.para(doc, T2["sign"], align="r")
    doc.save(os.path.join(OUT, T2_NAME))


def build_t3():
    pdf = kit.GovPDF(T3_HEADER)
    pdf.add_page()
    pdf.set_font("serif", "", 12)
    pdf.multi_cell(0, 8, T3_NUMBER, align="C")
    pdf.set_font("sans", "", 16)
    pdf.multi_cell(0, 10, T3_TITLE, align="C")
    pdf.ln(4)
    top = pdf.get_y()
    pdf.set_font("serif", "", 11.5)
    for x, lines in ((25, T3_LEFT), (108, T3_RIGHT)):
        pdf.set_xy(x, top)
        for line in lines:
            pdf.set_x(x)
            pdf.multi_cell(77, 7.5, line, new_x="LEFT")
    pdf.set_y(max(pdf.get_y(), top + 80))
    for line in T3_SIGN:
        pdf.cell(0, 8, line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, T3_NAME))
    return pdf.page_no()


def expected(pages):
    base = kit.expectation_base("tune")
    return {
        T1_NAME: {**base, "title": "榆川市瓶装液化石油气安全管理办法",
                  "issuer": "榆川市人民政府", "doc_number": "榆川市人民政府令第5号",
                  "doc_type": "办法", "issued_on": "2024-11-20", "effective_on": "2025-01-01",
                  "published_on": "2024-11-25"},
        T2_NAME: {**base, "title": "榆川市东岭区住房和城乡建设局关于开展燃气用户安全入户检查的通知",
                  "issuer": "榆川市东岭区住房和城乡建设局", "doc_number": "东建〔2025〕7号",
                  "doc_type": "通知", "issued_on": "2025-05-12", "effective_on": "2025-05-12"},
        T3_NAME: {**base, "title": T3_TITLE, "issuer": "榆川市住房和城乡建设局",
                  "doc_number": T3_NUMBER, "doc_type": "通知", "issued_on": "2025-03-28",
                  "effective_on": "2025-04-01", "pages": pages["t3"]},
        T4_NAME: {**base, "title": "关于规范燃气管道改造施工占道审批的通知",
                  "issuer": "榆川市燃气安全专项整治工作领导小组办公室",
                  "doc_number": "榆燃办〔2025〕3号", "doc_type": "通知",  # OCR: 〔〕 (hexagonal)
                  "issued_on": "2025-06-16", "effective_on": "2025-07-16", "pages": 1},
        T5_NAME: {**base, "title": "榆川市东岭区人民政府办公室关于加快老旧小区燃气立管改造的通知",
                  "issuer": "榆川市东岭区人民政府办公室", "doc_number": "东政办发〔2025〕5号",
                  "doc_type": "通知", "issued_on": "2025-02-14", "effective_on": "2025-03-01",
                  "pages": 1},
        T6_NAME: {**base, "title": "关于调整居民管道燃气配气价格的公告",
                  "issuer": "榆川市发展和改革委员会", "doc_type": "公告",
                  "issued_on": "2025-06-18", "effective_on": "2025-07-01",
                  "published_on": "2025-06-20"},
        T7_NAME: {**base, "title": "图解：瓶装液化石油气安全管理办法五个要点",
                  "issuer": "榆川市城市管理局", "doc_type": "解读",
                  "published_on": "2024-11-28"},
        T8_NAME: {**base, "title": "榆川市燃气设施保护办法", "issuer": "榆川市人民政府",
                  "doc_number": "榆川市人民政府令第3号", "doc_type": "办法",
                  "issued_on": "2024-06-28", "effective_on": "2024-08-01",
                  "published_on": "2024-06-28"},  # the 题注's 公布 (adoption.py's contract)
    }


q = kit.question_maker("p51t", "tune")


QUESTIONS = [
    q(1, "瓶装液化石油气安全管理办法哪天起施行？", [["2025年1月1日"]],
      "自2025年1月1日起施行", ["effective"], T1_NAME),
    q(2, "瓶装液化石油气安全管理办法是市政府令第几号？", [["第5号"]],
      "2024年11月20日市人民政府令第5号公布", ["doc_number"], T1_NAME),
    q(3, "餐饮店用液化气要装什么装置？", [["可燃气体报警装置"]],
      "应当安装可燃气体报警装置", ["fact"], T1_NAME),
    q(4, "东岭区燃气入户检查的通知文号是多少？", [["东建〔2025〕7号"]],
      "东建〔2025〕7号", ["doc_number"], T2_NAME),
    q(5, "燃气企业多久给居民入户检查一次？", [["每两年"]],
      "燃气企业每两年对居民用户至少入户检查1次", ["fact"], T2_NAME),
    q(6, "第一批老旧燃气管道改造涉及多少个小区？", [["86个"]],
      "共涉及小区86个", ["number"], T3_NAME),
    q(7, "第一批改造小区要在什么时候前完工？", [["2025年10月31日"]],
      "在2025年10月31日前完成第一批小区改造", ["date"], T3_NAME),
    q(8, "改造临时停气要提前多久告诉居民？", [["24小时"]],
      "提前24小时告知居民", ["number"], T3_NAME),
    q(9, "规范燃气管道改造占道审批的通知什么时候施行？", [["2025年7月16日", "印发之日起30日后"]],
      "本通知自印发之日起30日后施行", ["effective"], T4_NAME),
    q(10, "占道审批的时限是多少？", [["5个工作日"]],
       "审批时限不超过5个工作日", ["number"], T4_NAME),
    q(11, "东岭区加快燃气立管改造的通知文号？", [["东政办发[2025]5号", "东政办发〔2025〕5号"]],
       "东政办发[2025]5号", ["doc_number"], T5_NAME),
    q(12, "东岭区立管改造每户补助多少？", [["200元"]],
       "立管改造区级财政每户补助200元", ["number"], T5_NAME),
    q(13, "居民管道燃气配气价格调整后是多少？", [["0.58元"]],
       "调整为每立方米0.58元", ["number"], T6_NAME),
    q(14, "配气价格公告的有效期到什么时候？", [["2027年6月30日"]],
       "有效期至2027年6月30日", ["validity"], T6_NAME),
    q(16, "燃气管道两侧多大范围内不能种深根植物？", [["5米"]],
       "在燃气管道中心线两侧各5米范围内", ["number"], T8_NAME),
    q(15, "燃气热水器的安全使用年限是几年？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    kit.write_text(OUT, T1_NAME, T1_HTML)
    build_t2()
    pages = {"t3": build_t3()}
    kit.render_page(T4_PAGE, seed=52).save(os.path.join(OUT, T4_NAME))
    kit.render_page(T5_PAGE, seed=53).convert("RGB").save(os.path.join(OUT, T5_NAME), quality=88)
    kit.write_text(OUT, T6_NAME, T6_TXT)
    kit.write_text(OUT, T7_NAME, T7_HTML)
    build_t8()
    kit.write_expectations(HERE, "policy51", "tune", expected(pages), QUESTIONS)
    print("tune files written:", len(expected(pages)), "questions:", len(QUESTIONS))


if __name__ == "__main__":
    main()
