"""policy49 HELD-OUT part: writes the held-out files of eval/probes/policy49-corpus/, their
expected metadata (into policy49-metadata.json, keeping any tune entries there) and their
questions (policy49-heldout.jsonl). Every text written for this set: fictional city 岚溪市 and
its district 石埠区, community canteens for older people (老年助餐). Helpers: policy33-make.py
(Word, scans, text PDFs) and policy42-make.py (a PDF with a cover page).
Run: .venv/bin/python eval/probes/policy49-make-heldout.py
Written and committed before any tune file or code change; not to be read again by its writer."""

import os

import docx
import fixture_docx as wd
import fixture_kit as kit

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy49-corpus")


# H1: the revised 办法 as a text PDF with a cover page and running headers; a fixed term and
# the old 暂行办法 repealed by name and 文号
H1_NAME = "岚溪市社区老年助餐服务管理办法.pdf"
H1_HEADER = "岚溪市民政局规范性文件"
H1_COVER = [
    ("big", "岚溪市社区老年助餐服务\n管理办法"),
    ("small", "岚溪市民政局"),
    ("small", "二〇二五年一月"),
]
H1_TOP = [
    ("center", "岚民规〔2025〕1号"),
    ("title", "岚溪市社区老年助餐服务管理办法"),
]
H1_BODY = [
    ("h", "第一章　总　则"),
    ("p", "第一条　为规范社区老年助餐服务，解决老年人就餐难问题，根据有关法律法规，结合本市实际，制定本办法。"),
    ("p", "第二条　本办法所称社区老年助餐服务，是指依托老年食堂、助餐点为本市户籍或者在本市居住满一年的60周岁以上老年人提供的堂食、送餐等服务。"),
    ("p", "第三条　市民政局负责全市老年助餐服务的统筹指导和监督管理；各区民政部门负责本辖区助餐点的布局、备案和日常管理；街道办事处（乡镇人民政府）负责组织实施。"),
    ("h", "第二章　助餐点设置"),
    ("p", "第四条　老年食堂建筑面积不少于150平方米、就餐座位不少于40个；助餐点建筑面积不少于60平方米、就餐座位不少于20个。"),
    ("p", "第五条　助餐点运营单位应当持有食品经营许可证，或者与持证的中央厨房签订配餐协议。"),
    ("h", "第三章　补贴标准"),
    ("p", "第六条　对新建并投入运营的老年食堂给予一次性建设补贴10万元，对助餐点给予一次性建设补贴3万元。"),
    ("p", "第七条　按照实际服务人次给予运营补贴，每人次2元，每个老年食堂每年最高8万元。"),
    ("p", "第八条　80周岁以上老年人每餐就餐补贴4元，60至79周岁的低保、特困老年人每餐就餐补贴5元，每人每天最多补贴两餐。"),
    ("h", "第四章　附　则"),
    ("p", "第九条　本办法由市民政局负责解释。"),
    ("p", "第十条　本办法自2025年3月1日起施行，有效期至2027年2月28日。《岚溪市社区老年助餐点管理暂行办法》（岚民规〔2022〕3号）同时废止。"),
    ("right", "岚溪市民政局"),
    ("right", "2025年1月24日"),
]

# H2: the old 暂行办法 scanned as an image-only PDF of two pages; 「自发布之日起30日后施行」
H2_NAME = "scan_20220610.pdf"
H2_PAGES = [
    [
        ("redtitle", "岚溪市民政局文件"),
        ("center", "岚民规〔2022〕3号"),
        ("rule", ""),
        ("title", "岚溪市社区老年助餐点管理暂行办法"),
        ("gap", "20"),
        ("p", "第一条　为推进社区老年助餐点建设，方便老年人就近就餐，制定本办法。"),
        ("p", "第二条　助餐点由街道办事处会同社区居民委员会选址设置，优先利用社区养老服务站、党群服务中心的闲置用房。"),
        ("p", "第三条　对新建助餐点给予一次性建设补贴2万元。"),
        ("p", "第四条　按照实际服务人次给予运营补贴，每人次1.5元，每个助餐点每年最高5万元。"),
        ("p", "第五条　80周岁以上老年人每餐就餐补贴3元。"),
    ],
    [
        ("p", "第六条　助餐点应当公示菜品价格和补贴标准，每餐价格不得高于周边同类餐饮价格。"),
        ("p", "第七条　区民政部门每半年对助餐点开展一次服务质量评估，评估不合格的，暂停拨付运营补贴。"),
        ("p", "第八条　本办法由市民政局负责解释。"),
        ("p", "第九条　本办法自发布之日起30日后施行。"),
        ("gap", "60"),
        ("sign", "岚溪市民政局"),
        ("sign", "2022年6月10日"),
    ],
]

# H3: joint notice as Word with automatic numbering (一、 二、 …), 文号 in square brackets,
# 成文日期 in Chinese numerals; 「自印发之日起施行」 and no 印发 line
H3_NAME = "岚民发[2025]7号.docx"
H3 = {
    "header": "岚溪市民政局　岚溪市财政局",
    "number": "岚民发[2025]7号",
    "title": "岚溪市民政局　岚溪市财政局关于做好社区老年助餐就餐补贴发放工作的通知",
    "to": "各区民政局、财政局：",
    "lead": "为落实《岚溪市社区老年助餐服务管理办法》，规范就餐补贴发放，现将有关事项通知如下：",
    "items": [
        "补贴对象核定。各区民政局依据户籍信息和居住证信息，每月10日前核定享受就餐补贴的老年人名单。",
        "刷卡结算。老年人持社保卡或者“岚溪养老”电子卡在助餐点就餐，系统按照补贴标准自动扣减应付金额。",
        "资金拨付。区财政局按季度将就餐补贴资金拨付至助餐点运营单位，拨付前应当核对刷卡记录。",
        "监督检查。发现虚报人次、冒领补贴的，追回补贴资金，情节严重的取消助餐点运营资格。",
    ],
    "tail": "本通知自印发之日起施行。",
    "sign": "岚溪市民政局　　　　岚溪市财政局",
    "date": "二〇二五年二月十八日",
}

# H4: a notice pasted from the portal with its chrome: the 落款 has no date, the only date of
# the text is in its 印发 line; 文号 in half-width round brackets
H4_NAME = "关于调整社区老年助餐补贴标准的通知.txt"
H4_TXT = """岚溪市民政局门户网站
首页 | 机构概况 | 政务公开 | 政策文件 | 政策解读 | 互动交流
当前位置：首页 > 政务公开 > 政策文件
索引号：11530100MB1L39047X/2025-00041
发布时间：2025-04-09 10:30
关于调整社区老年助餐补贴标准的通知
岚民发(2025)19号
各区民政局，各老年食堂、助餐点运营单位：
根据全市居民消费价格变动情况，经市人民政府同意，现对社区老年助餐补贴标准调整如下：
一、80周岁以上老年人每餐就餐补贴由4元调整为5元。
二、60至79周岁的低保、特困老年人每餐就餐补贴由5元调整为6元。
三、运营补贴标准不作调整。
本通知自印发之日起施行。
岚溪市民政局
抄送：市财政局，市市场监督管理局。
岚溪市民政局办公室　　　　2025年4月7日印发
【打印本页】【关闭窗口】
主办单位：岚溪市民政局　　地址：岚溪市翠湖路18号　　联系电话：0871-6312088
"""

# H5: a portal 解读 whose 来源 names only the department, the city only in the site's name
H5_NAME = "t20250305_9034.html"
H5_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>政策解读_岚溪市人民政府</title></head>
<body>
<div class="top"><a href="/">岚溪市人民政府</a> <a href="/wza/">无障碍</a> <a href="/en/">English</a></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zcjd/">政策解读</a> <a href="/hdjl/">互动交流</a></div>
<div class="loc">当前位置：首页 &gt; 政务公开 &gt; 政策解读</div>
<div class="detail">
<h1>《岚溪市社区老年助餐服务管理办法》政策解读</h1>
<div class="attr"><span>来源：市民政局</span><span>发布时间：2025-03-05</span><span>字号：大 中 小</span></div>
<div class="body">
<p>一、为什么要修订？</p>
<p>2022年出台的暂行办法施行以来，全市共建成助餐点186个。但补贴标准偏低、老年食堂缺少建设支持等问题比较突出，需要修订完善。</p>
<p>二、主要变化有哪些？</p>
<p>一是新增老年食堂一次性建设补贴10万元；二是助餐点建设补贴由2万元提高到3万元；三是运营补贴由每人次1.5元提高到2元；四是将低保、特困老年人纳入就餐补贴范围。</p>
<p>三、什么时候开始执行？</p>
<p>新办法自2025年3月1日起施行，有效期两年。</p>
</div>
</div>
<div class="foot">主办：岚溪市人民政府办公室　网站标识码：5301000031</div>
</body>
</html>
"""

# H6: a district 细则 scanned as a png: 「自2025年5月1日起施行，试行二年」
H6_NAME = "IMG_20250416_0815.png"
H6_PAGE = [
    ("redtitle", "岚溪市石埠区民政局文件"),
    ("center", "石民〔2025〕4号"),
    ("rule", ""),
    ("title", "石埠区老年助餐点运营补贴实施细则（试行）"),
    ("gap", "20"),
    ("p", "第一条　为落实《岚溪市社区老年助餐服务管理办法》，结合本区实际，制定本细则。"),
    ("p", "第二条　区级财政在市级运营补贴之外，对服务人次排名前十的助餐点每年另行奖励1万元。"),
    ("p", "第三条　农村助餐点送餐上门的，每单另行补贴1元。"),
    ("p", "第四条　本细则自2025年5月1日起施行，试行二年。"),
    ("gap", "40"),
    ("sign", "岚溪市石埠区民政局"),
    ("sign", "2025年4月15日"),
]


def build_h3():
    doc = docx.Document()
    wd.header_footer(doc, "岚溪市民政局", "岚溪市民政局办公室")
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    wd.add_abstract(numbering, 41, [("chineseCounting", "%1、", 640)])
    wd.add_num(numbering, 41, 41)
    wd.para(doc, H3["header"], align="c", size=26, font="方正小标宋简体")
    wd.para(doc, H3["number"], align="c")
    wd.para(doc, H3["title"], align="c", size=22, font="方正小标宋简体")
    wd.para(doc, H3["to"], indent=False)
    wd.para(doc, H3["lead"])
    for item in H3["items"]:
        wd.numbered(wd.para(doc, item), 41)
    wd.para(doc, H3["tail"])
    wd.para(doc, "")
    wd.para(doc, H3["sign"], align="r")
    wd.para(doc, H3["date"], align="r")
    doc.save(os.path.join(OUT, H3_NAME))


def expected(pages):
    base = {"split": "heldout", "published_on": None, "status": "current",
            "superseded_by": None, "pages": None}
    return {
        H1_NAME: {**base, "title": "岚溪市社区老年助餐服务管理办法", "issuer": "岚溪市民政局",
                  "doc_number": "岚民规〔2025〕1号", "doc_type": "办法",
                  "issued_on": "2025-01-24", "effective_on": "2025-03-01",
                  "pages": pages["h1"]},
        H2_NAME: {**base, "title": "岚溪市社区老年助餐点管理暂行办法", "issuer": "岚溪市民政局",
                  "doc_number": "岚民规〔2022〕3号", "doc_type": "办法",
                  "issued_on": "2022-06-10", "effective_on": "2022-07-10",
                  "status": "superseded", "superseded_by": H1_NAME, "pages": 2},
        H3_NAME: {**base, "title": "岚溪市民政局　岚溪市财政局关于做好社区老年助餐就餐补贴发放工作的通知",
                  "issuer": "岚溪市民政局、岚溪市财政局", "doc_number": "岚民发[2025]7号",
                  "doc_type": "通知", "issued_on": "2025-02-18",
                  "effective_on": "2025-02-18"},
        H4_NAME: {**base, "title": "关于调整社区老年助餐补贴标准的通知", "issuer": "岚溪市民政局",
                  "doc_number": "岚民发(2025)19号", "doc_type": "通知",
                  "issued_on": "2025-04-07", "effective_on": "2025-04-07",
                  "published_on": "2025-04-09"},
        H5_NAME: {**base, "title": "《岚溪市社区老年助餐服务管理办法》政策解读",
                  "issuer": "岚溪市民政局", "doc_number": None, "doc_type": "解读",
                  "issued_on": None, "effective_on": None, "published_on": "2025-03-05"},
        H6_NAME: {**base, "title": "石埠区老年助餐点运营补贴实施细则（试行）",
                  "issuer": "岚溪市石埠区民政局", "doc_number": "石民〔2025〕4号",
                  "doc_type": "细则", "issued_on": "2025-04-15", "effective_on": "2025-05-01",
                  "pages": 1},
    }


q = kit.question_maker("p49h", "heldout")


QUESTIONS = [
    q(1, "岚溪市社区老年助餐服务管理办法什么时候开始施行？", [["2025年3月1日"]],
      "本办法自2025年3月1日起施行", ["effective"], H1_NAME, section="第十条"),
    q(2, "老年助餐服务管理办法的有效期到哪天？", [["2027年2月28日"]],
      "有效期至2027年2月28日", ["validity"], H1_NAME, section="第十条"),
    q(3, "老年助餐点管理暂行办法是哪天开始施行的？", [["2022年7月10日", "发布之日起30日后"]],
      "本办法自发布之日起30日后施行", ["effective", "old_version"], H2_NAME, True, "第九条"),
    q(4, "按暂行办法，新建一个助餐点给多少建设补贴？", [["2万元"]],
      "对新建助餐点给予一次性建设补贴2万元", ["number", "old_version"], H2_NAME, True, "第三条"),
    q(5, "新办法里老年食堂运营补贴每人次多少钱？", [["2元"]],
      "每人次2元", ["number"], H1_NAME, section="第七条"),
    q(6, "就餐补贴发放的通知文号是多少？", [["岚民发[2025]7号", "岚民发〔2025〕7号"]],
      "岚民发[2025]7号", ["doc_number"], H3_NAME),
    q(7, "就餐补贴资金多久拨付一次给助餐点？", [["季度"]],
      "区财政局按季度将就餐补贴资金拨付至助餐点运营单位", ["fact"], H3_NAME),
    q(8, "调整老年助餐补贴标准的通知从哪天起执行？", [["2025年4月7日", "印发之日"]],
      "本通知自印发之日起施行", ["effective"], H4_NAME),
    q(9, "调整后80岁以上老人每餐补贴多少？", [["5元"]],
      "80周岁以上老年人每餐就餐补贴由4元调整为5元", ["number"], H4_NAME),
    q(10, "石埠区助餐点运营补贴细则试行多久？", [["二年", "2年", "两年"]],
      "试行二年", ["validity"], H6_NAME, section="第四条"),
    q(11, "石埠区农村助餐点送餐上门每单多补多少？", [["1元"]],
      "每单另行补贴1元", ["number"], H6_NAME, section="第三条"),
    q(12, "老年食堂的厨师需要持什么证书上岗？", [], "", ["unanswerable"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    pages = {"h1": kit.make_cover_pdf(OUT, H1_NAME, H1_HEADER, H1_COVER, H1_TOP, H1_BODY)}
    imgs = [kit.render_page(pg, seed=49 + i).convert("RGB") for i, pg in enumerate(H2_PAGES)]
    imgs[0].save(os.path.join(OUT, H2_NAME), save_all=True, append_images=imgs[1:],
                 resolution=150)
    build_h3()
    kit.write_text(OUT, H4_NAME, H4_TXT)
    kit.write_text(OUT, H5_NAME, H5_HTML)
    kit.render_page(H6_PAGE, seed=61).save(os.path.join(OUT, H6_NAME))
    kit.write_expectations(HERE, "policy49", "heldout", expected(pages), QUESTIONS)
    print("held-out files written:", len(expected(pages)), "questions:", len(QUESTIONS))


if __name__ == "__main__":
    main()
