"""policy53 TUNE part, its second to fourth batches (T9–T17): the documents added after the first
eight, their expected metadata (EXPECTED2–4) and questions (QUESTIONS2–4). Split out of policy53-make.py,
which loads this file and writes everything; same conventions, every text written for this set."""

import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("p53w", os.path.join(HERE, "policy53-writers.py"))
w = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(w)
g = w.g
OUT = w.OUT
q = w.q

T9_NAME = "art_20250708_6120.html"
T9_TITLE = "鹤浦市人民政府办公室关于印发鹤浦市托育服务人才队伍建设若干措施的通知"

# T10: a city 通告 scanned from a gazette page in two columns, the gazette's name on top
T10_NAME = "IMG_20250903_1442.jpg"
T10_TOP = [
    ("center", "鹤浦市人民政府公报　　2025年第9期"),
    ("rule", ""),
    ("title", "鹤浦市卫生健康委员会"),
    ("title", "关于公布普惠托育机构收费标准的通告"),
    ("center", "鹤卫健〔2025〕40号"),
    ("gap", "16"),
]
T10_LEFT = [
    ("p", "为规范普惠托育机构收费行为，现将普惠托育机构收费标准通告如下："),
    ("p", "一、全日托每人每月不超过2200元，半日托每人每月不超过1400元。"),
    ("p", "二、伙食费按照实际成本收取，每月公示一次。"),
]
T10_RIGHT = [
    ("p", "三、托育机构不得以任何名义收取赞助费、择园费。"),
    ("p", "本通告自2025年10月1日起施行。"),
    ("gap", "30"),
    ("sign", "鹤浦市卫生健康委员会"),
    ("sign", "2025年9月1日"),
]

# T11: a city 规定 as a text PDF whose cover shows its title, organ and month only
T11_NAME = "鹤浦市托育机构从业人员管理规定.pdf"
T11_TITLE = "鹤浦市托育机构从业人员管理规定"
T11_COVER = [("gap", "40"), ("big", T11_TITLE), ("gap", "100"), ("mid", "鹤浦市卫生健康委员会"),
             ("mid", "2025年9月")]
T11_TOP = [("center", "鹤卫健规〔2025〕4号"), ("title", T11_TITLE)]
T11_BODY = [
    ("p", "第一条　为了加强托育机构从业人员管理，制定本规定。"),
    ("p", "第二条　托育机构从业人员上岗前应当取得健康合格证明。"),
    ("p", "第三条　托育机构每年组织从业人员培训不少于40学时。"),
    ("p", "第四条　本规定自2025年11月1日起施行，有效期5年。"),
    ("sign", "鹤浦市卫生健康委员会"),
    ("sign", "2025年9月22日"),
]

# T12: a district 规范性文件 pasted as text: site name, breadcrumb, title, 发布日期, 文号
T12_NAME = "汀兰区家庭托育点管理办法.txt"

# T13: a city 解读 whose <title> ends with the commission's name, source given in full
T13_NAME = "zcjd_20250926_117.html"
T13_TITLE = "《鹤浦市托育机构从业人员管理规定》政策解读"

# T14: a district notice with 附件 as Word, under a 「…文件」 版头, 文号 a blank line below it
T14_NAME = "关于开展托育机构消防安全培训的通知.docx"
T14_TITLE = "鹤浦市汀兰区卫生健康局关于开展托育机构消防安全培训的通知"


def build_t14():
    doc = g.docx.Document()
    g.para(doc, "鹤浦市汀兰区卫生健康局文件", align="c", size=26, font="方正小标宋简体")
    g.para(doc, "")
    g.para(doc, "汀卫〔2025〕19号", align="c")
    g.para(doc, T14_TITLE, align="c", size=22, font="方正小标宋简体")
    g.para(doc, "各托育机构：", indent=False)
    g.para(doc, "为提高托育机构消防安全管理水平，区卫生健康局决定开展托育机构消防安全培训。")
    g.para(doc, "一、每个托育机构至少派2名工作人员参加培训。")
    g.para(doc, "二、培训结束后进行考试，考试合格的发给培训证明。")
    g.para(doc, "附件：1.培训报名回执", indent=False)
    g.para(doc, "　　　2.培训考试须知", indent=False)
    g.para(doc, "")
    g.para(doc, "鹤浦市汀兰区卫生健康局", align="r")
    g.para(doc, "2025年10月13日", align="r")
    doc.add_page_break()
    g.para(doc, "附件1", indent=False)
    g.para(doc, "培训报名回执", align="c", size=20, font="方正小标宋简体")
    g.table(doc, [["机构名称", "", "参训人员", ""], ["联系电话", "", "填表日期", "　年　月　日"]])
    doc.add_page_break()
    g.para(doc, "附件2", indent=False)
    g.para(doc, "培训考试须知", align="c", size=20, font="方正小标宋简体")
    g.para(doc, "一、考试时间为2025年11月5日上午9时。")
    g.para(doc, "二、考试采取闭卷方式，60分及格。")
    doc.save(os.path.join(OUT, T14_NAME))


EXPECTED2 = {
    T9_NAME: {"title": T9_TITLE, "issuer": "鹤浦市人民政府办公室",
              "doc_number": "鹤政办发〔2025〕15号", "doc_type": "通知", "issued_on": "2025-07-03",
              "published_on": "2025-07-08"},
    T10_NAME: {"title": "鹤浦市卫生健康委员会关于公布普惠托育机构收费标准的通告",
               "issuer": "鹤浦市卫生健康委员会", "doc_number": "鹤卫健〔2025〕40号",
               "doc_type": "通告", "issued_on": "2025-09-01", "effective_on": "2025-10-01",
               "pages": 1},
    T11_NAME: {"title": T11_TITLE, "issuer": "鹤浦市卫生健康委员会",
               "doc_number": "鹤卫健规〔2025〕4号", "doc_type": "规定",
               "issued_on": "2025-09-22", "effective_on": "2025-11-01"},
    T12_NAME: {"title": "汀兰区家庭托育点管理办法", "issuer": "鹤浦市汀兰区卫生健康局",
               "doc_number": "汀卫规〔2025〕2号", "doc_type": "办法", "issued_on": "2025-05-26",
               "effective_on": "2025-07-01", "published_on": "2025-05-30"},
    T13_NAME: {"title": T13_TITLE, "issuer": "鹤浦市卫生健康委员会", "doc_type": "解读",
               "published_on": "2025-09-26"},
    T14_NAME: {"title": T14_TITLE, "issuer": "鹤浦市汀兰区卫生健康局",
               "doc_number": "汀卫〔2025〕19号", "doc_type": "通知", "issued_on": "2025-10-13"},
}

QUESTIONS2 = [
    q(17, "托育专业每年至少招多少学生？", [["300人"]],
      "每年招生不少于300人", ["number"], T9_NAME),
    q(18, "保育师在鹤浦托育机构干满一年奖励多少？", [["2000元"]],
      "给予2000元一次性奖励", ["number"], T9_NAME),
    q(19, "普惠托育全日托每月最多收多少钱？", [["2200元"]],
      "全日托每人每月不超过2200元", ["number"], T10_NAME),
    q(20, "托育机构从业人员每年培训多少学时？", [["40学时"]],
      "培训不少于40学时", ["number"], T11_NAME),
    q(21, "家庭托育点最多能收几个孩子？", [["5人"]],
      "家庭托育点收托人数不得超过5人", ["number"], T12_NAME),
    q(22, "消防安全培训每个托育机构至少去几个人？", [["2名"]],
      "每个托育机构至少派2名工作人员参加培训", ["number"], T14_NAME),
]


# ---- third batch ----

# T15: a 函 as Word: 文号 alone at the top right over a blank line, date in Chinese numerals,
# a contact line under it
T15_NAME = "关于征求托育机构设置标准意见的函.docx"
T15_TITLE = "鹤浦市卫生健康委员会关于征求托育机构设置标准修改意见的函"


def build_t15():
    doc = g.docx.Document()
    g.para(doc, "鹤卫健函〔2025〕33号", align="r")
    g.para(doc, "")
    g.para(doc, T15_TITLE, align="c", size=22, font="方正小标宋简体")
    g.para(doc, "各区卫生健康局，市妇幼保健院：", indent=False)
    g.para(doc, "我委起草了《鹤浦市托育机构设置标准（修订稿）》，现征求你们的意见。"
                "请于2025年8月29日前将书面意见反馈我委。")
    g.para(doc, "")
    g.para(doc, "鹤浦市卫生健康委员会", align="r")
    g.para(doc, "二〇二五年八月十五日", align="r")
    g.para(doc, "（联系人：吴佳，联系电话：0573-86012377）", indent=False)
    doc.save(os.path.join(OUT, T15_NAME))


# T16: a district 通告 scanned as a png from a gazette page set in two columns
T16_NAME = "IMG_20251104_0815.png"
T16_TOP = [
    ("center", "汀兰区人民政府公报　　2025年第7期"),
    ("rule", ""),
    ("title", "鹤浦市汀兰区人民政府"),
    ("title", "关于划定托育机构周边安全区域的通告"),
    ("center", "汀政告〔2025〕3号"),
    ("gap", "16"),
]
T16_LEFT = [
    ("p", "为保障婴幼儿安全，区政府决定在托育机构周边划定安全区域。现通告如下："),
    ("p", "一、托育机构出入口两侧各50米范围为安全区域。"),
    ("p", "二、安全区域内禁止占道经营和停放车辆。"),
]
T16_RIGHT = [
    ("p", "三、公安、城管部门在接送时段加强巡查。"),
    ("p", "本通告自发布之日起施行。"),
    ("gap", "30"),
    ("sign", "鹤浦市汀兰区人民政府"),
    ("sign", "2025年11月3日"),
]

EXPECTED3 = {
    T15_NAME: {"title": T15_TITLE, "issuer": "鹤浦市卫生健康委员会",
               "doc_number": "鹤卫健函〔2025〕33号", "doc_type": "函", "issued_on": "2025-08-15"},
    T16_NAME: {"title": "鹤浦市汀兰区人民政府关于划定托育机构周边安全区域的通告",
               "issuer": "鹤浦市汀兰区人民政府", "doc_number": "汀政告〔2025〕3号",
               "doc_type": "通告", "issued_on": "2025-11-03", "effective_on": "2025-11-03",
               "pages": 1},
}

QUESTIONS3 = [
    q(23, "托育机构设置标准的意见要在哪天前反馈？", [["2025年8月29日"]],
      "请于2025年8月29日前将书面意见反馈我委", ["date"], T15_NAME),
    q(24, "托育机构门口多大范围是安全区域？", [["50米"]],
      "托育机构出入口两侧各50米范围为安全区域", ["number"], T16_NAME),
]


# ---- fourth batch ----

# T17: a district 实施细则 as a text PDF with a cover page, its articles running over two pages
T17_NAME = "汀兰区普惠托育补助实施细则.pdf"
T17_TITLE = "汀兰区普惠托育补助实施细则"
T17_COVER = [("gap", "30"), ("big", T17_TITLE), ("gap", "90"), ("mid", "鹤浦市汀兰区卫生健康局"),
             ("mid", "鹤浦市汀兰区财政局"), ("mid", "2025年11月")]
T17_TOP = [("center", "汀卫规〔2025〕3号"), ("title", T17_TITLE)]
T17_BODY = [("p", f"第{n}条　" + t) for n, t in zip(
    "一二三四五六七八九十",
    ["为了落实普惠托育补助政策，制定本细则。",
     "本细则适用于在本区备案并经认定的普惠托育机构。",
     "运营补助按照实际收托人数计算，每人每月300元，其中区级承担40%。",
     "建设补助按照新增托位计算，每个托位3000元，分两次拨付。",
     "托育机构应当于每年1月和7月提交补助申请，并附收托花名册。",
     "街道应当在收到申请后10个工作日内完成初审。",
     "区卫生健康局会同区财政局在20个工作日内完成复核并拨付资金。",
     "托育机构虚报收托人数的，追回补助资金，并取消其普惠托育机构资格。",
     "本细则由鹤浦市汀兰区卫生健康局负责解释。",
     "本细则自2026年1月1日起施行，有效期3年。"])] + [
    ("sign", "鹤浦市汀兰区卫生健康局"), ("sign", "2025年11月20日")]

EXPECTED4 = {
    T17_NAME: {"title": T17_TITLE, "issuer": "鹤浦市汀兰区卫生健康局",
               "doc_number": "汀卫规〔2025〕3号", "doc_type": "细则", "issued_on": "2025-11-20",
               "effective_on": "2026-01-01"},
}

QUESTIONS4 = [
    q(25, "普惠托育运营补助区级承担多少比例？", [["40%"]],
      "其中区级承担40%", ["number"], T17_NAME),
]
