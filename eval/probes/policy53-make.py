"""policy53 TUNE part: writes the tune files of eval/probes/policy53-corpus/, their expected
metadata (into policy53-metadata.json beside the held-out entries, left as they are) and their
questions (policy53-tune.jsonl). Fictional city 鹤浦市 and its district 汀兰区, community childcare;
every text written for this set. The held-out part is policy53-make-heldout.py (written and
committed first); same conventions.
Run: .venv/bin/python eval/probes/policy53-make.py
The web pages and plain texts it once held as strings are committed in the corpus folder as
written and no longer rewritten here: t20250416_8812.html, 汀兰区托育机构综合监管办法解读.txt,
art_2023_0310_441.html, art_20250708_6120.html, 汀兰区家庭托育点管理办法.txt, zcjd_20250926_117.html."""

import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("p53w", os.path.join(HERE, "policy53-writers.py"))
w = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(w)
g = w.g
OUT = w.OUT

# T1: a district notice with 附件 as a text PDF; the 附件 follow the 落款
T1_NAME = "汀卫〔2025〕8号.pdf"
T1_TITLE = "鹤浦市汀兰区卫生健康局关于组织开展2025年托育从业人员培训的通知"
T1_TOP = [("title", "鹤浦市汀兰区卫生健康局"), ("center", "汀卫〔2025〕8号"),
          ("title", T1_TITLE), ("left", "各街道社区卫生服务中心，各托育机构：")]
T1_BODY = [
    ("p", "为提升托育从业人员保育能力，区卫生健康局决定组织开展2025年托育从业人员培训。"),
    ("p", "一、培训对象为全区托育机构的保育人员和负责人，共计约200人。"),
    ("p", "二、培训分两期进行，每期3天，培训合格的发给培训合格证书。"),
    ("p", "请各托育机构于2025年6月20日前报送报名表。"),
    ("p", "附件：1.2025年托育从业人员培训报名表"),
    ("p", "　　　2.2025年托育从业人员培训日程安排"),
    ("sign", "鹤浦市汀兰区卫生健康局"),
    ("sign", "2025年6月9日"),
    ("h", "附件1"),
    ("h", "2025年托育从业人员培训报名表"),
    ("p", "姓名、性别、所在机构、岗位、联系电话（表格略）。"),
    ("h", "附件2"),
    ("h", "2025年托育从业人员培训日程安排"),
    ("p", "第一期：2025年7月8日至7月10日，地点为区妇幼保健院。"),
    ("p", "第二期：2025年7月15日至7月17日，地点为区妇幼保健院。"),
]

# T2: a district 规范性文件 page, its 信息公开 fields as a two-column list above the body
T2_NAME = "t20250416_8812.html"
T2_TITLE = "鹤浦市汀兰区人民政府办公室关于推进社区嵌入式托育服务的通知"

# T3: a 复函 as Word, 文号 alone at the top right, date in Chinese numerals, a 抄送 line after
T3_NAME = "关于托育综合服务中心建设有关事项的复函.docx"
T3_TITLE = "鹤浦市卫生健康委员会关于汀兰区托育综合服务中心建设有关事项的复函"


def build_t3():
    doc = g.docx.Document()
    g.para(doc, "鹤卫健函〔2025〕27号", align="r")
    g.para(doc, T3_TITLE, align="c", size=22, font="方正小标宋简体")
    g.para(doc, "鹤浦市汀兰区卫生健康局：", indent=False)
    g.para(doc, "你局《关于建设区托育综合服务中心的请示》收悉。经研究，同意你局在区妇幼保健院"
                "建设托育综合服务中心，设置托位不少于100个。")
    g.para(doc, "")
    g.para(doc, "鹤浦市卫生健康委员会", align="r")
    g.para(doc, "二〇二五年七月二日", align="r")
    g.para(doc, "抄送：鹤浦市财政局。", indent=False)
    doc.save(os.path.join(OUT, T3_NAME))


# T4: a district notice scanned into an image-only PDF, its body set in two columns
T4_NAME = "scan_20250820.pdf"
T4_TOP = [
    ("redtitle", "鹤浦市汀兰区人民政府办公室"),
    ("center", "汀政办〔2025〕23号"),
    ("rule", ""),
    ("title", "鹤浦市汀兰区人民政府办公室关于开展"),
    ("title", "托育机构安全隐患排查整治的通知"),
    ("gap", "16"),
]
T4_LEFT = [
    ("p", "各街道办事处，区直各部门："),
    ("p", "为保障婴幼儿安全，决定于2025年9月至10月在全区开展托育机构安全隐患排查整治。"),
    ("p", "一、重点排查消防通道、食品安全和监控设备运行情况。"),
]
T4_RIGHT = [
    ("p", "二、发现隐患的，应当当场责令整改，整改期限不超过15日。"),
    ("p", "三、排查结果于2025年10月31日前报区卫生健康局。"),
    ("gap", "30"),
    ("sign", "鹤浦市汀兰区人民政府办公室"),
    ("sign", "2025年8月20日"),
]

# T5: a district 解读 pasted as text, naming the 办法 it reads
T5_NAME = "汀兰区托育机构综合监管办法解读.txt"

# T6: the revised 办法 as a text PDF with a cover page; repeals T7
T6_NAME = "汀兰区托育机构综合监管办法.pdf"
T6_TITLE = "汀兰区托育机构综合监管办法"
T6_COVER = [("gap", "20"), ("mid", "汀兰区规范性文件"), ("gap", "30"), ("big", T6_TITLE),
            ("gap", "80"), ("mid", "鹤浦市汀兰区卫生健康局　印发"), ("mid", "二〇二五年八月")]
T6_TOP = [("center", "汀卫规〔2025〕1号"), ("title", T6_TITLE)]
T6_BODY = [
    ("p", "第一条　为了加强托育机构综合监管，保障婴幼儿安全健康，制定本办法。"),
    ("p", "第二条　区卫生健康局负责全区托育机构的综合监管。"),
    ("p", "第三条　托育机构实行等级评定，每两年评定一次，评定结果向社会公布。"),
    ("p", "第四条　托育机构应当在主要出入口和活动区域安装视频监控，录像保存不少于90日。"),
    ("p", "第五条　本办法自2025年10月1日起施行。《汀兰区托育机构监督管理暂行办法》（汀卫规〔2023〕"
          "1号）同时废止。"),
    ("sign", "鹤浦市汀兰区卫生健康局"),
    ("sign", "2025年8月28日"),
]

# T7: the old 暂行办法 on the district portal
T7_NAME = "art_2023_0310_441.html"

# T8: a city notice with 附件 as Word; 附件1 is a 方案 with its own title and date
T8_NAME = "关于做好2025年托育机构质量评估工作的通知.docx"
T8_TITLE = "鹤浦市卫生健康委员会关于做好2025年托育机构质量评估工作的通知"


def build_t8():
    doc = g.docx.Document()
    g.para(doc, "鹤浦市卫生健康委员会", align="c", size=26, font="方正小标宋简体")
    g.para(doc, "鹤卫健发〔2025〕31号", align="c")
    g.para(doc, T8_TITLE, align="c", size=22, font="方正小标宋简体")
    g.para(doc, "各区卫生健康局：", indent=False)
    g.para(doc, "为推动托育机构提升服务质量，市卫生健康委决定开展2025年托育机构质量评估，"
                "请按照附件要求组织实施。")
    g.para(doc, "附件：1.2025年托育机构质量评估工作方案", indent=False)
    g.para(doc, "　　　2.托育机构质量评估指标", indent=False)
    g.para(doc, "鹤浦市卫生健康委员会", align="r")
    g.para(doc, "2025年9月16日", align="r")
    doc.add_page_break()
    g.para(doc, "附件1", indent=False)
    g.para(doc, "2025年托育机构质量评估工作方案", align="c", size=20, font="方正小标宋简体")
    g.para(doc, "一、评估范围：全市已备案且运营满1年的托育机构。")
    g.para(doc, "二、评估时间：2025年10月8日至11月30日。")
    g.para(doc, "三、评估结果分为优秀、良好、合格、不合格四个等次。")
    doc.add_page_break()
    g.para(doc, "附件2", indent=False)
    g.para(doc, "托育机构质量评估指标", align="c", size=20, font="方正小标宋简体")
    g.table(doc, [["一级指标", "分值"], ["安全管理", "30"], ["保育照护", "40"],
                  ["队伍建设", "30"]])
    doc.save(os.path.join(OUT, T8_NAME))


def expected(pages):
    base = {"split": "tune", "doc_number": None, "issued_on": None, "effective_on": None,
            "published_on": None, "status": "current", "superseded_by": None, "pages": None}
    return {
        T1_NAME: {**base, "title": T1_TITLE, "issuer": "鹤浦市汀兰区卫生健康局",
                  "doc_number": "汀卫〔2025〕8号", "doc_type": "通知",
                  "issued_on": "2025-06-09", "pages": pages["t1"]},
        T2_NAME: {**base, "title": T2_TITLE, "issuer": "鹤浦市汀兰区人民政府办公室",
                  "doc_number": "汀政办发〔2025〕12号", "doc_type": "通知",
                  "issued_on": "2025-04-14", "effective_on": "2025-04-14",
                  "published_on": "2025-04-16"},
        T3_NAME: {**base, "title": T3_TITLE, "issuer": "鹤浦市卫生健康委员会",
                  "doc_number": "鹤卫健函〔2025〕27号", "doc_type": "函",
                  "issued_on": "2025-07-02"},
        T4_NAME: {**base,
                  "title": "鹤浦市汀兰区人民政府办公室关于开展托育机构安全隐患排查整治的通知",
                  "issuer": "鹤浦市汀兰区人民政府办公室", "doc_number": "汀政办〔2025〕23号",
                  "doc_type": "通知", "issued_on": "2025-08-20", "pages": 1},
        T5_NAME: {**base, "title": "关于《汀兰区托育机构综合监管办法》的解读",
                  "issuer": "鹤浦市汀兰区卫生健康局", "doc_type": "解读",
                  "published_on": "2025-09-05"},
        T6_NAME: {**base, "title": T6_TITLE, "issuer": "鹤浦市汀兰区卫生健康局",
                  "doc_number": "汀卫规〔2025〕1号", "doc_type": "办法",
                  "issued_on": "2025-08-28", "effective_on": "2025-10-01", "pages": pages["t6"]},
        T7_NAME: {**base, "title": "汀兰区托育机构监督管理暂行办法",
                  "issuer": "鹤浦市汀兰区卫生健康局", "doc_number": "汀卫规〔2023〕1号",
                  "doc_type": "办法", "issued_on": "2023-03-06", "effective_on": "2023-04-01",
                  "published_on": "2023-03-10", "status": "superseded",
                  "superseded_by": T6_NAME},
        T8_NAME: {**base, "title": T8_TITLE, "issuer": "鹤浦市卫生健康委员会",
                  "doc_number": "鹤卫健发〔2025〕31号", "doc_type": "通知",
                  "issued_on": "2025-09-16"},
        **{k: {**base, **v, **({"pages": pages[k]} if k == T11_NAME else {})}
           for k, v in EXPECTED2.items()},
        **{k: {**base, **v} for k, v in EXPECTED3.items()},
        **{k: {**base, **v, "pages": pages[k]} for k, v in EXPECTED4.items()},
    }


def q(i, question, facts, evidence, kind, doc=None):
    row = {"id": f"p53t{i:02d}", "lang": "zh", "question": question,
           "answerable": bool(facts), "facts": facts, "evidence": evidence, "split": "tune",
           "kind": kind}
    if doc:
        row["doc"] = doc
        row["superseded"] = False
    return row


QUESTIONS = [
    q(1, "托育从业人员培训每期几天？", [["3天"]], "每期3天", ["number"], T1_NAME),
    q(2, "托育从业人员培训第一期什么时候开始？", [["2025年7月8日"]],
      "第一期：2025年7月8日至7月10日", ["date"], T1_NAME),
    q(3, "汀兰区推进社区嵌入式托育服务的通知文号是什么？",
      [["汀政办发〔2025〕12号", "汀政办发[2025]12号"]], "汀政办发〔2025〕12号", ["doc_number"],
      T2_NAME),
    q(4, "社区托育服务点的场地要交租金吗？", [["免收场地租金"]],
      "免收场地租金", ["fact"], T2_NAME),
    q(5, "市卫健委同意托育综合服务中心建在哪里？", [["区妇幼保健院"]],
      "同意你局在区妇幼保健院建设托育综合服务中心", ["fact"], T3_NAME),
    q(6, "托育综合服务中心至少设多少个托位？", [["100个"]],
      "设置托位不少于100个", ["number"], T3_NAME),
    q(7, "托育机构安全隐患整改期限最长多少天？", [["15日"]],
      "整改期限不超过15日", ["number"], T4_NAME),
    q(8, "安全隐患排查结果什么时候前上报？", [["2025年10月31日"]],
      "排查结果于2025年10月31日前报区卫生健康局", ["date"], T4_NAME),
    q(9, "托育机构等级评定多久评一次？", [["两年"]],
      "每两年评定一次", ["number"], T6_NAME),
    q(10, "托育机构的监控录像要保存多少天？", [["90日"]],
       "录像保存不少于90日", ["number"], T6_NAME),
    q(11, "汀兰区托育机构综合监管办法哪天起施行？", [["2025年10月1日"]],
       "本办法自2025年10月1日起施行", ["effective"], T6_NAME),
    q(12, "综合监管办法废止了哪个文件？", [["监督管理暂行办法"]],
       "《汀兰区托育机构监督管理暂行办法》", ["fact"], T6_NAME),
    q(13, "托育机构质量评估在什么时间进行？", [["2025年10月8日"]],
       "评估时间：2025年10月8日至11月30日", ["date"], T8_NAME),
    q(14, "质量评估结果分几个等次？", [["四个"]],
       "评估结果分为优秀、良好、合格、不合格四个等次", ["number"], T8_NAME),
    q(15, "质量评估通知的文号是多少？", [["鹤卫健发〔2025〕31号", "鹤卫健发[2025]31号"]],
       "鹤卫健发〔2025〕31号", ["doc_number"], T8_NAME),
    q(16, "托育机构保育人员的社保谁来缴？", [], "", ["unanswerable"]),
]


# ---- second batch (written after the first tune run showed every first-batch file read) ----

# T9: a city 规范性文件 page whose 信息公开 fields are a four-cell table, title in an <h2>
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


def main():
    os.makedirs(OUT, exist_ok=True)
    pages = {"t1": g.make_text_pdf(T1_NAME, "汀兰区卫生健康局", T1_TOP, T1_BODY)}
    build_t3()
    img = w.two_column_page(T4_TOP, T4_LEFT, T4_RIGHT, seed=5314).convert("RGB")
    img.save(os.path.join(OUT, T4_NAME), "PDF", resolution=150)
    pages["t6"] = w.make_cover_pdf(T6_NAME, "汀兰区卫生健康局规范性文件", T6_COVER, T6_TOP, T6_BODY)
    build_t8()
    img = w.two_column_page(T10_TOP, T10_LEFT, T10_RIGHT, seed=5320).convert("RGB")
    img.save(os.path.join(OUT, T10_NAME), "JPEG", quality=88)
    pages[T11_NAME] = w.make_cover_pdf(T11_NAME, "鹤浦市卫生健康委员会规范性文件", T11_COVER,
                                       T11_TOP, T11_BODY)
    build_t14()
    build_t15()
    pages[T17_NAME] = w.make_cover_pdf(T17_NAME, "汀兰区卫生健康局规范性文件", T17_COVER, T17_TOP,
                                       T17_BODY)
    w.two_column_page(T16_TOP, T16_LEFT, T16_RIGHT, seed=5326).save(os.path.join(OUT, T16_NAME))
    w.save_split("tune", expected(pages), QUESTIONS + QUESTIONS2 + QUESTIONS3 + QUESTIONS4, "policy53-tune.jsonl")
    print("tune files written:", len(expected(pages)), "questions:", len(QUESTIONS) + len(QUESTIONS2) + len(QUESTIONS3) + len(QUESTIONS4))


if __name__ == "__main__":
    main()
