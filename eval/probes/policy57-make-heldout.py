"""policy57 HELD-OUT part: writes the held-out files of eval/probes/policy57-corpus/, their
expected metadata (policy57-metadata.json, held-out entries) and their questions
(policy57-heldout.jsonl). Fictional city 沂滨市 and its district 澜坪区, the running and upkeep of
rural household sewage works (农村生活污水处理设施运行维护); every text written for this set.
Written and committed before the tune maker (policy57-make.py) and before any code change; its
files are read afterwards only as counts (bench/metadata.py, bench/probes.py).

Conventions (the README contract; as policy55's):
- 文号 as printed in the file (Word's page header, a page's 【】, a PDF's 〔〕); scans print 〔〕.
- 「自发布之日起施行」 takes the page's 发布日期 when it has one, else the document's own date.
- No file here is a notice issuing a document that carries a 施行 clause of its own (the open
  convention stays untested); the 印发 notice below issues a 方案 with no date of its own and has
  no clause itself, so its row has effective_on null under either reading.
- A 解读 / 答记者问 has no 文号, issued_on or effective_on of its own, only published_on.
- pages: PDFs their page count, an image 1, other formats null.
Run: .venv/bin/python eval/probes/policy57-make-heldout.py"""

import os
import sys

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_docx as wd  # noqa: E402
import fixture_kit as kit  # noqa: E402

OUT = os.path.join(HERE, "policy57-corpus")
SET = "policy57"
q = kit.question_maker("p57h", "heldout")

CITY = "沂滨市"
BUREAU = "沂滨市水务局"

# H1: the revised 办法 as Word: the 文号 (half-width []) only in the page header, chapters typed,
# articles numbered by Word, dated in Chinese numerals; repeals H2 by title and 文号
H1_NAME = "沂滨市农村生活污水处理设施运行维护管理办法.docx"
H1_TITLE = "沂滨市农村生活污水处理设施运行维护管理办法"
H1_NUMBER = "沂水规[2025]4号"
H1_BODY = [
    ("chapter", "第一章　总则"),
    ("art", "为了保障农村生活污水处理设施稳定运行，改善农村人居环境，结合本市实际，制定本办法。"),
    ("art", "本办法所称农村生活污水处理设施，是指处理规模在500吨/日以下的村级污水处理站点及其配套管网。"),
    ("chapter", "第二章　运行维护"),
    ("art", "设施运行维护实行区级统筹、镇级管理、第三方专业单位具体实施的模式。"),
    ("art", "运维单位对日处理能力20吨以上的站点每周巡检不少于1次，对其他站点每月巡检不少于2次。"),
    ("art", "站点出现停运的，运维单位应当在48小时内恢复运行；不能按时恢复的，应当报告所在镇人民政府。"),
    ("chapter", "第三章　考核与经费"),
    ("art", "区水行政主管部门每季度对运维单位开展一次考核，考核结果与运维费用拨付挂钩。"),
    ("art", "市财政对考核结果为优秀的区，按每个站点每年3000元的标准给予奖补。"),
    ("chapter", "第四章　附则"),
    ("art", "本办法自2025年11月1日起施行，有效期5年。2021年印发的《沂滨市农村生活污水处理设施运行管理暂行办法》"
            "（沂水规〔2021〕3号）同时废止。"),
]


def build_h1():
    doc = docx.Document()
    wd.header_footer(doc, H1_NUMBER, BUREAU)
    wd.numbering(doc, 571, [("chineseCounting", "第%1条", 640)])
    wd.para(doc, H1_TITLE, align="c", size=22, font="方正小标宋简体")
    wd.para(doc, "")
    for kind, text in H1_BODY:
        if kind == "chapter":
            wd.para(doc, text, align="c", size=16, font="黑体")
        else:
            wd.numbered(wd.para(doc, text), 571)
    wd.para(doc, "")
    wd.para(doc, BUREAU, align="r")
    wd.para(doc, "二〇二五年九月十二日", align="r")
    doc.save(os.path.join(OUT, H1_NAME))


# H2: the old 暂行办法 scanned into an image-only PDF of two pages (版头, 〔〕 文号)
H2_NAME = "scan_20210415.pdf"
H2_TITLE = "沂滨市农村生活污水处理设施运行管理暂行办法"
H2_PAGE1 = [
    ("redtitle", "沂滨市水务局文件"),
    ("center", "沂水规〔2021〕3号"),
    ("rule", ""),
    ("title", "沂滨市农村生活污水处理设施"),
    ("title", "运行管理暂行办法"),
    ("gap", "10"),
    ("p", "第一条　为了加强农村生活污水处理设施运行管理，根据有关规定，制定本办法。"),
    ("p", "第二条　本市行政区域内村级污水处理站点的运行管理，适用本办法。"),
    ("p", "第三条　设施运行管理由所在镇人民政府负责，可以委托专业单位实施。"),
    ("p", "第四条　运维单位对各站点每月巡检不少于1次，并做好巡检记录。"),
    ("p", "第五条　站点出现停运的，运维单位应当在72小时内恢复运行。"),
]
H2_PAGE2 = [
    ("p", "第六条　区水行政主管部门每半年对设施运行情况开展一次检查。"),
    ("p", "第七条　本办法自2021年5月1日起施行。"),
    ("gap", "60"),
    ("sign", "沂滨市水务局"),
    ("sign", "二〇二一年四月十五日"),
]


# H3: a district bureau's notice on the district portal with its chrome; 文号 in 【】, the page's
# 发布时间 two days after its 落款
H3_NAME = "t20251017_5521.html"
H3_TITLE = "沂滨市澜坪区农业农村局关于开展2025年度农村生活污水处理设施运维考核的通知"
H3_HTML = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{H3_TITLE}_沂滨市澜坪区人民政府</title></head>
<body>
<div class="head">沂滨市澜坪区人民政府　首页　政务公开　政务服务　互动交流</div>
<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<h1>{H3_TITLE}</h1>
<div class="info">发布时间：2025-10-17 09:30:12　来源：区农业农村局　浏览次数：
<span>字体：大 中 小</span>　<a>打印</a>　<a>关闭</a></div>
<div class="article">
<p style="text-align:center">澜农【2025】31号</p>
<p>各镇人民政府、街道办事处，各运维单位：</p>
<p>　　为掌握全区农村生活污水处理设施运行情况，经研究，决定开展2025年度运维考核。现将有关事项通知如下：</p>
<p>　　一、考核对象</p>
<p>　　全区已建成投运的村级污水处理站点共146个及其运维单位。</p>
<p>　　二、考核方式</p>
<p>　　考核采取资料查阅与现场抽查相结合的方式，每个镇抽查站点不少于5个。</p>
<p>　　三、时间安排</p>
<p>　　各运维单位于2025年11月10日前报送自查报告，现场抽查于11月底前完成。</p>
<p style="text-align:right">沂滨市澜坪区农业农村局</p>
<p style="text-align:right">2025年10月15日</p>
</div>
<div class="share">分享到：微信　微博</div>
<div class="foot">主办：沂滨市澜坪区人民政府办公室　网站标识码：3709990012</div>
</body>
</html>
"""

# H4: a 解读 of H1 pasted from the city portal as text, with the page's chrome
H4_NAME = "运维管理办法政策解读.txt"
H4_TITLE = "《沂滨市农村生活污水处理设施运行维护管理办法》政策解读"
H4_TXT = f"""沂滨市人民政府门户网站
首页 > 政策 > 政策解读
{H4_TITLE}
发布时间：2025年09月18日 16:20　来源：市水务局
字体：【大 中 小】　打印本页　关闭窗口

一、起草背景
　　2021年以来，全市已建成村级污水处理站点680余个，原暂行办法对巡检频次、停运处置等要求较为笼统，需要修订完善。

二、主要内容
　　《办法》明确了区级统筹、镇级管理、第三方专业单位具体实施的运维模式；将站点停运后的恢复时限由72小时缩短为48小时；规定区水行政主管部门每季度开展一次考核。

三、施行时间
　　《办法》自2025年11月1日起施行，有效期5年。

【打印】【关闭】
主办：沂滨市人民政府办公室　　网站标识码：3709990001
"""

# H5: an 答记者问 on the bureau's portal; the date in the head without a label
H5_NAME = "art_20250919_0346.html"
H5_TITLE = "市水务局负责人就《沂滨市农村生活污水处理设施运行维护管理办法》答记者问"
H5_HTML = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{H5_TITLE}_沂滨市水务局</title></head>
<body>
<div class="nav">沂滨市水务局　首页　机构概况　政务公开　政策解读</div>
<div class="title"><h2>{H5_TITLE}</h2></div>
<div class="time">2025年09月19日 10:15　　来源：沂滨市水务局</div>
<div class="content">
<p>　　近日，市水务局修订出台《沂滨市农村生活污水处理设施运行维护管理办法》。市水务局负责人就相关问题回答了记者提问。</p>
<p>　　问：运维费用如何保障？</p>
<p>　　答：运维费用由区级财政统筹安排，市财政对考核优秀的区按每个站点每年3000元给予奖补。</p>
<p>　　问：群众发现站点停运可以向哪里反映？</p>
<p>　　答：群众可以拨打12345政务服务便民热线反映，运维单位接到转办后应当在48小时内恢复运行。</p>
</div>
<div class="bottom">上一篇：全市农村水利工作会议召开　下一篇：无</div>
</body>
</html>
"""

# H6: the district office's 印发 notice with the 方案 as a booklet PDF with a cover page
H6_NAME = "澜坪区农村生活污水治理提质增效三年行动方案.pdf"
H6_DOC = "澜坪区农村生活污水治理提质增效三年行动方案（2025—2027年）"
H6_TITLE = f"沂滨市澜坪区人民政府办公室关于印发{H6_DOC}的通知"
H6_COVER = [
    ("big", H6_DOC),
    ("other", "沂滨市澜坪区人民政府办公室"),
    ("other", "二〇二五年六月"),
]
H6_TOP = [
    ("center", "澜政办发〔2025〕19号"),
    ("title", H6_TITLE),
    ("left", "各镇人民政府、街道办事处，区有关部门："),
]
H6_BODY = [
    ("p", f"《{H6_DOC}》已经区政府同意，现印发给你们，请认真组织实施。"),
    ("right", "沂滨市澜坪区人民政府办公室"),
    ("right", "2025年6月20日"),
    ("title", H6_DOC),
    ("h", "一、工作目标"),
    ("p", "到2027年底，全区农村生活污水治理率达到75%以上，已建站点正常运行率保持在90%以上。"),
    ("h", "二、重点任务"),
    ("p", "（一）新建改造一批站点。三年内新建村级污水处理站点30个，改造提升老旧站点42个。"),
    ("p", "（二）推行智慧运维。2026年底前，日处理能力20吨以上的站点全部安装在线监测设备。"),
    ("h", "三、保障措施"),
    ("p", "区财政每年安排农村生活污水治理专项资金不少于1200万元。"),
]

# H7: a district government 通告 scanned as a png, dated in Chinese numerals
H7_NAME = "IMG_20250808_1432.png"
H7_TITLE = "沂滨市澜坪区人民政府关于划定农村生活污水处理设施保护范围的通告"
H7_PAGE = [
    ("redtitle", "沂滨市澜坪区人民政府"),
    ("center", "澜政告〔2025〕2号"),
    ("rule", ""),
    ("title", "沂滨市澜坪区人民政府关于划定农村"),
    ("title", "生活污水处理设施保护范围的通告"),
    ("gap", "10"),
    ("p", "为保障农村生活污水处理设施安全运行，现将有关事项通告如下："),
    ("p", "一、村级污水处理站点围墙外5米以内为设施保护范围。"),
    ("p", "二、在保护范围内禁止堆放垃圾、倾倒废渣和擅自接入工业废水。"),
    ("p", "三、本通告自发布之日起施行。"),
    ("gap", "40"),
    ("sign", "沂滨市澜坪区人民政府"),
    ("sign", "二〇二五年八月八日"),
]

# H8: a city bureau's one-page notice as a text PDF under a running header, 有效期至
H8_NAME = "沂环规〔2025〕2号.pdf"
H8_TITLE = "沂滨市生态环境局关于加强农村生活污水处理设施出水水质监测的通知"
H8_TOP = [("center", "沂环规〔2025〕2号"), ("title", H8_TITLE)]
H8_BODY = [
    ("p", "各区生态环境分局，各有关单位："),
    ("p", "一、日处理能力20吨以上的站点，每季度至少开展一次出水水质监测；其他站点每半年至少监测一次。"),
    ("p", "二、监测结果连续两次超标的，所在区生态环境分局应当督促运维单位在30日内完成整改。"),
    ("p", "三、本通知自印发之日起施行，有效期至2027年12月31日。"),
    ("sign", "沂滨市生态环境局"),
    ("sign", "2025年7月4日"),
]


def expected(pages):
    base = kit.expectation_base("heldout")
    return {
        H1_NAME: {**base, "title": H1_TITLE, "issuer": BUREAU, "doc_number": H1_NUMBER,
                  "doc_type": "办法", "issued_on": "2025-09-12", "effective_on": "2025-11-01"},
        H2_NAME: {**base, "title": H2_TITLE, "issuer": BUREAU, "doc_number": "沂水规〔2021〕3号",
                  "doc_type": "办法", "issued_on": "2021-04-15", "effective_on": "2021-05-01",
                  "status": "superseded", "superseded_by": H1_NAME, "pages": 2},
        H3_NAME: {**base, "title": H3_TITLE, "issuer": "沂滨市澜坪区农业农村局",
                  "doc_number": "澜农【2025】31号", "doc_type": "通知", "issued_on": "2025-10-15",
                  "published_on": "2025-10-17"},
        H4_NAME: {**base, "title": H4_TITLE, "issuer": BUREAU, "doc_type": "解读",
                  "published_on": "2025-09-18"},
        H5_NAME: {**base, "title": H5_TITLE, "issuer": BUREAU, "doc_type": "答记者问",
                  "published_on": "2025-09-19"},
        H6_NAME: {**base, "title": H6_TITLE, "issuer": "沂滨市澜坪区人民政府办公室",
                  "doc_number": "澜政办发〔2025〕19号", "doc_type": "通知",
                  "issued_on": "2025-06-20", "pages": pages["h6"]},
        H7_NAME: {**base, "title": H7_TITLE, "issuer": "沂滨市澜坪区人民政府",
                  "doc_number": "澜政告〔2025〕2号", "doc_type": "通告", "issued_on": "2025-08-08",
                  "effective_on": "2025-08-08", "pages": 1},
        H8_NAME: {**base, "title": H8_TITLE, "issuer": "沂滨市生态环境局",
                  "doc_number": "沂环规〔2025〕2号", "doc_type": "通知", "issued_on": "2025-07-04",
                  "effective_on": "2025-07-04", "pages": pages["h8"]},
    }


QUESTIONS = [
    q(1, "日处理20吨以上的污水站点多久巡检一次？", [["每周"], ["1次"]],
      "对日处理能力20吨以上的站点每周巡检不少于1次", ["number"], H1_NAME, section="第四条"),
    q(2, "污水站点停运了运维单位要在多长时间内恢复？", [["48小时"]],
      "运维单位应当在48小时内恢复运行", ["current_version", "number"], H1_NAME),
    q(3, "新的农村生活污水设施运维管理办法什么时候开始施行？", [["2025年11月1日"]],
      "本办法自2025年11月1日起施行", ["effective"], H1_NAME),
    q(4, "市财政对考核优秀的区每个站点每年奖补多少钱？", [["3000元"]],
      "按每个站点每年3000元的标准给予奖补", ["number"], H1_NAME),
    q(5, "澜坪区这次运维考核每个镇至少抽查几个站点？", [["5个"]],
      "每个镇抽查站点不少于5个", ["number"], H3_NAME),
    q(6, "运维考核的自查报告什么时候之前要交？", [["2025年11月10日"]],
      "于2025年11月10日前报送自查报告", ["date"], H3_NAME),
    q(7, "群众发现污水站点停运可以打什么电话反映？", [["12345"]],
      "群众可以拨打12345政务服务便民热线反映", ["fact"], H5_NAME),
    q(8, "澜坪区到2027年底农村生活污水治理率要达到多少？", [["75%"]],
      "全区农村生活污水治理率达到75%以上", ["number"], H6_NAME),
    q(9, "澜坪区每年安排多少污水治理专项资金？", [["1200万元"]],
      "每年安排农村生活污水治理专项资金不少于1200万元", ["number"], H6_NAME),
    q(10, "污水处理站点的保护范围是围墙外多少米？", [["5米"]],
      "村级污水处理站点围墙外5米以内为设施保护范围", ["number"], H7_NAME),
    q(11, "出水水质监测连续两次超标要在多少天内整改完？", [["30日"]],
      "督促运维单位在30日内完成整改", ["number"], H8_NAME),
    q(12, "出水水质监测那个通知的有效期到什么时候？", [["2027年12月31日"]],
      "有效期至2027年12月31日", ["validity"], H8_NAME),
    q(13, "运维单位的人员要持什么证书上岗？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    build_h1()
    p1 = kit.render_page(H2_PAGE1, seed=5702).convert("RGB")
    p2 = kit.render_page(H2_PAGE2, seed=5703).convert("RGB")
    p1.save(os.path.join(OUT, H2_NAME), "PDF", resolution=150, save_all=True, append_images=[p2])
    kit.write_text(OUT, H3_NAME, H3_HTML)
    kit.write_text(OUT, H4_NAME, H4_TXT)
    kit.write_text(OUT, H5_NAME, H5_HTML)
    pages = {
        "h6": kit.make_cover_pdf(OUT, H6_NAME, "澜坪区人民政府办公室", H6_COVER, H6_TOP, H6_BODY),
        "h8": kit.make_text_pdf(OUT, H8_NAME, "沂滨市生态环境局行政规范性文件", H8_TOP, H8_BODY),
    }
    kit.render_page(H7_PAGE, seed=5707).save(os.path.join(OUT, H7_NAME))
    kit.write_expectations(HERE, SET, "heldout", expected(pages), QUESTIONS)


if __name__ == "__main__":
    main()
