"""Character-level text facts: one normalisation, one language test for every layer."""

from __future__ import annotations

import pytest

from knowledge.text.normalise import has_content, is_chinese, language, normalise, simplified


def test_normalise_keeps_positions_and_simplifies() -> None:
    text = "磨憨經濟合作區 ABC"
    assert normalise(text) == "磨憨经济合作区 abc" and len(normalise(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("磨憨沿边产业园签约了多少个项目？", "zh"),
        ("How many projects did Mohan sign?", "en"),
        ("Mohan 磨憨 industrial park projects", "en"),  # 2 of 30 letters are CJK
        ("磨憨 park", "zh"),  # 2 of 6 letters: 0.33
        ("？？？", "en"),
    ],
)
def test_the_question_language(text: str, lang: str) -> None:
    assert language(text) == lang and is_chinese(text) == (lang == "zh")


def test_content_means_letters_digits_or_ideographs() -> None:
    assert has_content("磨") and has_content("7") and not has_content("？！……😀")


def test_a_traditional_question_reads_in_simplified_words_with_its_case_kept() -> None:
    # 甚麼 becomes 什么 (not t2s's rare 甚么): the asking patterns are written for 什么
    q = "港滇通甚麼時候投入營運？幾時動工？Who"
    assert simplified(q) == "港滇通什么时候投入营运？几时动工？Who" and len(simplified(q)) == len(q)
    assert simplified("Who signed?") == "Who signed?"


def test_the_cjk_share_counts_every_letter_as_one_per_character_would() -> None:
    from knowledge.text.normalise import CJK, CONTENT, cjk_ratio

    for text in (
        "磨憨沿边产业园签约项目14个",
        "Mohan signed 14 项目, worth 10.37 亿元",
        "",
        "——？",
        "a",
    ):
        letters = sum(1 for ch in text if CONTENT.match(ch))
        cjk = sum(1 for ch in text if CJK.match(ch))
        assert cjk_ratio(text) == (cjk / letters if letters else 0.0)


def test_remembered_forms_equal_the_converted_ones_and_only_an_ask_remembers() -> None:
    from knowledge.text import normalise as n
    from knowledge.text.memo import asking

    short = "飛地園區甚麼時候ABC"
    long = short * (n._MEMO_CHARS // len(short) + 1)  # over the memo's limit: converted each time
    n._simplified_memo.cache_clear()
    n._normalise_memo.cache_clear()
    assert normalise(short) == simplified(short).lower() == "飞地园区什么时候abc"
    assert n._normalise_memo.cache_info().currsize == 0  # not asking (an ingest): nothing kept

    @asking
    def ask() -> None:
        for text in (short, long):
            assert simplified(text) == n._simplified(text) == simplified(text)
            assert normalise(text) == n._simplified(text).lower()

    ask()
    assert n._normalise_memo.cache_info().currsize == 1  # the short text only
    assert n._simplified_memo.cache_info().currsize == 1
