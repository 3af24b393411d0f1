"""The text a candidate sentence is read with (surroundings.py): the sentence before it unless a
dateline, its chunk title, its document's date."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from knowledge.answering.checking.surroundings import before, context
from tests.answering.checking.fake_evidence import candidate

FIGURE = "2024年，青河口岸进出口货运量达到420万吨。"


@pytest.mark.parametrize(
    "dateline",
    ["2025年1月8日　来源：青河日报", "来源：青河县发展和改革局", "2025-01-08", "2025年1月8日"],
)
def test_a_dateline_before_the_figure_is_not_its_sentence_before(dateline: str) -> None:
    cand = candidate(FIGURE, f"青河口岸年终盘点\n{dateline}\n{FIGURE}")
    assert before(cand) == ""
    assert context(cand, {})[0] == f"{FIGURE}\n\n"


def test_the_sentence_before_normalised_and_the_chunk_title() -> None:
    prev = "受沿江大橋封閉維修影響，部分貨車繞行。"
    cand = candidate(FIGURE, f"{prev}{FIGURE}")
    cand.hit.chunk.title = "口岸貨運"
    assert before(cand) == "受沿江大桥封闭维修影响，部分货车绕行。"
    assert context(cand, {}) == (f"{FIGURE}\n{before(cand)}\n口岸货运", "")


def test_nothing_before_the_first_sentence_and_the_document_s_date() -> None:
    cand = candidate(FIGURE)
    doc = SimpleNamespace(published="2025-01-08", published_on="2025-01-08", issued_on=None)
    assert before(cand) == ""
    assert context(cand, {"d": doc}) == (f"{FIGURE}\n\n", "2025年1月8日")
