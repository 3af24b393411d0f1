"""A count asked of an organisation (org_counts.py); the pipeline's behaviour — a figure of
another owner is no answer — is test_occasion.py's owner scenario."""

from __future__ import annotations

from knowledge.answering.checking.org_counts import owner_asked


def test_the_organisation_a_count_is_asked_of() -> None:
    assert owner_asked("边贸区招商服务局有多少名工作人员？") == "边贸区招商服务局"
    assert owner_asked("目前学校有几个校区？") == ""  # a kind, not a name
    assert owner_asked("飞出地要派驻多少名工作人员？") == ""  # no organisation
