"""policy39 probe set generator: writes the files of eval/probes/policy39-corpus/ (every text
written for this set; fictional city 棠溪市 and its county 云岙县, cold-chain / rural logistics
subsidies). The writers are fixture_kit.py's and fixture_docx.py's.
Run: .venv/bin/python eval/probes/policy39-make.py [--heldout]  (tune files; --heldout also
writes the held-out ones)"""

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
H1_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>棠溪市人民政府办公室关于印发棠溪市冷链物流发展扶持办法的通知-棠溪市人民政府</title>
<meta name="SiteName" content="棠溪市人民政府">
<meta name="ColumnName" content="市政府办文件">
<meta name="PubDate" content="2025-06-11 16:42">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="g-top">
<div class="w1200"><span class="welcome">欢迎访问棠溪市人民政府网站</span>
<a href="/zxfw/">智能问答</a> <a href="/wza/">无障碍</a> <a href="/old/">关怀版</a> <a href="/m/">手机版</a> <a href="/rss/">RSS</a></div>
</div>
<div class="g-head"><a class="logo" href="/"><img src="/img/logo.png" alt="棠溪市人民政府"></a>
<div class="search"><input type="text" value="请输入搜索内容"><a>搜索</a></div></div>
<div class="g-nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zmhd/">政民互动</a></li>
<li><a href="/zwfw/">办事服务</a></li><li><a href="/tx/">走进棠溪</a></li><li><a href="/ztzl/">专题专栏</a></li>
</ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/wj/">政策文件</a> &gt;&gt; <a href="/zwgk/wj/szfbwj/">市政府办文件</a></div>
<div class="xxgk-table">
<ul>
<li><b>索　引　号：</b>11350930M0A712204X/2025-01342</li>
<li><b>主题分类：</b>商贸、海关、旅游\\其他</li>
<li><b>发文机关：</b>棠溪市人民政府办公室</li>
<li><b>成文日期：</b>2025年06月06日</li>
<li><b>标　　题：</b>棠溪市人民政府办公室关于印发棠溪市冷链物流发展扶持办法的通知</li>
<li><b>发文字号：</b>棠府办规〔2025〕9号</li>
<li><b>发布日期：</b>2025年06月11日</li>
<li><b>有　效　性：</b>有效</li>
</ul>
</div>
<div class="article-box">
<div class="article-title">棠溪市人民政府办公室关于印发棠溪市冷链物流发展扶持办法的通知</div>
<div class="article-info"><span>时间：2025-06-11 16:42</span><span>来源：市商务局</span><span>访问量：<em id="clicks">3127</em></span><span class="fontsize">【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div id="zoom" class="article-con">
<p style="text-align:center">棠府办规〔2025〕9号</p>
<p>各县（市、区）人民政府，市直各有关单位：</p>
<p>　　《棠溪市冷链物流发展扶持办法》已经市政府同意，现印发给你们，请认真组织实施。</p>
<p style="text-align:right">棠溪市人民政府办公室</p>
<p style="text-align:right">2025年6月6日</p>
<p>　　（此件公开发布）</p>
<p style="text-align:center"><b>棠溪市冷链物流发展扶持办法</b></p>
<p style="text-align:center"><b>第一章　总　则</b></p>
<p>　　第一条　为补齐农产品冷链物流短板，降低生鲜农产品流通损耗，推动冷链物流高质量发展，结合本市实际，制定本办法。</p>
<p>　　第二条　本办法所称冷链物流扶持资金，是指市级财政预算安排、用于支持本市冷链物流设施建设和运营的专项资金。</p>
<p>　　第三条　市商务局负责项目申报组织、审核和绩效管理；市财政局负责资金预算安排和拨付监督；市农业农村局负责产地冷藏保鲜设施项目的技术指导。</p>
<p style="text-align:center"><b>第二章　扶持对象和条件</b></p>
<p>　　第四条　申请扶持的企业应当同时具备下列条件：</p>
<p>　　（一）在本市注册、具有独立法人资格，依法纳税；</p>
<p>　　（二）近两年内未发生较大以上安全生产事故和食品安全事故；</p>
<p>　　（三）未被列入严重失信主体名单。</p>
<p>　　第五条　农民专业合作社、家庭农场建设产地冷藏保鲜设施的，可以参照本办法申请扶持。</p>
<p style="text-align:center"><b>第三章　扶持标准</b></p>
<p>　　第六条　新建或者改扩建冷库的，按照冷库设备投资额的20%给予补助，单个项目最高补助300万元。库容在1000立方米以下的产地冷库，补助比例提高到30%。</p>
<p>　　第七条　新购置国六排放标准以上冷藏车的，每辆补助2万元；购置新能源冷藏车的，每辆补助4万元。同一企业每年补助车辆不超过20辆。</p>
<p>　　第八条　冷链物流企业接入市冷链食品追溯平台并实现温控数据实时上传的，一次性奖励5万元。</p>
<p>　　第九条　同一项目已获得中央、省级财政资金支持的，市级补助按差额部分核定，不重复扶持。</p>
<p style="text-align:center"><b>第四章　申报和审核</b></p>
<p>　　第十条　扶持资金每年集中申报一次，具体时间以市商务局发布的申报通知为准。</p>
<p>　　第十一条　市商务局会同市财政局组织专家评审和现场核查，评审结果在市商务局网站公示7个工作日。</p>
<p style="text-align:center"><b>第五章　监督管理</b></p>
<p>　　第十二条　获得扶持的冷库项目，自验收之日起5年内不得改变用途或者转让。</p>
<p>　　第十三条　以虚报项目、重复申报等方式骗取扶持资金的，全额收回已拨付资金，3年内取消申报资格。</p>
<p style="text-align:center"><b>第六章　附　则</b></p>
<p>　　第十四条　本办法由市商务局负责解释。</p>
<p>　　第十五条　本办法自2025年7月1日起施行，有效期3年。2022年印发的《棠溪市冷链物流发展扶持办法》（棠府办规〔2022〕3号）同时废止。</p>
</div>
<div class="fujian">附件：<a href="/upload/2025/06/t20250611_88231.pdf">棠溪市冷链物流发展扶持办法（PDF版）</a></div>
<div class="bottom-tools"><span class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></span>
<a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>
<div class="xgwj"><h3>相关文件</h3><ul>
<li><a href="/zwgk/zcjd/t20250613_1127.html">关于《棠溪市冷链物流发展扶持办法》的解读</a><span>2025-06-13</span></li>
<li><a href="/zwgk/wj/t20250320_7016.html">棠溪市人民政府关于加快建设区域性商贸物流中心的实施意见</a><span>2025-03-20</span></li>
</ul></div>
</div>
<div class="g-foot">
<p><a href="/wzdt/">网站地图</a>　<a href="/lxwm/">联系我们</a>　<a href="/mzsm/">免责声明</a></p>
<p>主办：棠溪市人民政府办公室　技术支持：棠溪市大数据中心</p>
<p>网站标识码：3509300001　闽ICP备11009431号-1　闽公网安备 35093002000012号</p>
</div>
</body>
</html>
"""

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
H3_TXT = """云岙县人民政府门户网站
手机版 | 无障碍 | 长者版 | 邮箱
首页 | 走进云岙 | 政务公开 | 政务服务 | 互动交流 | 专题专栏
请输入关键字 搜索
首页 > 政务公开 > 通知公告
云岙县商务局关于开展2025年度城乡物流配送补贴申报工作的通知
信息来源：云岙县商务局 发布时间：2025-07-08 15:30 点击数：1046
【字体：大 中 小】 【打印】 【关闭】
岙商务〔2025〕21号
各乡镇人民政府，县直有关单位，各物流企业：
根据《棠溪市城乡物流配送补贴实施细则》，现将我县2025年度城乡物流配送补贴申报工作有关事项通知如下。
一、申报对象。在我县注册、开通县乡村三级配送线路并稳定运营6个月以上的物流企业和快递企业。
二、补贴内容。对开通至行政村的配送线路，按每个行政村每年3000元给予运营补贴；对建设村级寄递物流综合服务站的，每个站点一次性补助1万元。
三、申报时间。2025年7月10日至8月8日，逾期不予受理。
四、申报材料。企业营业执照、配送线路及站点清单、近6个月的配送台账、站点照片。材料一式三份报送县商务局流通股。
五、有关要求。各乡镇要组织辖区企业如实申报，并对站点运营情况进行初核，8月15日前将初核意见报县商务局。
联系人：甘晓棠 电话：0598-7632105
云岙县商务局
2025年7月7日
相关附件：
云岙县2025年城乡物流配送补贴申报表.docx
扫一扫在手机打开当前页
上一篇：云岙县2025年上半年社会消费品零售总额运行情况
下一篇：关于公布云岙县第二批放心消费示范单位名单的公告
关于我们 | 网站地图 | 联系我们
主办单位：云岙县人民政府办公室 承办单位：云岙县融媒体中心
网站标识码：3509250001 闽ICP备05021378号-1
闽公网安备 35092502000106号
"""

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
H5_HTML = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>关于《棠溪市冷链物流发展扶持办法》的解读 - 政策解读 - 棠溪市商务局</title>
<meta name="keywords" content="冷链物流,扶持办法,解读">
<meta name="description" content="棠溪市商务局">
</head>
<body>
<header class="site-header">
<div class="site-name">棠溪市商务局</div>
<div class="top-links"><a href="/">网站首页</a> | <a href="/wza/">无障碍阅读</a> | <a href="/eng/">English</a> | <a href="/login">用户登录</a></div>
<nav><a href="/">首页</a><a href="/jgsz/">机构设置</a><a href="/zwgk/">政务公开</a><a href="/zcjd/">政策解读</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></nav>
</header>
<div class="main">
<div class="sidebar"><h4>政策解读</h4><ul><li><a href="/zcjd/wzjd/">文字解读</a></li><li><a href="/zcjd/tjjd/">图解</a></li><li><a href="/zcjd/spjd/">视频解读</a></li></ul>
<h4>热点推荐</h4><ul><li><a href="/xw/1.html">全市商贸物流重点项目推进会召开</a></li><li><a href="/xw/2.html">棠溪入选全国县域商业体系建设示范市</a></li></ul></div>
<div class="content-wrap">
<p class="crumbs">首页 / 政策解读 / 文字解读</p>
<h2 class="detail-tit">关于《棠溪市冷链物流发展扶持办法》的解读</h2>
<div class="detail-sub">发布日期：2025年06月13日　　信息来源：棠溪市商务局　　阅读次数：1589　　<a>【打印】</a> <a>【收藏】</a></div>
<div class="detail-txt">
<p>　　6月6日，市政府办公室印发了新修订的《棠溪市冷链物流发展扶持办法》（以下简称《办法》），自2025年7月1日起施行。现将有关内容解读如下。</p>
<p><strong>　　一、为什么要修订</strong></p>
<p>　　原办法实施三年来，全市新增冷库库容18.6万立方米，冷藏车保有量达到1420辆。但产地“最先一公里”预冷设施不足、冷链数据不互通等问题依然存在，原办法的补助比例也偏低，对中小主体吸引力不够。</p>
<p><strong>　　二、扶持力度有哪些变化</strong></p>
<p>　　一是提高冷库补助比例。冷库设备投资额补助比例从15%提高到20%，单个项目上限从200万元提高到300万元；1000立方米以下的产地冷库补助比例为30%。</p>
<p>　　二是提高冷藏车补助。燃油冷藏车每辆补助从1.5万元提高到2万元，新增新能源冷藏车每辆4万元的补助档次，每家企业每年补助车辆上限从10辆放宽到20辆。</p>
<p>　　三是新增追溯平台接入奖励。企业接入市冷链食品追溯平台、温控数据实时上传的，一次性奖励5万元。原办法中营业收入首次突破1亿元奖励20万元的条款不再保留。</p>
<p><strong>　　三、哪些主体可以申请</strong></p>
<p>　　在本市注册、近两年未发生较大以上安全生产事故和食品安全事故、未被列入严重失信主体名单的企业均可申请。农民专业合作社和家庭农场建设产地冷藏保鲜设施的，也可以参照申请。</p>
<p><strong>　　四、监管有哪些新要求</strong></p>
<p>　　获得扶持的冷库5年内不得改变用途或者转让，比原办法的3年更长；骗取资金的，取消申报资格的期限由2年延长为3年。</p>
<p>　　政策咨询：市商务局物流发展科，电话0598-8276130。</p>
</div>
<div class="page-share">分享：<a>微信</a> <a>QQ</a> <a>微博</a></div>
<div class="detail-rel"><p>相关阅读：</p>
<p><a href="/zwgk/wj/t20250611_88231.html">棠溪市人民政府办公室关于印发棠溪市冷链物流发展扶持办法的通知</a></p>
<p><a href="/xw/t20250612_3301.html">市商务局负责人就《棠溪市冷链物流发展扶持办法》答记者问</a></p></div>
</div>
</div>
<footer>
<p>版权所有：棠溪市商务局　地址：棠溪市东湖路66号　邮编：353000</p>
<p>网站标识码：3509300024　闽ICP备12006718号　闽公网安备35093002000231号</p>
<p>本站支持IPv6访问</p>
</footer>
</body>
</html>
"""


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
    kit.write_text(OUT, "t20250611_88231.html", H1_HTML)
    pages = kit.make_text_pdf(OUT, "棠溪市冷链物流发展扶持办法.pdf", H2_HEADER, H2_TOP, H2_BODY)
    print("H2 pdf pages", pages)
    kit.write_text(OUT, "云岙县2025年城乡物流配送补贴申报通知.txt", H3_TXT)
    build_h4("关于印发棠溪市城乡物流配送补贴实施细则的通知.docx")
    kit.write_text(OUT, "t20250613_1127.html", H5_HTML)

# ============================== TUNE texts ==============================

# T1: a Q&A page pasted as text (a third portal's chrome above and below the title)
T1_TXT = """棠溪市商务局欢迎您！ 今天是：2025年7月2日 星期三
设为首页 | 加入收藏 | 繁體版 | 无障碍
网站首页 机构职能 政务公开 政策解读 办事服务 互动交流
您现在的位置：首页 >> 政策解读 >> 政策问答
冷链物流扶持政策十问十答
作者：物流发展科　来源：棠溪市商务局　时间：2025-07-02 10:15　阅读：862次
新修订的《棠溪市冷链物流发展扶持办法》7月1日起施行，我们把企业咨询较多的问题整理如下。
1. 问：个体工商户建冷库能申请补助吗？
答：不能。申请主体须为在本市注册、具有独立法人资格的企业；农民专业合作社和家庭农场建设产地冷藏保鲜设施的，可以参照申请。
2. 问：冷库补助按什么基数计算？
答：按冷库设备投资额计算，土建、土地费用不计入基数。
3. 问：租用别人的厂房改建冷库，可以申请吗？
答：可以，但租赁合同剩余期限不得少于5年。
4. 问：二手冷藏车能不能享受购车补助？
答：不能。购车补助只针对新购置的冷藏车，且须在本市办理注册登记。
5. 问：去年已经拿过省级补助的项目，还能再申请市级补助吗？
答：可以按差额申请。市级补助按核定额度扣除中央、省级已支持部分后的差额发放。
6. 问：接入冷链食品追溯平台的5万元奖励怎么拿？
答：企业完成平台对接、温控数据连续上传满3个月后，在年度集中申报时一并申请。
7. 问：今年什么时候申报？
答：2025年度申报预计在9月集中开展，具体以市商务局网站发布的申报通知为准。
8. 问：申报需要找中介代理吗？
答：不需要。申报全程免费，市商务局不委托任何中介机构代理申报。
9. 问：评审结果在哪里看？
答：评审结果在市商务局网站公示7个工作日，公示无异议后下达资金。
10. 问：有问题找谁咨询？
答：可拨打市商务局物流发展科电话0598-8276130，或在工作日到市民服务中心商务窗口咨询。
【打印此页】 【关闭窗口】 【返回顶部】
上一条：棠溪市2025年上半年商贸流通运行简况
下一条：关于举办2025年冷链物流企业安全生产培训的通知
主办：棠溪市商务局 | 地址：棠溪市东湖路66号 | 电话：0598-8276100
网站标识码：3509300024 | 闽ICP备12006718号 | 闽公网安备35093002000231号
"""

# T2: a news portal page (its own layout)
T2_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>首批冷链物流扶持资金下达 18家企业获补助2360万元_棠溪新闻网</title>
<meta name="keywords" content="冷链物流,扶持资金"></head>
<body>
<div class="topnav"><a href="/">棠溪新闻网</a> <a href="/sz/">时政</a> <a href="/jj/">经济</a> <a href="/sh/">社会</a> <a href="/xs/">县市</a> <a href="/ty/">图片</a> <a href="/sp/">视频</a> <span>客户端下载</span></div>
<div class="ad"><a href="/ad/88.html"><img src="/ad/banner_0815.jpg" alt="广告：棠溪国际茶博会9月开幕"></a></div>
<div class="where">棠溪新闻网 &gt; 经济 &gt; 正文</div>
<div class="arti">
<h1>首批冷链物流扶持资金下达 18家企业获补助2360万元</h1>
<div class="src"><span>2025-08-15 09:12:37</span>　<span>来源：棠溪日报</span>　<span>作者：记者 林舒 通讯员 许可</span></div>
<div class="txt">
<p>本报讯 记者从市商务局获悉，今年第一批冷链物流发展扶持资金日前下达，全市18家企业的26个项目共获得补助2360万元，这也是新修订的扶持办法7月施行后的首批资金。</p>
<p>从项目类型看，冷库项目11个，获补助1680万元，新增库容4.2万立方米；冷藏车购置项目13个，补贴冷藏车198辆，其中新能源冷藏车61辆；另有2家企业因接入市冷链食品追溯平台获得一次性奖励。</p>
<p>“以前一个500立方米的产地冷库只能补15%，现在能补30%，我们合作社算下来多拿了十几万元。”云岙县一家茶果专业合作社负责人说。</p>
<p>市商务局相关负责人介绍，第二批资金申报将于9月启动，重点向山区县产地预冷设施倾斜。</p>
</div>
<div class="editor">【责任编辑：郑雨晴】</div>
<div class="share">扫一扫分享到微信 <a>微博</a> <a>QQ</a></div>
<div class="xg"><h3>相关新闻</h3><ul>
<li><a href="/jj/3290.html">我市冷藏车保有量突破1400辆</a></li>
<li><a href="/jj/3302.html">云岙县茶果产地冷库集群开工</a></li>
<li><a href="/sz/3311.html">市政府常务会议研究部署物流降本增效工作</a></li>
</ul></div>
</div>
<div class="foot">棠溪新闻网版权所有 未经授权禁止复制或建立镜像<br>互联网新闻信息服务许可证：35120170008　闽ICP备09027731号　闽公网安备35093002000045号</div>
</body>
</html>
"""

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
T5_HTML = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>市商务局负责人就《棠溪市冷链物流发展扶持办法》答记者问_部门动态_棠溪市人民政府</title>
<meta name="PubDate" content="2025-06-12 17:30"><meta name="ContentSource" content="棠溪市商务局"></head>
<body>
<div class="g-top"><span class="welcome">欢迎访问棠溪市人民政府网站</span> <a href="/wza/">无障碍</a> <a href="/old/">关怀版</a> <a href="/m/">手机版</a></div>
<div class="g-nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/xwzx/">新闻中心</a> <a href="/zwfw/">办事服务</a> <a href="/zmhd/">政民互动</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/xwzx/">新闻中心</a> &gt;&gt; <a href="/xwzx/bmdt/">部门动态</a></div>
<div class="article-box">
<div class="article-title">市商务局负责人就《棠溪市冷链物流发展扶持办法》答记者问</div>
<div class="article-info"><span>来源：棠溪市商务局</span> | <span>发布时间：2025-06-12 17:30</span> | <span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div id="zoom" class="article-con">
<p>　　近日，市政府办公室印发新修订的《棠溪市冷链物流发展扶持办法》。市商务局负责人就社会关注的问题回答了记者提问。</p>
<p>　　<b>记者：新办法出台的背景是什么？</b></p>
<p>　　答：我市是全省重要的茶叶、柑橘和水产品产区，每年约有三成生鲜农产品需要冷链运输。2022年以来全市冷库库容增长明显，但布局集中在城区，产地冷库和预冷设施仍然缺口较大，所以这次修订把扶持重点向产地倾斜。</p>
<p>　　<b>记者：山区县的企业有没有额外倾斜？</b></p>
<p>　　答：有。库容1000立方米以下的产地冷库补助比例提高到30%，这类冷库大多建在山区县的茶园、果园附近。</p>
<p>　　<b>记者：企业申报后多久能拿到钱？</b></p>
<p>　　答：从申报截止到资金下达，一般控制在3个月以内，公示无异议后由县级财政直接拨付到企业。</p>
<p>　　<b>记者：下一步还有哪些打算？</b></p>
<p>　　答：我们将在年内建成市冷链食品追溯平台二期，到2026年底实现全市冷链企业温控数据全覆盖。</p>
</div>
<div class="bottom-tools">分享到：<a>微信</a><a>微博</a>　<a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>
</div>
<div class="g-foot"><p>主办：棠溪市人民政府办公室　技术支持：棠溪市大数据中心</p>
<p>网站标识码：3509300001　闽ICP备11009431号-1　闽公网安备 35093002000012号</p></div>
</body>
</html>
"""


def build_tune():
    kit.write_text(OUT, "冷链物流扶持政策问答.txt", T1_TXT)
    kit.write_text(OUT, "art_3317.html", T2_HTML)
    build_t3("云岙县农村寄递物流三年提升行动方案.docx")
    pages = kit.make_text_pdf(OUT, "关于下达2025年第一批冷链物流发展扶持资金的通知.pdf",
                              T4_HEADER, T4_TOP, T4_BODY)
    print("T4 pdf pages", pages)
    kit.write_text(OUT, "t20250612_3301.html", T5_HTML)


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
T7_TXT = """一图看懂｜云岙县农村寄递物流三年提升行动方案
原创 云岙商务 云岙县商务局 2025年05月23日 18:06 福建
点击上方蓝字 关注我们
5月16日，县政府办公室印发《云岙县农村寄递物流三年提升行动方案》。方案有哪些目标和任务？一起来看！
目标：到2027年底建成县级物流配送中心1个、乡镇站点14个、村级综合服务站120个，快递进村平均时限压缩到48小时以内。
任务一：2025年底前建成县级共同配送中心，邮政、快递和商贸物流企业统一入驻。
任务二：每年新建村级寄递物流综合服务站40个。
任务三：在茶叶、柑橘产地建设预冷库，打通“田头到车头”。
保障：县财政每年安排500万元农村寄递物流发展资金。
来源：云岙县商务局
编辑：吴小溪
审核：陈立
预览时标签不可点
微信扫一扫
关注该公众号
阅读原文
阅读 2316
分享 收藏 点赞 在看
"""


def build_tune2():
    with open(os.path.join(OUT, "content_4021.html"), "wb") as f:
        f.write(T6_HTML.replace('charset="gb2312"', 'charset="gb2312"').encode("gb18030"))
    kit.write_text(OUT, "一图看懂云岙县农村寄递物流三年提升行动方案.txt", T7_TXT)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    if "--heldout" in sys.argv:
        build_heldout()
    build_tune()
    build_tune2()
