"""policy39 probe set generator: writes the files of eval/probes/policy39-corpus/ (every text
written for this set; fictional city 棠溪市 and its county 云岙县, cold-chain / rural logistics
subsidies). The writers are fixture_kit.py's and fixture_docx.py's.
Run: .venv/bin/python eval/probes/policy39-make.py [--heldout]  (tune files; --heldout also
writes the held-out ones)
The web pages and plain texts it once held as strings are committed in the corpus folder as
written and no longer rewritten here: t20250611_88231.html, 云岙县2025年城乡物流配送补贴申报通知.txt,
t20250613_1127.html, 冷链物流扶持政策问答.txt, art_3317.html, t20250612_3301.html,
一图看懂云岙县农村寄递物流三年提升行动方案.txt."""

import os
import sys

import docx
import fixture_docx as wd
import fixture_kit as kit
from docx.shared import Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy39-corpus")

# ============================ HELD-OUT texts ============================

# H1: portal page (信息公开 table layout) of the notice issuing the revised 办法

# H2: the 2022 办法 as a text PDF (版头, the notice title broken after 关于印发)
H2_HEADER = "棠溪市人民政府办公室行政规范性文件"
H2_TOP = [
    ("center", "棠府办规〔2022〕3号"),
    ("title", "棠溪市人民政府办公室关于印发"),
    ("title", "棠溪市冷链物流发展扶持办法的通知"),
    ("left", "各县（市、区）人民政府，市直各有关单位："),
    ("left", "　　经市政府研究同意，现将《棠溪市冷链物流发展扶持办法》印发给你们，请遵照执行。"),
    ("right", "棠溪市人民政府办公室"),
    ("right", "2022年4月15日"),
    ("title", "棠溪市冷链物流发展扶持办法"),
]
H2_BODY = [
    ("h", "第一章　总　则"),
    ("p", "第一条　为加快冷链物流基础设施建设，保障生鲜农产品供应，结合本市实际，制定本办法。"),
    ("p", "第二条　本办法适用于在本市从事冷链仓储、冷链运输的企业。"),
    ("p", "第三条　市商务局负责扶持资金的申报组织和审核；市财政局负责资金拨付。"),
    ("h", "第二章　扶持标准"),
    ("p", "第四条　新建冷库的，按照冷库设备投资额的15%给予补助，单个项目最高补助200万元。"),
    ("p", "第五条　新购置冷藏车的，每辆补助1.5万元，同一企业每年补助车辆不超过10辆。"),
    ("p", "第六条　冷链物流企业年度营业收入首次突破1亿元的，一次性奖励20万元。"),
    ("h", "第三章　申报和审核"),
    ("p", "第七条　扶持资金每年申报一次。企业向所在县（市、区）商务部门提出申请，县级初审后报市商务局。"),
    ("p", "第八条　市商务局会同市财政局对申报项目进行审核，审核结果公示5个工作日。"),
    ("h", "第四章　监督管理"),
    ("p", "第九条　获得扶持的冷库项目，自验收之日起3年内不得改变用途。"),
    ("p", "第十条　以虚报、冒领等方式骗取扶持资金的，全额收回已拨付资金，2年内取消申报资格。"),
    ("h", "第五章　附　则"),
    ("p", "第十一条　本办法由市商务局负责解释。"),
    ("p", "第十二条　本办法自2022年5月1日起施行，有效期5年。"),
    ("cc", "抄送：市委办公室，市人大常委会办公室，市政协办公室。"),
    ("cc", "棠溪市人民政府办公室　　　　　　2022年4月18日印发"),
]

# H3: a county notice pasted as text from its portal page (site chrome above and below)

# H4: Word file with automatic numbering (第X条 and （X） produced by list numbering)
H4_NOTICE = {
    "header": "棠溪市商务局文件",
    "number": "棠商务规〔2025〕2号",
    "title": "关于印发《棠溪市城乡物流配送补贴实施细则》的通知",
    "to": "各县（市、区）商务局、财政局，各有关企业：",
    "body": "为推进县域商业体系建设，畅通农产品进城和工业品下乡双向流通渠道，市商务局、市财政局制定了《棠溪市城乡物流配送补贴实施细则》，现印发给你们，请认真抓好落实。",
    "sign": ["棠溪市商务局", "棠溪市财政局"],
    "date": "2025年6月20日",
    "open": "（此件主动公开）",
}
H4_CHAPTERS = [
    ("第一章　总则", [
        "为支持城乡物流配送网络建设，降低农村地区物流成本，制定本细则。",
        "本细则所称城乡物流配送补贴，是指对开通县乡村三级配送线路、建设村级寄递物流综合服务站的企业给予的运营补贴和建设补助。",
        "县（市、区）商务部门负责补贴申报的受理、初审和日常监管；市商务局负责复审和绩效评价；市、县两级财政部门负责资金保障。",
    ]),
    ("第二章　补贴标准", [
        "对开通至行政村配送线路的企业，按照下列标准给予运营补贴：",
        "建设村级寄递物流综合服务站的，每个站点一次性补助1万元；站点同时提供农产品收购、电商代销服务的，补助提高到1.5万元。",
        "运营补贴所需资金由市、县财政按照5:5比例分担，建设补助由市级财政承担。",
    ]),
    ("第三章　申报与发放", [
        "企业申报补贴应当提交下列材料：",
        "县（市、区）商务部门应在申报截止后15个工作日内完成初审，市商务局应在收到初审意见后10个工作日内完成复审。",
        "补贴资金在复审结果公示无异议后30日内拨付到企业账户。",
    ]),
    ("第四章　附则", [
        "本细则由市商务局会同市财政局负责解释。",
        "本细则自2025年7月1日起施行，有效期至2028年6月30日。",
    ]),
]
H4_ITEMS = {
    (1, 0): [
        "配送线路每周至少往返3次的，每个行政村每年补贴3000元；",
        "配送线路每周往返不足3次但不少于1次的，每个行政村每年补贴1500元；",
        "位于海岛、山区的行政村，补贴标准上浮20%。",
    ],
    (2, 0): [
        "企业营业执照复印件；",
        "配送线路、服务站点清单及运营台账；",
        "服务站点照片及场地使用证明。",
    ],
}
H4_TABLE = [
    ["补贴项目", "补贴标准", "资金承担"],
    ["配送线路（每周≥3次）", "3000元/村·年", "市、县各50%"],
    ["配送线路（每周1—2次）", "1500元/村·年", "市、县各50%"],
    ["村级综合服务站", "1万元/个", "市级"],
    ["综合服务站（含电商代销）", "1.5万元/个", "市级"],
]

# H5: the 解读 on a second portal layout (commerce bureau site)


def build_h4(name):
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    wd.header_footer(doc, "棠溪市商务局", "棠溪市商务局印发")
    wd.numbering(doc, 39, [("chineseCounting", "第%1条", 640),
                           ("chineseCounting", "（%2）", 640)])
    n = H4_NOTICE
    wd.heading(doc, n["header"], n["number"], n["title"], n["to"])
    wd.para(doc, n["body"])
    for s in n["sign"]:
        wd.para(doc, s, align="r")
    wd.para(doc, n["date"], align="r")
    wd.para(doc, n["open"])
    doc.add_page_break()
    wd.para(doc, "棠溪市城乡物流配送补贴实施细则", align="c", size=22, font="方正小标宋简体")
    for ci, (ch, arts) in enumerate(H4_CHAPTERS):
        wd.para(doc, ch, align="c", font="黑体")
        for ai, art in enumerate(arts):
            wd.numbered(wd.para(doc, art), 39, 0)
            for it in H4_ITEMS.get((ci, ai), []):
                wd.numbered(wd.para(doc, it), 39, 1)
        if ci == 1:
            wd.para(doc, "补贴标准汇总如下表：")
            wd.table(doc, H4_TABLE)
    wd.para(doc, "")
    wd.para(doc, "抄送：市发展改革委，市农业农村局，市邮政管理局。", indent=False, size=14)
    wd.para(doc, "棠溪市商务局办公室　　　　2025年6月23日印发", indent=False, size=14)
    doc.save(os.path.join(OUT, name))


def build_heldout():
    pages = kit.make_text_pdf(OUT, "棠溪市冷链物流发展扶持办法.pdf", H2_HEADER, H2_TOP, H2_BODY)
    print("H2 pdf pages", pages)
    build_h4("关于印发棠溪市城乡物流配送补贴实施细则的通知.docx")

# ============================== TUNE texts ==============================

# T1: a Q&A page pasted as text (a third portal's chrome above and below the title)

# T2: a news portal page (its own layout)

# T3: Word file with automatic 一、 /（一） outline numbering
T3_NOTICE = {
    "number": "岙政办〔2025〕14号",
    "title": "云岙县人民政府办公室关于印发云岙县农村寄递物流三年提升行动方案的通知",
    "to": "各乡镇人民政府，县直各有关单位：",
    "body": "《云岙县农村寄递物流三年提升行动方案》已经县政府第23次常务会议研究通过，现印发给你们，请结合实际认真组织实施。",
    "sign": "云岙县人民政府办公室",
    "date": "2025年5月16日",
    "open": "（此件公开发布）",
}
T3_PLAN = [
    ("h", "总体目标", [
        "到2027年底，全县建成县级物流配送中心1个、乡镇快递物流站点14个、村级寄递物流综合服务站120个，实现行政村快递服务全覆盖。",
        "快递进村平均时限压缩到48小时以内，农村快递件均配送成本下降20%。",
    ]),
    ("h", "重点任务", [
        "建设县级物流配送中心。依托县城北物流园，2025年底前建成集仓储、分拣、配送于一体的县级共同配送中心，整合邮政、快递和商贸物流企业入驻。",
        "完善乡村两级站点。每年新建村级寄递物流综合服务站40个，优先利用村委会、便民超市和邮政网点闲置场地。",
        "推进农产品上行。支持茶叶、柑橘等特色农产品产地建设预冷库，打通“田头到车头”的冷链环节。",
    ]),
    ("h", "保障措施", [
        "县财政每年安排农村寄递物流发展资金500万元，统筹用于站点建设补助和配送线路运营补贴。",
        "县商务局牵头建立季度调度机制，各乡镇每季度末5日前报送站点建设进度。",
    ]),
]


def build_t3(name):
    doc = docx.Document()
    wd.header_footer(doc, "云岙县人民政府办公室", "云岙县人民政府办公室印发")
    wd.numbering(doc, 40, [("chineseCounting", "%1、", 640),
                           ("chineseCounting", "（%2）", 640)])
    n = T3_NOTICE
    wd.heading(doc, "云岙县人民政府办公室文件", n["number"], n["title"], n["to"])
    wd.para(doc, n["body"])
    wd.para(doc, n["sign"], align="r")
    wd.para(doc, n["date"], align="r")
    wd.para(doc, n["open"])
    doc.add_page_break()
    wd.para(doc, "云岙县农村寄递物流三年提升行动方案", align="c", size=22, font="方正小标宋简体")
    wd.para(doc, "为加快补齐农村寄递物流短板，畅通农产品出村进城和消费品下乡进村渠道，制定本方案。")
    for _, head, items in T3_PLAN:
        wd.numbered(wd.para(doc, head, font="黑体"), 40, 0)
        for it in items:
            wd.numbered(wd.para(doc, it), 40, 1)
    wd.para(doc, "")
    wd.para(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室。", indent=False, size=14)
    wd.para(doc, "云岙县人民政府办公室　　　　2025年5月19日印发", indent=False, size=14)
    doc.save(os.path.join(OUT, name))


# T4: a funding notice as a text PDF: joint issuers, a date in Chinese numerals, a table
T4_HEADER = "棠溪市商务局　棠溪市财政局"
T4_TOP = [
    ("right", "棠商务〔2025〕42号"),
    ("title", "关于下达2025年第一批冷链物流发展扶持资金的通知"),
    ("left", "各县（市、区）商务局、财政局，有关企业："),
]
T4_BODY = [
    ("p", "根据《棠溪市冷链物流发展扶持办法》（棠府办规〔2025〕9号），经企业申报、县级初审、专家评审和公示，现将2025年第一批冷链物流发展扶持资金2360万元下达给你们（明细见下表），并就有关事项通知如下。"),
    ("table", [
        ["序号", "县（市、区）", "项目数", "金额（万元）"],
        ["1", "梧岗区", "8", "910"],
        ["2", "东湖区", "6", "640"],
        ["3", "云岙县", "7", "520"],
        ["4", "漳屿县", "5", "290"],
        ["", "合计", "26", "2360"],
    ]),
    ("p", "一、各县（市、区）财政局收到资金后，应在10个工作日内拨付到项目企业，不得截留、挪用。"),
    ("p", "二、项目企业应单独核算扶持资金，冷库项目自验收之日起5年内不得改变用途或者转让。"),
    ("p", "三、各县（市、区）商务局要在2025年12月31日前完成项目绩效自评，并将自评报告报市商务局。"),
    ("p", "四、本批资金列2025年市级商贸流通发展专项支出。"),
    ("sign", "棠溪市商务局　　　　棠溪市财政局"),
    ("sign", "二〇二五年八月四日"),
    ("p", "（此件主动公开）"),
    ("cc", "抄送：市审计局，市农业农村局。"),
    ("cc", "棠溪市商务局办公室　　　　　　2025年8月5日印发"),
]

# T5: a 答记者问 on the city portal's news column (a fourth layout)


def build_tune():
    build_t3("云岙县农村寄递物流三年提升行动方案.docx")
    pages = kit.make_text_pdf(OUT, "关于下达2025年第一批冷链物流发展扶持资金的通知.pdf",
                              T4_HEADER, T4_TOP, T4_BODY)
    print("T4 pdf pages", pages)


# T6: a county portal page whose <title> is only the site's name (no <h1>)
T6_HTML = """<!DOCTYPE html>
<html>
<head><meta charset="gb2312"><title>云岙县人民政府</title></head>
<body>
<div id="top"><a href="/">云岙县人民政府</a> <span>今天是：2025年6月20日 星期五</span> <a href="/wza/">无障碍</a></div>
<div id="menu"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a> <a href="/zjya/">走进云岙</a></div>
<div class="lm">您所在的位置：<a href="/">首页</a> » <a href="/zwgk/">政务公开</a> » <a href="/zwgk/xzgfxwj/">县政府办文件</a></div>
<div class="wz">
<div class="wz_title">云岙县人民政府办公室关于做好2025年农产品冷链物流项目储备工作的通知</div>
<div class="wz_info">发布时间：2025年06月20日 09:30　　来源：云岙县人民政府办公室　　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="wz_con">
<p align="center">岙政办〔2025〕19号</p>
<p>各乡镇人民政府，县直有关单位：</p>
<p>　　为争取更多市级冷链物流扶持资金，现就做好我县2025年农产品冷链物流项目储备工作通知如下。</p>
<p>　　一、储备范围。产地预冷库、冷藏保鲜库、冷藏车购置和冷链信息化项目，总投资在50万元以上。</p>
<p>　　二、报送时间。各乡镇于2025年7月15日前将项目储备表报县商务局，逾期未报的不列入今年储备库。</p>
<p>　　三、工作要求。各乡镇要逐个项目核实用地、环评和资金来源，确保储备项目年内能够开工。</p>
<p align="right">云岙县人民政府办公室</p>
<p align="right">2025年6月19日</p>
</div>
<div class="wz_tool"><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div id="foot">主办：云岙县人民政府办公室　承办：云岙县融媒体中心<br>网站标识码：3509250001　闽ICP备05021378号-1</div>
</body>
</html>
"""

# T7: a public-account article pasted as text (its own chrome)


def build_tune2():
    with open(os.path.join(OUT, "content_4021.html"), "wb") as f:
        f.write(T6_HTML.replace('charset="gb2312"', 'charset="gb2312"').encode("gb18030"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    if "--heldout" in sys.argv:
        build_heldout()
    build_tune()
    build_tune2()
