"""A conversation as Markdown and an answer as text to copy: markers, sources, quoted passages."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from knowledge.schema import Answer, Citation
from ui.conversations import Conversation
from ui.export import answer_text, conversation_markdown

PASSAGE = "2022年4月起托管磨憨。大力开展招商引资，磨憨沿边产业园签约项目14个、投资103.7亿元。"


def answer() -> Answer:
    cite = Citation(
        1, "d1", "磨憨观察", "mohan.txt", "c1", PASSAGE, 0, len(PASSAGE), 0.03,
        highlights=((PASSAGE.index("大力"), len(PASSAGE)),), publisher="昆明发布", published="2024-05-12T10:00", date="2024-05-12",
        section="第三章 招商 › 第十条", page=3, relevance="高", matched=("签约", "项目"),
    )  # fmt: skip
    return Answer("签约了多少个项目？", "磨憨沿边产业园签约项目14个[1]。", False, citations=[cite])


def test_an_answer_to_copy_has_the_question_answer_and_quoted_sources():
    text = answer_text(answer())
    assert text.splitlines()[:2] == [
        "问：签约了多少个项目？",
        "答：磨憨沿边产业园签约项目14个[1]。",
    ]
    assert "来源：\n[1] 《磨憨观察》第十条第3页 · 昆明发布 · 2024-05-12 · 文件 mohan.txt" in text
    assert "相关度 高" in text and "“大力开展招商引资，磨憨沿边产业园签约项目14个" in text
    assert "2022年4月" not in text  # only the sentences the answer used


def test_a_conversation_exports_as_markdown_with_citations_and_passages():
    conv = Conversation("0123456789abcdef")
    conv.add("签约了多少个项目？", answer())
    refusal = Answer(
        "老挝的首都？", "抱歉，现有文档中没有找到。", True, citations=answer().citations
    )
    conv.add("老挝的首都？", refusal)
    md = conversation_markdown(conv, now=datetime(2025, 1, 2, 3, 4))
    assert md.startswith(
        "# 签约了多少个项目？\n\n政策文件问答 · 对话记录 · 导出于 2025-01-02 03:04"
    )
    assert "## 问题 1：签约了多少个项目？" in md and "## 问题 2：老挝的首都？" in md
    assert "磨憨沿边产业园签约项目14个\\[1\\]。" in md  # the marker shows as [1]
    assert "- \\[1\\] 《磨憨观察》第十条第3页 · 昆明发布" in md
    assert "  > 大力开展招商引资，磨憨沿边产业园签约项目14个、投资103.7亿元。" in md
    assert "**最接近的段落（仅供参考）：**" in md and "**来源：**" in md


def test_an_article_of_an_issued_banfa_is_named_by_it_and_its_notice_follows():
    (cite,) = answer().citations
    notice = "关于印发《磨憨园区管理办法》的通知"
    cite = replace(cite, title=notice, cited_as="磨憨园区管理办法")
    text = answer_text(Answer("q", "签约项目14个[1]。", False, citations=[cite]))
    assert (
        "[1] 《磨憨园区管理办法》第十条第3页 · 载于《关于印发〈磨憨园区管理办法〉的通知》" in text
    )
