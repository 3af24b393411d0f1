"""Word writers shared by the probe-set makers in eval/probes/: paragraphs in a named East Asian
font, automatic numbering Word draws itself (第%1条, %1、, （%2）), a header and a footer with a
PAGE field, grid tables, and a whole 通知 from a dict. Text, PDF and scans: fixture_kit.py."""

import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def _el(tag, **attrs):
    """An OOXML element with w: attributes (`val="1"` -> w:val="1")."""
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(f"w:{k}"), str(v))
    return e


def add_abstract(numbering, abs_id, levels):
    """levels: list of (numFmt, lvlText, firstLine indent in twips)."""
    a = _el("w:abstractNum", abstractNumId=abs_id)
    a.append(_el("w:multiLevelType", val="hybridMultilevel"))
    for i, (fmt, text, first) in enumerate(levels):
        lvl = _el("w:lvl", ilvl=i)
        lvl.append(_el("w:start", val="1"))
        lvl.append(_el("w:numFmt", val=fmt))
        lvl.append(_el("w:lvlText", val=text))
        lvl.append(_el("w:suff", val="space"))
        lvl.append(_el("w:lvlJc", val="left"))
        ppr = OxmlElement("w:pPr")
        ppr.append(_el("w:ind", left="0", firstLine=first))
        lvl.append(ppr)
        a.append(lvl)
    # abstractNum elements must precede num elements
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(a)
    else:
        numbering.append(a)
    return a


def add_num(numbering, num_id, abs_id, restart=False):
    n = _el("w:num", numId=num_id)
    n.append(_el("w:abstractNumId", val=abs_id))
    if restart:
        lo = _el("w:lvlOverride", ilvl="0")
        lo.append(_el("w:startOverride", val="1"))
        n.append(lo)
    numbering.append(n)


def numbering(doc, num_id, levels):
    """A list definition `num_id` (its abstract definition under the same id) in `doc`."""
    part = doc.part.numbering_part.element
    add_abstract(part, num_id, levels)
    add_num(part, num_id, num_id)


def numbered(p, num_id, ilvl=0):
    """Put paragraph `p` in list `num_id` at level `ilvl`."""
    num_pr = OxmlElement("w:numPr")
    num_pr.append(_el("w:ilvl", val=ilvl))
    num_pr.append(_el("w:numId", val=num_id))
    p._p.get_or_add_pPr().insert(0, num_pr)


def set_font(run, name="仿宋_GB2312", size=16):
    run.font.size = Pt(size)
    run.font.name = name
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)


def para(doc, text, align=None, size=16, font="仿宋_GB2312", indent=True):
    """A paragraph: align "c" or "r", else a two-character first-line indent when `indent`."""
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    r = p.add_run(text)
    set_font(r, font, size)
    return p


def header_footer(doc, head, foot_left):
    """A centred page header `head`; a footer 「foot_left　　第 PAGE 页」."""
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(hp.add_run(head), "宋体", 10.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run(foot_left + "　　第 "), "宋体", 10.5)
    # PAGE field
    fp.add_run()._r.append(_el("w:fldChar", fldCharType="begin"))
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    fp.add_run()._r.append(it)
    fp.add_run()._r.append(_el("w:fldChar", fldCharType="end"))
    set_font(fp.add_run(" 页"), "宋体", 10.5)


def table(doc, rows):
    """A grid table of centred cells in 仿宋 12pt."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(c)
            set_font(run, "仿宋_GB2312", 12)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def heading(doc, banner, number, title, to):
    """A 通知's head: the 版头 (banner), 文号, title and 主送 line."""
    para(doc, banner, align="c", size=26, font="方正小标宋简体")
    para(doc, number, align="c")
    para(doc, title, align="c", size=22, font="方正小标宋简体")
    para(doc, to, indent=False)


def write_notice(out, name, n, head, foot):
    """A 通知 as Word: page header `head` and footer `foot`; banner, 文号, title, 主送, body
    paragraphs, 落款 and date, （此件公开发布） when n has "open", then the 版记 (cc, printed)."""
    doc = docx.Document()
    header_footer(doc, head, foot)
    heading(doc, n["header"], n["number"], n["title"], n["to"])
    for b in n["body"]:
        para(doc, b)
    para(doc, "")
    para(doc, n["sign"], align="r")
    para(doc, n["date"], align="r")
    if n.get("open"):
        para(doc, n["open"])
    para(doc, "")
    para(doc, n["cc"], indent=False, size=14)
    para(doc, n["printed"], indent=False, size=14)
    doc.save(os.path.join(out, name))


def add_annexes(path, annexes):
    """Append to the Word file at `path` each (label, title, content) as a page of its own:
    the 「附件N」 label, the centred title, then a grid table (rows) or paragraphs."""
    doc = docx.Document(path)
    for label, title, content in annexes:
        doc.add_page_break()
        para(doc, label, indent=False, font="黑体")
        para(doc, title, align="c", size=22, font="方正小标宋简体")
        if isinstance(content[0], list):
            table(doc, content)
        else:
            for text in content:
                para(doc, text)
    doc.save(path)


_TXBX_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"'
)


def _txbx_paras(lines, jc, size):
    runs = []
    for line in lines:
        runs.append(
            f'<w:p><w:pPr><w:jc w:val="{jc}"/></w:pPr><w:r><w:rPr>'
            f'<w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="{size * 2}"/></w:rPr>'
            f"<w:t>{line}</w:t></w:r></w:p>"
        )
    return "".join(runs)


def text_box(doc, lines, box_id, jc="center", size=16, width_cm=12, height_cm=1.6):
    """A floating text box holding `lines` (one paragraph each), anchored in an empty paragraph,
    as Word writes it: mc:AlternateContent with the DrawingML shape (wps:txbx) and its VML
    fallback (v:textbox), both holding the same w:txbxContent."""
    from docx.oxml import parse_xml

    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    inner = _txbx_paras(lines, jc, size)
    xml = (
        f"<w:r {_TXBX_NS}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{box_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>'
        f"{int(1.5 * 360000)}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="
        f'"paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{box_id}" name="文本框 {box_id}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"/></wps:wsp>'
        f"</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
        f'<w:pict><v:shape id="文本框 {box_id}" type="#_x0000_t202" style="position:absolute;'
        f'margin-left:42.5pt;margin-top:0;width:{width_cm * 28.35:.1f}pt;'
        f'height:{height_cm * 28.35:.1f}pt;z-index:{box_id}" filled="f" stroked="f">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict>"
        f"</mc:Fallback></mc:AlternateContent></w:r>"
    )
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p
