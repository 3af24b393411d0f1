"""The event an English when-question asks about, and the dated sentences telling another one."""

from __future__ import annotations

import pytest

from knowledge.answering.checking import events_en
from tests.answering.checking.fake_evidence import evidence


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("When will Guandu's cold-chain centre start operating?", {"投产"}),
        ("When did the base go into operation?", {"投产"}),
        ("When will the second batch of standard factories be handed over?", {"交付"}),
        ("When is the assembly base expected to be completed?", {"竣工"}),
        ("When did the Hong Kong company sign its agreement?", {"签约"}),
        ("When did the measures take effect?", {"施行"}),
        ("When was the hospital's branch founded?", {"成立"}),
        ("On what date did the publicity period end?", {"期满"}),
        # an activity completed is no building completed; no time asked, no kind
        ("When was the certification of the second batch completed?", set()),
        ("Who signed the agreement?", set()),
        ("When will the school hold its sports day?", set()),
    ],
)
def test_the_kind_of_event_asked(question: str, kinds: set[str]) -> None:
    assert events_en.asked(question) == kinds


def test_another_kind_of_event_dated_is_no_answer() -> None:
    ev = evidence(
        "其中，跨境冷链物流中心计划今年四季度开工。", "6月18日，官渡区与合作区签订共建协议。"
    )
    question = "When will Guandu's cross-border cold-chain logistics centre start operating?"
    assert events_en.missing(question, ev) == "date"
    asked_start = "When will Guandu's cold-chain logistics centre start construction?"
    assert events_en.missing(asked_start, ev) is None


def test_the_kind_asked_dated_answers_and_nothing_dated_decides_nothing() -> None:
    told = evidence("6月中旬，人才公寓一期300套正式交付，首批入住的大多是技术人员。")
    assert events_en.missing("When were the first talent apartments handed over?", told) is None
    undated = evidence("新开的餐馆、超市和快递网点沿着迎宾大道一字排开。")
    assert events_en.missing("When did the restaurants open?", undated) is None


def test_a_done_event_is_not_told_by_its_plan() -> None:
    ev = evidence("項目計劃今年5月動工，2026年底投入營運。")
    assert events_en.missing("When did the Hong Kong firm's base go into operation?", ev) == "date"
    # a plan asked: the planned date answers it
    assert events_en.missing("When will the Hong Kong firm's base go into operation?", ev) is None
    done = evidence("在官渡—磨憨飞地产业园，2025年冷库已经投入运营。")
    assert events_en.missing("When did the cold store go into operation?", done) is None


def test_english_sentences_tell_their_event_in_english() -> None:
    ev = evidence("The Investment Week ended today in Kunming with four new projects signed.")
    assert events_en.missing("When did the investment week end?", ev) is None
    assert events_en.missing("When did the investment week projects start production?", ev) == (
        "date"
    )
