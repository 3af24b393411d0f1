"""A question asking why a policy was issued reads the first documents' purpose clause and
background section, and their sentences count as telling the reason."""

from __future__ import annotations

from knowledge.answering.sentences.extractive import candidates
from knowledge.answering.sentences.issue_purpose import (
    asks_issue,
    lift,
    tells_purpose,
    with_purpose_passages,
)
from knowledge.schema import Chunk, ScoredChunk

FIRST = "第一条 为方便读者借阅电子书，规范借阅秩序，根据有关规定，制定本办法。"
RULES = "第五条 每人可借纸本书10册，借期30日。"
BACKGROUND = "一、出台背景\n前几年分馆陆续开放，不少读者借了书却还不到总馆。"


def chunk(i: int, text: str, doc: str = "d", section: str | None = None) -> Chunk:
    return Chunk(f"{doc}:{i}", doc, i, 0, len(text), text, "借阅办法", "b.txt", section)


def test_the_questions_asking_why_a_policy_was_issued() -> None:
    for q in ("为什么要出台借阅办法？", "制定借阅办法的目的是什么？", "图书馆出台这个办法是出于什么考虑？",
              "这个办法的初衷是什么？", "Why did the library draw up the lending rules?",
              "What is the purpose of the new measures?"):  # fmt: skip
        assert asks_issue(q), q
    for q in ("借期为什么是30日？", "每人可借几册？", "Why was the reading room closed?"):
        assert not asks_issue(q), q


def test_a_purpose_clause_and_a_background_section_tell_the_purpose() -> None:
    assert tells_purpose(chunk(0, FIRST, section="第一条"))
    assert tells_purpose(chunk(1, BACKGROUND, section="一、出台背景"))
    assert not tells_purpose(chunk(2, RULES, section="第五条"))
    assert not tells_purpose(chunk(3, "为期三个月的试点结束。", section="三、试点"))


def test_the_purpose_passages_join_the_pool_only_when_asked() -> None:
    first, rules = chunk(0, FIRST, section="第一条"), chunk(1, RULES, section="第五条")
    background = chunk(0, BACKGROUND, doc="j", section="一、出台背景")
    pool = [ScoredChunk(rules, 0.5)]
    ranked = pool + [ScoredChunk(chunk(5, "五、解读", doc="j"), 0.1)]
    docs = {"d": [first, rules], "j": [background]}
    out = with_purpose_passages("为什么要出台借阅办法？", pool, ranked, docs.__getitem__)
    assert [h.chunk for h in out] == [rules, first, background]
    assert with_purpose_passages("每人可借几册？", pool, ranked, docs.__getitem__) == pool


def test_a_background_sentence_is_lifted_for_a_why_of_issuing() -> None:
    background = chunk(0, BACKGROUND, section="一、出台背景")
    cands = candidates([ScoredChunk(background, 0.5)], 240)
    told = next(c for c in cands if "还不到" in c.text)
    told.score = 1.0
    lift("为什么要出台借阅办法？", cands, 0.15)
    assert told.score == 1.15
    lift("每人可借几册？", cands, 0.15)
    assert told.score == 1.15
