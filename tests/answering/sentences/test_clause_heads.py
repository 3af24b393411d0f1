"""A figure quoted with its date: the best sentence, a clause after 「；」, brings the head of its
sentence when that head opens with a time or states one with 截至."""

from __future__ import annotations

from knowledge.answering.sentences.clause_heads import with_heads
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import Chunk, ScoredChunk

TEXT = (
    "截至年底，青川园区市场主体达到812户，全年新增注册企业160户；实有人口约1.2万人。"
    "新建的青川学校9月开学，首批招收学生300名；园区医院新开设了儿科。另有一句。"
)


def cand(text: str, score: float) -> Candidate:
    h = ScoredChunk(Chunk("d:0", "d", 0, 0, len(TEXT), TEXT, "青川园区"), 0.5)
    s = TEXT.index(text)
    return Candidate(h, 0, (s, s + len(text)), text, score=score)


def test_the_best_clause_brings_its_dated_head_and_the_weakest_other_gives_way() -> None:
    best, weak, mid = (
        cand("实有人口约1.2万人。", 1.2),
        cand("另有一句。", 0.6),
        cand("园区医院新开设了儿科。", 0.8),
    )
    out = with_heads([best, mid, weak], max_sentences=3, max_chars=240)
    assert [c.text for c in out] == [
        "截至年底，青川园区市场主体达到812户，全年新增注册企业160户；",
        "实有人口约1.2万人。",
        "园区医院新开设了儿科。",
    ]


def test_a_head_without_a_time_or_already_quoted_adds_nothing() -> None:
    clause = cand("园区医院新开设了儿科。", 1.0)  # 「…9月开学…；」 is no date for it
    assert with_heads([clause], 3, 240) == [clause]
    head = cand("截至年底，青川园区市场主体达到812户，全年新增注册企业160户；", 0.9)
    best = cand("实有人口约1.2万人。", 1.2)
    assert with_heads([head, best], 3, 240) == [head, best]
    assert with_heads([], 3, 240) == []
