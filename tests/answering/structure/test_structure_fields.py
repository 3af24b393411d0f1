"""Which 公文 field a question asks for (structure_fields.FIELD_Q)."""

from __future__ import annotations

from knowledge.answering.structure.structure_fields import FIELD_Q


def test_during_the_trial_is_a_time_not_the_trial_period_asked() -> None:
    """「试行期间统计指标包括哪几项」 asks what the 试行 version said, not its 试行期."""
    assert [n for n, p in FIELD_Q if p.search("试行期间统计指标包括哪几项？")] == []
    assert [n for n, p in FIELD_Q if p.search("统计核算办法试行期多长？")] == ["validity"]
