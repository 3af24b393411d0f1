"""The DOCX 办法 with Word's automatic numbering (第X章, 第X条, 一、（一） drawn from numbering.xml,
not in the paragraph text), a ruled table and a running header and footer; the same file
saved by LibreOffice as an old Word .doc; and a 办法 numbered by one multilevel list over two
list instances."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

DOCX_HEAD = ["青禾市人民政府办公室文件", "青政办〔2025〕7号", "青禾市飞地园区项目入驻管理办法"]
DOCX_BODY: list[tuple[str, str]] = [  # (kind, text): chapter / article / table / plain / item1 / item2
    ("chapter", "总则"),
    ("article", "为规范飞地园区项目入驻行为，提高园区土地利用效率，根据《青禾市飞地园区利益分享管理办法》，制定本办法。"),
    ("article", "本办法适用于本市各飞地园区内新建、扩建的工业和物流项目。"),
    ("article", "市发展改革委负责飞地园区项目入驻的统筹协调，园区联合管理委员会负责受理和初审。"),
    ("chapter", "入驻条件"),
    ("article", "申请入驻的项目应当符合园区产业定位，并达到下表所列的投资强度和产出要求。"),
    ("table", ""),
    ("article", "高耗能、高排放项目和列入淘汰类目录的项目不得入驻。"),
    ("chapter", "入驻程序"),
    ("article", "项目单位向园区联合管理委员会提交入驻申请，申请材料清单见附件。"),
    ("article", "联合管理委员会应当在收到完整材料之日起十五个工作日内完成初审，并将初审意见报市发展改革委。"),
    ("article", "市发展改革委会同飞出地和飞入地在二十个工作日内组织评审，评审通过的项目签订入驻协议。"),
    ("chapter", "附则"),
    ("article", "本办法自2025年3月1日起施行，有效期三年。"),
    ("plain", "附件：飞地园区项目入驻申请材料清单"),
    ("plain", "青禾市人民政府办公室"),
    ("plain", "2025年2月10日"),
    ("plain", "附件"),
    ("plain", "飞地园区项目入驻申请材料清单"),
    ("item1", "项目基本情况"),
    ("item2", "项目单位营业执照复印件；"),
    ("item2", "项目可行性研究报告。"),
    ("item1", "资金和用地情况"),
    ("item2", "近两年经审计的财务报表；"),
    ("item2", "用地需求说明。"),
]
DOCX_TABLE = [
    ["产业类别", "投资强度（万元/亩）", "亩均税收（万元/年）"],
    ["装备制造", "不低于300", "不低于25"],
    ["农产品加工", "不低于200", "不低于15"],
    ["商贸物流", "不低于150", "不低于12"],
]
DOCX_HEADER = "青禾市人民政府办公室（内部资料　注意保存）"
DOCX_FOOTER = "青禾市人民政府办公室印制"

_LEVEL = (
    '<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
    '<w:lvlText w:val="{text}"/><w:suff w:val="{suff}"/><w:lvlJc w:val="left"/></w:lvl>'
)


def _numbering(document: docx.document.Document) -> dict[str, int]:
    """Three lists in numbering.xml: chapters 「第%1章」, articles 「第%1条」 (counted across
    chapters), and the attachment's outline 「%1、」 / 「（%2）」; numIds by name."""
    part = document.part.numbering_part.element
    lists = {
        "chapter": [("chineseCounting", "第%1章", "space")],
        "article": [("chineseCounting", "第%1条", "space")],
        "outline": [("chineseCounting", "%1、", "nothing"), ("chineseCounting", "（%2）", "nothing")],
    }
    ids = {}
    first_num = part.find(f"{{{part.nsmap['w']}}}num")
    for n, (name, levels) in enumerate(lists.items()):
        abstract_id, num_id = 90 + n, 90 + n
        lvls = "".join(
            _LEVEL.format(ilvl=i, fmt=f, text=t, suff=s) for i, (f, t, s) in enumerate(levels)
        )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
        )
        if first_num is not None:
            first_num.addprevious(abstract)  # abstractNum elements come before num elements
        else:
            part.append(abstract)
        part.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
            )
        )
        ids[name] = num_id
    return ids


def _number(paragraph, num_id: int, ilvl: int = 0) -> None:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def make_docx() -> bytes:
    document = docx.Document()
    document.core_properties.title = ""
    ids = _numbering(document)
    section = document.sections[0]
    section.header.paragraphs[0].text = DOCX_HEADER
    section.footer.paragraphs[0].text = DOCX_FOOTER
    for line in DOCX_HEAD:
        document.add_paragraph(line)
    for kind, text in DOCX_BODY:
        if kind == "table":
            table = document.add_table(rows=len(DOCX_TABLE), cols=len(DOCX_TABLE[0]))
            table.style = "Table Grid"
            for r, row in enumerate(DOCX_TABLE):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
            continue
        paragraph = document.add_paragraph(text)
        if kind in ("chapter", "article"):
            _number(paragraph, ids[kind])
        elif kind in ("item1", "item2"):
            _number(paragraph, ids["outline"], 0 if kind == "item1" else 1)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


SHARED_TITLE = "松岭市城乡居民医疗救助办法"
# (numId, level, text): one multilevel list 第%1章 / 第%2条 / （%3）, its articles never
# restarted by a chapter (lvlRestart 0), split over two list instances of it (numIds 70, 71)
SHARED_BODY: list[tuple[int | None, int, str]] = [
    (70, 0, "总则"),
    (70, 1, "为保障困难群众基本医疗权益，减轻其医疗费用负担，制定本办法。"),
    (70, 1, "本办法所称医疗救助，是指对救助对象在定点医疗机构发生的合规医疗费用给予补助。"),
    (70, 0, "救助对象和标准"),
    (70, 1, "下列人员为医疗救助对象："),
    (70, 2, "最低生活保障对象；"),
    (70, 2, "特困供养人员；"),
    (70, 2, "低保边缘家庭成员。"),
    (None, 0, "前款规定的救助对象由县级民政部门认定。"),
    (71, 1, "住院救助年度最高限额为每人五万元。"),
    (71, 0, "附则"),
    (71, 1, "本办法自2025年1月1日起施行。"),
    (None, 0, "松岭市医疗保障局"),
    (None, 0, "2024年12月5日"),
]


def make_shared_list_docx() -> bytes:
    """A 办法 numbered by one multilevel list whose article level never restarts, its
    numbering continued by a second list instance (as Word writes after a paste)."""
    document = docx.Document()
    part = document.part.numbering_part.element
    levels = [("第%1章", "space", ""), ("第%2条", "space", '<w:lvlRestart w:val="0"/>')]
    levels.append(("（%3）", "nothing", ""))
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/>{restart}<w:numFmt w:val="chineseCounting"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="{suff}"/><w:lvlJc w:val="left"/></w:lvl>'
        for i, (text, suff, restart) in enumerate(levels)
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70">'
        f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
    )
    first_num = part.find(f"{{{part.nsmap['w']}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        part.append(abstract)
    for num_id in (70, 71):
        part.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="70"/></w:num>'
            )
        )
    document.add_paragraph(SHARED_TITLE)
    for num_id, ilvl, text in SHARED_BODY:
        paragraph = document.add_paragraph(text)
        if num_id is not None:
            _number(paragraph, num_id, ilvl)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_doc(docx_path: Path) -> bytes | None:
    """The DOCX saved by LibreOffice as a Word 97–2003 .doc; None without LibreOffice."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [office, "--headless", "--convert-to", "doc", "--outdir", tmp, str(docx_path)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        return (Path(tmp) / (docx_path.stem + ".doc")).read_bytes()
