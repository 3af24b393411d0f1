"""English references to a policy document's structure read as the Chinese ones."""

from __future__ import annotations

import pytest

from knowledge.answering.structure.structure_answers import _asks
from knowledge.answering.structure.structure_refs import chinese_refs


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("What does Article 10 say?", ("article", (10, None, None, None, None))),
        ("What does Article 10(2) provide?", ("article", (10, 2, None, None, None))),
        ("What is in paragraph 2 of Article 10?", ("article", (10, 2, None, None, None))),
        ("Article 10, paragraph 2 — what does it require?", ("article", (10, 2, None, None, None))),
        ("What does Article 10(2)(3) provide?", ("article", (10, 2, None, 3, None))),
        ("What does item 3 of Article 4 say?", ("article", (4, None, None, 3, None))),
        ("What is in item (ii) of Article 4?", ("article", (4, None, None, 2, None))),
        ("Which articles are in Chapter III?", ("part", ("章", 3, None))),
        ("What is Annex 2 of the measures?", ("attachment", 2)),
        ("When do the measures take effect?", ("fields", ["effective"])),
        ("How long are the measures valid for?", ("fields", ["validity"])),
        ("What is the document number of the measures?", ("fields", ["doc_number"])),
        ("Who issued the measures?", ("fields", ["issuer"])),
        ("How many projects were signed in 2024?", None),
        ("Which article deals with benefit sharing?", None),
    ],
)
def test_english_structure_questions_ask_what_the_chinese_ones_do(question, asks) -> None:
    assert _asks(chinese_refs(question)) == asks


def test_the_document_kind_an_english_reference_names() -> None:
    assert chinese_refs("What does Article 30 of the measures say?").endswith("第30条，《办法》？")
    assert chinese_refs("What do the measures say on benefit sharing?") == (
        "What do the measures say on benefit sharing?"
    )  # no structure reference: unchanged


def test_a_chinese_question_is_left_as_it_is() -> None:
    assert chinese_refs("第十条讲了什么？") == "第十条讲了什么？"
    assert chinese_refs("Article 10 在哪一章？第十条讲了什么内容？") == (
        "Article 10 在哪一章？第十条讲了什么内容？"
    )
