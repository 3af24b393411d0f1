"""A share asked by the use it went to: the share's own sentence must name that use
(purposes_en.py)."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering.checking.purposes_en import missing, purpose

# Fictional: a county's pairing fund and what it was spent on
BEFORE = "与往年以修路为主不同，今年的帮扶转向了产业。"
SHARE = "今年共投入帮扶资金2100万元，其中七成用于产业项目。"


def _ev(*texts: str) -> SimpleNamespace:
    index = SimpleNamespace(df={"道路": 3, "修路": 2, "产业": 5, "项目": 9})
    result = SimpleNamespace(expansion={}, index=index)
    chosen = [SimpleNamespace(text=t, score=1.0) for t in texts]
    return SimpleNamespace(chosen=chosen, docs={}, lang="en", result=result)


def test_the_purpose_is_read_from_a_share_asked() -> None:
    assert purpose("What share of the funds went into building roads in 2024?") == ["roads"]
    assert purpose("How much of the fund was spent on industrial projects?") == [
        "industrial",
        "projects",
    ]
    assert purpose("How much money went into helping the villages?") == []


def test_a_share_of_another_use_does_not_answer() -> None:
    q = "What share of the assistance funds went into building roads?"
    assert missing(q, _ev(BEFORE, SHARE)) == "share"
    assert (
        missing("What share of the funds went to industrial projects?", _ev(BEFORE, SHARE)) is None
    )


def test_a_recipient_is_no_purpose() -> None:
    assert purpose("What share of the retained tax goes to the cooperation zone?") == []
    assert purpose("How much of the tax revenue went to the sending districts?") == []


def test_a_gerund_alone_is_the_use() -> None:
    # "building roads": the gerund left out; "went on housing": the gerund is the use itself
    assert purpose("What part of the pairing money went on housing?") == ["housing"]
    index = SimpleNamespace(df={"住房": 2, "产业": 5, "项目": 9})
    ev = _ev(BEFORE, SHARE)
    ev.result.index = index
    assert missing("What part of the pairing money went on housing?", ev) == "share"


def test_a_sum_of_money_asked_by_what_it_was_put_into() -> None:
    q = "How much assistance money did the county put into the hospitals in 2024?"
    assert purpose(q) == ["hospitals"]
    ev = _ev(SHARE)
    ev.result.index.df["医院"] = 2
    assert missing(q, ev) == "number"
    # a party it went to is a recipient, left to the other checks
    assert purpose("How much assistance money did the county put into its villages?") == []
