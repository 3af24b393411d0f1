"""The question line a Q&A sentence answers is found, and nothing elsewhere."""

from __future__ import annotations

from knowledge.answering.core.qa_context import asked_before

QA = (
    "问：什么是预约通关？\n答：预约通关是指企业提前向查验机构提出申请。\n"
    "问：预约通关需要提前多久申请？\n答：应当提前24小时提出申请。\n"
)


def test_an_answer_is_read_with_its_own_question() -> None:
    assert asked_before(QA, QA.index("答：应当")) == "问：预约通关需要提前多久申请？"
    assert asked_before(QA, QA.index("答：预约")) == "问：什么是预约通关？"


def test_a_question_heading_of_an_interpretation_counts() -> None:
    text = "一、出台背景是什么？\n\n近年来，我市产地冷库不足。\n"
    assert asked_before(text, text.index("近年来")) == "一、出台背景是什么？"


def test_no_question_no_context() -> None:
    assert asked_before(QA, 0) == ""  # the question line itself
    prose = "今年签约项目14个。为什么这么多？因为招商力度大。"
    assert asked_before(prose, prose.index("因为")) == ""  # a question inside prose
    plain = "磨憨沿边产业园签约项目14个。投资103.7亿元。"
    assert asked_before(plain, plain.index("投资")) == ""


def test_no_question_line_without_a_question_mark_or_asking_label() -> None:
    text = "合作区签约项目14个。\n投资103.7亿元。"
    assert asked_before(text, text.index("投资")) == ""
    text = "问：签了多少项目\n答：14个。"
    assert asked_before(text, text.index("答")) == "问：签了多少项目"
