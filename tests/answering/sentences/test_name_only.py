"""A sentence sharing only the subject's name with the question gives way to the one of its
document holding the attribute asked; a question asking nothing besides the name moves nothing."""

from __future__ import annotations

from knowledge.answering.sentences import name_only
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import Chunk, ScoredChunk

TEXT = (
    "青木藤（学名：甲乙）是木通科青木藤属的植物，又称山藤。"
    "叶片卵形，长约5厘米。"
    "果实椭圆形，成熟时紫黑色。"
)


def cands(title: str = "青木藤", scores=(1.0, 0.6, 0.8)) -> list[Candidate]:
    h = ScoredChunk(Chunk("d:0", "d", 0, 0, len(TEXT), TEXT, title), 0.5)
    out, pos = [], 0
    for part, score in zip(TEXT.split("。")[:-1], scores):
        s = TEXT.index(part, pos)
        out.append(Candidate(h, 0, (s, s + len(part) + 1), part + "。", score=score))
        pos = s + len(part)
    return out


def best(cs: list[Candidate]) -> str:
    return max(cs, key=lambda c: c.score).text[:4]


def test_the_name_only_sentence_gives_way_to_the_one_holding_the_attribute() -> None:
    cs = cands()
    name_only.demote("青木藤的果实是什么颜色？", cs)
    assert best(cs) == "果实椭圆"
    assert cs[0].score < cs[2].score and cs[0].lowered > 0
    # the refusal reads the best sentence as if nothing had been lowered
    assert name_only.lead(cs) is cs[0]


def test_asking_nothing_besides_the_name_moves_nothing() -> None:
    for question in ("什么是青木藤？", "青木藤是什么？"):
        cs = cands()
        name_only.demote(question, cs)
        assert best(cs) == "青木藤（" and all(c.lowered == 0 for c in cs)


def test_a_sentence_holding_more_than_the_name_or_a_headline_title_stays() -> None:
    cs = cands()
    name_only.demote("青木藤又称什么？", cs)  # the opening line holds 又称 too
    assert best(cs) == "青木藤（"
    cs = cands(title="青木藤在山区村寨的种植面积三年翻了一番")  # a headline, not a name
    name_only.demote("青木藤的果实是什么颜色？", cs)
    assert best(cs) == "青木藤（"


def test_no_sentence_holding_the_attribute_moves_nothing() -> None:
    cs = cands()
    name_only.demote("青木藤的根有什么用途？", cs)
    assert best(cs) == "青木藤（"


def test_off_switch() -> None:
    cs = cands()
    name_only.ON = False
    try:
        name_only.demote("青木藤的果实是什么颜色？", cs)
    finally:
        name_only.ON = True
    assert best(cs) == "青木藤（"
