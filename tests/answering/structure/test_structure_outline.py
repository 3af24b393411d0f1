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
