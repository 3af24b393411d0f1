"""Answers come from current documents: a superseded one answers only when no current one in
scope does, and the answer then says so; a scope narrows what answers (fixtures: the policy
eval corpus, fictional; real e5, as a user runs it)."""

from __future__ import annotations

import pytest

from knowledge.answering.structure import validity
from knowledge.errors import ScopeError
from knowledge.schema import Scope
from tests.conftest import ROOT, make_service

CORPUS = ROOT / "eval/policy/corpus"
FILES = [
    "2021-02-10-hezuo-gongjian-zanxing-banfa.txt",
    "2024-05-08-feidi-liyi-fenxiang-banfa.txt",
    "2026-03-02-feidi-liyi-fenxiang-banfa-xiuding.txt",
    "2025-06-12-caizhengju-fenxiang-zijin-tongzhi.txt",
]
OLD_2024 = "注意：以下内容出自已废止的《青禾市飞地园区利益分享管理办法》（青政办〔2024〕12号）"


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    service = make_service(tmp_path_factory.mktemp("versions"))
    results = service.ingest_paths([CORPUS / f for f in FILES])
    assert [r.status for r in results] == ["added"] * len(FILES)
    return service


def sources(ans) -> set[str]:
    return {c.source for c in ans.citations}


def test_the_current_version_answers_and_the_superseded_one_stays_out(svc) -> None:
    for question in ("利益分享管理办法第七条讲了什么？", "飞地园区税收地方留成部分怎么分享？"):
        ans = svc.ask(question)
        assert not ans.abstained and "七比三" in ans.answer and "注意" not in ans.answer
        assert sources(ans) <= {FILES[2], FILES[3]}
        assert all(c.status == "current" and c.status_label == "" for c in ans.citations)


def test_only_a_superseded_document_holds_it_so_the_answer_says_so(svc) -> None:
    ans = svc.ask("合作园区管理费按什么标准收取？")
    assert not ans.abstained and "二百元" in ans.answer
    assert ans.answer.startswith(
        "注意：以下内容出自已废止的《青禾市园区合作共建暂行办法》（青政办〔2021〕7号）"
    )
    assert "已被《青禾市飞地园区利益分享管理办法》（青政办〔2024〕12号）替代" in ans.answer
    assert ans.sentences[0].citations == ()
    cited = next(c for c in ans.citations if c.source == FILES[0])
    assert cited.status == "superseded" and cited.label().endswith("第八条（已废止）")


def test_a_question_naming_the_old_version_gets_it(svc) -> None:
    ans = svc.ask("《青禾市园区合作共建暂行办法》第七条怎么规定的？")
    assert "五比五" in ans.answer and sources(ans) == {FILES[0]}
    assert ans.answer.startswith("注意：以下内容出自已废止的《青禾市园区合作共建暂行办法》")


def test_a_scope_of_the_old_period_answers_from_the_old_version_and_says_so(svc) -> None:
    scope = Scope(since="2024-01-01", until="2024-12-31", doc_type="办法")
    ans = svc.ask("税收地方留成部分按照什么比例分享？", scope=scope)
    assert "六比四" in ans.answer and ans.answer.startswith(OLD_2024)
    assert sources(ans) == {FILES[1]}


def test_a_scope_by_issuer_keeps_the_others_out(svc) -> None:
    ans = svc.ask("分享资金多久拨付到位？", scope=Scope(issuer="财政局"))
    assert sources(ans) == {FILES[3]}
    ev = svc.evidence("分享资金多久拨付到位？", scope=Scope(issuer="财政局"))
    assert {h.chunk.source for h in ev.hits} == {FILES[3]}


def test_a_scope_that_matches_nothing_is_one_clear_message(svc) -> None:
    with pytest.raises(ScopeError, match="没有符合范围条件（发文机关含“教育局”，文种 办法）的文档"):
        svc.ask("税收怎么分享？", scope=Scope(issuer="教育局", doc_type="办法"))


def test_an_old_version_asked_for_plainly_is_preferred_an_everyday_word_is_no_ask(svc) -> None:
    snap = svc.searcher.snapshot()
    old = {d.doc_id for d in svc.list_documents() if d.status == "superseded"}
    assert validity.old_asked("旧版办法规定土地出让收入怎么分？", snap) == old
    assert validity.old_asked("企业迁回后还按原来的比例分享吗？", snap) == frozenset()
    ans = svc.ask("原办法规定飞地园区的能耗指标由谁核算？")
    assert "飞入地统一核算" in ans.answer and ans.answer.startswith(OLD_2024)


def test_an_old_version_named_in_everyday_words_is_asked_for(svc) -> None:
    snap = svc.searcher.snapshot()
    old = {d.doc_id for d in svc.list_documents() if d.status == "superseded"}
    for question in (
        "修订之前，土地出让收入怎么分？",
        "老办法里土地出让收入怎么分？",
        "以前的规定里土地出让收入怎么分？",
        "第一版利益分享办法里土地出让收入怎么分？",
        "利益分享办法刚出台的时候，土地出让收入怎么分？",
        "以前土地出让收入怎么分？",
        "旧的那个利益分享办法里土地出让收入怎么分？",
    ):
        assert validity.old_asked(question, snap) == old, question
    for question in (
        "分享资金每年3月31日以前拨付吗？",  # a deadline
        "过去三年土地出让收入怎么分？",  # a period
        "老人的养老政策有哪些？",  # a word, no version
    ):
        assert validity.old_asked(question, snap) == frozenset(), question
    ans = svc.ask("修订之前，土地出让收入分享资金每年什么时候前拨付到位？")
    assert "3月31日" in ans.answer and ans.answer.startswith(OLD_2024)


def test_an_old_version_named_by_its_year_is_asked_for(svc) -> None:
    snap = svc.searcher.snapshot()
    old = {d.doc_id for d in svc.list_documents() if d.status == "superseded"}
    for question in ("2024年版利益分享办法第五条规定了什么？", "2024版办法里土地出让收入怎么分？"):
        assert validity.old_asked(question, snap) == old, question
    for question in ("2026年版利益分享办法第五条规定了什么？", "2024年土地出让收入是多少？"):
        assert validity.old_asked(question, snap) == frozenset(), question  # current; no edition
