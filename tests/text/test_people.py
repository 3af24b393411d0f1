"""The kept table of the nouns documents count people by and the English nouns for them."""

from __future__ import annotations

from knowledge.text import people


def test_the_noun_a_run_before_a_figure_ends_in() -> None:
    assert people.counted("实有人口") == "人口"
    assert people.counted("首批招收学生") == "学生"
    assert people.counted("专业技能人才") == "人才"
    assert people.counted("合作区接待游客") == "游客"
    assert people.counted("带动当地就业") is None  # employment counts no kind of people
    assert people.counted("市场主体") is None


def test_the_english_nouns_for_the_people_counted() -> None:
    assert people.names("人口", "resident") and people.names("人口", "inhabitant")
    assert people.names("学生", "pupil") and people.names("人才", "skilled worker")
    assert people.names("游客", "tourist visit")
    assert not people.names("学生", "teacher") and not people.names("人口", "worker")
