"""policy55 TUNE part: writes the tune files of eval/probes/policy55-corpus/, their expected
metadata (into policy55-metadata.json beside the held-out entries, left as they are) and their
questions (policy55-tune.jsonl). Fictional city 枫渚市 and its district 柘湾区, old and notable
trees (古树名木); every text written for this set. The held-out part is
policy55-make-heldout.py (written and committed first); the same conventions (its docstring).
Run: .venv/bin/python eval/probes/policy55-make.py
The web pages and plain texts it once held as strings are committed in the corpus folder as
written and no longer rewritten here: art_20250612_7781.html, art_2021_0705_219.html,
古树名木巡查通知.txt, zcjd_20251010_64.html, t20250815_9902.html, 古树名木养护单位管理规定通知.txt, t20251120_4410.html."""

import importlib.util
import os
import sys

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_docx as wd  # noqa: E402
import fixture_kit as kit  # noqa: E402

OUT = os.path.join(HERE, "policy55-corpus")
SET = "policy55"
q = kit.question_maker("p55t", "tune")
# the later batches live in policy55-make-later.py
_lspec = importlib.util.spec_from_file_location(
    "policy55later", os.path.join(HERE, "policy55-make-later.py"))
L = importlib.util.module_from_spec(_lspec)
_lspec.loader.exec_module(L)

# T1: a city bureau's 印发 notice as Word, its 文号 (half-width []) only in the page header; the
# 实施细则 it issues, articles numbered by Word, starts on a date of its own
T1_NAME = "关于印发古树名木养护技术规范实施细则的通知.docx"
T1_NUMBER = "枫林规[2025]3号"
T1_TITLE = "枫渚市林业局关于印发《枫渚市古树名木日常养护实施细则》的通知"
T1_DOC = "枫渚市古树名木日常养护实施细则"
T1_ARTS = [
    "为规范古树名木日常养护，根据《枫渚市古树名木保护管理办法》，制定本细则。",
    "古树名木周围应当保持不小于10平方米的透气铺装或者裸露地面。",
    "古树名木施肥每年不少于1次，浇水视土壤墒情确定。",
    "养护单位应当建立养护日志，日志保存不少于5年。",
    "本细则自2025年10月1日起施行。",
]


def build_t1():
    doc = docx.Document()
    wd.header_footer(doc, T1_NUMBER, "枫渚市林业局")
    wd.numbering(doc, 561, [("chineseCounting", "第%1条", 640)])
    wd.para(doc, "枫渚市林业局", align="c", size=26, font="方正小标宋简体")
    wd.para(doc, T1_TITLE, align="c", size=22, font="方正小标宋简体")
    wd.para(doc, "各区林业主管部门，各有关单位：", indent=False)
    wd.para(doc, f"现将《{T1_DOC}》印发给你们，请遵照执行。")
    wd.para(doc, "")
    wd.para(doc, "枫渚市林业局", align="r")
    wd.para(doc, "二〇二五年八月二十日", align="r")
    doc.add_page_break()
    wd.para(doc, T1_DOC, align="c", size=22, font="方正小标宋简体")
    for text in T1_ARTS:
        wd.numbered(wd.para(doc, text), 561)
    doc.save(os.path.join(OUT, T1_NAME))


# T2: a district office's 印发 notice on the portal; the notice has its own 施行 clause and
# the 措施 it issues another date
T2_NAME = "art_20250612_7781.html"
T2_TITLE = "枫渚市柘湾区人民政府办公室关于印发柘湾区古树名木保护补助措施的通知"
T2_DOC = "柘湾区古树名木保护补助措施"

# T3: a revised 规定 as a text PDF under a running header; repeals T4 by 文号 in ［］
T3_NAME = "枫渚市古树名木迁移审批规定.pdf"
T3_TITLE = "枫渚市古树名木迁移审批规定"
T3_TOP = [("center", "枫林规〔2025〕5号"), ("title", T3_TITLE)]
T3_BODY = [
    ("p", "第一条　为了规范古树名木迁移审批，制定本规定。"),
    ("p", "第二条　迁移一级古树名木的，由市林业局组织专家论证后报市人民政府批准。"),
    ("p", "第三条　迁移二级、三级古树名木的，由市林业局审批，审批期限为20个工作日。"),
    ("p", "第四条　迁移后的古树名木死亡的，建设单位应当按照原树价值的3倍予以补偿。"),
    ("p", "第五条　本规定自2025年12月1日起施行。原《枫渚市古树名木迁移管理规定》（枫林规［2021］"
          "4号）同时废止。"),
    ("sign", "枫渚市林业局"),
    ("sign", "2025年10月30日"),
]

# T4: the old 规定 on the bureau's portal, 有效期 wording
T4_NAME = "art_2021_0705_219.html"

# T5: a city 通告 scanned as a jpg; 文号 printed in half-width []; 「自发布之日起施行」
T5_NAME = "IMG_20250402_0915.jpg"
T5_PAGE = [
    ("redtitle", "枫渚市林业局"),
    ("center", "枫林告[2025]1号"),
    ("rule", ""),
    ("title", "枫渚市林业局关于公布第三批古树名木名录的通告"),
    ("gap", "10"),
    ("p", "经调查认定，现将第三批古树名木名录予以公布，共计古树名木126株，其中一级古树9株。"),
    ("p", "列入名录的古树名木由所在区林业主管部门统一挂牌保护。"),
    ("p", "本通告自发布之日起施行。"),
    ("gap", "40"),
    ("sign", "枫渚市林业局"),
    ("sign", "2025年4月2日"),
]

# T6: a district bureau's notice pasted from its page: 发布时间 later than its date;
# 「自发布之日起30日后施行」
T6_NAME = "古树名木巡查通知.txt"
T6_TITLE = "枫渚市柘湾区林业和园林局关于建立古树名木网格化巡查制度的通知"

# T7: a district 解读 on its portal, source only 「区林业和园林局」
T7_NAME = "zcjd_20251010_64.html"

# T8: a district office notice as Word with automatic numbering, 文号 in full-width ［］,
# 「自印发之日起试行，试行期一年」
T8_NAME = "柘政办［2025］12号.docx"
T8 = {
    "header": "枫渚市柘湾区人民政府办公室",
    "number": "柘政办［2025］12号",
    "title": "枫渚市柘湾区人民政府办公室关于开展古树名木“树长制”试点的通知",
    "to": "各街道办事处，区直有关部门：",
}
T8_ITEMS = [
    "在3个街道开展古树名木“树长制”试点，每株古树名木设1名树长。",
    "树长由所在社区负责人担任，负责组织日常巡护。",
    "试点街道每季度向区林业和园林局报送工作情况。",
]


def build_t8():
    doc = docx.Document()
    wd.header_footer(doc, "柘湾区人民政府办公室", "柘湾区人民政府办公室")
    wd.numbering(doc, 562, [("chineseCounting", "%1、", 640)])
    wd.heading(doc, T8["header"], T8["number"], T8["title"], T8["to"])
    wd.para(doc, "为压实古树名木保护责任，经区政府同意，现就开展“树长制”试点通知如下：")
    for item in T8_ITEMS:
        wd.numbered(wd.para(doc, item), 562)
    wd.para(doc, "本通知自印发之日起试行，试行期一年。")
    wd.para(doc, "")
    wd.para(doc, "枫渚市柘湾区人民政府办公室", align="r")
    wd.para(doc, "二〇二五年七月九日", align="r")
    doc.save(os.path.join(OUT, T8_NAME))


# T9: a city 印发 notice scanned into an image-only PDF; the 方案 below it has its own 施行
# clause, the notice none
T9_NAME = "scan_20250520.pdf"
T9_PAGE = [
    ("redtitle", "枫渚市林业局"),
    ("center", "枫林发〔2025〕15号"),
    ("rule", ""),
    ("title", "枫渚市林业局关于印发古树名木"),
    ("title", "健康诊断工作方案的通知"),
    ("gap", "10"),
    ("left", "各区林业主管部门："),
    ("p", "现将《古树名木健康诊断工作方案》印发给你们，请认真组织实施。"),
    ("sign", "枫渚市林业局"),
    ("sign", "2025年5月20日"),
    ("title", "古树名木健康诊断工作方案"),
    ("p", "一、每三年对全市一级古树名木开展一次健康诊断。"),
    ("p", "二、诊断由具有林业有害生物防治资质的机构承担。"),
    ("p", "三、本方案自2025年6月1日起实施。"),
]

# T10: a district 方案 as a text PDF under a running header; 有效期至 and 自…起实施
T10_NAME = "柘湾区古树名木保护三年行动方案.pdf"
T10_TITLE = "柘湾区古树名木保护三年行动方案"
T10_TOP = [("title", "枫渚市柘湾区林业和园林局"), ("center", "柘林园〔2025〕6号"),
           ("title", T10_TITLE)]
T10_BODY = [
    ("p", "一、到2027年底，全区古树名木保护率达到100%。"),
    ("p", "二、每年完成古树名木复壮不少于20株。"),
    ("p", "三、本方案自2025年7月1日起实施，有效期至2027年12月31日。"),
    ("sign", "枫渚市柘湾区林业和园林局"),
    ("sign", "2025年6月23日"),
]

# T11: a city 公告 on the portal with a 发布日期 only, 「自发布之日起生效」
T11_NAME = "t20250815_9902.html"
T11_TITLE = "枫渚市林业局关于古树名木保护志愿者招募的公告"


def expected(pages):
    base = kit.expectation_base("tune")
    return {
        T1_NAME: {**base, "title": T1_TITLE, "issuer": "枫渚市林业局", "doc_number": T1_NUMBER,
                  "doc_type": "通知", "issued_on": "2025-08-20"},
        T1_NAME + "#1": {**base, "title": T1_DOC, "issuer": "枫渚市林业局",
                         "doc_number": T1_NUMBER, "doc_type": "细则", "issued_on": "2025-08-20",
                         "effective_on": "2025-10-01"},
        T2_NAME: {**base, "title": T2_TITLE, "issuer": "枫渚市柘湾区人民政府办公室",
                  "doc_number": "柘政办发〔2025〕14号", "doc_type": "通知",
                  "issued_on": "2025-06-10", "effective_on": "2025-06-10",
                  "published_on": "2025-06-12"},
        T2_NAME + "#1": {**base, "title": T2_DOC, "issuer": "枫渚市柘湾区人民政府办公室",
                         "doc_number": "柘政办发〔2025〕14号", "doc_type": "措施",
                         "issued_on": "2025-06-10", "effective_on": "2025-07-01",
                         "published_on": "2025-06-12"},
        T3_NAME: {**base, "title": T3_TITLE, "issuer": "枫渚市林业局",
                  "doc_number": "枫林规〔2025〕5号", "doc_type": "规定",
                  "issued_on": "2025-10-30", "effective_on": "2025-12-01", "pages": pages["t3"]},
        T4_NAME: {**base, "title": "枫渚市古树名木迁移管理规定", "issuer": "枫渚市林业局",
                  "doc_number": "枫林规［2021］4号", "doc_type": "规定",
                  "issued_on": "2021-06-28", "effective_on": "2021-08-01",
                  "published_on": "2021-07-05", "status": "superseded",
                  "superseded_by": T3_NAME},
        T5_NAME: {**base, "title": "枫渚市林业局关于公布第三批古树名木名录的通告",
                  "issuer": "枫渚市林业局", "doc_number": "枫林告〔2025〕1号", "doc_type": "通告",
                  "issued_on": "2025-04-02", "effective_on": "2025-04-02", "pages": 1},
        T6_NAME: {**base, "title": T6_TITLE, "issuer": "枫渚市柘湾区林业和园林局",
                  "doc_number": "柘林园〔2025〕2号", "doc_type": "通知",
                  "issued_on": "2025-03-11", "effective_on": "2025-04-13",
                  "published_on": "2025-03-14"},
        T7_NAME: {**base, "title": "《柘湾区古树名木认养办法（试行）》解读",
                  "issuer": "枫渚市柘湾区林业和园林局", "doc_type": "解读",
                  "published_on": "2025-10-10"},
        T8_NAME: {**base, "title": T8["title"], "issuer": "枫渚市柘湾区人民政府办公室",
                  "doc_number": T8["number"], "doc_type": "通知", "issued_on": "2025-07-09",
                  "effective_on": "2025-07-09"},
        T9_NAME: {**base, "title": "枫渚市林业局关于印发古树名木健康诊断工作方案的通知",
                  "issuer": "枫渚市林业局", "doc_number": "枫林发〔2025〕15号",
                  "doc_type": "通知", "issued_on": "2025-05-20", "pages": 1},
        T10_NAME: {**base, "title": T10_TITLE, "issuer": "枫渚市柘湾区林业和园林局",
                   "doc_number": "柘林园〔2025〕6号", "doc_type": "方案",
                   "issued_on": "2025-06-23", "effective_on": "2025-07-01",
                   "pages": pages["t10"]},
        T11_NAME: {**base, "title": T11_TITLE, "issuer": "枫渚市林业局", "doc_type": "公告",
                   "effective_on": "2025-08-15", "published_on": "2025-08-15"},
        **{k: {**base, **v} for k, v in L.EXPECTED2.items()},
        **{k: {**base, **v, "pages": pages["t15"]} for k, v in L.EXPECTED3.items()},
    }


QUESTIONS = [
    q(1, "古树周围至少要留多大的透气地面？", [["10平方米"]],
      "不小于10平方米的透气铺装或者裸露地面", ["number"], T1_NAME),
    q(2, "古树名木养护日志要保存几年？", [["5年"]], "日志保存不少于5年", ["number"], T1_NAME),
    q(3, "古树名木日常养护实施细则什么时候施行？", [["2025年10月1日"]],
      "本细则自2025年10月1日起施行", ["effective"], T1_NAME),
    q(4, "柘湾区对承担古树养护责任的小区每株每年补助多少？", [["1500元"]],
      "每株每年补助1500元", ["number"], T2_NAME),
    q(5, "古树复壮工程验收合格后补助比例是多少？", [["60%"]],
      "按工程费用的60%给予补助", ["number"], T2_NAME),
    q(6, "迁移二级古树名木审批要多少个工作日？", [["20个工作日"]],
      "审批期限为20个工作日", ["current_version", "number"], T3_NAME),
    q(7, "迁移后的古树死了，建设单位按原树价值几倍补偿？", [["3倍"]],
      "按照原树价值的3倍予以补偿", ["number"], T3_NAME),
    q(8, "第三批古树名木名录一共有多少株？", [["126株"]],
      "共计古树名木126株", ["number"], T5_NAME),
    q(9, "网格巡查员每月至少巡查几次？", [["1次"]],
      "网格巡查员每月巡查不少于1次", ["number"], T6_NAME),
    q(10, "古树名木认养期限是多久？", [["1至3年"]],
       "认养期限为1至3年", ["number"], T7_NAME),
    q(11, "树长制试点在几个街道开展？", [["3个"]],
       "在3个街道开展古树名木“树长制”试点", ["number"], T8_NAME),
    q(12, "树长制试点的试行期是多长？", [["一年"]], "试行期一年", ["validity"], T8_NAME),
    q(13, "一级古树名木多久做一次健康诊断？", [["三年"]],
       "每三年对全市一级古树名木开展一次健康诊断", ["number"], T9_NAME),
    q(14, "柘湾区每年要完成多少株古树复壮？", [["20株"]],
       "每年完成古树名木复壮不少于20株", ["number"], T10_NAME),
    q(15, "古树名木保护志愿者招募多少名？", [["200名"]],
       "招募古树名木保护志愿者200名", ["number"], T11_NAME),
    q(16, "志愿者报名什么时候截止？", [["2025年9月15日"]],
       "报名截止时间为2025年9月15日", ["date"], T11_NAME),
    q(17, "古树名木保护志愿者有没有补贴？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    build_t1()
    build_t8()
    L.build_t12()
    pages = {
        "t3": kit.make_text_pdf(OUT, T3_NAME, "枫渚市林业局行政规范性文件", T3_TOP, T3_BODY),
        "t10": kit.make_text_pdf(OUT, T10_NAME, "柘湾区林业和园林局", T10_TOP, T10_BODY),
        "t15": kit.make_text_pdf(
            OUT, L.T15_NAME, "枫渚市柘湾区林业和园林局", L.T15_TOP, L.T15_BODY
        ),
    }
    kit.render_page(T5_PAGE, seed=5515).convert("RGB").save(
        os.path.join(OUT, T5_NAME), "JPEG", quality=88
    )
    img = kit.render_page(T9_PAGE, seed=5519).convert("RGB")
    img.save(os.path.join(OUT, T9_NAME), "PDF", resolution=150)
    questions = QUESTIONS + L.QUESTIONS2 + L.QUESTIONS3
    kit.write_expectations(HERE, SET, "tune", expected(pages), questions)


if __name__ == "__main__":
    main()
