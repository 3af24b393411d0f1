"""A field asked of the document the question names, which does not state it: said so, that
document cited, not another document's field (structure_unstated). Fixtures: tests/data/issued
(a notice issuing two 办法, one with an 有效期 clause, one without), fictional."""

from __future__ import annotations

from knowledge.answering.structure import structure_unstated

ZHAN = "汀溪县农村电商服务站管理办法"
JIDI = "汀溪县电商直播基地认定办法"


def test_the_named_document_without_a_validity_clause_says_it_does_not_state_one(
    issued_svc,
) -> None:
    ans = issued_svc.ask("直播基地认定办法的有效期是多久？")
    assert ans.abstained and ans.refusal_rule == structure_unstated.RULE
    assert ans.answer.startswith(f"《{JIDI}》中没有写明有效期。")
    assert "有效期两年" not in ans.answer and ans.citations  # the nearest passage shown


def test_a_document_that_states_it_is_answered_as_before(issued_svc) -> None:
    ans = issued_svc.ask("电商服务站管理办法的有效期是多久？")
    assert not ans.abstained and "有效期两年" in ans.answer


def test_no_document_named_no_refusal_of_this_kind(issued_svc) -> None:
    assert issued_svc.ask("有效期是多久？").refusal_rule != structure_unstated.RULE
