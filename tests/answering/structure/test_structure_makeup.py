"""A question about a policy document's makeup — how many chapters and articles, which chapters
— is answered from its parsed articles, the last one cited (fixtures: tests/data/policy,
fictional)."""

from __future__ import annotations

import pytest

from knowledge.answering.structure.structure_answers import _asks
from knowledge.answering.structure.structure_makeup import asks
from tests.conftest import ROOT, make_service

POLICY = ROOT / "tests" / "data" / "policy"


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    service = make_service(tmp_path_factory.mktemp("makeup"), embedding={"provider": "fake"})
    assert [r.status for r in service.ingest_paths([POLICY])] == ["added"] * 4
    return service


@pytest.mark.parametrize(
    ("question", "makeup"),
    [
        ("这个办法一共有几章几条？", True),
        ("利益分享管理办法有多少条？", True),
        ("办法分为几章？", True),
        ("办法总共分成几章、多少条？", True),
        ("办法有多少条规定？", True),
        ("办法分哪几章？", True),
        ("办法的各章分别是什么？", True),
        ("会议提出了多少条措施？", False),  # 条 of something else
        ("园区修了几条路？", False),
        ("新办法比原办法多出了几章几条？", False),  # two versions compared
        ("第三章有几条？", True),  # a chapter named: the part answers it first (_asks)
        ("备案表填完意见，还要盖个什么章？", False),  # the 章 of a seal
        ("申请材料上要加盖哪个章？", False),
        ("合作公司的章程是什么？", False),  # 章程, a charter
    ],
)
def test_what_asks_for_the_makeup(question: str, makeup: bool) -> None:
    assert asks(question) is makeup


def test_a_chapter_named_is_asked_as_a_part_first() -> None:
    assert _asks("第三章有几条？") == ("part", ("章", 3, None))
    assert _asks("第四章叫什么？") == ("part", ("章", 4, None))
    assert _asks("第二章的标题是什么？") == ("part", ("章", 2, None))


def test_the_counts_and_chapters_are_told_with_the_last_article_cited(svc) -> None:
    ans = svc.ask("利益分享管理办法一共有几章几条？")
    assert not ans.abstained
    assert "共四章十二条：第一章 总则（第一条至第三条）；" in ans.answer
    assert "第四章 附则（第十一条至第十二条）。" in ans.answer
    assert [c.section for c in ans.citations][-1].endswith("第十二条")


def test_which_chapters_is_answered_the_same_way(svc) -> None:
    ans = svc.ask("利益分享管理办法分为哪几章？")
    assert "第三章 利益分享机制（第七条至第十条）" in ans.answer
