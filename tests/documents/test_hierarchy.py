"""The body hierarchy (knowledge/documents/hierarchy.py): Q&A items as sections (fixtures
fictional, written for these tests)."""

from __future__ import annotations

from knowledge.documents.gongwen_fields import lines_of
from knowledge.documents.hierarchy import Section, sections_in
from knowledge.documents.structure import parse

QA = (
    "县人社局就灵活就业社保补贴答问\n\n"
    "问：哪些人可以申请补贴？\n\n答：登记失业满半年的本县户籍人员。\n\n"
    "2. 问：补贴标准是多少？\n答：按实际缴费额的三分之二补贴，每月最高400元。\n\n"
    "问：在哪里申请？\n\n答：到户籍所在乡镇的便民服务中心申请。\n"
)


def test_the_questions_of_a_qa_page_head_its_items() -> None:
    out: list[Section] = []
    assert sections_in(lines_of(QA), out, None, allow_outline=False)
    assert [(s.kind, s.label) for s in out] == [
        ("问答", "问：哪些人可以申请补贴？"),
        ("问答", "2. 问：补贴标准是多少？"),
        ("问答", "问：在哪里申请？"),
    ]
    second = QA[out[1].start : out[1].end]
    assert second.startswith("2. 问：") and second.endswith("最高400元。")
    assert parse(QA).path(1) == "2. 问：补贴标准是多少？"  # what an answer from it cites


def test_a_quoted_question_or_one_without_an_answer_line_heads_nothing() -> None:
    text = (
        "记者问：补贴什么时候发？工作人员答：下月初。\n\n问：这件事还有后续吗？\n\n"
        "据介绍，后续将另行通知。\n"
    )
    assert not sections_in(lines_of(text), [], None, allow_outline=False)
