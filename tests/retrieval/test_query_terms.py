"""A question's word that jieba cut differently from the passage (an unknown name) is read as
the passage's word, so it finds the passage and does not count as a term the corpus lacks."""

from __future__ import annotations

from knowledge.retrieval.bm25 import LexicalIndex
from knowledge.retrieval.query_terms import as_indexed
from knowledge.text.tokens import question_tokens, tokenize

DOCS = [
    "清晨，尚冈村小组的村民波岩温把刚摘下的百香果装箱。",
    "市发展改革委副主任赵敏出席发布会并回答记者提问。",
]


def _index() -> LexicalIndex:
    return LexicalIndex.from_tokens([tokenize(d) for d in DOCS])


def test_a_name_cut_apart_in_the_question_is_the_passage_word() -> None:
    q = "波岩温是哪个村小组的村民？"
    tokens = question_tokens(q)
    assert "波岩温" not in tokens  # jieba cuts the name differently here
    got = as_indexed(tokens, q, _index())
    assert "波岩温" in got and "温是" not in got
    assert {"小组", "村民"} <= set(got)


def test_known_and_one_character_tokens_stay() -> None:
    q = "赵敏是哪个部门的副主任？"
    tokens = question_tokens(q)
    assert as_indexed(tokens, q, _index()) == tokens


def test_an_unknown_word_with_no_known_neighbour_stays() -> None:
    q = "磨憨口岸的通关时间是多少？"
    tokens = question_tokens(q)
    assert as_indexed(tokens, q, _index()) == tokens


def test_an_empty_index_changes_nothing() -> None:
    q = "波岩温是哪个村小组的村民？"
    tokens = question_tokens(q)
    assert as_indexed(tokens, q, LexicalIndex.from_tokens([])) == tokens
