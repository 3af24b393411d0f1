"""policy42 probe set generator: writes the files of eval/probes/policy42-corpus/ (every text
written for this set; fictional city 峪川市 and its district 临波区, subsidies for lifts added to
existing homes). The writers (a PDF with a cover page among them) are fixture_kit.py's and
fixture_docx.py's.
Run: .venv/bin/python eval/probes/policy42-make.py [--heldout]  (tune files; --heldout also
writes the held-out ones)
The web pages and plain texts it once held as strings are committed in the corpus folder as
written and no longer rewritten here: 峪建发〔2024〕31号.txt, t20241216_6603.html,
关于成立加装电梯工作领导小组的通知.txt, news_20250402_7781.html, 加装电梯补助资金预算管理通知解读.txt, t20250610_6650.html."""

import os
import sys

import docx
import fixture_docx as wd
import fixture_kit as kit
from docx.shared import Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy42-corpus")


# ============================ HELD-OUT texts ============================

# H1: the 办法 in its 印发 notice as a text PDF with a cover page
H1_HEADER = "峪川市住房和城乡建设局规范性文件"
H1_COVER = [
    ("small", "峪川市住房和城乡建设局　峪川市财政局"),
    ("gap", "30"),
    ("big", "峪川市既有住宅加装电梯财政补助办法"),
    ("small", "二〇二四年十二月"),
]
H1_TOP = [
    ("center", "峪建规〔2024〕7号"),
    ("title", "峪川市住房和城乡建设局　峪川市财政局关于印发《峪川市既有住宅加装电梯财政补助办法》的通知"),
    ("left", "各区住房和城乡建设局、财政局，市直有关单位："),
    ("left", "　　为落实市委、市政府民生实事项目部署，市住房和城乡建设局、市财政局制定了《峪川市既有住宅加装电梯财政补助办法》，现印发给你们，请认真贯彻执行。"),
    ("right", "峪川市住房和城乡建设局　　峪川市财政局"),
    ("right", "2024年12月6日"),
    ("left", "　　（此件公开发布）"),
]
H1_BODY = [
    ("title", "峪川市既有住宅加装电梯财政补助办法"),
    ("h", "第一章　总　则"),
    ("p", "第一条　为改善既有住宅居住条件，方便老年人、残疾人等群体出行，规范既有住宅加装电梯财政补助资金管理，结合本市实际，制定本办法。"),
    ("p", "第二条　本办法适用于本市城市规划区内已建成投入使用、未设电梯的四层及以上住宅加装电梯的财政补助。"),
    ("p", "第三条　市住房和城乡建设局负责补助政策的组织实施和监督检查；市财政局负责补助资金的预算安排和拨付监督；各区人民政府负责本辖区加装电梯项目的申报受理和审核。"),
    ("h", "第二章　补助标准"),
    ("p", "第四条　加装电梯项目竣工验收合格并取得使用登记证的，按每台电梯15万元给予补助；同一单元加装两台以上电梯的，按一台计算。"),
    ("p", "第五条　住宅为七层及以上的，每台电梯补助标准提高到20万元。"),
    ("p", "第六条　项目所在小区已纳入老旧小区改造计划并安排了加装电梯资金的，不得重复申请本办法规定的补助。"),
    ("p", "第七条　补助资金由市、区两级财政按照6:4的比例分担。"),
    ("h", "第三章　申请和拨付"),
    ("p", "第八条　加装电梯项目由业主委员会或者经业主推选的代表作为申请人，在取得使用登记证之日起6个月内向所在区住房和城乡建设部门提出补助申请。"),
    ("p", "第九条　申请补助应当提交下列材料：（一）补助申请表；（二）竣工验收报告和使用登记证复印件；（三）工程造价结算书和发票复印件；（四）申请人收款账户信息。"),
    ("p", "第十条　区住房和城乡建设部门应当自受理申请之日起20个工作日内完成审核，审核结果在项目所在小区公示5个工作日。"),
    ("p", "第十一条　公示无异议的，区财政部门在15个工作日内将补助资金拨付至申请人账户。"),
    ("h", "第四章　监督管理"),
    ("p", "第十二条　申请人以虚报、伪造材料等方式骗取补助资金的，由财政部门追回已拨付资金，并依法追究相关责任。"),
    ("p", "第十三条　电梯投入使用后，由申请人或者其委托的物业服务企业负责日常维护保养；补助资金不得用于电梯运行维护费用。"),
    ("h", "第五章　附　则"),
    ("p", "第十四条　本办法由市住房和城乡建设局会同市财政局负责解释。"),
    ("p", "第十五条　本办法自2025年1月1日起施行，有效期3年。"),
    ("cc", "抄送：市人民政府办公室，市审计局。"),
    ("cc", "峪川市住房和城乡建设局办公室　　　　　　2024年12月9日印发"),
]

# H2: a district notice as Word: 成文日期 in Chinese numerals, right-aligned, then （此件公开发布）
H2_NOTICE = {
    "header": "峪川市临波区人民政府办公室文件",
    "number": "临政办发〔2025〕4号",
    "title": "峪川市临波区人民政府办公室关于开展2025年既有住宅加装电梯项目集中申报工作的通知",
    "to": "各街道办事处，区直有关单位，各物业服务企业：",
    "body": [
        "为推进既有住宅加装电梯工作，根据《峪川市既有住宅加装电梯财政补助办法》，区政府决定在全区开展2025年既有住宅加装电梯项目集中申报工作。现将有关事项通知如下：",
        "一、申报范围。本区城市规划区内2000年以前建成、四层及以上、未设电梯的住宅，同一单元同意加装电梯的业主达到三分之二以上。",
        "二、申报时间。2025年3月1日至4月30日，由各街道办事处集中受理。",
        "三、审核程序。街道办事处在受理后10个工作日内完成初审，区住房和城乡建设局会同区规划分局在收到初审材料后15个工作日内完成联合审查。",
        "四、工作要求。各街道要把加装电梯作为为民办实事的重要内容，主动上门宣传政策，协调化解业主分歧；区住房和城乡建设局每月通报各街道申报进度。",
    ],
    "attach": ["附件：1. 临波区既有住宅加装电梯项目申报表", "　　　2. 临波区加装电梯单元业主意见汇总表"],
    "sign": "峪川市临波区人民政府办公室",
    "date": "二〇二五年二月十七日",
    "open": "（此件公开发布）",
}
H2_FORM1 = [
    ["小区名称", "", "楼栋单元", ""],
    ["建成年份", "", "楼层数", ""],
    ["单元户数", "", "同意户数", ""],
    ["申请人", "", "联系电话", ""],
    ["街道初审意见", "", "区住建局意见", ""],
]
H2_FORM2 = [
    ["序号", "房号", "业主姓名", "是否同意", "签名"],
    ["1", "", "", "", ""],
    ["2", "", "", "", ""],
    ["3", "", "", "", ""],
]

# H3: a notice pasted as plain text from its Word file: 成文日期 and, in the 版记, an 印发 line

# H4: the 解读 on the bureau's site: 来源 and 发布时间 on lines of their own under the title

# H5: a district notice scanned to a one-page PDF (title broken over two lines)
H5_PAGE = [
    ("redtitle", "峪川市临波区住房和城乡建设局"),
    ("center", "临住建〔2025〕12号"),
    ("rule", ""),
    ("title", "关于下达2025年第一批既有住宅"),
    ("title", "加装电梯补助资金的通知"),
    ("left", "各街道办事处："),
    ("p", "根据《峪川市既有住宅加装电梯财政补助办法》和区政府工作部署，经街道初审、部门联合审查和公示，现将2025年第一批既有住宅加装电梯补助资金下达给你们，共涉及电梯32台，补助资金合计505万元，明细见下表。"),
    ("grid", [["街道", "电梯台数", "补助金额（万元）"],
              ["滨江街道", "14", "225"],
              ["望湖街道", "11", "175"],
              ["北门街道", "7", "105"],
              ["合计", "32", "505"]]),
    ("gap", "20"),
    ("p", "请各街道在收到资金后10个工作日内拨付至项目申请人账户，并督促申请人做好电梯日常维护保养。"),
    ("gap", "30"),
    ("right", "峪川市临波区住房和城乡建设局"),
    ("right", "2025年5月28日"),
    ("gap", "20"),
    ("small", "（此件公开发布）"),
]


def build_h2(name):
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    wd.header_footer(doc, "峪川市临波区人民政府办公室", "临波区人民政府办公室印发")
    n = H2_NOTICE
    wd.heading(doc, n["header"], n["number"], n["title"], n["to"])
    for b in n["body"]:
        wd.para(doc, b)
    for a in n["attach"]:
        wd.para(doc, a)
    wd.para(doc, n["sign"], align="r")
    wd.para(doc, n["date"], align="r")
    wd.para(doc, n["open"])
    doc.add_page_break()
    wd.para(doc, "附件1", indent=False, font="黑体")
    wd.para(doc, "临波区既有住宅加装电梯项目申报表", align="c", size=20, font="方正小标宋简体")
    wd.table(doc, H2_FORM1)
    doc.add_page_break()
    wd.para(doc, "附件2", indent=False, font="黑体")
    wd.para(doc, "临波区加装电梯单元业主意见汇总表", align="c", size=20, font="方正小标宋简体")
    wd.table(doc, H2_FORM2)
    doc.save(os.path.join(OUT, name))


def build_heldout():
    pages = kit.make_cover_pdf(OUT, "峪川市既有住宅加装电梯财政补助办法.pdf", H1_HEADER,
                               H1_COVER, H1_TOP, H1_BODY)
    print("H1 pdf pages", pages)
    build_h2("临波区加装电梯集中申报通知.docx")
    img = kit.render_page(H5_PAGE, seed=42).convert("RGB")
    img.save(os.path.join(OUT, "scan_20250528.pdf"), resolution=150)


# ============================== TUNE texts ==============================

# T1: a district 细则 as a text PDF with a cover (title over two lines, the organ and a month
# below); the body from page 2 starts with its own 文号 and ends with its 落款
T1_HEADER = "峪川市临波区人民政府规范性文件"
T1_COVER = [
    ("big", "临波区既有住宅加装电梯\n工作实施细则"),
    ("small", "峪川市临波区人民政府"),
    ("small", "2025年3月"),
]
T1_TOP = [
    ("center", "临政规〔2025〕1号"),
    ("title", "临波区既有住宅加装电梯工作实施细则"),
]
T1_BODY = [
    ("p", "第一条　为落实《峪川市既有住宅加装电梯财政补助办法》，规范本区既有住宅加装电梯工作，制定本细则。"),
    ("p", "第二条　区住房和城乡建设局是本区加装电梯工作的主管部门；各街道办事处负责组织协调、业主意见征询和矛盾调处。"),
    ("p", "第三条　加装电梯应当经本单元房屋专有部分面积占比三分之二以上且人数占比三分之二以上的业主同意，并在单元显著位置公示不少于10日。"),
    ("p", "第四条　加装电梯所需资金由业主按照楼层差异自行协商分摊，一楼业主可以不承担建设费用。"),
    ("p", "第五条　区财政在市级补助之外，对每台电梯另行补助3万元；对低保家庭、特困人员承担的费用部分全额补助。"),
    ("p", "第六条　街道办事处应当在收到业主申请之日起10个工作日内组织协调会，协调不成的，可以申请区人民调解委员会调解。"),
    ("p", "第七条　加装电梯工程应当由具有相应资质的单位设计、施工，电梯安装由具有特种设备安装资质的单位实施。"),
    ("p", "第八条　本细则由区住房和城乡建设局负责解释。"),
    ("p", "第九条　本细则自2025年4月1日起施行，有效期至2027年3月31日。"),
    ("right", "峪川市临波区人民政府"),
    ("right", "2025年3月14日"),
]

# T2: the city finance bureau's notice as Word: 成文日期 in Chinese numerals (written with ○),
# right-aligned, then （此件公开发布）; an 印发 line in the 版记
T2_NOTICE = {
    "header": "峪川市财政局文件",
    "number": "峪财建〔2025〕9号",
    "title": "峪川市财政局关于做好2025年既有住宅加装电梯补助资金预算管理的通知",
    "to": "各区财政局，市住房和城乡建设局：",
    "body": [
        "为保障《峪川市既有住宅加装电梯财政补助办法》落实，现就2025年加装电梯补助资金预算管理有关事项通知如下：",
        "一、预算安排。2025年市级财政安排加装电梯补助资金6000万元，按各区上年度加装电梯台数和当年申报计划切块下达。",
        "二、区级配套。各区应当按照市、区6:4的分担比例足额安排区级配套资金，并在年初预算中单列。",
        "三、拨付管理。补助资金实行国库集中支付，由区财政部门直接拨付至申请人账户，严禁拨付给施工单位或者个人代收。",
        "四、绩效评价。市财政局会同市住房和城乡建设局于每年第一季度对上年度补助资金开展绩效评价，评价结果作为下一年度资金分配的依据。",
    ],
    "sign": "峪川市财政局",
    "date": "二○二五年四月三十日",
    "open": "（此件公开发布）",
    "cc": "抄送：市人民政府办公室，市审计局。",
    "printed": "峪川市财政局办公室　　　　　　2025年5月6日印发",
}

# T3: a city government office notice pasted as text: 成文日期, an 附件 after it, then the 版记

# T4: a news page: 来源 and 作者 lines under the title, then 发布时间 written with slashes

# T5: a 解读 pasted as text, naming its source's 文号; 来源 and 发布时间 on lines of their own

# T6: a portal page of the lift maintenance 办法 (试行) in its 印发 notice: 「有效期2年」

# T7: a district 公示 scanned as an image (no 文号; organ and date at its foot)
T7_PAGE = [
    ("title", "临波区2025年第二批既有住宅"),
    ("title", "加装电梯补助项目公示"),
    ("gap", "20"),
    ("p", "根据《峪川市既有住宅加装电梯财政补助办法》，经街道初审和区住房和城乡建设局审核，现将2025年第二批拟补助的9台加装电梯项目予以公示。"),
    ("grid", [["小区", "楼栋单元", "层数", "拟补助（万元）"],
              ["望江小区", "3栋2单元", "6", "15"],
              ["北门新村", "8栋1单元", "7", "20"],
              ["其余7台", "详见附表", "—", "105"]]),
    ("gap", "20"),
    ("p", "公示期为2025年6月16日至6月20日。对公示项目有异议的，请在公示期内以书面形式向区住房和城乡建设局住房保障股反映，联系电话0871-6690315。"),
    ("gap", "30"),
    ("right", "峪川市临波区住房和城乡建设局"),
    ("right", "2025年6月13日"),
]


def build_tune():
    pages = kit.make_cover_pdf(OUT, "临波区既有住宅加装电梯工作实施细则.pdf", T1_HEADER,
                               T1_COVER, T1_TOP, T1_BODY)
    print("T1 pdf pages", pages)
    wd.write_notice(OUT, "峪财建〔2025〕9号.docx", T2_NOTICE, "峪川市财政局", "峪川市财政局印发")
    img = kit.render_page(T7_PAGE, seed=43).convert("RGB")
    img.save(os.path.join(OUT, "IMG_20250614_0931.jpg"), quality=88)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    if "--heldout" in sys.argv:
        build_heldout()
    build_tune()
