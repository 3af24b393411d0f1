"""agreement.py: two readings of a question agreeing on its best sentence, and no name brought."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering.checking.agreement import agreed
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import Chunk, ScoredChunk

# fictional passage about a bus line
TEXT = "城巴A22线来往蓝湾站及机场。全程票价39元。"


def _ev(agrees: bool, df: dict | None = None):
    chunk = Chunk("c1", "d1", 0, 0, len(TEXT), TEXT, title="城巴A22线")
    sentence = "城巴A22线来往蓝湾站及机场。"
    cand = Candidate(ScoredChunk(chunk, 0.03), 0, (0, len(sentence)), sentence)
    index = SimpleNamespace(df=df or {})
    return SimpleNamespace(
        chosen=[cand], result=SimpleNamespace(index=index), read_agrees=lambda: agrees
    )


def test_the_closest_in_meaning_must_be_the_best_by_words() -> None:
    assert agreed("城巴A22线来往哪两个地方？", _ev(True), ["地方"])
    assert not agreed("城巴A22线来往哪两个地方？", _ev(False), ["地方"])


def test_a_code_outside_the_passage_is_another_thing_named() -> None:
    assert not agreed("城巴E23P线来往哪两个地方？", _ev(True), ["地方"])


def test_a_word_no_document_and_no_dictionary_knows_is_a_name_brought() -> None:
    assert not agreed("丝尾红钻鱼体长可达多少公分？", _ev(True), ["丝尾红"])
    assert agreed("丝尾红钻鱼体长可达多少公分？", _ev(True, {"丝尾红": 2}), ["丝尾红"])
    # a piece cut across spoken words is no name
    assert agreed("今年想带出来多少人？", _ev(True), ["想带"])


def test_the_thing_asked_missing_is_no_wording() -> None:
    # a list asked of qualifications: the sentence lacking 资格 lists something else
    assert not agreed("城巴A22线的司机要具备哪些任职资格？", _ev(True), ["资格"])
    assert agreed("城巴A22线的司机要具备哪些任职资格？", _ev(True), ["具备"])


def test_a_name_the_question_brings_must_stand_in_the_document() -> None:
    from knowledge.answering.checking.agreement import names, names_told

    # another place or organisation than the document's: the frame words alone matched
    assert "瑞丽" in names("瑞丽口岸2024年进出口货运量达到了多少万吨？")
    assert "范特西" in names("专辑《范特西》卖了多少张？")
    assert not agreed("瑞丽口岸的城巴线来往哪两个地方？", _ev(True), ["地方"])
    assert not names_told("专辑《范特西》卖了多少张？", _ev(True))
    # a paraphrase keeps the document's names, or brings none
    assert names_told("城巴A22线全程票价多少钱？", _ev(True))
    assert agreed("机场来往的城巴线要多少钱？", _ev(True), ["地方"])


def test_the_thing_asked_before_its_interrogative_missing_is_no_wording() -> None:
    # 「…的分支分别是什么」 asks for branches: a sentence lacking 分支 tells something else
    assert not agreed("城巴A22线的分支分别是什么？", _ev(True), ["分支"])
    assert agreed("城巴A22线的分支分别是什么？", _ev(True), ["分别"])
