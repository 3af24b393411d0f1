"""Tests for knowledge.documents.formats.docx and docx_numbering: Word's automatic numbering
(第X章, 第X条, 一、, （一）) written back, tables as rows in document order, headers and footers
not read."""

from __future__ import annotations

import pytest

from knowledge.documents.formats.docx_numbering import format_number
from knowledge.documents.structure import parse
from tests.documents.formats.conftest import cleaned, loaded

BANFA = "qinghe-ruzhu-banfa.docx"


def _lines() -> list[str]:
    return [line for line in loaded(BANFA).text.split("\n") if line.strip()]


def test_auto_numbered_chapters_and_articles_are_in_the_text() -> None:
    lines = _lines()
    assert "第一章　总则" in lines and "第四章　附则" in lines
    articles = [line.split("　")[0] for line in lines if line.startswith("第") and "条　" in line]
    assert articles == [f"第{n}条" for n in "一二三四五六七八九"]  # counted across chapters
    assert "第九条　本办法自2025年3月1日起施行，有效期三年。" in lines


def test_outline_numbering_restarts_below_each_heading() -> None:
    lines = _lines()
    start = lines.index("飞地园区项目入驻申请材料清单", lines.index("附件"))
    assert lines[start + 1 :][:6] == [
        "一、项目基本情况",
        "（一）项目单位营业执照复印件；",
        "（二）项目可行性研究报告。",
        "二、资金和用地情况",
        "（一）近两年经审计的财务报表；",
        "（二）用地需求说明。",
    ]


def test_table_rows_in_document_order() -> None:
    text = loaded(BANFA).text
    rows = [
        "产业类别\t投资强度（万元/亩）\t亩均税收（万元/年）",
        "装备制造\t不低于300\t不低于25",
        "商贸物流\t不低于150\t不低于12",
    ]
    assert all(row in text for row in rows)
    assert text.index("第四条") < text.index(rows[0]) < text.index(rows[2]) < text.index("第五条")


def test_headers_and_footers_dropped() -> None:
    text = loaded(BANFA).text
    assert "内部资料" not in text and "印制" not in text


def test_the_numbered_docx_parses_as_a_policy_document() -> None:
    doc = cleaned(BANFA)
    st = parse(doc.text)
    assert st.title == "青禾市飞地园区项目入驻管理办法" and st.doc_type == "办法"
    assert st.field("doc_number").value == "青政办〔2025〕7号"
    assert st.field("effective").iso == "2025-03-01"
    kinds = [(s.kind, s.label) for s in st.sections if s.kind in ("章", "条")]
    assert kinds[:3] == [("章", "第一章"), ("条", "第一条"), ("条", "第二条")]
    assert sum(kind == "条" for kind, _ in kinds) == 9


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (3, "chineseCounting", "三"),
        (12, "chineseCountingThousand", "十二"),
        (21, "chineseCounting", "二十一"),
        (2, "ideographTraditional", "乙"),
        (10, "ideographDigital", "一〇"),
        (3, "decimalEnclosedCircle", "③"),
        (7, "decimalFullWidth", "７"),
        (4, "upperRoman", "IV"),
        (28, "lowerLetter", "bb"),
        (5, "decimal", "5"),
        (5, "somethingNew", "5"),
    ],
)
def test_number_formats(n: int, fmt: str, expected: str) -> None:
    assert format_number(n, fmt) == expected


def test_one_list_over_two_instances_and_a_level_that_never_restarts() -> None:
    """Articles numbered by the second level of the chapters' list (lvlRestart 0: a chapter
    does not restart them), the list continued by a second w:num of the same abstract list."""
    lines = [ln for ln in loaded("songling-yiliao-jiuzhu.docx").text.split("\n") if ln.strip()]
    heads = [ln.split("　")[0] for ln in lines if ln.startswith("第")]
    assert heads == ["第一章", "第一条", "第二条", "第二章", "第三条", "第四条", "第三章", "第五条"]
    assert lines[lines.index("第三条　下列人员为医疗救助对象：") + 1] == "（一）最低生活保障对象；"
    assert "（三）低保边缘家庭成员。" in lines  # items restart under each article
    st = parse(cleaned("songling-yiliao-jiuzhu.docx").text)
    paths = [st.path(i) for i, s in enumerate(st.sections) if s.kind == "条"]
    assert paths[2:4] == ["第二章 救助对象和标准 › 第三条", "第二章 救助对象和标准 › 第四条"]
    assert st.field("issuer").value == "松岭市医疗保障局"


def test_a_number_only_in_the_page_header_goes_first(tmp_path) -> None:
    import docx

    from knowledge.documents.loaders import load_file

    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "青禾市民政局　青民函〔2025〕8号"
    doc.add_paragraph("青禾市民政局关于养老驿站年检的通知")
    doc.add_paragraph("请按时年检。")
    doc.save(tmp_path / "a.docx")
    text = load_file(tmp_path / "a.docx", 10_000_000).text
    assert text.startswith("青民函〔2025〕8号\n") and "青禾市民政局　" not in text
    doc.add_paragraph("青民函〔2025〕8号")  # the body has it: the header adds nothing
    doc.save(tmp_path / "b.docx")
    assert load_file(tmp_path / "b.docx", 10_000_000).text.count("青民函") == 1


def test_text_boxes_are_read_once_after_their_anchor(tmp_path) -> None:
    """A red-header template's 文号 and a 落款 beside the seal set in text boxes, written as
    Word does (a drawing and its VML fallback): each line once, where the box is anchored."""
    import sys

    import docx

    from knowledge.documents.loaders import load_file
    from tests.conftest import ROOT

    sys.path.insert(0, str(ROOT / "eval" / "probes"))
    import fixture_docx as wd

    doc = docx.Document()
    wd.para(doc, "青禾市民政局文件", align="c")
    wd.text_box(doc, ["青民发〔2025〕9号"], 901)
    wd.para(doc, "青禾市民政局关于养老驿站年检的通知", align="c")
    wd.para(doc, "请按时年检。")
    wd.text_box(doc, ["青禾市民政局", "2025年4月7日"], 902, jc="right")
    doc.save(tmp_path / "boxed.docx")
    lines = [x for x in load_file(tmp_path / "boxed.docx", 10_000_000).text.split("\n") if x]
    assert lines == [
        "青禾市民政局文件", "青民发〔2025〕9号", "青禾市民政局关于养老驿站年检的通知",
        "请按时年检。", "青禾市民政局", "2025年4月7日",
    ]  # fmt: skip
    st = parse(load_file(tmp_path / "boxed.docx", 10_000_000).text)
    assert st.field("doc_number").value == "青民发〔2025〕9号"
    assert st.field("issued").iso == "2025-04-07"
