"""Where a document deals with a topic — 「哪一章讲利益分享」, "which chapter deals with benefit
sharing", 「哪一条规定了……」 — is answered from its headings and articles, cited; other uses of
哪一条 / "which article" are not (fixtures: tests/data/policy, fictional)."""

from __future__ import annotations

import pytest

from knowledge.answering.structure.structure_locate import asks, best_heading
from tests.conftest import ROOT, make_service

BANFA = "青禾市飞地园区利益分享管理办法"


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    service = make_service(tmp_path_factory.mktemp("locate"), embedding={"provider": "fake"})
    service.ingest_paths([ROOT / "tests" / "data" / "policy"])
    return service


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("哪一章讲利益分享？", "章"),
        ("利益分享在办法的第几章？", "章"),
        ("哪一条规定了能耗指标？", "条"),
        ("Which chapter of the measures deals with benefit sharing?", "章"),
        ("Which article of the measures covers energy quotas?", "条"),
        ("Which article reported the new figures?", None),  # a news article
        ("货物经过哪一条铁路运到口岸？", None),
        ("第三章有哪几条？", None),  # a chapter named: the structure answers list it
    ],
)
def test_what_asks_where_a_topic_is(question: str, kind: str | None) -> None:
    assert asks(question) == kind


def test_the_heading_holding_the_topic_and_no_guess_on_a_tie() -> None:
    names = ["第二章 共建与管理", "第三章 利益分享机制", "第三章 利益分享机制 › 第八条"]
    assert best_heading([["利益"], ["分享"]], names, "章") == ("章", 3)
    assert best_heading([["退出"], ["清算"]], names, "章") is None
    assert best_heading([["共建"], ["分享"]], names, "章") is None  # one each: a tie


def test_a_chapter_found_by_its_heading_lists_its_articles(svc) -> None:
    for question in (
        f"《{BANFA}》哪一章讲利益分享？",
        "Which chapter of the measures deals with benefit sharing?",
    ):
        ans = svc.ask(question)
        assert ans.answer.startswith(f"《{BANFA}》第三章 利益分享机制共"), question
        assert "第八条" in ans.answer and ans.citations


def test_an_article_asked_by_what_it_says_is_quoted_whole(svc) -> None:
    ans = svc.ask(f"《{BANFA}》哪一条规定了能耗指标？")
    assert ans.answer.startswith(f"《{BANFA}》第九条：") and "能耗指标" in ans.answer
