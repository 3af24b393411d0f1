"""Which sentence answers: the asked slot filled, the wh-word's neighbours present, the words a
sentence leaves out found in the sentence before it."""

from __future__ import annotations

from knowledge.answering.extractive import candidates, score_lexical, select
from knowledge.answering.sentence_fit import asked_slot, fillers
from knowledge.schema import Chunk, ScoredChunk


def hit(doc: str, text: str, title: str = "简介") -> ScoredChunk:
    return ScoredChunk(Chunk(f"{doc}:0", doc, 0, 0, len(text), text, title), 0.5)


def best(question: str, *hits: ScoredChunk) -> str:
    cands = candidates(list(hits))
    score_lexical(question, None, cands)
    return max(cands, key=lambda c: c.score).text


def test_the_slot_a_question_asks_for() -> None:
    length = asked_slot("东关街有多长？")
    assert length.kind == "number" and fillers(length, "全长1122米，宽约5米。")
    assert not fillers(length, "东关街有多处文物古迹。")
    assert asked_slot("签约了几个项目？").units == "个"
    assert asked_slot("他获得第几名？").kind == "ordinal"
    assert asked_slot("广场建于哪一年？").kind == "time"
    assert asked_slot("在哪里出生？").kind == "other"
    assert "颜色" in asked_slot("它的身体是什么颜色的？").focus


def test_a_how_many_question_picks_the_sentence_with_the_number() -> None:
    """Both sentences share the question's words; the one with a length in metres answers."""
    text = "东关街是扬州的一条老街，东关街的文物古迹很多。东关街全长1122米。"
    assert best("东关街有多长？", hit("d", text)) == "东关街全长1122米。"


def test_a_sentence_that_leans_on_the_one_before_gets_its_words() -> None:
    """「其体呈……」 takes its subject from the sentence before: it outranks a sentence that
    shares more of the question's words by itself, and a two-sentence answer holds it."""
    text = (
        "黄鳍紫鱼是紫鱼科的一种海水鱼，分布于印度洋的珊瑚礁海域。"
        "其体呈淡蓝红色，背鳍为黄色。"
        "许多海水鱼的体色会随年龄改变。"
    )
    cands = candidates([hit("d", text)])
    score_lexical("黄鳍紫鱼的身体是什么颜色的？", None, cands)
    score = {c.text[:2]: c.score for c in cands}
    assert score["其体"] > score["许多"]
    assert "淡蓝红色" in "".join(c.text for c in select(cands, max_sentences=2))
