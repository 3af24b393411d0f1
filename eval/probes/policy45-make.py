"""policy45 probe set generator: writes the files of eval/probes/policy45-corpus/ (every text
written for this set; fictional city 沅澄市 and its district 望川区, subsidies for charging points
in residential compounds). The Word, scan and PDF helpers are policy33-make.py's, the cover-page
PDF policy42-make.py's.
Run: .venv/bin/python eval/probes/policy45-make.py [--heldout]  (tune files; --heldout also
writes the held-out ones)"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy45-corpus")


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, path))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


g = _load("p33make", "policy33-make.py")
c = _load("p42make", "policy42-make.py")
g.OUT = OUT
c.OUT = OUT
c.g.OUT = OUT


def build_docx(name, n, head, foot):
    doc = g.docx.Document()
    g.header_footer(doc, head, foot)
    g.para(doc, n["header"], align="c", size=26, font="方正小标宋简体")
    g.para(doc, n["number"], align="c")
    g.para(doc, n["title"], align="c", size=22, font="方正小标宋简体")
    g.para(doc, n["to"], indent=False)
    for b in n["body"]:
        g.para(doc, b)
    g.para(doc, "")
    g.para(doc, n["sign"], align="r")
    g.para(doc, n["date"], align="r")
    if n.get("open"):
        g.para(doc, n["open"])
    g.para(doc, "")
    g.para(doc, n["cc"], indent=False, size=14)
    g.para(doc, n["printed"], indent=False, size=14)
    doc.save(os.path.join(OUT, name))


# ============================ HELD-OUT texts ============================

H1_COVER = [
    ("big", "沅澄市住宅小区电动汽车充电设施建设补助办法"),
    ("gap", "20"),
    ("small", "沅澄市发展和改革委员会"),
    ("small", "沅澄市财政局"),
    ("small", "二〇二五年三月"),
]
H1_TOP = [
    ("center", "沅发改规〔2025〕2号"),
    ("title", "沅澄市发展和改革委员会　沅澄市财政局关于印发《沅澄市住宅小区电动汽车充电设施建设补助办法》的通知"),
    ("left", "各区发展和改革局、财政局，国网沅澄供电公司："),
    ("left", "　　为加快住宅小区充电基础设施建设，方便居民绿色出行，市发展和改革委员会、市财政局制定了《沅澄市住宅小区电动汽车充电设施建设补助办法》，现印发给你们，请结合实际认真贯彻落实。"),
    ("right", "沅澄市发展和改革委员会　　沅澄市财政局"),
    ("right", "2025年3月12日"),
    ("left", "　　（此件公开发布）"),
]
H1_BODY = [
    ("title", "沅澄市住宅小区电动汽车充电设施建设补助办法"),
    ("h", "第一章　总　则"),
    ("p", "第一条　为推动住宅小区电动汽车充电设施建设，规范财政补助资金使用，根据国家和省有关规定，结合本市实际，制定本办法。"),
    ("p", "第二条　本办法所称充电设施，是指在本市城区已交付使用的住宅小区内建设、向小区居民开放使用的公共充电桩及配套供电设施。"),
    ("p", "第三条　市发展和改革委员会负责补助政策的统筹和项目认定；市财政局负责补助资金的预算安排和拨付；各区发展和改革局负责本辖区项目的受理和初审。"),
    ("h", "第二章　补助标准"),
    ("p", "第四条　新建公共直流充电桩的，按每千瓦300元给予一次性建设补助，单桩补助最高不超过3万元。"),
    ("p", "第五条　新建公共交流充电桩的，按每台2000元给予一次性建设补助。"),
    ("p", "第六条　对住宅小区配套供电设施增容改造的，按改造投资额的30%给予补助，每个小区最高不超过50万元。"),
    ("h", "第三章　申报与审核"),
    ("p", "第七条　建设单位应当在充电设施竣工验收并接入市级充电设施监管平台后3个月内，向所在区发展和改革局提出补助申请。"),
    ("p", "第八条　区发展和改革局应当在收到申请之日起20个工作日内完成初审，报市发展和改革委员会复核；复核通过的项目在市发展和改革委员会门户网站公示5个工作日。"),
    ("p", "第九条　以虚报、冒领等手段骗取补助资金的，由市财政局追回补助资金，并取消该单位三年内申报资格。"),
    ("h", "第四章　附　则"),
    ("p", "第十条　本办法由市发展和改革委员会、市财政局负责解释。"),
    ("p", "第十一条　本办法自2025年4月1日起施行，有效期至2027年12月31日。"),
    ("cc", "抄送：市人民政府办公室。\n沅澄市发展和改革委员会办公室　　　　　　2025年3月14日印发"),
]

H2_NOTICE = {
    "header": "沅澄市望川区人民政府办公室文件",
    "number": "望政办发〔2025〕11号",
    "title": "沅澄市望川区人民政府办公室关于加强住宅小区充电设施安全运营管理的通知",
    "to": "各街道办事处，区直有关单位，各物业服务企业：",
    "body": [
        "为防范住宅小区充电设施火灾事故，保障居民生命财产安全，经区人民政府同意，现就有关事项通知如下：",
        "一、落实运营主体责任。充电设施运营单位应当建立巡检制度，每月至少开展一次全面检查，并留存检查记录不少于两年。",
        "二、严禁违规充电。物业服务企业应当在地下车库入口设置提示标识，发现私拉电线、入户充电的，应当立即劝阻并报告所在街道办事处。",
        "三、加强应急处置。每个设有集中充电区域的小区应当配备不少于4具灭火器和1套应急照明设备。",
        "四、本通知自印发之日起执行。",
    ],
    "sign": "沅澄市望川区人民政府办公室",
    "date": "二〇二五年五月九日",
    "open": "（此件主动公开）",
    "cc": "抄送：区消防救援大队，区市场监督管理局。",
    "printed": "沅澄市望川区人民政府办公室　　　　　　2025年5月12日印发",
}

H3_TXT = """首页 > 政务公开 > 通知公告
沅澄市财政局关于拨付2025年第一批住宅小区充电设施建设补助资金的通知
发布时间：2025-06-24　　来源：市财政局　　【字体：大 中 小】
沅财建〔2025〕18号
各区财政局，市发展和改革委员会：
根据《沅澄市住宅小区电动汽车充电设施建设补助办法》，经市发展和改革委员会复核、公示，现拨付2025年第一批住宅小区充电设施建设补助资金共计1286万元，涉及住宅小区47个、公共充电桩1530台。
请各区财政局在收到资金之日起10个工作日内拨付至项目建设单位，并于2025年9月30日前将资金拨付情况报送市财政局。
附件：2025年第一批住宅小区充电设施建设补助资金分配表
沅澄市财政局
2025年6月20日
沅澄市财政局办公室　　2025年6月23日印发
【打印本页】【关闭窗口】
主办单位：沅澄市财政局　　网站标识码：4306000021
"""

H4_PAGE = [
    ("redtitle", "沅澄市望川区住房和城乡建设局"),
    ("rule", ""),
    ("center", "望住建〔2025〕7号"),
    ("gap", "10"),
    ("title", "关于开展住宅小区充电设施"),
    ("title", "安全隐患排查的通知"),
    ("gap", "10"),
    ("left", "各街道办事处，各物业服务企业："),
    ("p", "为贯彻落实区政府办公室关于加强住宅小区充电设施安全运营管理的要求，我局决定在全区开展住宅小区充电设施安全隐患排查。"),
    ("p", "一、排查时间为2025年7月10日至8月15日。"),
    ("p", "二、排查重点为充电设施接地保护、线缆老化、消防器材配备和违规入户充电情况。"),
    ("p", "三、各物业服务企业应当于2025年8月20日前将排查整改情况报送我局物业管理科，联系电话0743-6821357。"),
    ("gap", "30"),
    ("sign", "沅澄市望川区住房和城乡建设局"),
    ("sign", "2025年7月3日"),
]


def build_heldout():
    pages = c.make_cover_pdf("沅澄市住宅小区电动汽车充电设施建设补助办法.pdf", "沅发改规〔2025〕2号",
                             H1_COVER, H1_TOP, H1_BODY)
    print("H1 pdf pages", pages)
    build_docx("望政办发〔2025〕11号.docx", H2_NOTICE, "沅澄市望川区人民政府办公室",
               "望川区人民政府办公室印发")
    g.write_text("关于拨付2025年第一批充电设施建设补助资金的通知.txt", H3_TXT)
    img = g.render_page(H4_PAGE, seed=45)
    img.save(os.path.join(OUT, "scan_20250703.png"))


def build_tune():
    pass


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    if "--heldout" in sys.argv:
        build_heldout()
    build_tune()
