"""answer_shapes.py: the shape of answer a question asks (a handling, a definition) and the words
it asks it with."""

from __future__ import annotations

from knowledge.answering.checking import answer_shapes
from knowledge.answering.checking.closeness import type_held, uncovered
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import Chunk, ScoredChunk

RULES = (
    "第七条　申请人应当在竣工验收合格后6个月内提出补贴申请。逾期未申请的，视为自动放弃补贴。"
    "第八条　下列住宅不纳入补贴范围：列入征收计划的住宅；已鉴定为危房的住宅。"
    "第九条　本办法所称加装电梯，是指在未设电梯的四层及以上住宅楼内增设电梯的行为。"
    "第十条　重点“改造小区”，是指列入年度计划的小区。"
)
FAQ = "问：什么叫“加装电梯”？\n答：简单地说，就是给没有电梯的老楼补装电梯。"


def _cand(text: str, sentence: str) -> Candidate:
    chunk = Chunk("c1", "d1", 0, 0, len(text), text, title="青川市加装电梯补贴办法")
    start = text.index(sentence)
    return Candidate(ScoredChunk(chunk, 0.03), 0, (start, start + len(sentence)), sentence)


def test_the_term_a_definition_question_asks_about() -> None:
    assert answer_shapes.term("用大白话讲，飞地园区到底是怎么回事？") == "飞地园区"
    assert answer_shapes.term("办法里说的“申请人”是什么意思？") == "申请人"
    assert answer_shapes.term("什么是飞地园区？") == "飞地园区"
    assert answer_shapes.term("飞地园区有多大？") == ""


def test_a_handling_asked_is_told_by_a_rule_consequence_in_or_after_the_sentence() -> None:
    deadline = _cand(RULES, "第七条　申请人应当在竣工验收合格后6个月内提出补贴申请。")
    q = "竣工后迟迟没交补贴申请，后来会怎样处理？"
    assert type_held(q, deadline) == (1, True)  # 「逾期未申请的，视为…」 follows
    assert uncovered(q, deadline, {}) == []  # 迟迟 and 后来: the lapse and what follows
    assert type_held("补贴标准是怎么定的？", deadline)[0] == 0  # no shape asked


def test_a_definition_binds_the_asked_term_itself() -> None:
    defined = _cand(
        RULES, "第九条　本办法所称加装电梯，是指在未设电梯的四层及以上住宅楼内增设电梯的行为。"
    )
    longer = _cand(RULES, "第十条　重点“改造小区”，是指列入年度计划的小区。")
    assert type_held("用大白话说，“加装电梯”到底是怎么回事？", defined) == (1, True)
    assert type_held("“改造小区”是什么意思？", longer) == (0, False)  # defines 重点改造小区
    answer = _cand(FAQ, "答：简单地说，就是给没有电梯的老楼补装电梯。")
    assert type_held("“加装电梯”是什么意思？", answer) == (1, True)  # the 问 line asks it


GLOSSARY = (
    "四、名词解释\n**飞出地**：指到合作区建设飞地园区的县区，负责招商。\n"
    "中央厨房，指集中加工菜品并配送的场所。\n只在合作区注册的项目，不属于飞出地项目。"
)


def test_a_definition_is_told_by_a_glossary_line_or_a_bare_zhi() -> None:
    line = _cand(GLOSSARY, "**飞出地**：指到合作区建设飞地园区的县区，负责招商。")
    kitchen = _cand(GLOSSARY, "中央厨房，指集中加工菜品并配送的场所。")
    other = _cand(GLOSSARY, "只在合作区注册的项目，不属于飞出地项目。")
    assert answer_shapes.term("解读中的飞出地是什么意思？") == "飞出地"  # a frame before 的
    assert type_held("解读中的飞出地是什么意思？", line) == (1, True)
    assert type_held("中央厨房指的是什么？", kitchen) == (1, True)
    assert type_held("解读中的飞出地是什么意思？", other) == (0, False)
    for c in (line, other):
        c.score = 1.0
    answer_shapes.prefer("解读中的飞出地是什么意思？", [line, other], 0.15)
    assert (line.score, other.score) == (1.15, 1.0)


def test_the_words_asking_a_frequency_are_held_where_one_is_told() -> None:
    """「一年盘点几回」 asks how often: 一年 and 几回 say how it asks, held by a sentence telling
    the period it recurs in (每季度…一次), not by one telling none."""
    text = "馆藏图书每季度集中盘点一次。新馆前两年免收借阅押金。"
    told = _cand(text, "馆藏图书每季度集中盘点一次。")
    untold = _cand(text, "新馆前两年免收借阅押金。")
    q = "图书馆一年盘点几回？"
    held = answer_shapes.held
    assert held("几回", q, told) and held("一年", q, told)
    assert not held("几回", q, untold) and not held("一年", q, untold)
    assert not held("几回", "盘点过几回？", told)  # no frequency asked
