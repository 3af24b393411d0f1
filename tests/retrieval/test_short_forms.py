"""A body's name shortened in a question (管委会) brings the tokens of its full form
(联合管理委员会) into the keyword query."""

from __future__ import annotations

from knowledge.retrieval.bm25 import LexicalIndex
from knowledge.retrieval.short_forms import full_forms
from knowledge.text.tokens import question_tokens, tokenize

DOCS = [
    "飞地园区设立联合管理委员会，由合作双方各派四名成员组成。",
    "联合管理委员会每季度至少召开一次全体会议。",
    "共建协议报市发展改革委备案。",
]


def _index() -> LexicalIndex:
    return LexicalIndex.from_tokens([tokenize(d) for d in DOCS])


def test_a_short_form_brings_its_full_forms_tokens() -> None:
    tokens = question_tokens("管委会每季度开几次会？")
    extra = full_forms(tokens, _index(), lambda: DOCS)
    assert {"管理", "委员会"} <= set(extra)
    assert not set(extra) & set(tokens)


def test_a_full_form_written_once_or_a_word_of_its_own_brings_nothing() -> None:
    index = _index()
    # 发展改革委 is written once: a chance run of characters is not taken for a full form
    assert full_forms(question_tokens("发改委在哪里？"), index, lambda: DOCS) == []
    assert full_forms(question_tokens("全体会议多久开一次？"), index, lambda: DOCS) == []
