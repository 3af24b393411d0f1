# -*- coding: utf-8 -*-
"""policy33 probe set generator: writes all 12 files of eval/probes/policy33-corpus/ (texts written for this set; fictional city 澄川市).
Run: .venv/bin/python eval/probes/policy33-make.py"""

# ===== policy33_gen.py =====
"""policy33 generators (binary + text files)."""
import os, random
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy33-corpus")
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def write_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)


class GovPDF(FPDF):
    def __init__(self, running):
        super().__init__(format="A4")
        self.running = running
        self.add_font("serif", "", SERIF, collection_font_number=2)
        self.add_font("sans", "", SANS, collection_font_number=2)
        self.set_auto_page_break(True, margin=25)
        self.set_margins(25, 28, 25)

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN"); k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        self.set_font("sans", "", 9)
        self.set_y(12)
        self.cell(0, 6, self.running, align="C")
        self.line(25, 19, 185, 19)
        self.set_y(28)

    def footer(self):
        self.set_y(-18)
        self.set_font("serif", "", 10)
        self.cell(0, 8, f"— {self.page_no()} —", align="C")


def make_text_pdf(name, running, top, body, body_size=12.5):
    pdf = GovPDF(running)
    pdf.add_page()
    for kind, txt in top:
        if kind == "title":
            pdf.set_font("sans", "", 18)
            pdf.ln(4)
            pdf.multi_cell(0, 11, txt, align="C")
            pdf.ln(3)
        elif kind == "right":
            pdf.set_font("serif", "", 12)
            pdf.cell(0, 8, txt, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "center":
            pdf.set_font("serif", "", 12)
            pdf.multi_cell(0, 8, txt, align="C")
        elif kind == "left":
            pdf.set_font("serif", "", body_size)
            pdf.multi_cell(0, 8, txt)
    pdf.ln(4)
    for kind, txt in body:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("sans", "", 13.5)
            pdf.multi_cell(0, 10, txt, align="C")
        elif kind == "p":
            pdf.set_font("serif", "", body_size)
            pdf.multi_cell(0, 8.2, "　　" + txt)
        elif kind == "sign":
            pdf.set_font("serif", "", body_size)
            pdf.cell(0, 8.2, txt, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "cc":
            pdf.ln(3)
            pdf.set_font("serif", "", 11)
            pdf.line(25, pdf.get_y(), 185, pdf.get_y())
            pdf.multi_cell(0, 8, txt)
        elif kind == "table":
            pdf.set_font("serif", "", 11)
            with pdf.table(col_widths=(18, 52, 34, 22), text_align="CENTER", line_height=8, headings_style=__import__("fpdf").FontFace(emphasis="")) as t:
                for r in txt:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
    path = os.path.join(OUT, name)
    pdf.output(path)
    return pdf.page_no()


def _font(path, size, idx=2):
    return ImageFont.truetype(path, size, index=idx)


def render_page(lines, width=1240, height=1754, seed=1, margin=120):
    rnd = random.Random(seed)
    img = Image.new("L", (width, height), 250)
    d = ImageDraw.Draw(img)
    body = _font(SERIF, 34)
    y = 130
    maxw = width - 2 * margin

    def wrap(txt, font, indent=0):
        out, cur = [], ""
        first = True
        for ch in txt:
            w = maxw - (indent if first else 0)
            if d.textlength(cur + ch, font=font) > w and ch not in "，。；：、）》”":
                out.append(cur)
                cur = ch
                first = False
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    for kind, txt in lines:
        if kind == "redtitle":
            f = _font(SANS, 64, 2)
            w = d.textlength(txt, font=f)
            d.text(((width - w) / 2, y), txt, font=f, fill=40)
            y += 120
        elif kind == "rule":
            d.line((margin, y, width - margin, y), fill=30, width=4)
            y += 50
        elif kind in ("title",):
            f = _font(SANS, 44, 2)
            w = d.textlength(txt, font=f)
            d.text(((width - w) / 2, y), txt, font=f, fill=20)
            y += 66
        elif kind in ("center", "right", "small", "left", "sign"):
            f = _font(SERIF, 30 if kind == "small" else 34)
            w = d.textlength(txt, font=f)
            x = {"center": (width - w) / 2, "right": width - margin - w - 60,
                 "small": margin + 68, "left": margin, "sign": width - margin - w - 60}[kind]
            if kind == "center" and y < 400:
                y += 0
            d.text((x, y), txt, font=f, fill=25)
            y += 58 if kind != "left" else 64
            if kind == "center" and y < 400:
                y += 10
        elif kind == "p":
            ind = 68
            rows = wrap(txt, body, ind)
            for i, r in enumerate(rows):
                d.text((margin + (ind if i == 0 else 0), y), r, font=body, fill=25)
                y += 56
            y += 8
        elif kind == "grid":
            f = _font(SERIF, 30)
            cw = maxw // len(txt[0])
            for r in txt:
                for j, c in enumerate(r):
                    x0 = margin + j * cw
                    d.rectangle((x0, y, x0 + cw, y + 56), outline=30, width=2)
                    w = d.textlength(c, font=f)
                    d.text((x0 + (cw - w) / 2, y + 10), c, font=f, fill=25)
                y += 56
        elif kind == "gap":
            y += int(txt)
    # scanner noise
    px = img.load()
    for _ in range(width * height // 250):
        x, yy = rnd.randrange(width), rnd.randrange(height)
        px[x, yy] = rnd.choice((170, 190, 210, 120))
    img = img.rotate(0.35, resample=Image.BICUBIC, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    return img


# ---------------- docx helpers ----------------

def _add_abstract(numbering, abs_id, levels):
    """levels: list of (numFmt, lvlText, indent_left_twips, hanging/first)"""
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "hybridMultilevel"); a.append(mlt)
    for i, (fmt, text, first) in enumerate(levels):
        lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), str(i))
        s = OxmlElement("w:start"); s.set(qn("w:val"), "1"); lvl.append(s)
        nf = OxmlElement("w:numFmt"); nf.set(qn("w:val"), fmt); lvl.append(nf)
        lt = OxmlElement("w:lvlText"); lt.set(qn("w:val"), text); lvl.append(lt)
        sf = OxmlElement("w:suff"); sf.set(qn("w:val"), "space"); lvl.append(sf)
        lj = OxmlElement("w:lvlJc"); lj.set(qn("w:val"), "left"); lvl.append(lj)
        ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), str(first))
        ppr.append(ind); lvl.append(ppr)
        a.append(lvl)
    # abstractNum elements must precede num elements
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(a)
    else:
        numbering.append(a)
    return a


def _add_num(numbering, num_id, abs_id, restart=False):
    n = OxmlElement("w:num"); n.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(abs_id)); n.append(an)
    if restart:
        lo = OxmlElement("w:lvlOverride"); lo.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); lo.append(so)
        n.append(lo)
    numbering.append(n)


def _numbered(p, num_id, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl)); numPr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id)); numPr.append(ni)
    pPr.insert(0, numPr)


def _set_font(run, name="仿宋_GB2312", size=16):
    run.font.size = Pt(size)
    run.font.name = name
    rPr = run._r.get_or_add_rPr()
    rf = rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rPr.append(rf)
    rf.set(qn("w:eastAsia"), name)


def para(doc, text, align=None, size=16, font="仿宋_GB2312", indent=True):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    r = p.add_run(text)
    _set_font(r, font, size)
    return p


def header_footer(doc, head, foot_left):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(hp.add_run(head), "宋体", 10.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(fp.add_run(foot_left + "　　第 "), "宋体", 10.5)
    # PAGE field
    r = fp.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = fp.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r2._r.append(it)
    r3 = fp.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._r.append(e)
    _set_font(fp.add_run(" 页"), "宋体", 10.5)


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(c)
            _set_font(run, "仿宋_GB2312", 12)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t

# ===== policy33_texts_h.py =====
"""policy33 held-out document texts (written for this probe set; fictional city 澄川市)."""

JIEDU_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>《澄川市人才安居住房管理办法》政策解读_澄川市住房和城乡建设局</title>
<meta name="ArticleTitle" content="《澄川市人才安居住房管理办法》政策解读">
<meta name="PubDate" content="2025-03-05 16:20">
<meta name="ContentSource" content="澄川市住房和城乡建设局">
<link rel="stylesheet" href="/css/zjj_main.css">
</head>
<body>
<div class="top-bar"><span>您好，欢迎访问澄川市住房和城乡建设局网站！</span> <a href="/wza/">无障碍</a> | <a href="/lzb/">长者模式</a> | <a href="/en/">English</a></div>
<div class="header"><img src="/images/logo_zjj.png" alt="澄川市住房和城乡建设局"><form class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>
<ul class="nav">
<li><a href="/">首页</a></li><li><a href="/jgzn/">机构概况</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/ztzl/">专题专栏</a></li>
</ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcjd/">政策解读</a></div>
<div class="article">
<h1>《澄川市人才安居住房管理办法》政策解读</h1>
<div class="info">发布时间：2025-03-05 16:20　来源：澄川市住房和城乡建设局　浏览次数：<span id="hits">2318</span>　字体：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div class="content">
<p>近日，市政府印发了修订后的《澄川市人才安居住房管理办法》（澄府规〔2025〕2号，以下简称《办法》）。为便于社会各界和广大人才准确理解政策内容，现就有关情况解读如下。</p>
<h3>一、修订背景</h3>
<p>2021年我市出台人才安居住房管理办法以来，累计筹集人才公寓4600余套，为近万名来澄就业创业的人才解决了过渡性住房需求。随着产业园区扩容和高校毕业生留澄人数增加，原办法存在补贴标准偏低、保障期限偏短、审核环节较多等问题。市住建局会同市人社局、市财政局在广泛征求用人单位和人才意见的基础上，对原办法进行了全面修订。</p>
<h3>二、适用对象</h3>
<p>《办法》适用于在本市行政区域内全职工作、本人及配偶在本市无自有住房的各类人才。与原办法相比，本次修订把具有高级工以上职业资格或者职业技能等级证书的技能人才纳入保障范围，不再以学历作为唯一门槛。</p>
<h3>三、主要变化</h3>
<p>（一）提高租赁补贴标准。博士研究生每月补贴由1500元提高到2500元，硕士研究生由1000元提高到1500元，本科毕业生和高级工以上技能人才每月补贴800元。</p>
<p>（二）延长保障期限。租赁补贴和人才公寓的保障期限由最长3年延长至最长5年，让人才有更充裕的时间积累购房能力。</p>
<p>（三）降低人才公寓租金。人才公寓租金由同地段同品质市场租金的70%下调为60%，入住满3年后按市场租金的80%计收。</p>
<p>（四）压缩审核时限。住建部门收到完整申请材料后，审核时限由20个工作日缩短为15个工作日，并推行“一网通办”，申请人无需再到窗口提交纸质材料。</p>
<p>（五）强化退出管理。对隐瞒住房情况、虚报材料骗取补贴的，除追回已发放补贴外，5年内不得再次申请本市人才安居政策。</p>
<h3>四、施行时间</h3>
<p>《办法》自2025年4月1日起施行，有效期5年。2021年印发的《澄川市人才安居住房管理办法》（澄府规〔2021〕5号）同时废止。《办法》施行前已按原办法享受补贴、尚在保障期内的人才，自2025年4月起按新标准发放，保障期限按新规定执行。</p>
<p>咨询电话：0759-26118830（市住建局住房保障科）</p>
</div>
<div class="related"><h4>相关链接</h4>
<ul>
<li><a href="/zwgk/zcwj/content_6048.html">澄川市人民政府关于印发澄川市人才安居住房管理办法的通知</a></li>
<li><a href="/xwzx/gzdt/content_7741.html">市住建局负责人就人才安居新政答记者问</a></li>
<li><a href="/zwgk/zcjd/content_7690.html">图解：澄川人才安居“五大变化”</a></li>
</ul></div>
<div class="tools"><span>分享到：</span><a class="wx">微信</a> <a class="wb">微博</a> <a class="qq">QQ空间</a>　<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<p class="editor">责任编辑：邵雨桐</p>
</div>
<div class="footer">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p>
<p>主办单位：澄川市住房和城乡建设局　地址：澄川市滨江大道188号　邮编：529400</p>
<p>网站标识码：4407850012　<a href="https://beian.miit.gov.cn/">粤ICP备17032291号-2</a>　粤公网安备 44078502000118号</p>
</div>
</body>
</html>
"""

QA_TXT = """您好，欢迎访问澄川市住房和城乡建设局网站！  无障碍 | 长者模式 | 登录 | 注册
首页  机构概况  政务公开  政务服务  互动交流  专题专栏
当前位置：首页 > 政务公开 > 政策问答
人才安居政策问答（2025年版）
发布时间：2025-04-08 09:45  来源：澄川市住房和城乡建设局  浏览次数：5127
字体：【大 中 小】  打印  关闭
分享到：
新版《澄川市人才安居住房管理办法》已于4月1日起施行，我们把近期热线和留言中集中反映的问题整理如下，供大家参考。
1. 问：我是去年来澄川工作的本科毕业生，能申请租赁补贴吗？
答：可以。新办法把本科毕业生纳入租赁补贴范围，标准为每月800元。需要满足在本市全职工作、依法缴纳社会保险，本人及配偶在本市无自有住房等条件。
2. 问：社保要交满多长时间才能申请？
答：申请时需在本市连续缴纳社会保险满3个月。补缴的月份不计入连续缴纳时间。
3. 问：我在老家有一套房子，会影响申请吗？
答：不影响。“无自有住房”只看在本市行政区域内（含各县、区）的住房情况，市外住房不作为审核条件。
4. 问：人才公寓和租赁补贴能同时享受吗？
答：不能。两者只能选择其一。已入住人才公寓的，入住期间停发租赁补贴。
5. 问：夫妻双方都是人才，可以各领一份补贴吗？
答：不可以。夫妻双方均符合条件的，按就高原则只享受一份补贴。
6. 问：补贴什么时候发？发到哪里？
答：租赁补贴按季度发放，每季度首月的25日前打入申请人本人的社会保障卡银行账户。
7. 问：原来按老办法领补贴，3年期满后还能继续领吗？
答：新办法施行时尚在保障期内的，保障期限按新办法最长5年计算，期满前无需重新申请，但每年要在线上完成一次资格复核。
8. 问：在哪里申请？
答：登录“澄川政务服务网”或“澄e办”App，进入“人才安居”专区在线提交，审核结果会通过短信告知。
9. 问：单位可以帮我统一申报吗？
答：可以。用人单位可以通过法人账户为本单位职工集中申报，但申请材料的真实性仍由申请人本人负责。
10. 问：审核不通过怎么办？
答：对审核结果有异议的，可以在收到通知之日起10个工作日内向所在县（区）住建部门申请复核。
如仍有疑问，请拨打12345政务服务便民热线或市住建局住房保障科电话0759-26118830咨询。
【打印本页】 【关闭窗口】
相关链接：
· 澄川市人民政府关于印发澄川市人才安居住房管理办法的通知
· 《澄川市人才安居住房管理办法》政策解读
· 市住建局负责人就人才安居新政答记者问
上一篇：澄川市2025年第一批保障性租赁住房项目名单公示
下一篇：关于开展住房租赁市场专项整治的通告
责任编辑：邵雨桐
网站地图 | 联系我们 | 使用帮助
主办单位：澄川市住房和城乡建设局 地址：澄川市滨江大道188号
网站标识码：4407850012 粤ICP备17032291号-2 粤公网安备 44078502000118号
"""

# Text PDF with a table: 实施细则
XIZE_HEADER = "澄川市住房和城乡建设局规范性文件"
XIZE_TOP = [
    ("right", "澄住建规〔2025〕4号"),
    ("title", "澄川市人才公寓租赁补贴实施细则"),
    ("center", "澄川市住房和城乡建设局　澄川市财政局　澄川市人力资源和社会保障局"),
    ("center", "二〇二五年四月二十日"),
]
XIZE_BODY = [
    ("h", "第一章　总　则"),
    ("p", "第一条　为落实《澄川市人才安居住房管理办法》（澄府规〔2025〕2号），规范人才租赁补贴的申请、审核、发放和监督管理，制定本细则。"),
    ("p", "第二条　本细则所称人才租赁补贴，是指对在本市全职工作、本人及配偶在本市无自有住房且未入住人才公寓的人才，按月给予的住房租金补助。"),
    ("p", "第三条　市住房和城乡建设局负责租赁补贴政策的组织实施和信息系统建设；市财政局负责资金保障和监督；市人力资源和社会保障局负责人才类别认定和社会保险缴纳情况核验。各县（区）住建部门负责本辖区申请的受理和初审。"),
    ("h", "第二章　补贴标准"),
    ("p", "第四条　租赁补贴按人才类别确定标准，具体见下表："),
    ("table", [
        ["人才类别", "认定条件", "月补贴标准（元）", "最长期限"],
        ["A类", "博士研究生", "2500", "5年"],
        ["B类", "硕士研究生、副高级职称", "1500", "5年"],
        ["C类", "全日制本科毕业生", "800", "5年"],
        ["D类", "高级工以上技能人才", "800", "5年"],
        ["E类", "技师、高级技师", "1200", "5年"],
    ]),
    ("p", "第五条　同时符合两个以上类别条件的，按就高原则确定一个类别，不得重复享受。"),
    ("p", "第六条　在青禾县、石陂县工作的人才，在本细则第四条标准基础上每月增加200元，所需资金由所在县财政承担。"),
    ("h", "第三章　申请与审核"),
    ("p", "第七条　申请人应通过“澄川政务服务网”人才安居专区提交下列材料："),
    ("p", "（一）身份证明；"),
    ("p", "（二）学历学位证书或者职业资格、职业技能等级证书；"),
    ("p", "（三）与用人单位签订的一年以上劳动合同或者聘用合同；"),
    ("p", "（四）经住房租赁监管服务平台备案的租赁合同；"),
    ("p", "（五）本人及配偶住房情况承诺书。"),
    ("p", "第八条　县（区）住建部门应在收到完整材料后5个工作日内完成初审，市住建局应在初审通过后10个工作日内完成复审。复审通过的，在市住建局网站公示5个工作日。"),
    ("p", "第九条　公示无异议的，自公示期满次月起发放补贴；有异议的，经核查属实的不予发放。"),
    ("h", "第四章　发放与管理"),
    ("p", "第十条　租赁补贴按季度发放，每季度首月25日前发放至申请人社会保障卡银行账户。"),
    ("p", "第十一条　享受补贴期间有下列情形之一的，自情形发生次月起停发补贴："),
    ("p", "（一）在本市购买住房或者通过继承、受赠等方式取得住房的；"),
    ("p", "（二）离开本市工作或者与用人单位解除劳动关系满3个月未再就业的；"),
    ("p", "（三）入住人才公寓的；"),
    ("p", "（四）未按规定完成年度资格复核的。"),
    ("p", "第十二条　申请人应在停发情形发生之日起30日内主动申报。未主动申报造成多领补贴的，由发放部门追回。"),
    ("h", "第五章　附　则"),
    ("p", "第十三条　本细则由市住房和城乡建设局会同市财政局、市人力资源和社会保障局负责解释。"),
    ("p", "第十四条　本细则自2025年5月20日起施行，有效期至2030年3月31日。"),
    ("cc", "抄送：市委组织部，市发展改革局，各县（区）人民政府。"),
    ("cc", "澄川市住房和城乡建设局办公室　　　　2025年4月21日印发"),
]

# Scanned PNG notice
SCAN_PNG_LINES = [
    ("redtitle", "青禾县住房和城乡建设局文件"),
    ("center", "青住建〔2025〕31号"),
    ("rule", ""),
    ("title", "关于开展2025年度人才租赁补贴"),
    ("title", "申报工作的通知"),
    ("left", "各乡镇人民政府，县直各单位，各有关企业："),
    ("p", "根据《澄川市人才安居住房管理办法》和《澄川市人才公寓租赁补贴实施细则》，现将我县2025年度人才租赁补贴申报工作有关事项通知如下："),
    ("p", "一、申报时间。2025年6月16日至7月15日，逾期系统不再受理。"),
    ("p", "二、申报对象。在我县全职工作，本人及配偶在澄川市无自有住房，且在本市连续缴纳社会保险满3个月的各类人才。"),
    ("p", "三、申报方式。申请人通过“澄川政务服务网”人才安居专区在线申报；用人单位可集中代报。"),
    ("p", "四、补贴标准。按市定标准执行，在我县工作的另加每月200元。"),
    ("p", "五、工作要求。各乡镇、各单位要指定专人负责政策宣传和材料把关，6月30日前将本单位联络人名单报县住建局住房保障股。"),
    ("p", "联系人：钟晓岚　联系电话：0759-28836512"),
    ("right", "青禾县住房和城乡建设局"),
    ("right", "二〇二五年六月九日"),
    ("small", "（此件公开发布）"),
]

# DOCX with automatic numbering: 青年人才驿站
YIZHAN_NOTICE = {
    "header": "澄川市人力资源和社会保障局",
    "footer_left": "澄川市人力资源和社会保障局发布",
    "number": "澄人社发[2025]18号",
    "title": "澄川市人力资源和社会保障局关于印发《澄川市青年人才驿站管理办法（试行）》的通知",
    "to": "各县（区）人力资源和社会保障局，市直有关单位，各青年人才驿站运营机构：",
    "body": "为吸引更多高校毕业生来澄求职创业，经研究，现将《澄川市青年人才驿站管理办法（试行）》印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向市人社局人才开发科反映。",
    "attach": "附件：澄川市青年人才驿站首批认定名单",
    "sign": "澄川市人力资源和社会保障局",
    "date": "2025年5月12日",
    "open": "（此件主动公开）",
}
YIZHAN_CHAPTERS = [
    ("第一章　总则", [
        "为做好来澄求职青年人才的短期住宿保障，营造青年友好型城市环境，根据《澄川市人才安居住房管理办法》，结合本市实际，制定本办法。",
        "本办法所称青年人才驿站（以下简称驿站），是指经市人力资源和社会保障局认定，为来澄求职、面试、实习的青年人才免费提供短期住宿和就业服务的场所。",
        "市人力资源和社会保障局负责驿站的认定、指导和考核；各县（区）人力资源和社会保障局负责本辖区驿站的日常监督。",
    ]),
    ("第二章　入住条件", [
        "符合下列条件之一的人员，可以申请入住驿站：",
        "入住驿站实行免费制度，每人每次最长可连续入住7天，每人每年累计入住不超过2次。",
        "申请人应在入住前通过“澄e办”App预约，入住时出示身份证件和本人面试通知、实习协议或者求职登记记录。",
    ]),
    ("第三章　运营管理", [
        "驿站运营机构应当具备下列条件：",
        "驿站运营机构应建立入住登记台账，按月向所在县（区）人社部门报送入住人数、入住天数和就业去向。",
        "市人社局按照每人每晚120元的标准给予运营机构住宿补助，每季度结算一次。",
        "运营机构虚报入住人数骗取补助的，追回补助资金，取消驿站认定，3年内不得重新申请。",
    ]),
    ("第四章　附则", [
        "本办法由市人力资源和社会保障局负责解释。",
        "本办法自2025年6月1日起施行，有效期2年。",
    ]),
]
YIZHAN_ITEMS = {
    (1, 0): [
        "毕业5年内的全日制大专以上学历毕业生；",
        "在读研究生及应届本科毕业生；",
        "持有高级工以上职业资格或者职业技能等级证书、年龄在35周岁以下的技能人才。",
    ],
    (2, 0): [
        "具有独立法人资格，近3年无重大违法记录；",
        "驿站床位不少于30张，配备卫生间、淋浴、空调和无线网络；",
        "位于公共交通站点1公里范围内；",
        "配备专职服务人员，提供就业咨询和岗位推介服务。",
    ],
}
YIZHAN_TABLE = [
    ["序号", "驿站名称", "所在县（区）", "地址", "床位（张）"],
    ["1", "澄川高新区青年人才驿站", "高新区", "创智路16号", "60"],
    ["2", "滨江青年人才驿站", "澄江区", "滨江大道421号", "48"],
    ["3", "青禾县青年人才驿站", "青禾县", "禾丰路8号", "32"],
    ["4", "石陂县青年人才驿站", "石陂县", "陂东街103号", "30"],
]

# ===== policy33_texts_t.py =====
"""policy33 tune document texts (fictional city 澄川市)."""

OLD_HEADER = "澄川市人民政府规范性文件"
OLD_TOP = [
    ("right", "澄府规〔2021〕5号"),
    ("title", "澄川市人民政府关于印发澄川市人才安居住房管理办法的通知"),
    ("left", "各县（区）人民政府，市政府各部门、各直属机构："),
    ("left", "　　现将《澄川市人才安居住房管理办法》印发给你们，请认真组织实施。"),
    ("right", "澄川市人民政府"),
    ("right", "2021年6月18日"),
    ("title", "澄川市人才安居住房管理办法"),
]
OLD_BODY = [
    ("h", "第一章　总　则"),
    ("p", "第一条　为吸引和留住各类人才，改善人才居住条件，根据国家和省有关住房保障政策，结合本市实际，制定本办法。"),
    ("p", "第二条　本办法所称人才安居住房，包括市、县（区）政府筹集的人才公寓和向人才发放的住房租赁补贴。"),
    ("p", "第三条　市住房和城乡建设局是人才安居工作的主管部门；市人力资源和社会保障局负责人才资格认定；市财政局负责资金保障。"),
    ("h", "第二章　保障对象"),
    ("p", "第四条　申请人才安居住房，应同时符合下列条件："),
    ("p", "（一）具有全日制硕士研究生以上学历，或者具有副高级以上专业技术职称；"),
    ("p", "（二）与本市用人单位签订一年以上劳动合同，并在本市连续缴纳社会保险满6个月；"),
    ("p", "（三）本人及配偶在本市无自有住房。"),
    ("p", "第五条　人才公寓和租赁补贴只能选择其中一项。"),
    ("h", "第三章　租赁补贴"),
    ("p", "第六条　租赁补贴标准为：博士研究生每人每月1500元，硕士研究生或者副高级职称人员每人每月1000元。"),
    ("p", "第七条　租赁补贴保障期限最长3年，期满后不再发放。"),
    ("p", "第八条　租赁补贴每半年发放一次。"),
    ("h", "第四章　人才公寓"),
    ("p", "第九条　人才公寓租金按照同地段同品质住房市场租金的70%确定，由市住建局每年公布一次。"),
    ("p", "第十条　人才公寓单套建筑面积原则上控制在90平方米以内，以一居室和两居室为主。"),
    ("p", "第十一条　人才公寓租赁期限最长3年。承租人在本市购买住房的，应在购房之日起3个月内退出。"),
    ("h", "第五章　申请与审核"),
    ("p", "第十二条　申请人向用人单位所在县（区）住建部门提交书面申请材料。县（区）住建部门初审后报市住建局审核，市住建局应在收到完整材料后20个工作日内作出审核决定。"),
    ("p", "第十三条　审核通过的人员名单在市住建局网站公示7日。"),
    ("h", "第六章　监督管理"),
    ("p", "第十四条　以虚报、隐瞒等方式骗取人才安居住房或者补贴的，取消其资格，追回已发放的补贴，3年内不得再次申请。"),
    ("h", "第七章　附　则"),
    ("p", "第十五条　各县（区）可以结合本地实际制定实施细则。"),
    ("p", "第十六条　本办法自2021年8月1日起施行，有效期5年。"),
    ("cc", "抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。"),
    ("cc", "澄川市人民政府办公室　　　　　　2021年6月21日印发"),
]

NEW_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>澄川市人民政府关于印发澄川市人才安居住房管理办法的通知_政策文件_澄川市人民政府门户网站</title>
<meta name="PubDate" content="2025-03-03 10:05">
</head>
<body>
<div class="topbar">澄川市人民政府门户网站　<a href="#">简</a>|<a href="#">繁</a>　<a href="#">无障碍浏览</a>　<a href="#">移动版</a></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">政民互动</a> <a href="/zjcc/">走进澄川</a></div>
<div class="breadcrumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/zcwj/szfwj/">市政府文件</a></div>
<table class="xxgk-info">
<tr><td>索引号：</td><td>11440785MB2C18406K/2025-00117</td><td>分类：</td><td>住房保障</td></tr>
<tr><td>发布机构：</td><td>澄川市人民政府</td><td>成文日期：</td><td>2025-02-26</td></tr>
<tr><td>名　　称：</td><td colspan="3">澄川市人民政府关于印发澄川市人才安居住房管理办法的通知</td></tr>
<tr><td>文　　号：</td><td>澄府规〔2025〕2号</td><td>发布日期：</td><td>2025-03-03</td></tr>
</table>
<div class="article">
<h1>澄川市人民政府关于印发澄川市人才安居住房管理办法的通知</h1>
<div class="meta">发布时间：2025-03-03 10:05　来源：市住房和城乡建设局　浏览次数：8904　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor">
<p style="text-align:center">澄府规〔2025〕2号</p>
<p>各县（区）人民政府，市政府各部门、各直属机构：</p>
<p>　　《澄川市人才安居住房管理办法》已经市人民政府第42次常务会议审议通过，现印发给你们，请认真贯彻执行。</p>
<p style="text-align:right">澄川市人民政府</p>
<p style="text-align:right">2025年2月26日</p>
<p>　　（此件公开发布）</p>
<h2 style="text-align:center">澄川市人才安居住房管理办法</h2>
<p style="text-align:center"><strong>第一章　总　则</strong></p>
<p>　　第一条　为进一步优化人才发展环境，解决人才在澄工作期间的住房困难，根据有关法律法规和政策规定，结合本市实际，制定本办法。</p>
<p>　　第二条　本办法所称人才安居住房，包括政府筹集或者认定的人才公寓，以及向人才发放的住房租赁补贴。</p>
<p>　　第三条　市住房和城乡建设局负责全市人才安居工作的统筹管理；市人力资源和社会保障局负责人才类别认定；市财政局负责资金保障；各县（区）人民政府负责本辖区人才公寓的筹集和日常管理。</p>
<p style="text-align:center"><strong>第二章　保障对象</strong></p>
<p>　　第四条　申请人才安居住房，应同时符合下列条件：</p>
<p>　　（一）具有全日制本科以上学历，或者具有中级以上专业技术职称，或者具有高级工以上职业资格、职业技能等级证书；</p>
<p>　　（二）与本市用人单位签订一年以上劳动合同，并在本市连续缴纳社会保险满3个月；</p>
<p>　　（三）本人及配偶在本市无自有住房。</p>
<p>　　第五条　人才公寓和租赁补贴只能选择其中一项；夫妻双方均符合条件的，只能享受一份。</p>
<p style="text-align:center"><strong>第三章　租赁补贴</strong></p>
<p>　　第六条　租赁补贴标准为：博士研究生每人每月2500元；硕士研究生或者副高级以上职称人员每人每月1500元；本科毕业生、中级职称人员和高级工以上技能人才每人每月800元。</p>
<p>　　第七条　租赁补贴保障期限最长5年。</p>
<p>　　第八条　租赁补贴按季度发放，具体办法由市住建局会同市财政局、市人社局另行制定。</p>
<p style="text-align:center"><strong>第四章　人才公寓</strong></p>
<p>　　第九条　人才公寓租金按照同地段同品质住房市场租金的60%确定；承租满3年的，自第4年起按市场租金的80%确定。</p>
<p>　　第十条　人才公寓单套建筑面积原则上控制在90平方米以内，配齐基本家具家电，实现拎包入住。</p>
<p>　　第十一条　人才公寓租赁合同每次签订不超过2年，累计租住期限最长5年。承租人在本市取得住房的，应在取得住房之日起3个月内退出。</p>
<p style="text-align:center"><strong>第五章　申请与审核</strong></p>
<p>　　第十二条　申请人通过“澄川政务服务网”人才安居专区在线提交申请。市住建局应在收到完整材料后15个工作日内作出审核决定，并将审核结果告知申请人。</p>
<p>　　第十三条　审核通过的人员名单在市住建局网站公示5个工作日。</p>
<p style="text-align:center"><strong>第六章　监督管理</strong></p>
<p>　　第十四条　以虚报、隐瞒等方式骗取人才安居住房或者补贴的，取消其资格，追回已发放的补贴，5年内不得再次申请本市人才安居政策，并按规定纳入个人信用记录。</p>
<p>　　第十五条　用人单位为申请人出具虚假证明的，由主管部门责令改正，3年内暂停该单位职工集中申报资格。</p>
<p style="text-align:center"><strong>第七章　附　则</strong></p>
<p>　　第十六条　本办法由市住房和城乡建设局负责解释。</p>
<p>　　第十七条　本办法自2025年4月1日起施行，有效期5年。2021年6月18日印发的《澄川市人才安居住房管理办法》（澄府规〔2021〕5号）同时废止。</p>
</div>
<div class="fj">附件下载：<a href="/attach/2025/03/P020250303.pdf">澄川市人才安居住房管理办法.pdf</a></div>
<div class="share">分享：<a>微信</a> <a>微博</a>　<a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">[关闭]</a></div>
<div class="related">相关文章：<a href="/zwgk/zcjd/content_7734.html">《澄川市人才安居住房管理办法》政策解读</a>　<a href="/zwgk/zcwj/content_5521.html">澄川市人民政府办公室关于加快发展保障性租赁住房的实施意见</a></div>
</div>
<div class="footer">主办：澄川市人民政府办公室　承办：澄川市政务服务数据管理局<br>
网站标识码：4407850001　粤ICP备13058872号　粤公网安备 44078502000101号<br>
建议使用1366×768分辨率浏览</div>
</body>
</html>
"""

NEWS_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>滨江人才公寓首批320套房源完成配租 - 澄川新闻网</title></head>
<body>
<div class="head"><a href="/">澄川新闻网</a> | <a href="/sz/">时政</a> <a href="/ms/">民生</a> <a href="/jj/">经济</a> <a href="/xq/">县区</a> <a href="/sp/">视频</a>　<a href="/app/">下载澄川+客户端</a></div>
<div class="loc">首页 &gt; 民生 &gt; 正文</div>
<h1>滨江人才公寓首批320套房源完成配租</h1>
<div class="src">2025-07-02 08:31　来源：澄川日报　作者：记者 黎书航 通讯员 程雯</div>
<div class="txt">
<p>7月1日上午，位于澄江区滨江大道的滨江人才公寓迎来首批住户。当天，来自高新区电子信息企业、市第一人民医院和澄川职业技术学院的126名人才领到了钥匙。</p>
<p>据市住建局介绍，滨江人才公寓是今年4月新版人才安居办法施行后，我市按新标准配租的第一个集中式人才公寓项目，共有房源800套，首批拿出320套，以一居室和两居室为主，均配齐了家具、家电和网络。按新办法，租金为同地段市场租金的60%，一套50平方米左右的一居室每月租金约900元。</p>
<p>“以前在外面租房，押一付三，还得自己添家具。现在提个箱子就能住进来，一个月还省下几百块。”刚从外省来澄工作的软件工程师邝明远说。</p>
<p>记者了解到，首批320套房源共收到有效申请412份，按照人才类别、在澄工作时间等因素综合排序后确定了配租对象，未能配租的申请人将进入轮候库。剩余480套房源预计今年10月底前分两批投放。</p>
<p>市住建局住房保障科负责人表示，下一步还将在青禾县、石陂县的产业园区周边布局人才公寓，力争到2027年全市人才公寓累计达到8000套。</p>
</div>
<div class="edit">【责任编辑：潘一苇】</div>
<div class="rel">相关新闻：<a>我市人才租赁补贴新标准4月起执行</a>　<a>市住建局负责人就人才安居新政答记者问</a></div>
<div class="share">分享到：微信 微博 QQ　<a>打印</a></div>
<div class="foot">澄川日报社主办　版权所有 未经授权禁止复制或建立镜像<br>互联网新闻信息服务许可证：44120180021　粤ICP备09108821号　举报电话：0759-26101234</div>
</body></html>
"""

DAJIZHE_MD = """# 市住建局负责人就人才安居新政答记者问

> 发布时间：2025-03-04　来源：澄川市住房和城乡建设局　

近日，市政府印发了新修订的《澄川市人才安居住房管理办法》。市住建局负责人就群众关心的问题回答了记者提问。

**问：为什么要修订原来的办法？**

答：原办法施行近四年，在吸引人才方面发挥了积极作用，但也有一些企业反映，门槛偏高，不少一线急需的本科生和技能人才“够不着”；补贴三年就停，不少人刚站稳脚跟就面临房租压力。这次修订主要就是回应这些呼声。

**问：新办法对保障对象做了哪些调整？**

答：主要有三点：一是学历门槛从硕士降到本科；二是把中级职称人员和高级工以上技能人才纳入进来；三是社保缴纳要求从连续6个月缩短到3个月。

**问：已经在享受补贴的人怎么衔接？**

答：新办法4月1日施行后，还在保障期内的人员自4月起直接按新标准发放，不需要重新申请。比如一位博士原来每月领1500元，4月起每月领2500元，保障期限也从3年延长到5年。

**问：租赁补贴多久发一次？**

答：原来是半年发一次，新办法改为按季度发放，具体发放时间由市住建局会同财政、人社部门另行规定。

**问：对弄虚作假的行为怎么处理？**

答：除取消资格、追回补贴外，5年内不得再次申请，并纳入个人信用记录。用人单位出具虚假证明的，3年内暂停该单位集中申报资格。

**问：今年人才公寓的房源有多少？**

答：今年计划新筹集人才公寓1500套，其中滨江人才公寓800套预计年中交付。

---

*（本文由市住建局办公室整理）*
"""

NEWS_TXT = """我市人才租赁补贴今年已发放1.36亿元
来源：澄川日报  2025年10月15日  第02版：要闻

本报讯（记者 黎书航）记者从市住建局获悉，今年1至9月，全市共向1.12万名人才发放住房租赁补贴1.36亿元，同比增长41%。其中，按新办法首次纳入保障范围的本科毕业生和技能人才达4870人，占领取人数的四成以上。

新版《澄川市人才安居住房管理办法》4月1日施行以来，补贴申请全部转为线上办理，平均审核用时由过去的17个工作日缩短至9个工作日。市住建局在“澄e办”App上线了补贴进度查询功能，申请人可随时查看审核节点。

在人才公寓方面，滨江人才公寓800套房源已全部完成配租，青禾县禾丰人才公寓（260套）主体工程已经封顶，预计明年5月交付。

市住建局相关负责人提醒，享受补贴的人才如果在本市购房或离开本市工作，要在30日内主动申报，避免多领补贴被追回影响个人信用。

（编辑：潘一苇）
"""

PEIZU_NOTICE = {
    "header": "澄川市住房和城乡建设局文件",
    "number": "澄住建发〔2025〕27号",
    "title": "澄川市住房和城乡建设局关于印发《澄川市人才公寓配租实施方案》的通知",
    "to": "各县（区）住房和城乡建设局，市直有关单位，各人才公寓运营单位：",
    "body": [
        "为做好新版《澄川市人才安居住房管理办法》施行后的人才公寓配租工作，我局制定了《澄川市人才公寓配租实施方案》，现印发给你们，请遵照执行。",
        "本通知自印发之日起施行。原《澄川市人才公寓分配暂行规定》（澄住建发〔2021〕40号）同时废止。",
    ],
    "attach": ["附件：1. 澄川市人才公寓配租实施方案", "　　　2. 澄川市人才公寓配租申请表"],
    "sign": "澄川市住房和城乡建设局",
    "date": "2025年4月28日",
}
PEIZU_PLAN = [
    ("h", "一、配租原则"),
    ("p", "人才公寓配租坚持公开公平、总量控制、轮候配租的原则，优先保障重点产业企业和公共服务单位引进的人才。"),
    ("h", "二、配租对象"),
    ("p", "符合《澄川市人才安居住房管理办法》第四条规定条件、未领取租赁补贴的各类人才。"),
    ("h", "三、配租程序"),
    ("p", "（一）发布公告。运营单位在房源可供配租前15日，通过市住建局网站发布配租公告，载明房源位置、户型、租金和申请期限。"),
    ("p", "（二）提交申请。申请人在公告期限内在线提交申请，用人单位可集中代报。"),
    ("p", "（三）综合排序。房源不足时，按人才类别、在澄工作年限、用人单位类型综合计分排序，分数相同的以提交申请的先后为序。"),
    ("p", "（四）选房签约。配租对象按排序依次选房，并在选房后7日内签订租赁合同；逾期未签约的视为放弃，本年度内不得再次申请。"),
    ("h", "四、轮候管理"),
    ("p", "未能配租的申请人进入轮候库，轮候有效期1年。有房源退出时，按轮候顺序依次通知。"),
    ("h", "五、工作要求"),
    ("p", "各县（区）住建部门应于每季度结束后10日内，将本辖区人才公寓配租和入住情况报市住建局住房保障科。"),
]
PEIZU_FORM = [
    ["姓名", "", "性别", "", "出生年月", ""],
    ["身份证号", "", "", "学历/职称", "", ""],
    ["工作单位", "", "", "联系电话", "", ""],
    ["人才类别", "□博士 □硕士/副高 □本科/中级 □技能人才", "", "", "", ""],
    ["意向户型", "□一居室 □两居室", "", "意向项目", "", ""],
    ["单位意见", "（盖章）", "", "县（区）住建部门意见", "（盖章）", ""],
]

SCAN_PDF_PAGES = [
    [
        ("redtitle", "澄川市财政局文件"),
        ("center", "澄财建〔2025〕56号"),
        ("rule", ""),
        ("title", "澄川市财政局 澄川市住房和城乡建设局"),
        ("title", "关于下达2025年人才安居专项资金的通知"),
        ("left", "各县（区）财政局、住房和城乡建设局，市住建局住房保障服务中心："),
        ("p", "为保障新版《澄川市人才安居住房管理办法》顺利实施，经市政府同意，现下达2025年人才安居专项资金（第二批）9800万元，并就有关事项通知如下："),
        ("p", "一、资金用途。专项资金用于发放人才住房租赁补贴和人才公寓运营补助，不得用于人才公寓建设、购置或者弥补单位公用经费。"),
        ("p", "二、资金分配。本批资金按用途分列，具体见附件；各县（区）之间的分配由市住建局根据上半年补贴发放人数和人才公寓在租套数另行核定。"),
        ("p", "三、拨付时限。各县（区）财政局应在收到资金后15个工作日内拨付到位，不得滞留、截留。"),
        ("p", "四、绩效管理。各县（区）要按照附件所列绩效目标加强运行监控，于2026年1月20日前将年度绩效自评报告报送市财政局、市住建局。"),
    ],
    [
        ("p", "五、监督检查。市财政局、市住建局将适时对资金使用情况开展抽查，对虚报冒领、挤占挪用的，依法依规追究责任。"),
        ("p", "附件：2025年人才安居专项资金（第二批）分配表"),
        ("gap", "30"),
        ("right", "澄川市财政局　澄川市住房和城乡建设局"),
        ("right", "2025年7月22日"),
        ("gap", "30"),
        ("small", "（此件依申请公开）"),
        ("gap", "60"),
        ("title", "2025年人才安居专项资金（第二批）分配表"),
        ("center", "单位：万元"),
        ("grid", [["项目", "金额", "结算方式"],
                  ["人才住房租赁补贴", "7900", "按季度据实结算"],
                  ["人才公寓运营补助", "1900", "按在租套数核定"],
                  ["合计", "9800", ""]]),
        ("gap", "40"),
        ("small", "抄送：市审计局。"),
        ("small", "澄川市财政局办公室　　　　2025年7月23日印发"),
    ],
]

# ===== policy33_build_h.py =====


def build_yizhan(name):
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    header_footer(doc, YIZHAN_NOTICE["header"], YIZHAN_NOTICE["footer_left"])
    numbering = doc.part.numbering_part.element
    _add_abstract(numbering, 31, [("chineseCounting", "第%1条", 640), ("chineseCounting", "（%2）", 640)])
    _add_num(numbering, 31, 31)
    n = YIZHAN_NOTICE
    para(doc, n["number"], align="c")
    para(doc, n["title"], align="c", size=22, font="方正小标宋简体")
    para(doc, n["to"], indent=False)
    para(doc, n["body"])
    para(doc, n["attach"])
    para(doc, n["sign"], align="r")
    para(doc, n["date"], align="r")
    para(doc, n["open"])
    doc.add_page_break()
    para(doc, "澄川市青年人才驿站管理办法（试行）", align="c", size=22, font="方正小标宋简体")
    for ci, (ch, arts) in enumerate(YIZHAN_CHAPTERS):
        para(doc, ch, align="c", font="黑体")
        for ai, art in enumerate(arts):
            p = para(doc, art)
            _numbered(p, 31, 0)
            for it in YIZHAN_ITEMS.get((ci, ai), []):
                q = para(doc, it)
                _numbered(q, 31, 1)
    doc.add_page_break()
    para(doc, "附件", indent=False, font="黑体")
    para(doc, "澄川市青年人才驿站首批认定名单", align="c", size=20, font="方正小标宋简体")
    table(doc, YIZHAN_TABLE)
    para(doc, "")
    p = para(doc, "抄送：团市委，市教育局，市财政局。", indent=False, size=14)
    p = para(doc, "澄川市人力资源和社会保障局办公室　　　　2025年5月13日印发", indent=False, size=14)
    doc.save(os.path.join(OUT, name))


def build_heldout():
    write_text("content_7734.html", JIEDU_HTML)
    write_text("人才安居政策问答.txt", QA_TXT)
    pages = make_text_pdf("澄川市人才公寓租赁补贴实施细则.pdf", XIZE_HEADER, XIZE_TOP, XIZE_BODY)
    print("xize pages", pages)
    img = render_page(SCAN_PNG_LINES, seed=12)
    img.save(os.path.join(OUT, "scan_0012.png"))
    build_yizhan("关于印发澄川市青年人才驿站管理办法的通知.docx")



# ===== policy33_build_t.py =====


def build_peizu(name):
    doc = docx.Document()
    n = PEIZU_NOTICE
    para(doc, n["header"], align="c", size=26, font="方正小标宋简体")
    para(doc, n["number"], align="c")
    para(doc, n["title"], align="c", size=22, font="方正小标宋简体")
    para(doc, n["to"], indent=False)
    for b in n["body"]:
        para(doc, b)
    for a in n["attach"]:
        para(doc, a)
    para(doc, n["sign"], align="r")
    para(doc, n["date"], align="r")
    doc.add_page_break()
    para(doc, "附件1", indent=False, font="黑体")
    para(doc, "澄川市人才公寓配租实施方案", align="c", size=20, font="方正小标宋简体")
    for k, t in PEIZU_PLAN:
        para(doc, t, font="黑体" if k == "h" else "仿宋_GB2312")
    doc.add_page_break()
    para(doc, "附件2", indent=False, font="黑体")
    para(doc, "澄川市人才公寓配租申请表", align="c", size=20, font="方正小标宋简体")
    table(doc, PEIZU_FORM)
    para(doc, "")
    para(doc, "抄送：市人力资源和社会保障局，市财政局。", indent=False, size=14)
    para(doc, "澄川市住房和城乡建设局办公室　　　　2025年4月28日印发", indent=False, size=14)
    doc.save(os.path.join(OUT, name))


def build_tune():
    p = make_text_pdf("澄川市人才安居住房管理办法.pdf", OLD_HEADER, OLD_TOP, OLD_BODY)
    print("old pdf pages", p)
    write_text("content_6048.html", NEW_HTML)
    write_text("art_2291_8836.html", NEWS_HTML)
    write_text("市住建局负责人就人才安居新政答记者问.md", DAJIZHE_MD)
    write_text("人才租赁补贴发放1.36亿元.txt", NEWS_TXT)
    build_peizu("关于印发澄川市人才公寓配租实施方案的通知.docx")
    imgs = [render_page(pg, seed=27 + i).convert("RGB") for i, pg in enumerate(SCAN_PDF_PAGES)]
    imgs[0].save(os.path.join(OUT, "scan_0027.pdf"), save_all=True, append_images=imgs[1:], resolution=150)



if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    build_heldout()
    build_tune()
