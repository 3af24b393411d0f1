"""「办法有几章几条」 is counted from the document's chunk paths and cited at its last article
(fixtures: tests/data/policy, fictional: the 办法 has four chapters and twelve articles)."""

from __future__ import annotations

import pytest

from knowledge.answering.structure_count import asks
from tests.conftest import ROOT, make_service

POLICY = ROOT / "tests" / "data" / "policy"


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    service = make_service(tmp_path_factory.mktemp("count"), embedding={"provider": "fake"})
    assert [r.status for r in service.ingest_paths([POLICY])] == ["added"] * 4
    return service


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("这个办法有几章几条？", True),
        ("利益分享办法一共多少章？", True),
        ("分享比例在第几章？", False),  # which chapter, not how many
        ("第三章有哪几条？", False),
        ("解读里说《管理办法》一共有几章几条？", False),  # the 解读's sentence answers
    ],
)
def test_what_asks_for_the_count(question: str, counted: bool) -> None:
    assert asks(question) is counted


def test_the_chapters_and_articles_are_counted_and_the_last_article_cited(svc) -> None:
    ans = svc.ask("利益分享管理办法有几章几条？")
    assert not ans.abstained
    assert "共四章十二条" in ans.answer and "第十二条" in ans.answer
    assert [c.source for c in ans.citations] == ["qinghe-feidi-banfa.txt"]
