"""The fitted sentence choice: cheap features per candidate, and the score moved by them."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering import sentence_features, sentence_rank
from knowledge.answering.extractive import Candidate, candidates, score_lexical
from knowledge.schema import Chunk, ScoredChunk

PASSAGE = (
    "青石湾物流园是滨江新区建设的一座综合物流园区，由新区投资集团运营。"
    "园区一期占地面积约420亩，建有冷库和保税仓库。"
    "园区二期计划于明年开工。"
)


def hit(text: str, title: str = "青石湾物流园") -> ScoredChunk:
    return ScoredChunk(Chunk("d:0", "d", 0, 0, len(text), text, title), 0.5)


def scored(question: str) -> tuple[SimpleNamespace, list[Candidate]]:
    result = SimpleNamespace(tokens=[], index=None)
    cands = candidates([hit(PASSAGE)])
    score_lexical(question, result, cands)
    return result, cands


def test_the_longest_copied_run_of_the_question() -> None:
    assert sentence_features._lcs("物流园一期占地面积", "园区一期占地面积约420亩") == 6
    assert sentence_features._lcs("", "园区") == 0
    assert sentence_features._lcs("园区", "") == 0


def test_one_row_of_features_per_candidate() -> None:
    question = "青石湾物流园一期占地多大？"
    result, cands = scored(question)
    x = sentence_features.matrix(question, result, cands)
    assert x.shape == (len(cands), len(sentence_features.NAMES))
    col = dict(zip(sentence_features.NAMES, x.T))
    assert col["first_in_passage"].tolist() == [1.0, 0.0, 0.0]
    assert col["is_top"].sum() == 1.0


FISH = "金斑溪鱼，又称金斑鱼，为溪鱼科的一个种，分布于青石湾一带的溪流。体长可达30公分。以水生昆虫为食。"


def test_the_sentence_with_the_aspect_asked_beats_the_one_naming_the_subject() -> None:
    question = "金斑溪鱼以什么为食？"
    result = SimpleNamespace(tokens=[], index=None)
    cands = candidates([hit(FISH, "金斑溪鱼")])
    score_lexical(question, result, cands)
    assert max(cands, key=lambda c: c.score).text.startswith("金斑溪鱼，又称")  # by words alone
    sentence_rank.rescore(question, result, cands)
    assert max(cands, key=lambda c: c.score).text == "以水生昆虫为食。"


def test_switched_off_the_score_stays_the_hand_set_one(monkeypatch) -> None:
    question = "青石湾物流园一期的占地面积有多大？"
    result, cands = scored(question)
    before = [c.score for c in cands]
    monkeypatch.setattr(sentence_rank, "ON", False)
    sentence_rank.rescore(question, result, cands)
    assert [c.score for c in cands] == before
