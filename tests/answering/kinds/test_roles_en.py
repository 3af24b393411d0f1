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


@pytest.mark.parametrize(
    ("question", "offices", "deputy", "org"),
    [
        ("What is the name of the deputy director of the park management committee who spoke "
         "about land?", [], True, ["park", "management", "committee"]),
        ("What is the name of the investment service centre director quoted on new projects?",
         [], False, ["investment", "service", "centre"]),
        ("Which official of the city commerce bureau attended the annual briefing?", [], None,
         ["city", "commerce", "bureau"]),
        ("Which Qinghe commerce bureau official said land was supplied first?", [], None,
         ["qinghe", "commerce", "bureau"]),
        ("Who is the district head of Qinghe?", [], False, ["qinghe", "district"]),
        ("Who was the director of the investment service centre in 2023?", [], False,
         ["investment", "service", "centre"]),
        ("Who is the chief editor of Qinghe Daily?", ["总编"], False, ["qinghe", "daily"]),
        # a kind alone ("the bureau") is named by what it does: that stays
        ("Who is the head of the bureau that supplies the land?", [], False,
         ["bureau", "supplies", "land"]),
    ],
)  # fmt: skip
def test_the_organisation_without_what_picks_its_holder_out(question, offices, deputy, org):
    asked = roles_en.asked_role(question, _TITLE_AT)
    assert asked is not None
    assert set(offices) <= set(asked.offices) and bool(asked.offices) == bool(offices)
    assert (asked.deputy, asked.org) == (deputy, org)


def test_a_firm_named_short_is_read_where_it_is_written_in_full() -> None:
    passage = "香港供应链企业港滇通供应链有限公司昨日签约。\n港滇通董事总经理梁嘉慧表示，"
    org = ["hong", "kong", "supply-chain", "company"]
    assert roles_en.org_share(org, "港滇通", {}) == 0
    assert roles_en.named_share(org, "港滇通", passage, {}) >= roles_en.ORG_SHARE


def test_an_english_passage_names_the_holder() -> None:
    question = "Who is the director of the commerce bureau?"
    asked = roles_en.asked_role(question, _TITLE_AT)
    said = ["Investors came, said He Lanzhou, director of the city commerce bureau."]
    assert roles_en.named_in_english(asked, said, question)
    assert not roles_en.named_in_english(asked, ["The director of the bureau spoke."], question)


def test_the_holder_found_past_the_words_that_pick_him_out(svc) -> None:
    ans = svc.ask(
        "What is the name of the investment service centre director quoted on new projects?"
    )
    assert "严松" in ans.answer and not ans.abstained
    ans = svc.ask("Which official of the city commerce bureau attended the annual briefing?")
    assert "贺兰舟" in ans.answer and not ans.abstained


def test_no_holder_of_a_general_role_beside_the_body_is_refused(svc) -> None:
    ans = svc.ask("Who is the head of the Qinghe municipal government?")
    assert ans.abstained and ans.refusal_rule == "roles"
    assert svc.ask("Who is the chief editor of Qinghe Daily?").abstained


def test_the_holder_of_another_year_is_refused(svc) -> None:
    assert svc.ask("Who was the director of the investment service centre in 2023?").abstained
    ans = svc.ask("Who was the director of the investment service centre in 2025?")
    assert "严松" in ans.answer and not ans.abstained
