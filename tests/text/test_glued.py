"""glued.py: words jieba's HMM glued across a spoken question's words (fictional questions)."""

from __future__ import annotations

from knowledge.text.glued import lcut, pieces


def test_a_noun_glued_to_a_modal_or_preposition_is_read_alone() -> None:
    assert pieces("钱要") == ["钱"] and pieces("县为") == ["县"] and pieces("钱来") == ["钱"]
    assert pieces("干得") == ["干"]  # a verb glued to its particle
    assert pieces("这摊") == ["摊"] and pieces("哪类") == ["类"]  # pointing, asking
    assert pieces("比给") == []  # nothing but how it is asked


def test_a_known_word_a_name_or_a_word_of_content_pieces_is_no_glue() -> None:
    assert pieces("要是") is None and pieces("为了") is None  # jieba's dictionary has them
    assert pieces("张有才") is None  # a person's name jieba tags as one
    assert pieces("送物") is None and pieces("最短签") is None  # no function character
    assert pieces("钱") is None and pieces("ab") is None
    # a modal or an adverb before its verb is no boundary: the act asked stays whole
    assert pieces("能租") is None and pieces("要交") is None and pieces("再交") is None
    assert pieces("区有") is None and pieces("类有") is None  # 有, 是: the predicate asked


def test_a_question_is_cut_with_its_glued_words_read_as_their_pieces() -> None:
    words = lcut("算分享基数的时候哪些钱要剔除出去")
    assert "钱要" not in words and "钱" in words and "剔除" in words
    assert lcut("青河园区的租金") == ["青河", "园区", "的", "租金"]
