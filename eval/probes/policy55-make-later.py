"""policy55 TUNE part, its later batches: the documents added after the first, their builders,
expected metadata and questions. Split out of policy55-make.py, which loads this file and writes
everything; same conventions, every text written for this set."""

import os
import sys

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_docx as wd  # noqa: E402
import fixture_kit as kit  # noqa: E402

OUT = os.path.join(HERE, "policy55-corpus")
q = kit.question_maker("p55t", "tune")

# ---- second batch (written after the first tune run read every first-batch file) ----

# T12: a district government's 印发 notice as Word: 版头 「…文件」, 文号 in 【】 in the page header
# and under the 版头, dated in Chinese numerals, （此件公开发布）, the 方案 on a new page with
# items numbered by Word and its own 实施 date
T12_NAME = "关于印发柘湾区古树名木保护宣传月活动方案的通知.docx"
T12_NUMBER = "柘政发【2025】5号"
T12_TITLE = "枫渚市柘湾区人民政府关于印发柘湾区古树名木保护宣传月活动方案的通知"
T12_DOC = "柘湾区古树名木保护宣传月活动方案"
T12_ITEMS = [
    "宣传月定于每年9月，由区林业和园林局牵头组织。",
    "每个街道至少举办1场古树名木科普讲座。",
    "中小学校组织学生开展“认识身边的古树”实践活动。",
]


def build_t12():
    doc = docx.Document()
    wd.header_footer(doc, T12_NUMBER, "枫渚市柘湾区人民政府")
    wd.numbering(doc, 563, [("chineseCounting", "%1、", 640)])
    wd.para(doc, "枫渚市柘湾区人民政府文件", align="c", size=26, font="方正小标宋简体")
    wd.para(doc, T12_NUMBER, align="c")
    wd.para(doc, T12_TITLE, align="c", size=22, font="方正小标宋简体")
    wd.para(doc, "各街道办事处，区政府各部门：", indent=False)
    wd.para(doc, f"现将《{T12_DOC}》印发给你们，请认真组织实施。")
    wd.para(doc, "")
    wd.para(doc, "枫渚市柘湾区人民政府", align="r")
    wd.para(doc, "二〇二五年八月五日", align="r")
    wd.para(doc, "（此件公开发布）")
    doc.add_page_break()
    wd.para(doc, T12_DOC, align="c", size=22, font="方正小标宋简体")
    for item in T12_ITEMS:
        wd.numbered(wd.para(doc, item), 563)
    wd.para(doc, "本方案自2025年9月1日起实施。")
    doc.save(os.path.join(OUT, T12_NAME))


# T13: a city bureau's 印发 notice pasted as text with its site's chrome, the 规定（试行） after
# its 落款, 试行期 wording
T13_NAME = "古树名木养护单位管理规定通知.txt"
T13_TITLE = "枫渚市林业局关于印发《枫渚市古树名木养护单位管理规定（试行）》的通知"
T13_DOC = "枫渚市古树名木养护单位管理规定（试行）"

# T14: a city office's 通告 on the portal: 发布机构 without the city, 落款 with it, 成文日期
# before the 发布日期; 「自发布之日起施行」
T14_NAME = "t20251120_4410.html"
T14_TITLE = "枫渚市林业局关于古树名木周边施工审批事项的通告"

EXPECTED2 = {
    T12_NAME: {"title": T12_TITLE, "issuer": "枫渚市柘湾区人民政府", "doc_number": T12_NUMBER,
               "doc_type": "通知", "issued_on": "2025-08-05"},
    T12_NAME + "#1": {"title": T12_DOC, "issuer": "枫渚市柘湾区人民政府",
                      "doc_number": T12_NUMBER, "doc_type": "方案", "issued_on": "2025-08-05",
                      "effective_on": "2025-09-01"},
    T13_NAME: {"title": T13_TITLE, "issuer": "枫渚市林业局", "doc_number": "枫林规〔2025〕1号",
               "doc_type": "通知", "issued_on": "2025-04-21", "published_on": "2025-04-25"},
    T13_NAME + "#1": {"title": T13_DOC, "issuer": "枫渚市林业局",
                      "doc_number": "枫林规〔2025〕1号", "doc_type": "规定",
                      "issued_on": "2025-04-21", "effective_on": "2025-06-01",
                      "published_on": "2025-04-25"},
    T14_NAME: {"title": T14_TITLE, "issuer": "枫渚市林业局", "doc_number": "枫林告[2025]3号",
               "doc_type": "通告", "issued_on": "2025-11-17", "effective_on": "2025-11-20",
               "published_on": "2025-11-20"},
}

QUESTIONS2 = [
    q(18, "每个街道至少要办几场古树科普讲座？", [["1场"]],
      "每个街道至少举办1场古树名木科普讲座", ["number"], T12_NAME),
    q(19, "古树名木养护单位至少要有几名中级职称技术人员？", [["2名"]],
      "不少于2名具有园林或者林业中级以上职称的技术人员", ["number"], T13_NAME),
    q(20, "古树周边施工申请多少个工作日内给答复？", [["10个工作日"]],
      "10个工作日内作出决定", ["number"], T14_NAME),
]


# ---- third batch (written after a scratch page of my own showed a one-page PDF read as a
# joint issue of its organ with itself) ----

# T15: a district bureau's one-page notice as a text PDF whose running header is the organ's
# name, the same as its 版头
T15_NAME = "柘林园〔2025〕11号.pdf"
T15_TITLE = "枫渚市柘湾区林业和园林局关于开展古树名木病虫害普查的通知"
T15_TOP = [("title", "枫渚市柘湾区林业和园林局"), ("center", "柘林园〔2025〕11号"),
           ("title", T15_TITLE), ("left", "各街道办事处，各养护单位：")]
T15_BODY = [
    ("p", "为及早发现古树名木病虫害，区林业和园林局决定开展一次病虫害普查。"),
    ("p", "一、普查时间为2025年10月20日至11月10日。"),
    ("p", "二、发现蛀干害虫的，应当在2日内报告区林业和园林局。"),
    ("sign", "枫渚市柘湾区林业和园林局"),
    ("sign", "2025年10月13日"),
]
EXPECTED3 = {
    T15_NAME: {"title": T15_TITLE, "issuer": "枫渚市柘湾区林业和园林局",
               "doc_number": "柘林园〔2025〕11号", "doc_type": "通知", "issued_on": "2025-10-13"},
}
QUESTIONS3 = [
    q(21, "发现古树蛀干害虫要在几日内报告？", [["2日"]],
      "应当在2日内报告区林业和园林局", ["number"], T15_NAME),
]
