"""policy52 TUNE part: writes the tune files of eval/probes/policy52-corpus/, their expected
metadata (into policy52-metadata.json beside the held-out entries, which it leaves as they are
without reading them out) and their questions (policy52-tune.jsonl). Fictional city 溧泉市 and its
district 青岙区, farmers' markets; every text written for this set. The held-out part is
policy52-make-heldout.py (written and committed first); same conventions.
Run: .venv/bin/python eval/probes/policy52-make.py"""

import os

import docx
import fixture_docx as wd
import fixture_kit as kit

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy52-corpus")


# T1: a district bureau forwards the city bureau's notice (Word, items numbered by Word)
T1_NAME = "青商〔2025〕2号关于转发节日保供通知的通知.docx"
T1_TITLE = "溧泉市青岙区商务局关于转发《溧泉市商务局关于做好2025年春节期间农贸市场保供稳价工作的通知》的通知"
T1 = {
    "banner": "溧泉市青岙区商务局",
    "number": "青商〔2025〕2号",
    "to": "各街道办事处，各农贸市场开办者：",
    "lead": "现将《溧泉市商务局关于做好2025年春节期间农贸市场保供稳价工作的通知》（溧商〔2025〕3号）"
            "转发给你们，并提出以下要求，请一并抓好落实。",
    "items": [
        "春节前后各农贸市场延长营业时间，每天营业至20时。",
        "蔬菜、猪肉等重点品种每天向区商务局报送价格，报送时间为上午10时前。",
        "除夕至正月初三期间，每个街道至少保持1个农贸市场正常营业。",
    ],
    "sign": ("溧泉市青岙区商务局", "2025年1月10日"),
    "forwarded": [
        ("c", "溧泉市商务局关于做好2025年春节期间农贸市场保供稳价工作的通知"),
        ("c", "溧商〔2025〕3号"),
        ("n", "各区商务局："),
        ("p", "为做好春节期间市场供应，各区要指导农贸市场增加货源储备，重点品种储备量不少于日常销量的"
              "2倍。"),
        ("r", "溧泉市商务局"),
        ("r", "2025年1月6日"),
    ],
}

# T2: a joint notice as a text PDF, its two 文号 stacked on two lines, joint 落款 on two lines
T2_NAME = "溧商〔2025〕18号.pdf"
T2_TITLE = "溧泉市商务局溧泉市财政局关于下达2025年农贸市场提升改造市级补助资金的通知"
T2_TOP = [
    ("title", "溧泉市商务局\n溧泉市财政局"),
    ("center", "溧商〔2025〕18号"),
    ("center", "溧财建〔2025〕33号"),
    ("title", T2_TITLE),
    ("left", "各区商务局、财政局："),
]
T2_BODY = [
    ("p", "根据《溧泉市农贸市场提升改造三年行动方案（2025—2027年）》，现下达2025年农贸市场提升改造"
          "市级补助资金1260万元，用于42个农贸市场的提升改造。"),
    ("p", "补助资金实行定额补助，每个市场30万元，改造完成并通过验收后拨付。"),
    ("p", "各区应当于2025年12月31日前完成资金拨付，并报送资金使用情况。"),
    ("sign", "溧泉市商务局"),
    ("sign", "溧泉市财政局"),
    ("sign", "2025年2月26日"),
]

# T3: a district 解读 pasted as text with its page chrome
T3_NAME = "青岙区农贸市场改造补助解读.txt"
T3_TXT = """溧泉市青岙区人民政府
首页 | 政务公开 | 政策解读 | 互动交流
【政策解读】一图看懂青岙区农贸市场提升改造补助政策
发布时间：2025-04-21 09:30　来源：区商务局　阅读：216
一、谁能申请？
辖区内完成提升改造并通过验收的农贸市场开办者。
二、补多少？
按改造投入的20%给予补助，单个市场最高60万元。
三、怎么申请？
市场开办者向所在街道提出申请，街道初审后报区商务局。
相关链接：青岙区人民政府办公室关于转发……的通知
上一篇：青岙区召开农贸市场提升改造推进会　下一篇：无
"""

# T4: a notice scanned as a png, 文号 printed in full-width ［］
T4_NAME = "IMG_20250312_1015.png"
T4_PAGE = [
    ("redtitle", "溧泉市市场监督管理局"),
    ("center", "溧市监函［2025］9号"),
    ("rule", ""),
    ("title", "溧泉市市场监督管理局关于开展"),
    ("title", "农贸市场电子秤专项检定的通知"),
    ("gap", "10"),
    ("left", "各区市场监督管理局："),
    ("p", "为维护农贸市场计量公平，决定于2025年4月至6月对全市农贸市场在用电子秤开展专项检定。"),
    ("p", "检定不收取费用，检定不合格的电子秤应当停止使用并限期更换。"),
    ("p", "本通知自印发之日起施行。"),
    ("gap", "40"),
    ("sign", "溧泉市市场监督管理局"),
    ("sign", "2025年3月12日"),
]

# T5: a district notice scanned into an image-only PDF, no 施行 clause
T5_NAME = "scan_20250522.pdf"
T5_PAGE = [
    ("redtitle", "溧泉市青岙区人民政府办公室"),
    ("center", "青政办〔2025〕16号"),
    ("rule", ""),
    ("title", "青岙区人民政府办公室关于成立农贸市场"),
    ("title", "提升改造工作专班的通知"),
    ("gap", "10"),
    ("left", "各街道办事处，区直各部门："),
    ("p", "为加快推进农贸市场提升改造，经区政府同意，成立青岙区农贸市场提升改造工作专班。"),
    ("p", "工作专班办公室设在区商务局，负责日常协调和进度通报，每月通报一次改造进度。"),
    ("gap", "40"),
    ("sign", "青岙区人民政府办公室"),
    ("sign", "2025年5月22日"),
]

# T6: a revised 办法 as Word, articles numbered by Word, 施行 after 成文, repealing T7
T6_NAME = "溧泉市农贸市场智慧化改造补助办法.docx"
T6_TOP = ("溧泉市商务局规范性文件", "溧商规〔2025〕1号", "溧泉市农贸市场智慧化改造补助办法")
T6_ARTICLES = [
    "为了推动农贸市场智慧化改造，提升市场管理水平，制定本办法。",
    "农贸市场开办者安装智慧称重、电子价签和客流监测系统的，按照设备投入的30%给予补助，"
    "单个市场最高不超过15万元。",
    "申请补助的市场应当将交易数据接入市农贸市场监管平台。",
    "本办法自2025年5月1日起施行，有效期3年。2023年1月5日印发的《溧泉市农贸市场智慧化改造补助暂行"
    "办法》（溧商规〔2023〕1号）同时废止。",
]
T6_SIGN = ("溧泉市商务局", "2025年3月20日")

# T7: the old 暂行办法 on the city bureau's portal
T7_NAME = "art_2023_0105_1023.html"
T7_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>溧泉市农贸市场智慧化改造补助暂行办法_规范性文件_溧泉市商务局</title></head>
<body>
<div class="nav">溧泉市商务局　首页　政务公开　规范性文件</div>
<h1>溧泉市农贸市场智慧化改造补助暂行办法</h1>
<div class="info">发布日期：2023-01-09　来源：市商务局</div>
<div class="text">
<p style="text-align:center">溧商规〔2023〕1号</p>
<p>　　第一条　为了鼓励农贸市场开展智慧化改造，制定本办法。</p>
<p>　　第二条　农贸市场安装智慧称重系统的，按照设备投入的20%给予补助，单个市场最高不超过10万元。</p>
<p>　　第三条　本办法自2023年2月1日起施行，有效期2年。</p>
<p style="text-align:right">溧泉市商务局</p>
<p style="text-align:right">2023年1月5日</p>
</div>
<div class="foot">主办：溧泉市商务局</div>
</body>
</html>
"""

# T8: a district notice kept as Markdown
T8_NAME = "文明摊位评选通知.md"
T8_MD = """# 关于开展2025年农贸市场“文明摊位”评选活动的通知

青商〔2025〕9号

各街道办事处，各农贸市场开办者：

为营造文明、整洁的市场环境，区商务局决定在全区农贸市场开展“文明摊位”评选活动。

## 一、评选名额

全区评选“文明摊位”50个，每个给予1000元奖励。

## 二、评选时间

2025年6月1日至8月31日。

溧泉市青岙区商务局

2025年5月6日
"""

# T9: a district notice in Traditional characters on a portal
T9_NAME = "content_20250702_77.html"
T9_TITLE = "溧泉市青岙區人民政府辦公室關於做好農貿市場颱風防範工作的通知"
T9_HTML = f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head><meta charset="utf-8"><title>{T9_TITLE}</title></head>
<body>
<h1>{T9_TITLE}</h1>
<div class="info">發佈時間：2025-07-03　來源：區政府辦公室</div>
<div class="content">
<p style="text-align:center">青政辦〔2025〕21號</p>
<p>各街道辦事處，區直各部門：</p>
<p>　　為做好颱風季節農貿市場安全防範工作，現將有關事項通知如下：</p>
<p>　　一、颱風紅色預警發佈後，農貿市場應當暫停營業，並疏散市場內人員。</p>
<p>　　二、市場開辦者應當在每年6月底前完成頂棚、廣告牌等設施的加固檢查。</p>
<p>　　本通知自印發之日起施行。</p>
<p style="text-align:right">溧泉市青岙區人民政府辦公室</p>
<p style="text-align:right">2025年7月2日</p>
</div>
</body>
</html>
"""


def build_t1():
    doc = docx.Document()
    wd.numbering(doc, 61, [("chineseCounting", "%1、", 640)])
    wd.heading(doc, T1["banner"], T1["number"], T1_TITLE, T1["to"])
    wd.para(doc, T1["lead"])
    for item in T1["items"]:
        wd.numbered(wd.para(doc, item), 61)
    wd.para(doc, "")
    for line in T1["sign"]:
        wd.para(doc, line, align="r")
    for kind, text in T1["forwarded"]:
        wd.para(doc, text, align=kind if kind in "cr" else None, indent=kind == "p")
    doc.save(os.path.join(OUT, T1_NAME))


def build_t6():
    doc = docx.Document()
    wd.numbering(doc, 62, [("chineseCounting", "第%1条", 640)])
    wd.para(doc, T6_TOP[0], align="c", size=26, font="方正小标宋简体")
    wd.para(doc, T6_TOP[1], align="c")
    wd.para(doc, "")
    wd.para(doc, T6_TOP[2], align="c", size=22, font="方正小标宋简体")
    for text in T6_ARTICLES:
        wd.numbered(wd.para(doc, text), 62)
    wd.para(doc, "")
    for line in T6_SIGN:
        wd.para(doc, line, align="r")
    doc.save(os.path.join(OUT, T6_NAME))


def expected(pages):
    base = kit.expectation_base("tune")
    return {
        T1_NAME: {**base, "title": T1_TITLE, "issuer": "溧泉市青岙区商务局",
                  "doc_number": "青商〔2025〕2号", "doc_type": "通知", "issued_on": "2025-01-10"},
        T2_NAME: {**base, "title": T2_TITLE, "issuer": "溧泉市商务局、溧泉市财政局",
                  "doc_number": "溧商〔2025〕18号", "doc_type": "通知",
                  "issued_on": "2025-02-26", "pages": pages["t2"]},
        T3_NAME: {**base, "title": "一图看懂青岙区农贸市场提升改造补助政策",
                  "issuer": "溧泉市青岙区商务局", "doc_type": "解读",
                  "published_on": "2025-04-21"},
        T4_NAME: {**base, "title": "溧泉市市场监督管理局关于开展农贸市场电子秤专项检定的通知",
                  "issuer": "溧泉市市场监督管理局", "doc_number": "溧市监函〔2025〕9号",
                  "doc_type": "通知", "issued_on": "2025-03-12", "effective_on": "2025-03-12",
                  "pages": 1},
        T5_NAME: {**base, "title": "青岙区人民政府办公室关于成立农贸市场提升改造工作专班的通知",
                  "issuer": "溧泉市青岙区人民政府办公室", "doc_number": "青政办〔2025〕16号",
                  "doc_type": "通知", "issued_on": "2025-05-22", "pages": 1},
        T6_NAME: {**base, "title": "溧泉市农贸市场智慧化改造补助办法", "issuer": "溧泉市商务局",
                  "doc_number": "溧商规〔2025〕1号", "doc_type": "办法",
                  "issued_on": "2025-03-20", "effective_on": "2025-05-01"},
        T7_NAME: {**base, "title": "溧泉市农贸市场智慧化改造补助暂行办法", "issuer": "溧泉市商务局",
                  "doc_number": "溧商规〔2023〕1号", "doc_type": "办法",
                  "issued_on": "2023-01-05", "effective_on": "2023-02-01",
                  "published_on": "2023-01-09", "status": "superseded",
                  "superseded_by": T6_NAME},
        T8_NAME: {**base, "title": "关于开展2025年农贸市场“文明摊位”评选活动的通知",
                  "issuer": "溧泉市青岙区商务局", "doc_number": "青商〔2025〕9号",
                  "doc_type": "通知", "issued_on": "2025-05-06"},
        T9_NAME: {**base, "title": T9_TITLE, "issuer": "溧泉市青岙區人民政府辦公室",
                  "doc_number": "青政辦〔2025〕21號", "doc_type": "通知",
                  "issued_on": "2025-07-02", "effective_on": "2025-07-02",
                  "published_on": "2025-07-03"},
    }


q = kit.question_maker("p52t", "tune")


QUESTIONS = [
    q(1, "春节期间农贸市场每天营业到几点？", [["20时"]],
      "每天营业至20时", ["time"], T1_NAME),
    q(2, "青岙区商务局转发春节保供通知的文号是什么？", [["青商〔2025〕2号", "青商[2025]2号"]],
      "青商〔2025〕2号", ["doc_number"], T1_NAME),
    q(3, "市商务局春节保供通知要求重点品种储备多少？", [["2倍"]],
      "重点品种储备量不少于日常销量的2倍", ["number"], T1_NAME),
    q(4, "2025年农贸市场提升改造市级补助资金下达了多少？", [["1260万元"]],
      "市级补助资金1260万元", ["number"], T2_NAME),
    q(5, "下达农贸市场改造补助资金的通知是哪两个部门联合发的？", [["商务局"], ["财政局"]],
      "溧泉市财政局", ["issuer"], T2_NAME),
    q(6, "市级补助资金每个市场补多少？", [["30万元"]],
      "每个市场30万元", ["number"], T2_NAME),
    q(7, "青岙区农贸市场改造补助找谁申请？", [["街道"]],
      "市场开办者向所在街道提出申请", ["fact"], T3_NAME),
    q(8, "电子秤专项检定要收费吗？", [["不收取费用"]],
      "检定不收取费用", ["fact"], T4_NAME),
    q(9, "农贸市场提升改造工作专班办公室设在哪里？", [["区商务局"]],
      "工作专班办公室设在区商务局", ["fact"], T5_NAME),
    q(10, "智慧化改造补助办法从哪天起施行？", [["2025年5月1日"]],
       "本办法自2025年5月1日起施行", ["effective"], T6_NAME),
    q(11, "智慧化改造单个市场最多补多少？", [["15万元"]],
       "单个市场最高不超过15万元", ["number"], T6_NAME),
    q(12, "文明摊位评选多少个？", [["50个"]],
       "全区评选“文明摊位”50个", ["number"], T8_NAME),
    q(13, "文明摊位奖励多少钱？", [["1000元"]],
       "每个给予1000元奖励", ["number"], T8_NAME),
    q(14, "台风红色预警后农贸市场要怎么做？", [["暂停营业", "暫停營業"]],
       "農貿市場應當暫停營業", ["fact"], T9_NAME),
    q(15, "智慧化改造补助办法是什么文号？", [["溧商规〔2025〕1号", "溧商规[2025]1号"]],
       "溧商规〔2025〕1号", ["doc_number"], T6_NAME),
    q(16, "农贸市场的垃圾清运费谁来付？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    build_t1()
    pages = {"t2": kit.make_text_pdf(OUT, T2_NAME, "溧泉市商务局文件", T2_TOP, T2_BODY)}
    kit.write_text(OUT, T3_NAME, T3_TXT)
    kit.render_page(T4_PAGE, seed=5204).save(os.path.join(OUT, T4_NAME))
    img = kit.render_page(T5_PAGE, seed=5205).convert("RGB")
    img.save(os.path.join(OUT, T5_NAME), "PDF", resolution=150)
    build_t6()
    kit.write_text(OUT, T7_NAME, T7_HTML)
    kit.write_text(OUT, T8_NAME, T8_MD)
    kit.write_text(OUT, T9_NAME, T9_HTML)
    kit.write_expectations(HERE, "policy52", "tune", expected(pages), QUESTIONS)
    print("tune files written:", len(expected(pages)), "questions:", len(QUESTIONS))


if __name__ == "__main__":
    main()
