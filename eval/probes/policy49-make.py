"""policy49 TUNE part: writes the tune files of eval/probes/policy49-corpus/, their expected
metadata (into policy49-metadata.json beside the held-out entries, which it leaves as they are
without reading them out) and their questions (policy49-tune.jsonl). Fictional city 岚溪市 and
its district 石埠区, community canteens for older people; every text written for this set. The
held-out part is policy49-make-heldout.py (written and committed first).
Run: .venv/bin/python eval/probes/policy49-make.py"""

import os

import docx
import fixture_docx as wd
import fixture_kit as kit

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy49-corpus")


# T1: the first 补贴资金管理细则 as a text PDF with running headers (no cover), joint 落款 on
# two lines; 「自发布之日起30日后施行」
T1_NAME = "岚溪市老年助餐服务补贴资金管理细则.pdf"
T1_HEADER = "岚溪市财政局　岚溪市民政局"
T1_TOP = [
    ("center", "岚财社〔2023〕12号"),
    ("title", "岚溪市老年助餐服务补贴资金管理细则"),
]
T1_BODY = [
    ("p", "第一条　为加强老年助餐服务补贴资金管理，提高资金使用效益，制定本细则。"),
    ("p", "第二条　补贴资金由市、区两级财政按照5:5的比例共同负担，纳入年度预算。"),
    ("p", "第三条　助餐点运营单位每季度首月10日前向所在区民政部门申报上季度服务人次，区民政部门审核后报区财政部门拨付。"),
    ("p", "第四条　补贴资金专款专用，不得用于助餐点人员工资以外的日常开支。"),
    ("p", "第五条　市财政局会同市民政局每年对补贴资金使用情况开展绩效评价。"),
    ("p", "第六条　本细则自发布之日起30日后施行。"),
    ("sign", "岚溪市财政局"),
    ("sign", "岚溪市民政局"),
    ("sign", "2023年3月10日"),
]

# T2: the revised 细则 on the finance bureau's portal inside its 印发 notice; a fixed term and
# the first 细则 repealed by 文号
T2_NAME = "content_5521.html"
T2_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>岚溪市财政局 岚溪市民政局关于印发《岚溪市老年助餐服务补贴资金管理细则》的通知</title></head>
<body>
<div class="top"><a href="/">岚溪市财政局</a> <a href="/wza/">无障碍</a> <a href="/m/">移动版</a></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zcwj/">政策文件</a></div>
<div class="loc">首页 &gt; 政务公开 &gt; 政策文件</div>
<div class="art">
<h1>岚溪市财政局 岚溪市民政局关于印发《岚溪市老年助餐服务补贴资金管理细则》的通知</h1>
<div class="info">发布日期：2025-06-23　　来源：市财政局　　浏览次数：412</div>
<div class="txt">
<p style="text-align:center">岚财社〔2025〕6号</p>
<p>各区财政局、民政局：</p>
<p>　　现将修订后的《岚溪市老年助餐服务补贴资金管理细则》印发给你们，请遵照执行。</p>
<p style="text-align:right">岚溪市财政局　　岚溪市民政局</p>
<p style="text-align:right">2025年6月20日</p>
<p style="text-align:center"><b>岚溪市老年助餐服务补贴资金管理细则</b></p>
<p>　　第一条　为加强老年助餐服务补贴资金管理，落实《岚溪市社区老年助餐服务管理办法》，制定本细则。</p>
<p>　　第二条　建设补贴由市级财政全额负担；运营补贴和就餐补贴由市、区两级财政按照6:4的比例负担。</p>
<p>　　第三条　运营补贴按季度申报、按季度拨付；就餐补贴按月结算。</p>
<p>　　第四条　补贴资金实行国库集中支付，直接拨付至助餐点运营单位账户。</p>
<p>　　第五条　本细则自2025年8月1日起施行，有效期至2030年7月31日。《岚溪市老年助餐服务补贴资金管理细则》（岚财社〔2023〕12号）同时废止。</p>
</div>
<div class="tools"><a>【打印】</a> <a>【关闭】</a></div>
</div>
<div class="foot">主办：岚溪市财政局　网站标识码：5301000045</div>
</body>
</html>
"""

# T3: a district office notice as Word with automatic numbering, 文号 in 【】, 成文日期 in Chinese
# numerals, an 印发 line of the same day; 「自印发之日起施行」
T3_NAME = "石政办发【2025】9号.docx"
T3 = {
    "header": "岚溪市石埠区人民政府办公室",
    "number": "石政办发【2025】9号",
    "title": "岚溪市石埠区人民政府办公室关于推进农村老年助餐点建设的通知",
    "to": "各镇人民政府、街道办事处，区直有关部门：",
    "lead": "为解决农村老年人吃饭难问题，经区人民政府同意，现就推进农村老年助餐点建设通知如下：",
    "items": [
        "建设目标。2025年底前，全区每个行政村至少建成1个老年助餐点或者送餐服务点。",
        "场地保障。优先利用村级党群服务中心、闲置校舍改建助餐点，不得新征用地。",
        "送餐服务。行动不便的老年人可以申请送餐上门，送餐费用由区级财政按每单1元补助。",
    ],
    "tail": "本通知自印发之日起施行。",
    "sign": "岚溪市石埠区人民政府办公室",
    "date": "二〇二五年五月二十日",
    "cc": "抄送：区委办公室，区人大常委会办公室，区政协办公室。",
    "printed": "岚溪市石埠区人民政府办公室　　　　2025年5月20日印发",
}

# T4: a notice pasted from a portal with its chrome: no date under the 落款, the 印发 line only;
# 文号 in half-width round brackets
T4_NAME = "关于开展老年助餐点食品安全专项检查的通知.txt"
T4_TXT = """岚溪市市场监督管理局
网站首页 | 信息公开 | 通知公告 | 办事服务 | 公众参与
您现在的位置：首页 > 信息公开 > 通知公告
发布时间：2025-06-05　　来源：食品经营安全监督管理处　　【字体：大 中 小】
关于开展老年助餐点食品安全专项检查的通知
岚市监食(2025)33号
各区市场监督管理局：
为保障老年人饮食安全，决定于2025年6月至8月在全市开展老年助餐点食品安全专项检查。现将有关事项通知如下：
一、检查范围。全市备案的老年食堂、助餐点及为其配餐的中央厨房。
二、检查重点。食品经营许可、原料进货查验、留样制度、从业人员健康证明。
三、工作要求。各区局于9月10日前将检查情况报市局食品经营安全监督管理处。
本通知自印发之日起施行。
岚溪市市场监督管理局
岚溪市市场监督管理局办公室　　　　2025年6月3日印发
【打印】【关闭】
版权所有：岚溪市市场监督管理局　　备案号：滇ICP备05003318号
"""

# T5: a 解读 on the city portal: 来源 names only the department, the city only in the site's name
T5_NAME = "t20250625_9120.html"
T5_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>政策解读_岚溪市人民政府</title></head>
<body>
<div class="top"><a href="/">岚溪市人民政府</a> <a href="/wza/">无障碍</a></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zcjd/">政策解读</a></div>
<div class="loc">当前位置：首页 &gt; 政务公开 &gt; 政策解读</div>
<div class="detail">
<h1>一图读懂新版老年助餐服务补贴资金管理细则</h1>
<div class="attr"><span>来源：市财政局</span><span>发布时间：2025-06-25</span></div>
<div class="body">
<p>一、钱由谁出？建设补贴市级全额负担，运营补贴和就餐补贴市、区按6:4分担。</p>
<p>二、多久拨一次？运营补贴按季度拨付，就餐补贴按月结算。</p>
<p>三、从哪天开始？新细则自2025年8月1日起施行。</p>
</div>
</div>
<div class="foot">主办：岚溪市人民政府办公室　网站标识码：5301000031</div>
</body>
</html>
"""

# T6: a district 解读 on the district portal: 来源 「区民政局」
T6_NAME = "zcjd_20250425.html"
T6_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>岚溪市石埠区人民政府</title></head>
<body>
<div class="top"><a href="/">岚溪市石埠区人民政府</a></div>
<div class="loc">首页 &gt; 政策解读</div>
<h1>石埠区农村老年助餐点建设政策问答</h1>
<p>来源：区民政局　　发布日期：2025-05-26</p>
<p>问：每个村都要建助餐点吗？</p>
<p>答：2025年底前，每个行政村至少建成1个老年助餐点或者送餐服务点。</p>
<p>问：送餐上门要自己掏钱吗？</p>
<p>答：送餐费用由区级财政按每单1元补助。</p>
<div class="foot">岚溪市石埠区人民政府办公室主办</div>
</body>
</html>
"""

# T7: a 答记者问 pasted as text under a newspaper's 来源 line
T7_NAME = "市民政局负责人就老年助餐新政答记者问.txt"
T7_TXT = """市民政局负责人就《岚溪市社区老年助餐服务管理办法》答记者问
来源：岚溪日报　　发布时间：2025年3月2日
近日，市民政局印发《岚溪市社区老年助餐服务管理办法》。市民政局负责人就有关问题回答了记者提问。
问：新办法对老年食堂有什么支持？
答：新建并投入运营的老年食堂可以获得一次性建设补贴10万元。
问：低保老人能享受就餐补贴吗？
答：60至79周岁的低保、特困老年人每餐可以获得就餐补贴。
"""

# T8: a district 办法 scanned as a jpg: 「自印发之日起试行二年」
T8_NAME = "IMG_20250819_1433.jpg"
T8_PAGE = [
    ("redtitle", "岚溪市石埠区民政局文件"),
    ("center", "石民〔2025〕11号"),
    ("rule", ""),
    ("title", "石埠区老年人助餐卡管理办法（试行）"),
    ("gap", "20"),
    ("p", "第一条　为规范老年人助餐卡的办理和使用，制定本办法。"),
    ("p", "第二条　年满60周岁的本区户籍老年人可以向居住地社区申请办理助餐卡。"),
    ("p", "第三条　助餐卡只限本人使用，不得转借。遗失的，可以到社区补办。"),
    ("p", "第四条　本办法自印发之日起试行二年。"),
    ("gap", "40"),
    ("sign", "岚溪市石埠区民政局"),
    ("sign", "2025年8月19日"),
]


def build_t3():
    doc = docx.Document()
    wd.header_footer(doc, "岚溪市石埠区人民政府办公室", "岚溪市石埠区人民政府办公室")
    wd.numbering(doc, 43, [("chineseCounting", "%1、", 640)])
    wd.heading(doc, T3["header"], T3["number"], T3["title"], T3["to"])
    wd.para(doc, T3["lead"])
    for item in T3["items"]:
        wd.numbered(wd.para(doc, item), 43)
    wd.para(doc, T3["tail"])
    wd.para(doc, "")
    wd.para(doc, T3["sign"], align="r")
    wd.para(doc, T3["date"], align="r")
    wd.para(doc, "")
    wd.para(doc, T3["cc"], indent=False, size=14)
    wd.para(doc, T3["printed"], indent=False, size=14)
    doc.save(os.path.join(OUT, T3_NAME))


def expected(pages):
    base = kit.expectation_base("tune")
    return {
        T1_NAME: {**base, "title": "岚溪市老年助餐服务补贴资金管理细则",
                  "issuer": "岚溪市财政局、岚溪市民政局", "doc_number": "岚财社〔2023〕12号",
                  "doc_type": "细则", "issued_on": "2023-03-10", "effective_on": "2023-04-09",
                  "status": "superseded", "superseded_by": T2_NAME, "pages": pages["t1"]},
        T2_NAME: {**base, "title": "岚溪市老年助餐服务补贴资金管理细则",
                  "issuer": "岚溪市财政局、岚溪市民政局", "doc_number": "岚财社〔2025〕6号",
                  "doc_type": "细则", "issued_on": "2025-06-20", "effective_on": "2025-08-01",
                  "published_on": "2025-06-23"},
        T3_NAME: {**base, "title": "岚溪市石埠区人民政府办公室关于推进农村老年助餐点建设的通知",
                  "issuer": "岚溪市石埠区人民政府办公室", "doc_number": "石政办发【2025】9号",
                  "doc_type": "通知", "issued_on": "2025-05-20", "effective_on": "2025-05-20"},
        T4_NAME: {**base, "title": "关于开展老年助餐点食品安全专项检查的通知",
                  "issuer": "岚溪市市场监督管理局", "doc_number": "岚市监食(2025)33号",
                  "doc_type": "通知", "issued_on": "2025-06-03", "effective_on": "2025-06-03",
                  "published_on": "2025-06-05"},
        T5_NAME: {**base, "title": "一图读懂新版老年助餐服务补贴资金管理细则",
                  "issuer": "岚溪市财政局", "doc_type": "解读", "published_on": "2025-06-25"},
        T6_NAME: {**base, "title": "石埠区农村老年助餐点建设政策问答",
                  "issuer": "岚溪市石埠区民政局", "doc_type": "问答",
                  "published_on": "2025-05-26"},
        T7_NAME: {**base, "title": "市民政局负责人就《岚溪市社区老年助餐服务管理办法》答记者问",
                  "issuer": "岚溪市民政局", "doc_type": "答记者问", "published_on": "2025-03-02"},
        T8_NAME: {**base, "title": "石埠区老年人助餐卡管理办法（试行）",
                  "issuer": "岚溪市石埠区民政局", "doc_number": "石民〔2025〕11号",
                  "doc_type": "办法", "issued_on": "2025-08-19", "effective_on": "2025-08-19",
                  "pages": 1},
    }


q = kit.question_maker("p49t", "tune")


QUESTIONS = [
    q(1, "2023年那版老年助餐补贴资金管理细则哪天开始施行？", [["2023年4月9日", "发布之日起30日后"]],
      "本细则自发布之日起30日后施行", ["effective", "old_version"], T1_NAME, True, "第六条"),
    q(2, "2023年版补贴资金细则里市区两级财政按什么比例负担？", [["5:5"]],
      "按照5:5的比例共同负担", ["number", "old_version"], T1_NAME, True, "第二条"),
    q(3, "新版老年助餐服务补贴资金管理细则什么时候施行？", [["2025年8月1日"]],
      "本细则自2025年8月1日起施行", ["effective"], T2_NAME, section="第五条"),
    q(4, "新版补贴资金管理细则有效期到什么时候？", [["2030年7月31日"]],
      "有效期至2030年7月31日", ["validity"], T2_NAME, section="第五条"),
    q(5, "现在运营补贴市区两级按什么比例分担？", [["6:4"]],
      "按照6:4的比例负担", ["number"], T2_NAME, section="第二条"),
    q(6, "补贴资金管理细则的文号是什么？", [["岚财社〔2025〕6号"]],
      "岚财社〔2025〕6号", ["doc_number"], T2_NAME),
    q(7, "石埠区推进农村老年助餐点建设的通知是哪天发的？", [["2025年5月20日", "二〇二五年五月二十日"]],
      "二〇二五年五月二十日", ["date"], T3_NAME),
    q(8, "石埠区农村助餐点建设的通知文号是多少？", [["石政办发【2025】9号", "石政办发〔2025〕9号"]],
      "石政办发【2025】9号", ["doc_number"], T3_NAME),
    q(9, "石埠区要求每个行政村什么时候前建成助餐点？", [["2025年底"]],
      "2025年底前，全区每个行政村至少建成1个老年助餐点或者送餐服务点", ["fact"], T3_NAME),
    q(10, "老年助餐点食品安全专项检查的通知从什么时候起施行？", [["2025年6月3日", "印发之日"]],
       "本通知自印发之日起施行", ["effective"], T4_NAME),
    q(11, "食品安全专项检查的情况要在哪天前上报？", [["9月10日"]],
       "各区局于9月10日前将检查情况报市局食品经营安全监督管理处", ["date"], T4_NAME),
    q(12, "老年助餐食品安全专项检查通知的文号？", [["岚市监食(2025)33号", "岚市监食〔2025〕33号"]],
       "岚市监食(2025)33号", ["doc_number"], T4_NAME),
    q(13, "新版细则里就餐补贴多久结算一次？", [["按月"]],
       "就餐补贴按月结算", ["fact"], T2_NAME, section="第三条"),
    q(14, "石埠区老年人助餐卡管理办法试行多长时间？", [["二年", "2年", "两年"]],
       "本办法自印发之日起试行二年", ["validity"], T8_NAME, section="第四条"),
    q(15, "石埠区助餐卡丢了怎么办？", [["补办"]],
       "遗失的，可以到社区补办", ["fact"], T8_NAME, section="第三条"),
    q(16, "新办法对新建老年食堂给多少建设补贴？", [["10万元"]],
       "新建并投入运营的老年食堂可以获得一次性建设补贴10万元", ["number"]),
    q(17, "老年助餐点的菜谱多久更新一次？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    pages = {"t1": kit.make_text_pdf(OUT, T1_NAME, T1_HEADER, T1_TOP, T1_BODY)}
    kit.write_text(OUT, T2_NAME, T2_HTML)
    build_t3()
    kit.write_text(OUT, T4_NAME, T4_TXT)
    kit.write_text(OUT, T5_NAME, T5_HTML)
    kit.write_text(OUT, T6_NAME, T6_HTML)
    kit.write_text(OUT, T7_NAME, T7_TXT)
    kit.render_page(T8_PAGE, seed=71).convert("RGB").save(os.path.join(OUT, T8_NAME), quality=88)
    kit.write_expectations(HERE, "policy49", "tune", expected(pages), QUESTIONS)
    print("tune files written:", len(expected(pages)), "questions:", len(QUESTIONS))


if __name__ == "__main__":
    main()
