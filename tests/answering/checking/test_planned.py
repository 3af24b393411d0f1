"""A figure standing as a plan, and an English question asking one."""

from __future__ import annotations

from knowledge.answering.checking.planned import asks_plan_en, planned_by


def test_a_planned_figure() -> None:
    s = "今年计划培养跨境物流、机电维修等专业技能人才800人。"
    assert planned_by(s, s.index("800")) == "计划"
    assert planned_by("首批招收学生1260名", 8) == ""


def test_a_plan_asked_in_english() -> None:
    assert asks_plan_en("How many technicians will the classes train this year?")
    assert asks_plan_en("How many technicians does the zone aim to train?")
    assert not asks_plan_en("How many technicians did the classes train last year?")
