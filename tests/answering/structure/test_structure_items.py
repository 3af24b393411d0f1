"""A 目 asked without its 项 (「第四条第2目」) and English "Article 3(2)" read as an item, answered
from the structure (fixtures: tests/data/policy_subtitled and a 办法 written here, fictional)."""

from __future__ import annotations

import pytest

from knowledge.answering.structure.structure_answers import _asks
from knowledge.documents.articles import items_with_subitem
from tests.conftest import ROOT, make_service

NOTICE = "松岭市人民政府办公室关于印发松岭市青年驿站管理办法的通知"
BANFA = "松岭市青年驿站管理办法"
# two 项 of 第三条 list a 第2目; 第五条's 第（一）项 alone does
TWO_LISTS = """松岭市社区食堂补助办法

第一条　为规范社区食堂补助资金的使用，制定本办法。

第二条　本办法适用于本市各区认定的社区食堂。

第三条　补助资金按照下列标准发放：
（一）建设补助，包括：
1.新建食堂每家补助二十万元；
2.改扩建食堂每家补助十万元。
（二）运营补助，包括：
1.老年人就餐每人每餐补助三元；
2.残疾人就餐每人每餐补助二元。

第四条　补助资金由区民政部门审核后拨付。

第五条　社区食堂应当履行下列义务：
（一）公示菜品价格，包括：
1.每周公示一次菜单；
2.价格调整提前七日公示。
（二）接受民政部门的检查。

第六条　本办法自2025年11月1日起施行。
"""


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    (folder / "songling-shitang-banfa.txt").write_text(TWO_LISTS, encoding="utf-8")
    service = make_service(tmp_path_factory.mktemp("store"), embedding={"provider": "fake"})
    results = service.ingest_paths([ROOT / "tests" / "data" / "policy_subtitled", folder])
    assert [r.status for r in results] == ["added"] * 3
    return service


def test_a_subitem_asked_without_its_item_is_read_as_such() -> None:
    assert _asks("第十条第2目是什么？") == ("article", (10, None, None, None, 2))
    assert _asks("第十条第二款第2目是什么？") == ("article", (10, 2, None, None, 2))


def test_the_items_that_list_a_subitem_are_found() -> None:
    section = "第三条"
    text = TWO_LISTS[TWO_LISTS.index("第三条") : TWO_LISTS.index("第四条")]
    assert items_with_subitem(section, text, None, 2) == [
        (1, 1, "第（一）项"),
        (1, 2, "第（二）项"),
    ]
    assert items_with_subitem(section, text, None, 3) == []


def test_the_one_item_that_lists_the_subitem_answers(svc) -> None:
    got = svc.ask("青年驿站管理办法第四条第2目是什么？")
    assert got.answer.startswith(f"《{BANFA}》第四条第二款第（二）项第2目：\n2.租房信息介绍")
    assert "公交" not in got.answer and not got.abstained
    (c,) = got.citations
    assert c.section.endswith("第（二）项 › 第2目") and c.title == NOTICE and c.cited_as == BANFA
    one = svc.ask("社区食堂补助办法第五条第2目怎么规定？")
    assert one.answer.startswith("《松岭市社区食堂补助办法》第五条第（一）项第2目：\n2.价格调整")


def test_a_subitem_two_items_list_is_said_to_be_ambiguous_and_both_are_quoted(svc) -> None:
    got = svc.ask("社区食堂补助办法第三条第2目是什么？")
    lead = got.answer.splitlines()[0]
    assert lead.startswith("「第三条第2目」所指不明确") and "第（一）项、第（二）项" in lead
    assert "第（一）项第2目：2.改扩建食堂每家补助十万元。" in got.answer
    assert "第（二）项第2目：2.残疾人就餐每人每餐补助二元。" in got.answer
    (c,) = got.citations  # one article chunk, both 目 marked in it
    assert len(c.highlights) == 2 and "新建食堂" not in got.answer


def test_an_article_without_such_a_subitem_says_so(svc) -> None:
    got = svc.ask("社区食堂补助办法第三条第5目是什么？")
    assert got.abstained and got.answer.startswith("《松岭市社区食堂补助办法》第三条没有列出第5目")
    assert got.citations and got.citations[0].section == "第三条"


def test_an_english_article_with_one_paragraph_and_numbered_items_reads_n_as_the_item(svc) -> None:
    got = svc.ask("What does Article 3(2) of 《松岭市青年驿站管理办法》 say?")
    assert "(2)在本市无住房" in got.answer and "(1)毕业两年内" not in got.answer
    (c,) = got.citations
    assert c.section == "第三条【入住条件】 › 第（2）项" and c.cited_as == BANFA
    para = svc.ask("What does Article 4(2) of 《松岭市青年驿站管理办法》 say?")
    assert "驿站应当为入住人员提供以下服务" in para.answer  # two 款: (2) is the paragraph
    assert "十四天" not in para.answer
