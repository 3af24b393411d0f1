"""A figure asked of one project in English, told only for the group it was signed with
(members_en.py)."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering.checking.members_en import member, missing

# Fictional: a county's signing day, four plants signed together, one told on its own
SIGNED = "Riverside County signed three new projects worth a combined RMB 1.2 billion."
LISTED = "签约现场，县里引进的3个项目同步签约，总投资12亿元，分别是冷库、饮料厂和纸箱厂。"
OWN = "其中饮料厂总投资5亿元，明年投产。"
DATE = "10月中旬，饮料厂的厂房正在施工。"


def _ev(*texts: str) -> SimpleNamespace:
    index = SimpleNamespace(df={"饮料": 3, "饮料厂": 2, "纸箱": 1, "beverage": 0})
    result = SimpleNamespace(expansion={"beverage": ["饮料"]}, index=index)
    chosen = [SimpleNamespace(text=t, score=1.0) for t in texts]
    return SimpleNamespace(chosen=chosen, docs={}, lang="en", result=result)


def test_the_thing_is_read_from_a_figure_question_of_one_project() -> None:
    assert member("How much investment did the beverage plant bring?") == ["beverage"]
    assert member("What was the combined investment of the projects signed?") == []
    assert member("How many projects did the county sign?") == []
    assert member("Why was the beverage plant built?") == []


def test_a_group_sum_does_not_answer_for_one_member() -> None:
    q = "How much investment did the beverage plant bring?"
    assert missing(q, _ev(SIGNED)) == "beverage plant"
    assert missing(q, _ev(LISTED, DATE)) == "beverage plant"  # listed, and a date's figure


def test_the_members_own_figure_answers() -> None:
    q = "How much investment did the beverage plant bring?"
    assert missing(q, _ev(LISTED, OWN)) is None
    assert missing(q, _ev("饮料厂总投资5亿元。")) is None  # no group counted
