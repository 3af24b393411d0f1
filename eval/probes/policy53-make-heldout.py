"""policy53 HELD-OUT part: writes the held-out files of eval/probes/policy53-corpus/, their expected
metadata (policy53-metadata.json, split heldout) and their questions (policy53-heldout.jsonl).
Fictional city 鹤浦市 and its district 汀兰区, community childcare (普惠托育); every text written
for this set. Written and committed before the tune part and before any code.

Conventions: doc_number as printed; issuer the organ's full name (a 解读's is its source organ's);
a notice with 附件 is one document (its own title, 文号 and 落款 date; the 附件 are part of it);
no 施行 clause -> effective_on null; pages only for PDFs and images.
Run: .venv/bin/python eval/probes/policy53-make-heldout.py"""

import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("p53w", os.path.join(HERE, "policy53-writers.py"))
w = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(w)
g = w.g
OUT = w.OUT

# H1: a notice with two 附件 as Word, each 附件 on its own page
H1_NAME = "关于开展2025年普惠托育服务点申报工作的通知.docx"
H1_TITLE = "鹤浦市卫生健康委员会关于开展2025年普惠托育服务点申报工作的通知"


def build_h1():
    doc = g.docx.Document()
    g.para(doc, "鹤浦市卫生健康委员会文件", align="c", size=26, font="方正小标宋简体")
    g.para(doc, "鹤卫健〔2025〕11号", align="c")
    g.para(doc, H1_TITLE, align="c", size=22, font="方正小标宋简体")
    g.para(doc, "各区卫生健康局，各有关单位：", indent=False)
    g.para(doc, "为增加普惠托育服务供给，市卫生健康委决定开展2025年普惠托育服务点申报工作。"
                "现将有关事项通知如下：")
    g.para(doc, "一、申报对象。依法登记、已完成托育机构备案且运营满6个月的托育机构。")
    g.para(doc, "二、申报程序。托育机构填写申报表，经所在区卫生健康局审核后报市卫生健康委。"
                "每个区推荐数量不超过8家。")
    g.para(doc, "三、支持政策。认定为普惠托育服务点的，每个托位给予一次性建设补助3000元。")
    g.para(doc, "附件：1.鹤浦市普惠托育服务点申报表", indent=False)
    g.para(doc, "　　　2.鹤浦市普惠托育服务点基本条件", indent=False)
    g.para(doc, "")
    g.para(doc, "鹤浦市卫生健康委员会", align="r")
    g.para(doc, "2025年3月14日", align="r")
    doc.add_page_break()
    g.para(doc, "附件1", indent=False)
    g.para(doc, "鹤浦市普惠托育服务点申报表", align="c", size=20, font="方正小标宋简体")
    g.table(doc, [["机构名称", "", "备案编号", ""], ["举办者", "", "托位数", ""],
                  ["联系人", "", "填报日期", "　年　月　日"]])
    doc.add_page_break()
    g.para(doc, "附件2", indent=False)
    g.para(doc, "鹤浦市普惠托育服务点基本条件", align="c", size=20, font="方正小标宋简体")
    g.para(doc, "一、托位数不少于30个，其中2至3周岁托位占比不低于60%。")
    g.para(doc, "二、收费标准不高于当地同类托育机构平均收费的80%。")
    g.para(doc, "三、申报材料于2025年4月30日前报送。")
    doc.save(os.path.join(OUT, H1_NAME))


# H2: a 规范性文件 page: 索引号 / 主题分类 / 发布机构 table above the body
H2_NAME = "art_20250226_5531.html"
H2_TITLE = "鹤浦市人民政府办公室关于加快发展普惠托育服务的实施意见"
H2_HTML = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{H2_TITLE}_规范性文件_鹤浦市人民政府</title></head>
<body>
<div class="top">鹤浦市人民政府　首页　政务公开　政务服务　互动交流</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 规范性文件</div>
<table class="xxgk">
<tr><td>索引号</td><td>113309000025316K/2025-00042</td><td>主题分类</td><td>卫生、体育\\其他</td></tr>
<tr><td>发布机构</td><td>鹤浦市人民政府办公室</td><td>成文日期</td><td>2025-02-20</td></tr>
<tr><td>文号</td><td>鹤政办发〔2025〕6号</td><td>发布日期</td><td>2025-02-26</td></tr>
<tr><td>有效性</td><td>有效</td><td>统一编号</td><td>HPFG-2025-00003</td></tr>
</table>
<h2>{H2_TITLE}</h2>
<div class="zw">
<p>各区人民政府，市政府各部门：</p>
<p>　　为加快发展普惠托育服务，减轻家庭育儿负担，经市政府同意，提出如下实施意见。</p>
<p>　　一、到2027年，全市每千人口拥有3岁以下婴幼儿托位数达到4.5个。</p>
<p>　　二、新建居住区按照每千人口不少于10个托位的标准配套建设托育服务设施。</p>
<p>　　三、对普惠托育机构按照实际收托人数每人每月给予300元运营补助。</p>
<p>　　本意见自2025年3月1日起施行，有效期5年。</p>
<p style="text-align:right">鹤浦市人民政府办公室</p>
<p style="text-align:right">2025年2月20日</p>
<p>（此件公开发布）</p>
</div>
<div class="foot">主办单位：鹤浦市人民政府办公室　网站标识码：3309000025</div>
</body>
</html>
"""

# H3: a 函 as Word: 文号 alone at the top right, no 版头, date in Chinese numerals
H3_NAME = "商请支持托育服务用房保障的函.docx"
H3_TITLE = "鹤浦市卫生健康委员会关于商请支持托育服务用房保障的函"


def build_h3():
    doc = g.docx.Document()
    g.para(doc, "鹤卫健函〔2025〕19号", align="r")
    g.para(doc, "")
    g.para(doc, H3_TITLE, align="c", size=22, font="方正小标宋简体")
    g.para(doc, "鹤浦市自然资源和规划局：", indent=False)
    g.para(doc, "为落实普惠托育服务设施配建要求，商请贵局在新建居住区规划条件中明确托育服务用房的"
                "面积和位置，托育服务用房原则上设置在建筑首层。")
    g.para(doc, "请于2025年5月15日前将办理意见函告我委。")
    g.para(doc, "")
    g.para(doc, "鹤浦市卫生健康委员会", align="r")
    g.para(doc, "二〇二五年四月七日", align="r")
    g.para(doc, "（联系人：周敏，联系电话：0573-86012345）", indent=False)
    doc.save(os.path.join(OUT, H3_NAME))


# H4: a district 通告 scanned from a gazette page set in two columns
H4_NAME = "IMG_20250512_0931.png"
H4_TOP = [
    ("center", "汀兰区人民政府公报　　2025年第3期"),
    ("rule", ""),
    ("title", "鹤浦市汀兰区卫生健康局"),
    ("title", "关于托育机构备案有关事项的通告"),
    ("center", "汀卫〔2025〕5号"),
    ("gap", "16"),
]
H4_LEFT = [
    ("p", "为规范托育机构备案管理，根据国家和省有关规定，现就本区托育机构备案有关事项通告如下："),
    ("p", "一、在本区举办托育机构的，应当在登记后20个工作日内向区卫生健康局备案。"),
    ("p", "二、备案时应当提交营业执照或者登记证书、场地证明、消防安全检查合格证明等材料。"),
]
H4_RIGHT = [
    ("p", "三、区卫生健康局收到备案材料后，应当在5个工作日内出具备案回执。"),
    ("p", "四、已备案的托育机构变更名称、地址、托位数的，应当在变更后10个工作日内重新备案。"),
    ("p", "本通告自2025年6月1日起施行。"),
    ("gap", "30"),
    ("sign", "鹤浦市汀兰区卫生健康局"),
    ("sign", "2025年5月9日"),
]

# H5: a 解读 on the commission's site naming the 办法 it reads
H5_NAME = "zcjd_20250618_102.html"
H5_TITLE = "《鹤浦市普惠托育服务补助办法》政策解读"
H5_HTML = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{H5_TITLE}_鹤浦市卫生健康委员会</title></head>
<body>
<div class="nav">首页 | 机构概况 | 政务公开 | 政策解读 | 办事服务</div>
<h1>{H5_TITLE}</h1>
<div class="info">发布时间：2025-06-18 10:05　信息来源：市卫生健康委员会　浏览次数：1032</div>
<div class="article">
<p>　　近日，市卫生健康委员会印发了《鹤浦市普惠托育服务补助办法》（鹤卫健规〔2025〕2号，以下简称《办法》）。现解读如下。</p>
<p>　　一、为什么修订？原《鹤浦市普惠托育机构运营补助暂行办法》将于2025年8月到期，补助标准需要调整。</p>
<p>　　二、补助标准有什么变化？运营补助由每人每月200元提高到每人每月300元。</p>
<p>　　三、什么时候开始执行？《办法》自2025年7月1日起施行。</p>
</div>
</body>
</html>
"""

# H6: the revised 办法 as a text PDF with a cover page; it repeals H7
H6_NAME = "鹤浦市普惠托育服务补助办法.pdf"
H6_TITLE = "鹤浦市普惠托育服务补助办法"
H6_COVER = [("gap", "30"), ("big", H6_TITLE), ("gap", "90"), ("mid", "鹤浦市卫生健康委员会"),
            ("mid", "2025年6月")]
H6_TOP = [("center", "鹤卫健规〔2025〕2号"), ("title", H6_TITLE)]
H6_BODY = [
    ("p", "第一条　为了支持普惠托育服务发展，规范补助资金管理，制定本办法。"),
    ("p", "第二条　本办法所称普惠托育机构，是指经认定、收费不高于本市普惠托育收费标准的托育机构。"),
    ("p", "第三条　对普惠托育机构按照实际收托人数给予运营补助，标准为每人每月300元。"),
    ("p", "第四条　新增普惠托位的，每个托位给予一次性建设补助3000元。"),
    ("p", "第五条　补助资金每半年申报一次，由区卫生健康局审核后拨付。"),
    ("p", "第六条　骗取补助资金的，收回已拨付资金，三年内不得申报。"),
    ("p", "第七条　本办法由鹤浦市卫生健康委员会负责解释。"),
    ("p", "第八条　本办法自2025年7月1日起施行，有效期5年。《鹤浦市普惠托育机构运营补助暂行办法》"
          "（鹤卫健规〔2022〕3号）同时废止。"),
    ("sign", "鹤浦市卫生健康委员会"),
    ("sign", "2025年6月10日"),
]

# H7: the old 暂行办法 pasted as text from the commission's portal
H7_NAME = "鹤浦市普惠托育机构运营补助暂行办法.txt"
H7_TXT = """鹤浦市卫生健康委员会
首页 > 政务公开 > 规范性文件
鹤浦市普惠托育机构运营补助暂行办法
发布日期：2022-08-19　浏览次数：2210
鹤卫健规〔2022〕3号
第一条　为了扶持普惠托育机构运营，制定本办法。
第二条　对普惠托育机构按照实际收托人数给予运营补助，标准为每人每月200元。
第三条　补助资金每年申报一次。
第四条　本办法自2022年9月1日起施行，有效期3年。
鹤浦市卫生健康委员会
2022年8月15日
"""


def expected(pages):
    base = {"split": "heldout", "doc_number": None, "issued_on": None, "effective_on": None,
            "published_on": None, "status": "current", "superseded_by": None, "pages": None}
    return {
        H1_NAME: {**base, "title": H1_TITLE, "issuer": "鹤浦市卫生健康委员会",
                  "doc_number": "鹤卫健〔2025〕11号", "doc_type": "通知",
                  "issued_on": "2025-03-14"},
        H2_NAME: {**base, "title": H2_TITLE, "issuer": "鹤浦市人民政府办公室",
                  "doc_number": "鹤政办发〔2025〕6号", "doc_type": "意见",
                  "issued_on": "2025-02-20", "effective_on": "2025-03-01",
                  "published_on": "2025-02-26"},
        H3_NAME: {**base, "title": H3_TITLE, "issuer": "鹤浦市卫生健康委员会",
                  "doc_number": "鹤卫健函〔2025〕19号", "doc_type": "函",
                  "issued_on": "2025-04-07"},
        H4_NAME: {**base, "title": "鹤浦市汀兰区卫生健康局关于托育机构备案有关事项的通告",
                  "issuer": "鹤浦市汀兰区卫生健康局", "doc_number": "汀卫〔2025〕5号",
                  "doc_type": "通告", "issued_on": "2025-05-09", "effective_on": "2025-06-01",
                  "pages": 1},
        H5_NAME: {**base, "title": H5_TITLE, "issuer": "鹤浦市卫生健康委员会", "doc_type": "解读",
                  "published_on": "2025-06-18"},
        H6_NAME: {**base, "title": H6_TITLE, "issuer": "鹤浦市卫生健康委员会",
                  "doc_number": "鹤卫健规〔2025〕2号", "doc_type": "办法",
                  "issued_on": "2025-06-10", "effective_on": "2025-07-01", "pages": pages["h6"]},
        H7_NAME: {**base, "title": "鹤浦市普惠托育机构运营补助暂行办法",
                  "issuer": "鹤浦市卫生健康委员会", "doc_number": "鹤卫健规〔2022〕3号",
                  "doc_type": "办法", "issued_on": "2022-08-15", "effective_on": "2022-09-01",
                  "published_on": "2022-08-19", "status": "superseded",
                  "superseded_by": H6_NAME},
    }


def q(i, question, facts, evidence, kind, doc=None):
    row = {"id": f"p53h{i:02d}", "lang": "zh", "question": question,
           "answerable": bool(facts), "facts": facts, "evidence": evidence, "split": "heldout",
           "kind": kind}
    if doc:
        row["doc"] = doc
        row["superseded"] = False
    return row


QUESTIONS = [
    q(1, "普惠托育服务点申报每个区最多推荐几家？", [["8家"]],
      "每个区推荐数量不超过8家", ["number"], H1_NAME),
    q(2, "普惠托育服务点要求至少有多少个托位？", [["30个"]],
      "托位数不少于30个", ["number"], H1_NAME),
    q(3, "加快发展普惠托育服务的实施意见是什么文号？",
      [["鹤政办发〔2025〕6号", "鹤政办发[2025]6号"]], "鹤政办发〔2025〕6号", ["doc_number"],
      H2_NAME),
    q(4, "到2027年每千人口要有几个托位？", [["4.5个"]],
      "每千人口拥有3岁以下婴幼儿托位数达到4.5个", ["number"], H2_NAME),
    q(5, "卫健委商请自然资源部门办的事要在哪天前回复？", [["2025年5月15日"]],
      "请于2025年5月15日前将办理意见函告我委", ["date"], H3_NAME),
    q(6, "托育服务用房一般放在楼的哪一层？", [["首层"]],
      "托育服务用房原则上设置在建筑首层", ["fact"], H3_NAME),
    q(7, "在汀兰区开托育机构，登记后多少天内要备案？", [["20个工作日"]],
      "应当在登记后20个工作日内向区卫生健康局备案", ["number"], H4_NAME),
    q(8, "托育机构备案通告从什么时候开始施行？", [["2025年6月1日"]],
      "本通告自2025年6月1日起施行", ["effective"], H4_NAME),
    q(9, "运营补助从每人每月多少钱提高到多少钱？", [["200元"], ["300元"]],
      "运营补助由每人每月200元提高到每人每月300元", ["number"], H5_NAME),
    q(10, "新增一个普惠托位能拿多少建设补助？", [["3000元"]],
       "每个托位给予一次性建设补助3000元", ["number"], H6_NAME),
    q(11, "骗取托育补助资金的几年内不能再申报？", [["三年", "3年"]],
       "三年内不得申报", ["number"], H6_NAME),
    q(12, "托育机构的保育人员工资由谁发放？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    build_h1()
    g.write_text(H2_NAME, H2_HTML)
    build_h3()
    w.two_column_page(H4_TOP, H4_LEFT, H4_RIGHT, seed=5304).save(os.path.join(OUT, H4_NAME))
    g.write_text(H5_NAME, H5_HTML)
    pages = {"h6": w.make_cover_pdf(H6_NAME, "鹤浦市卫生健康委员会规范性文件", H6_COVER, H6_TOP,
                                    H6_BODY)}
    g.write_text(H7_NAME, H7_TXT)
    w.save_split("heldout", expected(pages), QUESTIONS, "policy53-heldout.jsonl")
    print("held-out files written:", len(expected(pages)), "questions:", len(QUESTIONS))


if __name__ == "__main__":
    main()
