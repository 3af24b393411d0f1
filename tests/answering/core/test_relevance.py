"""Relevance a reader understands: 高/中/低 against the answer's best source, and matched terms."""

from __future__ import annotations

from knowledge.answering.core.relevance import (
    HIGH,
    LOW,
    MEDIUM,
    matched_terms,
    question_terms,
    rate,
    rated,
)
from knowledge.schema import Answer, Citation

QUESTION = "磨憨沿边产业园签约了多少个项目？"


def cite(marker: int, text: str, dense: float | None) -> Citation:
    return Citation(
        marker, "d1", "标题", "a.txt", f"c{marker}", text, 0, len(text), 0.03, dense=dense
    )


def answer(*cites: Citation, abstained: bool = False) -> Answer:
    return Answer(QUESTION, "……[1]", abstained, citations=list(cites))


def test_matched_terms_join_split_names_and_drop_single_characters():
    terms = question_terms(QUESTION)
    matched, share = matched_terms(
        terms, "大力开展招商引资,磨憨沿边产业园签约项目14个、投资103.7亿元;"
    )
    assert matched == ("磨憨", "沿边", "产业园", "签约", "项目") and share == 1.0
    matched, share = matched_terms(
        question_terms("2024年5月在磨憨开的会议有哪些单位参加？"), "2024年5月，会议在磨憨召开"
    )
    assert matched == ("2024", "磨憨", "会议") and 0 < share < 1
    assert matched_terms(terms, "与问题无关的一段文字。") == ((), 0.0)


def test_levels_are_relative_to_the_best_source_on_keywords_and_meaning():
    best = cite(1, "磨憨沿边产业园签约项目14个", 0.92)
    close = cite(2, "磨憨沿边产业园签约项目的进展", 0.91)
    middling = cite(3, "磨憨的产业发展", 0.895)
    far = cite(4, "防汛值班电话为0871-12345678", 0.85)
    levels = [r.level for r in rate(answer(best, close, middling, far))]
    assert levels == [HIGH, HIGH, MEDIUM, LOW]


def test_an_abstained_answer_has_no_high_source_and_unknown_similarity_is_fine():
    only = cite(1, "磨憨沿边产业园签约项目14个", None)
    assert [r.level for r in rate(answer(only, abstained=True))] == [MEDIUM]
    assert [r.level for r in rate(answer(only))] == [HIGH]


def test_rated_fills_the_citations_and_survives_a_json_round_trip():
    ans = rated(answer(cite(1, "磨憨沿边产业园签约项目14个", 0.9)))
    assert ans.citations[0].relevance == HIGH and "签约" in ans.citations[0].matched
    assert Answer.from_json(ans.to_json()) == ans
