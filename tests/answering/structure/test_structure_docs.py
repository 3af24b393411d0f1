"""The document a structure question is about, and the title its articles are cited under: a
notice issuing two 办法 (each article cited under its own 办法, each with its own 施行 clause) and
a notice carrying its 办法 as 附件1 (cited 《办法》第三条, not 《通知》附件1第三条). Fixtures:
tests/data/issued, fictional."""

from __future__ import annotations

import pytest

from knowledge.answering.structure.structure_docs import named_kinds
from knowledge.errors import ScopeError

ZHAN = "汀溪县农村电商服务站管理办法"
JIDI = "汀溪县电商直播基地认定办法"
MINSU = "汀溪县民宿发展扶持办法"


@pytest.mark.parametrize(
    ("question", "title", "fact"),
    [
        ("电商服务站管理办法第三条讲了什么？", ZHAN, "八千元"),
        ("直播基地认定办法第三条讲了什么？", JIDI, "十五万元"),
        (f"《{JIDI}》第二条是怎么规定的？", JIDI, "十个独立直播间"),
    ],
)
def test_each_article_of_a_notice_issuing_two_is_cited_under_its_own_document(
    issued_svc, question, title, fact
) -> None:
    ans = issued_svc.ask(question)
    assert not ans.abstained and fact in ans.answer
    assert ans.answer.startswith(f"《{title}》第")
    assert {c.cited_as for c in ans.citations} == {title}
    assert all(c.label().startswith(f"《{title}》第") for c in ans.citations)


def test_each_document_a_notice_issues_has_its_own_effective_clause(issued_svc) -> None:
    ans = issued_svc.ask("直播基地认定办法什么时候开始施行？")
    assert "本办法自印发之日起施行" in ans.answer and "2025-09-16" in ans.answer
    assert "2025年10月1日" not in ans.answer
    ans = issued_svc.ask("电商服务站管理办法的有效期是多久？")
    assert ans.answer.startswith(f"《{ZHAN}》") and "有效期两年" in ans.answer
    # the 认定办法 has none: not its sibling's, nor another document's
    ans = issued_svc.ask("直播基地认定办法的有效期是多久？")
    assert "有效期两年" not in ans.answer and "有效期三年" not in ans.answer


def test_an_ban_fa_carried_as_attachment_1_is_cited_under_its_own_title(issued_svc) -> None:
    ans = issued_svc.ask("民宿发展扶持办法第三条讲了什么？")
    assert not ans.abstained and "两万元" in ans.answer
    assert ans.answer.startswith(f"《{MINSU}》第三条")
    (c,) = ans.citations
    assert c.cited_as == MINSU and c.label() == f"《{MINSU}》第三条"
    assert c.section.startswith("附件1 ")  # the path stays the document's own


def test_a_chapter_of_the_attached_ban_fa(issued_svc) -> None:
    ans = issued_svc.ask("民宿发展扶持办法第二章有哪几条？")
    assert ans.answer.startswith(f"《{MINSU}》第二章 扶持措施共2条：第三条、第四条")


def test_the_attachment_itself_is_still_the_notice_s(issued_svc) -> None:
    ans = issued_svc.ask("民宿扶持办法通知的附件2是什么？")
    assert "民宿备案申请表" in ans.answer
    assert all(c.cited_as is None for c in ans.citations)


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("旧版利益分享办法规定的比例是多少？", ["办法"]),  # 规定 here is the verb
        ("收益分成规定第三条讲了什么？", ["规定"]),
        ("办法实施细则第五条", ["办法", "细则"]),
        ("驿站细则对申请渠道是怎么规定的？", ["细则"]),
        ("细则规定了哪些材料？", ["细则"]),
    ],
)
def test_the_document_types_a_question_names(question, kinds) -> None:
    assert named_kinds(question) == kinds


def test_a_scope_of_ban_fa_takes_in_the_notices_that_issue_one(issued_svc) -> None:
    from knowledge.schema import Scope

    ans = issued_svc.ask("直播基地认定办法第三条讲了什么？", scope=Scope(doc_type="办法"))
    assert not ans.abstained and "十五万元" in ans.answer
    assert {c.cited_as for c in ans.citations} == {JIDI}
    ans = issued_svc.ask("民宿发展扶持办法第四条讲了什么？", scope=Scope(doc_type="办法"))
    assert "五万元" in ans.answer
    with pytest.raises(ScopeError):
        issued_svc.ask("民宿发展扶持办法第四条讲了什么？", scope=Scope(doc_type="条例"))
