"""A part of a 方案 or 解读 asked for by its heading is answered from the outline: its items
listed, or its text quoted, cited (fixtures: tests/data/outline, fictional)."""

from __future__ import annotations

import pytest

from knowledge.answering.structure.structure_outline import asks
from tests.conftest import ROOT, make_service

FANGAN = "青禾市冷链物流体系建设三年行动方案（2025—2027年）"


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    service = make_service(tmp_path_factory.mktemp("outline"), embedding={"provider": "fake"})
    results = service.ingest_paths([ROOT / "tests" / "data" / "outline"])
    assert [r.status for r in results] == ["added"] * 2
    return service


@pytest.mark.parametrize(
    ("question", "whole"),
    [
        ("主要任务有哪些？", True),
        ("保障措施包括什么？", True),
        ("发展目标是什么？", True),
        ("新引进龙头企业奖励多少？", False),  # one figure: the sentences answer it
        ("冷链方案什么时候印发的？", False),
        ("企业买冷藏车可以补贴吗？", False),
    ],
)
def test_what_asks_for_a_part_as_a_whole(question: str, whole: bool) -> None:
    assert asks(question) is whole


def test_a_part_with_items_is_listed_item_by_item(svc) -> None:
    ans = svc.ask("冷链方案的主要任务有哪些？")
    assert not ans.abstained
    assert ans.answer.startswith(
        f"《{FANGAN}》「二、主要任务」包括2项：（一）完善冷链基础设施；（二）培育冷链市场主体。"
    )
    assert {c.section for c in ans.citations} == {"二、主要任务"}


def test_a_part_without_items_is_quoted(svc) -> None:
    ans = svc.ask("冷链方案的发展目标是什么？")
    assert "冷库总容量达到120万吨" in ans.answer and "「一、发展目标」" in ans.answer


def test_a_question_heading_of_an_interpretation_is_answered_by_its_text(svc) -> None:
    ans = svc.ask("冷链方案的出台背景是什么？")
    assert "果蔬损耗率达到25%左右" in ans.answer
    assert ans.citations[0].section == "一、出台背景是什么？"


def test_a_figure_question_is_left_to_the_sentences(svc) -> None:
    ans = svc.ask("本地企业购置冷藏车补贴多少？")  # (fake vectors: it may well be refused)
    assert "「" not in ans.answer and "包括" not in ans.answer


def test_a_chapter_asked_whole_is_quoted_and_one_asked_about_is_not(tmp_path) -> None:
    """A 条例's chapter named by its heading: the whole chapter asked for is quoted (its
    articles' （一） are no list of the chapter's parts); a question naming more than the
    heading asks about something inside it and is left to the sentences."""
    service = make_service(tmp_path / "store", embedding={"provider": "fake"})
    service.ingest_paths([ROOT / "tests" / "data" / "gongwen"])
    whole = service.ask("乡村旅游促进条例的扶持措施有哪些？")
    lead = "《松岭省乡村旅游促进条例》「第三章 扶持措施」："
    assert whole.answer.startswith(lead) and "第七条" in whole.answer
    inside = service.ask("乡村旅游促进条例的扶持措施中专项资金包括哪些事项？")
    assert "「第三章 扶持措施」" not in inside.answer


@pytest.mark.parametrize(
    ("question", "heading", "named"),
    [
        ("分享资金结算流程包括什么？", "规范结算流程", True),  # no work verb
        ("新办法的主要修改内容有哪些？", "修订的主要内容", True),  # 修改 for 修订, 的
        ("这次修订的背景是什么？", "修订背景", True),
        ("新办法需要注意哪些变化？", "需要注意的变化", True),
        ("结算单有哪些内容？", "规范结算流程", False),  # a word of the heading missing
        ("背景是什么？", "出台背景", False),  # 出台 missing
        ("督促检查有哪些要求？", "加强督促检查", False),  # one word left: too little to name it
    ],
)
def test_a_heading_is_named_by_its_words_in_any_order(question, heading, named) -> None:
    from knowledge.answering.structure import structure_outline as outline

    assert outline._names(outline._plain(question), heading, loose=True) is named


@pytest.mark.parametrize(
    ("question", "more"),
    [
        ("年度考核有哪些安排？", False),
        ("新旧衔接这块，通知提了哪些要求？", False),
        ("年度考核的评分项目有哪些？", True),  # the 评分项目 inside, not the whole part
    ],
)
def test_a_heading_named_by_its_words_is_all_the_question_asks(question, more) -> None:
    from knowledge.answering.structure import structure_outline as outline

    part = "三、组织年度考核" if "考核" in question else "一、做好新旧衔接"
    assert outline._more_than(question, part, "关于贯彻落实的通知", loose=True) is more


def test_which_asks_for_a_whole_part() -> None:
    assert asks("新办法需要注意哪些变化？")


def test_a_clause_item_listing_its_sub_items_is_quoted_when_named(tmp_path) -> None:
    """「（二）项目清单，包括：1．…2．…」: a question naming the 项's label and asking what it
    lists is answered by its 目, cited to the article."""
    service = make_service(tmp_path / "store", embedding={"provider": "fake"})
    service.ingest_paths([ROOT / "tests" / "data" / "policy" / "qinghe-feidi-banfa.txt"])
    ans = service.ask("备案材料里的项目清单要列哪些信息？")
    assert "「项目清单」包括2目：" in ans.answer and "预计投产时间" in ans.answer
    assert {c.section for c in ans.citations} == {
        "第二章 共建与管理 › 第五条 › 第二款 › 第（二）项"
    }
