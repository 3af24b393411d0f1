"""policy52 HELD-OUT part: writes the held-out files of eval/probes/policy52-corpus/, their
expected metadata (policy52-metadata.json, held-out entries) and questions
(policy52-heldout.jsonl). Fictional city 溧泉市 and its district 青岙区, upgrading farmers'
markets (农贸市场提升改造); every text written for this set. Written and committed before the tune
maker (policy52-make.py) and before any code is run on these files.

Conventions (from README's `list --json` contract): doc_number as the document prints it; of a
joint document printing two 文号, the first (the lead organ's); a scan's 文号 year in 〔〕 (OCR
cannot tell 〔〕 from ［］ or []); a 转发 notice's 文号 is its own, not the forwarded one's; a notice
with no 施行 clause has effective_on null; Traditional text keeps its characters.
Run: .venv/bin/python eval/probes/policy52-make-heldout.py"""

import os

import docx
import fixture_docx as wd
import fixture_kit as kit

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy52-corpus")


# H1: a district notice on its portal forwarding the city's notice (转发), the forwarded text below
H1_NAME = "t20250418_5521.html"
H1_TITLE = ("青岙区人民政府办公室关于转发《溧泉市人民政府办公室关于印发溧泉市农贸市场提升改造"
            "三年行动方案（2025—2027年）的通知》的通知")
H1_HTML = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{H1_TITLE}_区政府文件_溧泉市青岙区人民政府</title></head>
<body>
<div class="top">溧泉市青岙区人民政府　<a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 区政府文件</div>
<div class="article">
<h1>{H1_TITLE}</h1>
<div class="meta">发布时间：2025-04-18 16:20　　来源：区政府办公室　　浏览次数：312</div>
<div class="content">
<p style="text-align:center">青政办发〔2025〕11号</p>
<p>各街道办事处，区直各部门：</p>
<p>　　现将《溧泉市人民政府办公室关于印发溧泉市农贸市场提升改造三年行动方案（2025—2027年）的通知》（溧政办发〔2025〕19号）转发给你们，并结合我区实际提出以下意见，请一并贯彻执行。</p>
<p>　　一、2025年底前，全区完成3个农贸市场提升改造，2027年底前全区农贸市场全部达到标准化要求。</p>
<p>　　二、区级财政对完成提升改造并通过验收的农贸市场，按改造投入的20%给予补助，单个市场最高不超过60万元。</p>
<p>　　三、各街道办事处是本辖区农贸市场提升改造的责任主体，区商务局负责统筹协调和验收。</p>
<p style="text-align:right">青岙区人民政府办公室</p>
<p style="text-align:right">2025年4月16日</p>
<p style="text-align:center">溧泉市人民政府办公室关于印发溧泉市农贸市场提升改造三年行动方案（2025—2027年）的通知</p>
<p style="text-align:center">溧政办发〔2025〕19号</p>
<p>各区人民政府，市政府各部门：</p>
<p>　　《溧泉市农贸市场提升改造三年行动方案（2025—2027年）》已经市政府同意，现印发给你们，请认真组织实施。</p>
<p style="text-align:right">溧泉市人民政府办公室</p>
<p style="text-align:right">2025年3月28日</p>
<p style="text-align:center">溧泉市农贸市场提升改造三年行动方案（2025—2027年）</p>
<p>　　为改善群众“菜篮子”消费环境，用三年时间对全市112个农贸市场实施提升改造。</p>
<p>　　改造内容包括地面排水、通风照明、智慧称重和农残快检等，市级财政对每个改造市场给予30万元定额补助。</p>
</div>
</div>
<div class="footer">主办：溧泉市青岙区人民政府办公室　　地址：溧泉市青岙区海晏路8号</div>
</body>
</html>
"""

# H2: a joint notice (联合发文) as a text PDF: two organs' 版头, two 文号 on one line, joint 落款
H2_NAME = "溧市监发〔2025〕15号.pdf"
H2_TITLE = "溧泉市市场监督管理局溧泉市商务局关于开展农贸市场食品安全快检室规范化建设的通知"
H2_TOP = [
    ("title", "溧泉市市场监督管理局\n溧泉市商务局"),
    ("center", "溧市监发〔2025〕15号　　　溧商发〔2025〕7号"),
    ("title", H2_TITLE),
    ("left", "各区市场监督管理局、商务局，各农贸市场开办者："),
]
H2_BODY = [
    ("p", "为提升农贸市场食用农产品质量安全保障水平，决定在全市开展农贸市场食品安全快检室规范化"
          "建设。现将有关事项通知如下。"),
    ("h", "一、建设标准"),
    ("p", "快检室使用面积不少于10平方米，配备农药残留、兽药残留和非法添加物快速检测设备，"
          "并在市场显著位置设置检测结果公示屏。"),
    ("h", "二、检测要求"),
    ("p", "快检室每天抽检食用农产品不少于20批次，重点抽检叶菜类、豆芽和水产品，检测结果当日公示。"),
    ("p", "检测结果不合格的，市场开办者应当立即督促经营者停止销售，并在2小时内报告属地市场监管所。"),
    ("h", "三、时间安排"),
    ("p", "2025年9月30日前，全市农贸市场快检室全部完成规范化建设。"),
    ("p", "本通知自印发之日起施行。"),
    ("sign", "溧泉市市场监督管理局　　　溧泉市商务局"),
    ("sign", "2025年5月9日"),
]

# H3: a 解读 on the city portal, 发布时间 and 来源 (the department named by its level alone)
H3_NAME = "art_2025_0630_8814.html"
H3_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>《溧泉市农贸市场管理办法》政策解读_政策解读_溧泉市人民政府</title></head>
<body>
<div class="header"><span class="site">溧泉市人民政府</span> <a href="/">首页</a> <a href="/zcjd/">政策解读</a></div>
<div class="pos">您所在的位置：首页 &gt; 政务公开 &gt; 政策解读</div>
<h1>《溧泉市农贸市场管理办法》政策解读</h1>
<div class="src">发布时间：2025-06-30 10:12　　来源：市商务局　　字号：[大 中 小]　　打印</div>
<div class="zoom">
<p>　　近日，市政府印发了修订后的《溧泉市农贸市场管理办法》（溧政规〔2025〕4号，以下简称《办法》），自2025年8月1日起施行。现就有关内容解读如下。</p>
<p><strong>一、为什么要修订？</strong></p>
<p>　　原《溧泉市农贸市场管理暂行办法》2022年施行以来，在规范市场秩序方面发挥了作用，但对摊位费管理、智慧化改造等缺少规定，有必要修订。</p>
<p><strong>二、摊位费有哪些新规定？</strong></p>
<p>　　《办法》规定，农贸市场开办者调整摊位费的，应当提前30日公示，年度涨幅不得超过5%。</p>
<p><strong>三、对经营者有什么要求？</strong></p>
<p>　　经营者应当亮证亮照经营，使用经检定合格的计量器具，并建立进货查验记录，记录保存期限不少于6个月。</p>
</div>
<div class="share">分享到：微信 微博</div>
<div class="foot">溧泉市人民政府办公室主办　　网站标识码：3211000099</div>
</body>
</html>
"""

# H4: a notice scanned into an image-only PDF; its 文号 printed in full-width ［］
H4_NAME = "scan_20250703.pdf"
H4_PAGE = [
    ("redtitle", "溧泉市商务局"),
    ("center", "溧商函［2025］22号"),
    ("rule", ""),
    ("title", "溧泉市商务局关于公布2025年度"),
    ("title", "星级农贸市场名单的通知"),
    ("gap", "10"),
    ("left", "各区商务局，各农贸市场开办者："),
    ("p", "根据《溧泉市星级农贸市场评定办法》，经市场申报、区级初评和市级复核，评定五星级"
          "农贸市场4家、四星级农贸市场9家，现予公布。"),
    ("p", "星级农贸市场实行动态管理，每两年复核一次；复核不达标的，予以降级或者撤销星级。"),
    ("p", "对新评定的五星级农贸市场，市级财政给予每家10万元一次性奖励。"),
    ("p", "附件：2025年度星级农贸市场名单"),
    ("gap", "40"),
    ("sign", "溧泉市商务局"),
    ("sign", "2025年7月3日"),
]

# H5: the revised 办法 as Word, articles numbered by Word itself (第%1条), 施行 after 成文,
# repealing the old 暂行办法 (H6) by title and 文号
H5_NAME = "溧泉市农贸市场管理办法.docx"
H5_TOP = ("溧泉市人民政府规范性文件", "溧政规〔2025〕4号", "溧泉市农贸市场管理办法")
H5_ARTICLES = [
    "为了规范农贸市场经营管理，保障食用农产品质量安全，方便群众生活，制定本办法。",
    "本办法适用于本市行政区域内农贸市场的开办、经营和管理活动。",
    "农贸市场开办者调整摊位费的，应当提前30日在市场显著位置公示，年度涨幅不得超过5%。",
    "经营者应当建立进货查验记录，记录保存期限不少于6个月。",
    "农贸市场应当设置公平秤，公平秤每半年校验一次。",
    "本办法自2025年8月1日起施行，有效期5年。2022年3月15日印发的《溧泉市农贸市场管理暂行办法》"
    "（溧政规〔2022〕2号）同时废止。",
]
H5_SIGN = ("溧泉市人民政府", "2025年6月20日")

# H6: the old 暂行办法, kept as a Markdown file
H6_NAME = "农贸市场管理暂行办法.md"
H6_MD = """# 溧泉市农贸市场管理暂行办法

溧政规〔2022〕2号

**第一条** 为了规范农贸市场秩序，保障市民“菜篮子”供应，制定本办法。

**第二条** 农贸市场开办者应当按照划行归市的原则设置经营区域，生熟分区、干湿分离。

**第三条** 农贸市场开办者调整摊位费的，应当提前15日公示。

**第四条** 本办法自2022年4月1日起施行，有效期3年。

溧泉市人民政府

2022年3月15日
"""

# H7: a 公告 in Traditional characters, pasted as text
H7_NAME = "關於中心城區農貿市場暫停活禽交易的公告.txt"
H7_TITLE = "溧泉市市場監督管理局關於中心城區農貿市場暫停活禽交易的公告"
H7_TXT = f"""溧市監〔2025〕31號

{H7_TITLE}

為預防和控制禽流感疫情傳播，保障市民身體健康，經市政府同意，現就中心城區農貿市場暫停活禽交易有關事項公告如下：

一、自2025年8月1日起，中心城區範圍內的農貿市場暫停活禽交易，暫停期間不得在市場內宰殺活禽。

二、市民可通過冰鮮禽類專櫃購買禽類產品，冰鮮禽類產品應當來自定點屠宰企業。

三、違反本公告規定的，由市場監督管理部門依法處理。

本公告自2025年8月1日起施行。

溧泉市市場監督管理局
2025年7月15日
"""


def build_h5():
    doc = docx.Document()
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    wd.add_abstract(numbering, 52, [("chineseCounting", "第%1条", 640)])
    wd.add_num(numbering, 52, 52)
    wd.para(doc, H5_TOP[0], align="c", size=26, font="方正小标宋简体")
    wd.para(doc, H5_TOP[1], align="c")
    wd.para(doc, "")
    wd.para(doc, H5_TOP[2], align="c", size=22, font="方正小标宋简体")
    for text in H5_ARTICLES:
        wd.numbered(wd.para(doc, text), 52)
    wd.para(doc, "")
    for line in H5_SIGN:
        wd.para(doc, line, align="r")
    doc.save(os.path.join(OUT, H5_NAME))


def build_h4():
    img = kit.render_page(H4_PAGE, seed=521).convert("RGB")
    img.save(os.path.join(OUT, H4_NAME), "PDF", resolution=150)


def expected(pages):
    base = kit.expectation_base("heldout")
    return {
        H1_NAME: {**base, "title": H1_TITLE, "issuer": "溧泉市青岙区人民政府办公室",
                  "doc_number": "青政办发〔2025〕11号", "doc_type": "通知",
                  "issued_on": "2025-04-16", "published_on": "2025-04-18"},
        H2_NAME: {**base, "title": H2_TITLE,
                  "issuer": "溧泉市市场监督管理局、溧泉市商务局",
                  "doc_number": "溧市监发〔2025〕15号", "doc_type": "通知",
                  "issued_on": "2025-05-09", "effective_on": "2025-05-09", "pages": pages["h2"]},
        H3_NAME: {**base, "title": "《溧泉市农贸市场管理办法》政策解读", "issuer": "溧泉市商务局",
                  "doc_type": "解读", "published_on": "2025-06-30"},
        H4_NAME: {**base, "title": "溧泉市商务局关于公布2025年度星级农贸市场名单的通知",
                  "issuer": "溧泉市商务局", "doc_number": "溧商函〔2025〕22号",
                  "doc_type": "通知", "issued_on": "2025-07-03", "pages": 1},
        H5_NAME: {**base, "title": "溧泉市农贸市场管理办法", "issuer": "溧泉市人民政府",
                  "doc_number": "溧政规〔2025〕4号", "doc_type": "办法",
                  "issued_on": "2025-06-20", "effective_on": "2025-08-01"},
        H6_NAME: {**base, "title": "溧泉市农贸市场管理暂行办法", "issuer": "溧泉市人民政府",
                  "doc_number": "溧政规〔2022〕2号", "doc_type": "办法",
                  "issued_on": "2022-03-15", "effective_on": "2022-04-01",
                  "status": "superseded", "superseded_by": H5_NAME},
        H7_NAME: {**base, "title": H7_TITLE, "issuer": "溧泉市市場監督管理局",
                  "doc_number": "溧市監〔2025〕31號", "doc_type": "公告",
                  "issued_on": "2025-07-15", "effective_on": "2025-08-01"},
    }


def q(i, question, facts, evidence, kind, doc=None, superseded=False):
    row = {"id": f"p52h{i:02d}", "lang": "zh", "question": question,
           "answerable": bool(facts), "facts": facts, "evidence": evidence, "split": "heldout",
           "kind": kind}
    if doc:
        row["doc"] = doc
        row["superseded"] = superseded
    return row


QUESTIONS = [
    q(1, "青岙区对改造完的农贸市场最多补多少钱？", [["60万元"]],
      "单个市场最高不超过60万元", ["number"], H1_NAME),
    q(2, "青岙区转发市里农贸市场三年行动方案的那份通知，文号是多少？",
      [["青政办发〔2025〕11号", "青政办发[2025]11号"]], "青政办发〔2025〕11号", ["doc_number"],
      H1_NAME),
    q(3, "市里的农贸市场提升改造三年行动方案是哪天印发的？", [["2025年3月28日"]],
      "2025年3月28日", ["date"], H1_NAME),
    q(4, "农贸市场快检室每天要抽检多少批次？", [["20批次"]],
      "快检室每天抽检食用农产品不少于20批次", ["number"], H2_NAME),
    q(5, "快检发现不合格的，多长时间内要报告市场监管所？", [["2小时"]],
      "并在2小时内报告属地市场监管所", ["number"], H2_NAME),
    q(6, "摊位费一年最多能涨多少？", [["5%"]],
      "年度涨幅不得超过5%", ["number"], H5_NAME),
    q(7, "新的农贸市场管理办法什么时候开始施行？", [["2025年8月1日"]],
      "本办法自2025年8月1日起施行", ["effective"], H5_NAME),
    q(8, "2025年评了几家五星级农贸市场？", [["4家"]],
      "评定五星级农贸市场4家", ["number"], H4_NAME),
    q(9, "星级农贸市场多久复核一次？", [["每两年"]],
      "每两年复核一次", ["number"], H4_NAME),
    q(10, "中心城区农贸市场从哪天起不能卖活禽了？", [["2025年8月1日"]],
      "自2025年8月1日起，中心城區範圍內的農貿市場暫停活禽交易", ["date"], H7_NAME),
    q(11, "进货查验记录要保存多久？", [["6个月"]],
      "记录保存期限不少于6个月", ["number"], H5_NAME),
    q(12, "农贸市场停车位怎么收费？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    kit.write_text(OUT, H1_NAME, H1_HTML)
    pages = {"h2": kit.make_text_pdf(OUT, H2_NAME, "溧泉市市场监督管理局文件", H2_TOP, H2_BODY)}
    kit.write_text(OUT, H3_NAME, H3_HTML)
    build_h4()
    build_h5()
    kit.write_text(OUT, H6_NAME, H6_MD)
    kit.write_text(OUT, H7_NAME, H7_TXT)
    kit.write_expectations(HERE, "policy52", "heldout", expected(pages), QUESTIONS)
    print("held-out files written:", len(expected(pages)), "questions:", len(QUESTIONS))


if __name__ == "__main__":
    main()
