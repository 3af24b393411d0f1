"""A question asking who said something is answered by the quote and the sentence that names
its speaker, or the transcript line's 「姓名：」 (fixture: tests/data/masthead, fictional)."""

from __future__ import annotations

import pytest

from knowledge.answering.kinds.speakers import asks
from tests.conftest import ROOT, make_service


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    service = make_service(tmp_path_factory.mktemp("speakers"))  # real e5: answers are chosen
    service.ingest_paths([ROOT / "tests" / "data" / "masthead"])
    return service


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("说等地最难的是谁？", True),
        ("这话是谁说的？", True),
        ("讲“一块地要等一年多”的人叫什么？", True),
        ("Who said land took more than a year to arrive?", True),
        ("园区管委会主任是谁？", False),  # a role's holder: the usual checks
        ("谁负责用地审批？", False),
    ],
)
def test_what_asks_who_said_it(question: str, expected: bool) -> None:
    assert asks(question) is expected


def test_a_quote_brings_the_sentence_that_names_its_speaker(svc) -> None:
    ans = svc.ask("“以前最难的是等地，一块地从报批到交付要一年多”，这话是谁说的？")
    assert "邵明川" in ans.answer and not ans.abstained
    assert ans.answer.index("等地") < ans.answer.index("邵明川")  # the quote, then who said it


def test_a_transcript_line_keeps_its_speaker(svc) -> None:
    ans = svc.ask("明年第二批建设用地供应300亩，这是谁说的？")
    assert "韦宁" in ans.answer and not ans.abstained


def test_other_questions_are_not_extended(svc) -> None:
    ans = svc.ask("这次从签约到拿地只用了几个月？")
    assert "五个月" in ans.answer
