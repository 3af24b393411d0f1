"""policy51 HELD-OUT part: writes the held-out files of eval/probes/policy51-corpus/, their
expected metadata (policy51-metadata.json, tune entries left as they are) and their questions
(policy51-heldout.jsonl). Fictional city 榆川市, subsidies for replacing old gas pipes; every text
written for this set. Committed alone before the tune maker (policy51-make.py) and any code.
Run: .venv/bin/python eval/probes/policy51-make-heldout.py"""

import os

import docx
import fixture_docx as wd
import fixture_kit as kit

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy51-corpus")


# H1: a 政府规章 as a text PDF: the 令 page, then the 办法 with its 题注; running headers
H1_NAME = "榆川市城镇燃气管道老化更新改造管理办法.pdf"
H1_HEADER = "榆川市人民政府规章"
H1_TOP = [
    ("center", "榆川市人民政府令"),
    ("center", "第8号"),
    ("left", "　　《榆川市城镇燃气管道老化更新改造管理办法》已经2025年3月5日市人民政府第12次常务会议"
             "通过，现予公布，自2025年5月1日起施行。"),
    ("right", "市长　周明远"),
    ("right", "2025年3月20日"),
    ("title", "榆川市城镇燃气管道老化更新改造管理办法"),
    ("center", "（2025年3月5日市人民政府第12次常务会议通过　2025年3月20日市人民政府令第8号公布"
               "　自2025年5月1日起施行）"),
]
H1_BODY = [
    ("p", "第一条　为了消除城镇燃气管道老化带来的安全隐患，保障人民群众生命财产安全，根据有关法律法规，"
          "结合本市实际，制定本办法。"),
    ("p", "第二条　本市行政区域内城镇燃气市政管道、庭院管道、立管和户内设施的老化更新改造，适用本办法。"),
    ("p", "第三条　市住房和城乡建设局负责全市燃气管道老化更新改造的组织实施和监督管理。"),
    ("p", "第四条　使用年限超过20年的灰口铸铁管道、镀锌钢管，以及经评估存在安全隐患的管道，应当纳入更新改造计划。"),
    ("p", "第五条　庭院管道和立管更新改造费用由燃气企业、政府和居民合理共担，居民个人出资部分不超过总费用的30%。"),
    ("p", "第六条　燃气企业应当在施工前7日在小区显著位置公示施工时间和停气范围。"),
    ("p", "第七条　居民无正当理由拒绝户内设施更新改造的，燃气企业可以依法暂停供气。"),
    ("p", "第八条　本办法自2025年5月1日起施行。"),
]

# H2: a housing bureau notice scanned as a png; 文号 in full-width square brackets;
# 「自印发之日起30日后施行」
H2_NAME = "IMG_20250410_0932.png"
H2_PAGE = [
    ("redtitle", "榆川市住房和城乡建设局文件"),
    ("center", "榆建燃［2025］14号"),
    ("rule", ""),
    ("title", "榆川市住房和城乡建设局关于做好居民户内燃气老旧管道更换工作的通知"),
    ("gap", "20"),
    ("left", "各区住房和城乡建设局，各燃气企业："),
    ("p", "一、更换范围。居民户内使用超过15年的燃气胶管、老旧阀门和橡胶软管，一律更换为金属波纹管。"),
    ("p", "二、入户安排。燃气企业应当提前3日通知居民，上门更换时须出示工作证件。"),
    ("p", "三、费用。金属波纹管及安装费用由燃气企业承担，居民不另付费。"),
    ("p", "本通知自印发之日起30日后施行。"),
    ("gap", "40"),
    ("sign", "榆川市住房和城乡建设局"),
    ("sign", "2025年4月10日"),
]

# H3: a finance bureau notice as Word: 文号 and 签发日期 only in a table under the 版头 and in the
# page header; no date under the 落款
H3_NAME = "关于下达2025年老旧燃气管道更新改造市级补助资金的通知.docx"
H3 = {
    "header": "榆川市财政局　榆财建〔2025〕21号",
    "banner": "榆川市财政局",
    "table": [["文　号", "榆财建〔2025〕21号"], ["签发日期", "2025年4月28日"], ["公开方式", "主动公开"]],
    "title": "榆川市财政局关于下达2025年老旧燃气管道更新改造市级补助资金的通知",
    "to": "各区财政局：",
    "body": [
        "根据《榆川市城镇燃气管道老化更新改造管理办法》，现下达2025年老旧燃气管道更新改造市级补助资金"
        "6800万元，用于庭院管道和立管改造。",
        "市级补助按改造管道长度计算，每公里补助45万元，由各区统筹使用。",
        "各区应当于2025年11月30日前将资金使用情况报市财政局。",
        "本通知自2025年6月1日起施行。",
    ],
    "sign": "榆川市财政局",
}

# H4: a 公告 on the housing bureau's portal, 有效期至; 「自发布之日起施行」
H4_NAME = "t20250507_3361.html"
H4_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>榆川市住房和城乡建设局关于2025年老旧燃气管道改造居民补贴申报的公告_通知公告_榆川市住房和城乡建设局</title></head>
<body>
<div class="head"><a href="/">榆川市住房和城乡建设局</a> <a href="/en/">English</a></div>
<div class="crumb">当前位置：首页 &gt; 通知公告</div>
<div class="article">
<h2>榆川市住房和城乡建设局关于2025年老旧燃气管道改造居民补贴申报的公告</h2>
<div class="meta">发布时间：2025-05-07 09:15　　信息来源：榆川市住房和城乡建设局　　阅读：1208</div>
<div class="content">
<p>　　为做好老旧燃气管道更新改造居民补贴发放工作，现将有关事项公告如下：</p>
<p>　　一、补贴对象。纳入2025年改造计划小区、自愿更换户内燃气灶具熄火保护装置的居民家庭。</p>
<p>　　二、补贴标准。每户一次性补贴300元；低保、特困家庭每户补贴600元。</p>
<p>　　三、申报方式。居民通过“榆川燃气”小程序或者向所在社区提交申请。</p>
<p>　　四、本公告自发布之日起施行，有效期至2026年12月31日。</p>
<p style="text-align:right">榆川市住房和城乡建设局</p>
<p style="text-align:right">2025年5月6日</p>
</div>
</div>
<div class="foot">版权所有：榆川市住房和城乡建设局　ICP备案号：陇ICP备11002345号</div>
</body>
</html>
"""

# H5: a 解读 pasted from a portal as text with its chrome, 发布时间 and 来源 on one line
H5_NAME = "燃气管道更新改造办法政策解读.txt"
H5_TXT = """榆川市住房和城乡建设局
首页 | 政务公开 | 政策解读 | 互动交流
当前位置：首页 > 政务公开 > 政策解读
《榆川市城镇燃气管道老化更新改造管理办法》政策解读
发布时间：2025-03-26 10:32　　来源：市住房和城乡建设局　　【字号：大 中 小】
一、为什么出台《办法》？
我市部分小区燃气管道建成年代早、老化严重，存在泄漏风险，需要以规章形式明确改造责任。
二、哪些管道要改？
使用年限超过20年的灰口铸铁管道、镀锌钢管，以及经评估存在安全隐患的管道。
三、居民要出多少钱？
庭院管道和立管改造费用由燃气企业、政府和居民共担，居民个人出资部分不超过总费用的30%。
四、施工前会通知吗？
燃气企业应当在施工前7日公示施工时间和停气范围。
【打印本页】【关闭窗口】
"""


def build_h3():
    doc = docx.Document()
    wd.header_footer(doc, H3["header"], "榆川市财政局")
    wd.para(doc, H3["banner"], align="c", size=26, font="方正小标宋简体")
    wd.table(doc, H3["table"])
    wd.para(doc, "")
    wd.para(doc, H3["title"], align="c", size=22, font="方正小标宋简体")
    wd.para(doc, H3["to"], indent=False)
    for text in H3["body"]:
        wd.para(doc, text)
    wd.para(doc, "")
    wd.para(doc, H3["sign"], align="r")
    doc.save(os.path.join(OUT, H3_NAME))


def expected(pages):
    base = kit.expectation_base("heldout")
    return {
        H1_NAME: {**base, "title": "榆川市城镇燃气管道老化更新改造管理办法",
                  "issuer": "榆川市人民政府", "doc_number": "榆川市人民政府令第8号",
                  "doc_type": "办法", "issued_on": "2025-03-20", "effective_on": "2025-05-01",
                  "pages": pages["h1"]},
        H2_NAME: {**base, "title": "榆川市住房和城乡建设局关于做好居民户内燃气老旧管道更换工作的通知",
                  "issuer": "榆川市住房和城乡建设局", "doc_number": "榆建燃［2025］14号",
                  "doc_type": "通知", "issued_on": "2025-04-10", "effective_on": "2025-05-10",
                  "pages": 1},
        H3_NAME: {**base, "title": "榆川市财政局关于下达2025年老旧燃气管道更新改造市级补助资金的通知",
                  "issuer": "榆川市财政局", "doc_number": "榆财建〔2025〕21号",
                  "doc_type": "通知", "issued_on": "2025-04-28", "effective_on": "2025-06-01"},
        H4_NAME: {**base, "title": "榆川市住房和城乡建设局关于2025年老旧燃气管道改造居民补贴申报的公告",
                  "issuer": "榆川市住房和城乡建设局", "doc_type": "公告",
                  "issued_on": "2025-05-06", "effective_on": "2025-05-06",
                  "published_on": "2025-05-07"},
        H5_NAME: {**base, "title": "《榆川市城镇燃气管道老化更新改造管理办法》政策解读",
                  "issuer": "榆川市住房和城乡建设局", "doc_type": "解读",
                  "published_on": "2025-03-26"},
    }


def q(i, question, facts, evidence, kind, doc=None, section=None):
    row = {"id": f"p51h{i:02d}", "lang": "zh", "question": question,
           "answerable": bool(facts), "facts": facts, "evidence": evidence, "split": "heldout",
           "kind": kind}
    if doc:
        row["doc"] = doc
        row["superseded"] = False
    if section:
        row["section"] = section
    return row


QUESTIONS = [
    q(1, "榆川市燃气管道老化更新改造管理办法哪天开始施行？", [["2025年5月1日"]],
      "自2025年5月1日起施行", ["effective"], H1_NAME, "第八条"),
    q(2, "燃气管道老化更新改造管理办法是市政府令第几号？", [["第8号"]],
      "2025年3月20日市人民政府令第8号公布", ["doc_number"], H1_NAME),
    q(3, "燃气管道改造办法是在市政府第几次常务会议上通过的？", [["第12次"]],
      "2025年3月5日市人民政府第12次常务会议通过", ["fact"], H1_NAME),
    q(4, "用了多少年的镀锌钢管要纳入更新改造计划？", [["20年"]],
      "使用年限超过20年的灰口铸铁管道、镀锌钢管", ["number"], H1_NAME, "第四条"),
    q(5, "居民户内燃气老旧管道更换的通知从哪天起施行？", [["2025年5月10日", "印发之日起30日后"]],
      "本通知自印发之日起30日后施行", ["effective"], H2_NAME),
    q(6, "户内燃气老旧管道更换通知的文号是什么？",
      [["榆建燃［2025］14号", "榆建燃〔2025〕14号", "榆建燃[2025]14号"]],
      "榆建燃［2025］14号", ["doc_number"], H2_NAME),
    q(7, "换成金属波纹管居民要掏钱吗？", [["燃气企业承担", "不另付费"]],
      "金属波纹管及安装费用由燃气企业承担，居民不另付费", ["fact"], H2_NAME),
    q(8, "下达老旧燃气管道改造市级补助资金的通知文号是多少？", [["榆财建〔2025〕21号"]],
      "榆财建〔2025〕21号", ["doc_number"], H3_NAME),
    q(9, "市级补助资金每公里补助多少？", [["45万元"]],
      "每公里补助45万元", ["number"], H3_NAME),
    q(10, "老旧燃气管道改造居民补贴申报公告的有效期到哪天？", [["2026年12月31日"]],
       "有效期至2026年12月31日", ["validity"], H4_NAME),
    q(11, "低保家庭换熄火保护装置每户补贴多少钱？", [["600元"]],
       "低保、特困家庭每户补贴600元", ["number"], H4_NAME),
    q(12, "燃气表多少年要强制检定一次？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    pages = {"h1": kit.make_text_pdf(OUT, H1_NAME, H1_HEADER, H1_TOP, H1_BODY)}
    kit.render_page(H2_PAGE, seed=51).save(os.path.join(OUT, H2_NAME))
    build_h3()
    kit.write_text(OUT, H4_NAME, H4_HTML)
    kit.write_text(OUT, H5_NAME, H5_TXT)
    kit.write_expectations(HERE, "policy51", "heldout", expected(pages), QUESTIONS)
    print("held-out files written:", len(expected(pages)), "questions:", len(QUESTIONS))


if __name__ == "__main__":
    main()
