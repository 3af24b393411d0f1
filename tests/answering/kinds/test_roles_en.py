"""English questions about who holds an office, and a named person's office, answered from
Chinese passages as the Chinese ones are (fixtures: tests/data/masthead, fictional)."""

from __future__ import annotations

import pytest

from knowledge.answering.kinds import roles_en
from knowledge.answering.kinds.role_holders import _TITLE_AT
from tests.conftest import ROOT, make_service


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    service = make_service(tmp_path_factory.mktemp("roles-en"))  # real e5
    service.ingest_paths([ROOT / "tests" / "data" / "masthead"])
    return service


@pytest.mark.parametrize(
    ("question", "offices", "deputy", "org"),
    [
        ("Who is the deputy director of the park's management committee?", [], True,
         ["park", "management", "committee"]),
        ("Who is the city commerce bureau's director?", [], False, ["city", "commerce", "bureau"]),
        ("Who heads the investment service centre?", [], False, ["investment", "service", "centre"]),
        ("Who is the mayor of Qinghe?", ["市长"], False, ["qinghe"]),
    ],
)  # fmt: skip
def test_the_role_and_organisation_asked(question, offices, deputy, org) -> None:
    asked = roles_en.asked_role(question, _TITLE_AT)
    assert asked is not None
    assert set(offices) <= set(asked.offices) and bool(asked.offices) == bool(offices)
    assert (asked.deputy, asked.org) == (deputy, org)


def test_not_a_role_question() -> None:
    assert roles_en.asked_role("How many projects did the park sign?", _TITLE_AT) is None
    assert roles_en.asked_role("Who is Wei Ning?", _TITLE_AT) is None
    assert roles_en.asked_name("Who is Wei Ning?") == "Wei Ning"
    assert roles_en.asked_name("What is He Lanzhou's job?") == "He Lanzhou"
    assert roles_en.asked_name("Who is the mayor of Qinghe?") is None


def test_the_holder_is_the_name_after_the_office_of_that_organisation(svc) -> None:
    ans = svc.ask("Who is the deputy director of the park's management committee?")
    assert "韦宁" in ans.answer and not ans.abstained
    ans = svc.ask("Who is the deputy director of the city commerce bureau?")
    assert "市商务局副局长贺兰舟" in ans.answer and not ans.abstained
    ans = svc.ask("Who is the director of the cold-chain park's investment service centre?")
    assert "严松" in ans.answer and not ans.abstained


def test_the_deputy_is_not_the_director(svc) -> None:
    ans = svc.ask(
        "Who is the director of the Qinghe cold-chain logistics park management committee?"
    )
    assert ans.abstained and "韦宁" not in ans.answer.split("；")[0]


def test_a_particular_office_nobody_holds_is_refused(svc) -> None:
    assert svc.ask("Who is the mayor of Qinghe?").abstained


def test_a_named_persons_office(svc) -> None:
    ans = svc.ask("Who is Wei Ning?")
    assert "副主任韦宁" in ans.answer and not ans.abstained
    ans = svc.ask("What is He Lanzhou's job?")
    assert "市商务局副局长贺兰舟" in ans.answer and not ans.abstained
