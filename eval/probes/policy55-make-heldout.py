"""policy55 HELD-OUT part: writes the held-out files of eval/probes/policy55-corpus/, their
expected metadata (into policy55-metadata.json beside the tune entries, left as they are) and
their questions (policy55-heldout.jsonl). Fictional city 枫渚市 and its district 柘湾区, the
protection of old and notable trees (古树名木); every text written for this set. Written and
committed before the tune maker (policy55-make.py) and before any code change; not opened again.

Conventions (the README's `list --json` contract):
- doc_number as the file prints it, brackets included (［］, [], 〔〕); a scan's year brackets
  as 〔〕 (OCR cannot tell them apart);
- issuer: the organ's full name with its city (a 解读's: its source organ's);
- a notice that 印发 a 措施/办法 is one file with two rows: the notice's row (key = file name)
  has effective_on null unless the notice has a 施行 clause of its own; the issued document's
  row (key = file name + "#1") has its own title, 文种 and 施行 date, the notice's 文号,
  issuer and dates;
- 「自发布之日起施行」: the page's 发布日期 when it has one, else the document's own date;
  「自…起试行，试行期N年」 and 「有效期…」: effective_on the day it starts;
- pages only for PDFs and images (1 for an image).
Run: .venv/bin/python eval/probes/policy55-make-heldout.py"""

import os
import sys

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_docx as wd  # noqa: E402
import fixture_kit as kit  # noqa: E402

OUT = os.path.join(HERE, "policy55-corpus")
SET = "policy55"

# H1: a city office's 印发 notice as Word: 文号 in full-width ［］ in the page header and under
# the 版头, the 措施's items numbered by Word; the 施行 clause is the 措施's, not the notice's
H1_NAME = "关于印发枫渚市古树名木保护若干措施的通知.docx"
H1_NUMBER = "枫政办发［2025］11号"
H1_TITLE = "枫渚市人民政府办公室关于印发枫渚市古树名木保护若干措施的通知"
H1_DOC = "枫渚市古树名木保护若干措施"
H1_ITEMS = [
    "建立古树名木“一树一档”，2025年底前完成全市古树名木挂牌保护。",
    "古树名木树冠垂直投影外5米范围为保护范围，保护范围内不得新建建筑物。",
    "市财政每年安排古树名木保护专项资金300万元，用于复壮、支撑和病虫害防治。",
    "对发现并报告未登记古树的单位和个人，经认定后给予每株500元奖励。",
    "损害古树名木的，由林业主管部门依法处罚，并纳入信用记录。",
]


def build_h1():
    doc = docx.Document()
    wd.header_footer(doc, H1_NUMBER, "枫渚市人民政府办公室")
    wd.numbering(doc, 551, [("chineseCounting", "%1、", 640)])
    wd.para(doc, "枫渚市人民政府办公室文件", align="c", size=26, font="方正小标宋简体")
    wd.para(doc, H1_NUMBER, align="c")
    wd.para(doc, H1_TITLE, align="c", size=22, font="方正小标宋简体")
    wd.para(doc, "各区人民政府，市政府各部门：", indent=False)
    wd.para(doc, f"《{H1_DOC}》已经市人民政府同意，现印发给你们，请结合实际认真贯彻落实。")
    wd.para(doc, "")
    wd.para(doc, "枫渚市人民政府办公室", align="r")
    wd.para(doc, "二〇二五年六月十二日", align="r")
    wd.para(doc, "（此件公开发布）")
    doc.add_page_break()
    wd.para(doc, H1_DOC, align="c", size=22, font="方正小标宋简体")
    wd.para(doc, "为加强古树名木保护，传承城市历史文脉，结合本市实际，制定以下措施。")
    for item in H1_ITEMS:
        wd.numbered(wd.para(doc, item), 551)
    wd.para(doc, "本措施自2025年8月1日起施行，有效期3年。")
    doc.save(os.path.join(OUT, H1_NAME))


# H2: the revised 办法 as a text PDF under a running header; repeals H3 by title and 文号
H2_NAME = "枫渚市古树名木保护管理办法.pdf"
H2_TITLE = "枫渚市古树名木保护管理办法"
H2_TOP = [("center", "枫林规〔2025〕2号"), ("title", H2_TITLE)]
H2_BODY = [
    ("p", "第一条　为了加强古树名木保护管理，根据有关法律法规，结合本市实际，制定本办法。"),
    ("p", "第二条　本办法所称古树，是指树龄在一百年以上的树木；名木，是指具有重要历史、文化或"
          "纪念意义的树木。"),
    ("p", "第三条　市林业局负责全市古树名木保护管理工作，各区林业主管部门负责本辖区内的具体工作。"),
    ("p", "第四条　古树名木按照树龄分为三级：树龄五百年以上的为一级，三百年以上不满五百年的为二"
          "级，一百年以上不满三百年的为三级。"),
    ("p", "第五条　一级古树名木每年巡查不少于4次，二级、三级古树名木每年巡查不少于2次。"),
    ("p", "第六条　古树名木实行养护责任人制度。生长在单位用地内的，该单位为养护责任人；生长在"
          "居民小区内的，物业服务企业为养护责任人。"),
    ("p", "第七条　禁止在古树名木保护范围内挖坑取土、堆放物料、倾倒污水和设置广告牌。"),
    ("p", "第八条　因重大建设项目确需迁移古树名木的，建设单位应当承担迁移费用和迁移后五年的"
          "养护费用。"),
    ("p", "第九条　养护责任人发现古树名木生长异常的，应当在3日内报告所在区林业主管部门。"),
    ("p", "第十条　本办法自2025年9月1日起施行，有效期5年。《枫渚市古树名木保护管理暂行办法》"
          "（枫林规[2020]1号）同时废止。"),
    ("sign", "枫渚市林业局"),
    ("sign", "2025年7月28日"),
]

# H3: the old 暂行办法, scanned as a png: its 文号 printed in half-width []; 试行期 wording
H3_NAME = "IMG_20200316_1020.png"
H3_PAGE = [
    ("redtitle", "枫渚市林业局"),
    ("center", "枫林规[2020]1号"),
    ("rule", ""),
    ("title", "枫渚市古树名木保护管理暂行办法"),
    ("gap", "10"),
    ("p", "第一条　为保护古树名木资源，制定本办法。"),
    ("p", "第二条　树龄一百年以上的树木为古树，由市林业局统一登记。"),
    ("p", "第三条　古树名木每年巡查不少于1次。"),
    ("p", "第四条　禁止砍伐古树名木。迁移古树名木的，须经市林业局批准。"),
    ("p", "第五条　本办法自发布之日起试行，试行期三年。"),
    ("gap", "40"),
    ("sign", "枫渚市林业局"),
    ("sign", "2020年3月16日"),
]

# H4: a district bureau's 通告 on its portal: chrome, an 信息公开 list with 成文日期 and a later
# 发布日期, 文号 typed in half-width []; 「自发布之日起施行」
H4_NAME = "t20250509_3306.html"
H4_TITLE = "枫渚市柘湾区林业和园林局关于古树名木保护范围内禁止行为的通告"
H4_HTML = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{H4_TITLE}_通知公告_枫渚市柘湾区人民政府</title></head>
<body>
<div class="top">枫渚市柘湾区人民政府　首页　政务公开　政务服务　互动交流</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="xxgk">
<ul>
<li><span>索 引 号：</span>11330703MB1709823X/2025-00041</li>
<li><span>发布机构：</span>柘湾区林业和园林局</li>
<li><span>成文日期：</span>2025年05月06日</li>
<li><span>文　　号：</span>柘林园[2025]4号</li>
<li><span>发布日期：</span>2025年05月09日</li>
</ul>
</div>
<h1>{H4_TITLE}</h1>
<div class="zw">
<p>　　为保护古树名木及其生长环境，现就古树名木保护范围内的禁止行为通告如下：</p>
<p>　　一、禁止在古树名木树干上钉钉、缠绕绳索和悬挂物品。</p>
<p>　　二、禁止攀折古树名木枝条或者采摘其果实、种子。</p>
<p>　　三、禁止在保护范围内燃放烟花爆竹和焚烧杂物。</p>
<p>　　四、违反本通告的，由区林业和园林局责令改正，情节严重的处500元以上2000元以下罚款。</p>
<p>　　本通告自发布之日起施行。</p>
<p style="text-align:right">枫渚市柘湾区林业和园林局</p>
<p style="text-align:right">2025年5月6日</p>
</div>
<div class="tools">【打印本页】　【关闭窗口】</div>
<div class="foot">主办：枫渚市柘湾区人民政府办公室　网站标识码：3307030008</div>
</body>
</html>
"""

# H5: the 办法's 解读 pasted as text from the city portal, chrome and all
H5_NAME = "古树名木保护管理办法政策解读.txt"
H5_TXT = """枫渚市人民政府
首页 | 政务公开 | 政策解读 | 互动交流
《枫渚市古树名木保护管理办法》政策解读
发布时间：2025-08-04 09:30　来源：市林业局　浏览次数：236
一、修订背景
原暂行办法施行已满五年，古树名木保护中出现了养护责任不清、迁移费用无人承担等问题，需要修订。
二、主要变化
一是将古树名木分为三级，分级确定巡查频次；二是明确居民小区内的古树由物业服务企业养护；三是规定迁移古树名木的，建设单位承担迁移后五年的养护费用。
三、施行时间
新办法自2025年9月1日起施行，原暂行办法同时废止。
【打印】【关闭】
"""

# H6: a district office notice scanned into an image-only PDF; 有效期至 wording
H6_NAME = "scan_20251015.pdf"
H6_PAGE = [
    ("redtitle", "枫渚市柘湾区人民政府办公室"),
    ("center", "柘政办〔2025〕7号"),
    ("rule", ""),
    ("title", "枫渚市柘湾区人民政府办公室关于做好"),
    ("title", "古树名木防台风工作的通知"),
    ("gap", "10"),
    ("left", "各街道办事处，区有关部门："),
    ("p", "为减少台风对古树名木的损害，现就做好防台风工作通知如下："),
    ("p", "一、台风来临前，养护责任人应当对古树名木进行支撑加固，修剪枯枝。"),
    ("p", "二、台风过后24小时内，各街道应当完成辖区古树名木受损情况排查。"),
    ("p", "三、受损古树名木的抢救复壮费用由区财政承担。"),
    ("p", "本通知自印发之日起施行，有效期至2026年12月31日。"),
    ("gap", "40"),
    ("sign", "枫渚市柘湾区人民政府办公室"),
    ("sign", "2025年10月15日"),
]

# H7: a district bureau's 印发 notice pasted as text from its page: the 办法（试行）it issues
# starts on a date of its own, 试行期 wording; the notice has no 施行 clause
H7_NAME = "柘湾区古树名木认养办法.txt"
H7_TITLE = "枫渚市柘湾区林业和园林局关于印发《柘湾区古树名木认养办法（试行）》的通知"
H7_DOC = "柘湾区古树名木认养办法（试行）"
H7_TXT = f"""枫渚市柘湾区人民政府
首页 | 政务公开 | 政策文件
{H7_TITLE}
发布时间：2025-09-22　来源：区林业和园林局
柘林园〔2025〕9号
各街道办事处，区有关单位：
现将《{H7_DOC}》印发给你们，请认真组织实施。
枫渚市柘湾区林业和园林局
2025年9月18日
{H7_DOC}
第一条　为鼓励社会力量参与古树名木保护，制定本办法。
第二条　单位和个人可以认养古树名木，认养期限为1至3年。
第三条　认养人按照每株每年2000元的标准缴纳养护费用，专项用于所认养古树名木的养护。
第四条　认养期间，认养人可以在古树名木保护牌上署名，但不得改变古树名木的权属。
第五条　本办法自2025年11月1日起试行，试行期2年。
"""

# H8: a city bureau's notice as a text PDF under a running header; no 施行 clause
H8_NAME = "枫林发〔2025〕21号.pdf"
H8_TITLE = "枫渚市林业局关于开展2025年古树名木资源普查的通知"
H8_TOP = [("title", "枫渚市林业局"), ("center", "枫林发〔2025〕21号"), ("title", H8_TITLE),
          ("left", "各区林业主管部门："),]
H8_BODY = [
    ("p", "为摸清全市古树名木资源底数，市林业局决定开展2025年古树名木资源普查。"),
    ("p", "一、普查对象为全市范围内树龄一百年以上的树木和名木。"),
    ("p", "二、普查时间为2025年4月至9月，各区于2025年9月30日前报送普查成果。"),
    ("p", "三、普查内容包括树种、树龄、胸径、生长状况和权属等，每株古树拍摄照片不少于4张。"),
    ("sign", "枫渚市林业局"),
    ("sign", "2025年3月25日"),
]


def expected(pages):
    base = kit.expectation_base("heldout")
    return {
        H1_NAME: {**base, "title": H1_TITLE, "issuer": "枫渚市人民政府办公室",
                  "doc_number": H1_NUMBER, "doc_type": "通知", "issued_on": "2025-06-12"},
        H1_NAME + "#1": {**base, "title": H1_DOC, "issuer": "枫渚市人民政府办公室",
                         "doc_number": H1_NUMBER, "doc_type": "措施", "issued_on": "2025-06-12",
                         "effective_on": "2025-08-01"},
        H2_NAME: {**base, "title": H2_TITLE, "issuer": "枫渚市林业局",
                  "doc_number": "枫林规〔2025〕2号", "doc_type": "办法",
                  "issued_on": "2025-07-28", "effective_on": "2025-09-01", "pages": pages["h2"]},
        H3_NAME: {**base, "title": "枫渚市古树名木保护管理暂行办法", "issuer": "枫渚市林业局",
                  "doc_number": "枫林规〔2020〕1号", "doc_type": "办法",
                  "issued_on": "2020-03-16", "effective_on": "2020-03-16",
                  "status": "superseded", "superseded_by": H2_NAME, "pages": 1},
        H4_NAME: {**base, "title": H4_TITLE, "issuer": "枫渚市柘湾区林业和园林局",
                  "doc_number": "柘林园[2025]4号", "doc_type": "通告",
                  "issued_on": "2025-05-06", "effective_on": "2025-05-09",
                  "published_on": "2025-05-09"},
        H5_NAME: {**base, "title": "《枫渚市古树名木保护管理办法》政策解读",
                  "issuer": "枫渚市林业局", "doc_type": "解读", "published_on": "2025-08-04"},
        H6_NAME: {**base, "title": "枫渚市柘湾区人民政府办公室关于做好古树名木防台风工作的通知",
                  "issuer": "枫渚市柘湾区人民政府办公室", "doc_number": "柘政办〔2025〕7号",
                  "doc_type": "通知", "issued_on": "2025-10-15", "effective_on": "2025-10-15",
                  "pages": 1},
        H7_NAME: {**base, "title": H7_TITLE, "issuer": "枫渚市柘湾区林业和园林局",
                  "doc_number": "柘林园〔2025〕9号", "doc_type": "通知",
                  "issued_on": "2025-09-18", "published_on": "2025-09-22"},
        H7_NAME + "#1": {**base, "title": H7_DOC, "issuer": "枫渚市柘湾区林业和园林局",
                         "doc_number": "柘林园〔2025〕9号", "doc_type": "办法",
                         "issued_on": "2025-09-18", "effective_on": "2025-11-01",
                         "published_on": "2025-09-22"},
        H8_NAME: {**base, "title": H8_TITLE, "issuer": "枫渚市林业局",
                  "doc_number": "枫林发〔2025〕21号", "doc_type": "通知",
                  "issued_on": "2025-03-25", "pages": pages["h8"]},
    }


q = kit.question_maker("p55h", "heldout")

QUESTIONS = [
    q(1, "古树名木保护范围是树冠投影外多少米？", [["5米"]],
      "古树名木树冠垂直投影外5米范围为保护范围", ["number"], H1_NAME),
    q(2, "市里每年给古树名木保护安排多少专项资金？", [["300万元"]],
      "每年安排古树名木保护专项资金300万元", ["number"], H1_NAME),
    q(3, "古树名木保护若干措施从哪天开始施行？", [["2025年8月1日"]],
      "本措施自2025年8月1日起施行", ["effective"], H1_NAME),
    q(4, "二级古树名木一年至少巡查几次？", [["2次"]],
      "二级、三级古树名木每年巡查不少于2次", ["number"], H2_NAME),
    q(5, "居民小区里的古树由谁负责养护？", [["物业服务企业"]],
      "物业服务企业为养护责任人", ["fact"], H2_NAME),
    q(6, "迁移古树名木后几年的养护费由建设单位承担？", [["五年"]],
      "承担迁移费用和迁移后五年的养护费用", ["number"], H2_NAME),
    q(7, "在古树名木上钉钉子情节严重的最多罚多少钱？", [["2000元"]],
      "情节严重的处500元以上2000元以下罚款", ["number"], H4_NAME),
    q(8, "台风过后多长时间内要完成古树受损排查？", [["24小时"]],
      "台风过后24小时内", ["number"], H6_NAME),
    q(9, "认养古树名木每株每年交多少养护费？", [["2000元"]],
      "每株每年2000元的标准缴纳养护费用", ["number"], H7_NAME),
    q(10, "古树名木认养办法试行期多长？", [["2年"]],
       "试行期2年", ["validity"], H7_NAME),
    q(11, "古树名木资源普查每株古树要拍几张照片？", [["4张"]],
       "每株古树拍摄照片不少于4张", ["number"], H8_NAME),
    q(12, "古树名木养护工人的工资标准是多少？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    build_h1()
    pages = {
        "h2": kit.make_text_pdf(OUT, H2_NAME, "枫渚市林业局行政规范性文件", H2_TOP, H2_BODY),
        "h8": kit.make_text_pdf(OUT, H8_NAME, "枫渚市林业局", H8_TOP, H8_BODY),
    }
    kit.render_page(H3_PAGE, seed=5503).save(os.path.join(OUT, H3_NAME))
    img = kit.render_page(H6_PAGE, seed=5506).convert("RGB")
    img.save(os.path.join(OUT, H6_NAME), "PDF", resolution=150)
    kit.write_text(OUT, H4_NAME, H4_HTML)
    kit.write_text(OUT, H5_NAME, H5_TXT)
    kit.write_text(OUT, H7_NAME, H7_TXT)
    kit.write_expectations(HERE, SET, "heldout", expected(pages), QUESTIONS)


if __name__ == "__main__":
    main()
