"""sentence_choice.py: the best sentence by words, or it and the one closest in meaning."""

from __future__ import annotations

from knowledge.answering import sentence_choice
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import Chunk, ScoredChunk

TEXT = (
    "从省城乘坐动车一路向南，约四个小时便能抵达青河站。"
    "站前广场上塔吊林立，货车来来往往。"
    "2023年全年，青河口岸货运量580.1万吨。"
    "2024年1—6月，青河口岸货运量312.5万吨。"
)


def _cand(sentence: str) -> Candidate:
    chunk = Chunk("c1", "d1", 0, 0, len(TEXT), TEXT, title="青河两年")
    start = TEXT.index(sentence)
    return Candidate(ScoredChunk(chunk, 0.03), 0, (start, start + len(sentence)), sentence)


def _never() -> Candidate:
    raise AssertionError("the closest in meaning is read only when the words' choice is in doubt")


def test_a_best_sentence_carrying_the_kind_asked_stands_without_reading_vectors() -> None:
    train = _cand("从省城乘坐动车一路向南，约四个小时便能抵达青河站。")
    assert sentence_choice.joined("从省城坐动车到青河要多久？", train, _never, {}) is None


def test_the_closest_in_meaning_joins_when_it_carries_the_kind_the_best_lacks() -> None:
    since = _cand("站前广场上塔吊林立，货车来来往往。")
    train = _cand("从省城乘坐动车一路向南，约四个小时便能抵达青河站。")
    # 几点 asks for a time of day, which neither carries: nothing joins
    assert sentence_choice.joined("动车几点到青河站？", since, lambda: train, {}) is None
    # a figure asked: the closest in meaning carries one, the words' best none
    pair = sentence_choice.joined("动车到青河站要花多少个小时？", since, lambda: train, {})
    assert pair == [train, since]  # reading order within the document, both quoted


def test_the_closest_in_meaning_does_not_join_against_a_constraint() -> None:
    since = _cand("站前广场上塔吊林立，货车来来往往。")
    whole = _cand("2023年全年，青河口岸货运量580.1万吨。")
    half = _cand("2024年1—6月，青河口岸货运量312.5万吨。")
    asked = "2024年上半年青河口岸运了多少吨货？"
    assert sentence_choice.joined(asked, since, lambda: whole, {}) is None  # 2023, not 2024
    assert sentence_choice.joined(asked, since, lambda: half, {}) == [since, half]


def test_a_sentence_of_another_document_does_not_join() -> None:
    since = _cand("站前广场上塔吊林立，货车来来往往。")
    other = Chunk("c2", "d2", 0, 0, 9, "记者 何晓琳", title="另一篇报道")
    byline = Candidate(ScoredChunk(other, 0.02), 1, (0, 6), "记者 何晓琳")
    assert sentence_choice.joined("那篇报道的记者是谁？", since, lambda: byline, {}) is None
