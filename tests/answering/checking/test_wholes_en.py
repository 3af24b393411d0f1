"""A part asked of a whole the English question gives by its own figure ("how many of the 46
projects … came from Hong Kong investors") is told only by a figure whose clause holds the part
(wholes_en.py), even when no quoted sentence says the part at all."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from knowledge.answering.checking.wholes_en import missing, part_words, split

# Fictional: a county's logistics park
DF = {"香港": 2, "冷链": 2, "物流": 3, "项目": 9, "签约": 6, "村民": 2}
TERMS = {"hong": ["香港"], "kong": ["香港"], "cold-chain": ["冷链"], "villagers": ["村民"]}


def _cand(text: str) -> SimpleNamespace:
    chunk = SimpleNamespace(text=text, doc_id="d", title="", section="")
    return SimpleNamespace(text=text, local=(0, len(text)), hit=SimpleNamespace(chunk=chunk))


def _ev(*texts: str) -> SimpleNamespace:
    result = SimpleNamespace(expansion=TERMS, index=SimpleNamespace(df=DF, size=20))
    return SimpleNamespace(chosen=[_cand(t) for t in texts], docs={}, lang="en", result=result)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "How many of the 30 projects signed by May came from Hong Kong investors?",
            ["hong", "kong"],
        ),
        # the part after the last verb: the whole's relative clause has its own
        ("How many of the 30 projects the park had signed were cold-chain ones?", ["cold-chain"]),
        (
            "Of the more than 2,000 jobs the park created, how many went to villagers?",
            ["villagers"],
        ),
        ("How many of the four projects came from Hong Kong?", ["hong", "kong"]),
        # a year is no whole; no figure, no whole given; no verb, no part
        ("How much of the 2024 retained tax went to the sending districts?", []),
        ("How many of the projects came from Hong Kong?", []),
        ("How many of the 30 projects in Hong Kong?", []),
    ],
)
def test_the_part_of_a_whole_given_by_its_figure(question: str, words: list[str]) -> None:
    assert part_words(question, DF, TERMS) == words


def test_the_whole_and_the_part_are_split_at_the_verb() -> None:
    assert split("How much of the RMB 2.3 billion agreed went to the fruit project?") == (
        " agreed ",
        " to the fruit project",
    )
    assert split("How many projects came from Hong Kong?") is None


def test_the_whole_told_is_no_part() -> None:
    q = "How many of the 30 projects signed by May came from Hong Kong investors?"
    # the release's whole, and a sentence naming Hong Kong with no figure of the part
    ev = _ev("By May the park had signed 30 projects worth RMB 9 billion.", "香港客商参加了活动。")
    assert missing(q, ev) == "number"
    assert missing(q, _ev("截至5月签约项目30个，其中香港企业投资的5个。")) is None


def test_no_figure_quoted_is_left_to_the_other_checks() -> None:
    q = "How many of the 30 projects signed by May came from Hong Kong investors?"
    assert missing(q, _ev("香港客商参加了活动。")) is None
