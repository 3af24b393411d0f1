"""policy53 TUNE part: writes the tune files of eval/probes/policy53-corpus/, their expected
metadata (into policy53-metadata.json beside the held-out entries, left as they are) and their
questions (policy53-tune.jsonl). Fictional city 鹤浦市 and its district 汀兰区, community childcare;
every text written for this set. The held-out part is policy53-make-heldout.py (written and
committed first); same conventions. Its later batches (T9–T17) are in policy53-make-later.py.
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
# the second to fourth batches (T9–T17, EXPECTED2–4, QUESTIONS2–4) live in policy53-make-later.py
_lspec = importlib.util.spec_from_file_location("p53later", os.path.join(HERE, "policy53-make-later.py"))
L = importlib.util.module_from_spec(_lspec)
_lspec.loader.exec_module(L)

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
        **{k: {**base, **v, **({"pages": pages[k]} if k == L.T11_NAME else {})}
           for k, v in L.EXPECTED2.items()},
        **{k: {**base, **v} for k, v in L.EXPECTED3.items()},
        **{k: {**base, **v, "pages": pages[k]} for k, v in L.EXPECTED4.items()},
    }


q = w.q


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


def main():
    os.makedirs(OUT, exist_ok=True)
    pages = {"t1": g.make_text_pdf(T1_NAME, "汀兰区卫生健康局", T1_TOP, T1_BODY)}
    build_t3()
    img = w.two_column_page(T4_TOP, T4_LEFT, T4_RIGHT, seed=5314).convert("RGB")
    img.save(os.path.join(OUT, T4_NAME), "PDF", resolution=150)
    pages["t6"] = w.make_cover_pdf(T6_NAME, "汀兰区卫生健康局规范性文件", T6_COVER, T6_TOP, T6_BODY)
    build_t8()
    img = w.two_column_page(L.T10_TOP, L.T10_LEFT, L.T10_RIGHT, seed=5320).convert("RGB")
    img.save(os.path.join(OUT, L.T10_NAME), "JPEG", quality=88)
    pages[L.T11_NAME] = w.make_cover_pdf(L.T11_NAME, "鹤浦市卫生健康委员会规范性文件", L.T11_COVER,
                                       L.T11_TOP, L.T11_BODY)
    L.build_t14()
    L.build_t15()
    pages[L.T17_NAME] = w.make_cover_pdf(L.T17_NAME, "汀兰区卫生健康局规范性文件", L.T17_COVER, L.T17_TOP,
                                       L.T17_BODY)
    w.two_column_page(L.T16_TOP, L.T16_LEFT, L.T16_RIGHT, seed=5326).save(os.path.join(OUT, L.T16_NAME))
    w.save_split("tune", expected(pages), QUESTIONS + L.QUESTIONS2 + L.QUESTIONS3 + L.QUESTIONS4, "policy53-tune.jsonl")
    print("tune files written:", len(expected(pages)), "questions:", len(QUESTIONS) + len(L.QUESTIONS2) + len(L.QUESTIONS3) + len(L.QUESTIONS4))


if __name__ == "__main__":
    main()
