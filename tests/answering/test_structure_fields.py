"""Which 公文 field a question asks for (structure_fields.FIELD_Q)."""

from __future__ import annotations

from knowledge.answering.structure_fields import FIELD_Q


def test_during_the_trial_is_a_time_not_the_trial_period_asked() -> None:
    """「试行期间统计指标包括哪几项」 asks what the 试行 version said, not its 试行期."""
    assert [n for n, p in FIELD_Q if p.search("试行期间统计指标包括哪几项？")] == []
    assert [n for n, p in FIELD_Q if p.search("统计核算办法试行期多长？")] == ["validity"]


def test_a_repealed_document_named_is_no_repeal_asked() -> None:
    """「已经废止的…办法里…」 names the old version; 「什么时候废止的」「废止了哪个文件」 ask it."""
    assert [n for n, p in FIELD_Q if p.search("已经废止的利益分享办法里每方派几个人？")] == []
    assert [n for n, p in FIELD_Q if p.search("原办法什么时候废止的？")] == ["repeals"]
    assert [n for n, p in FIELD_Q if p.search("新办法废止了哪个文件？")] == ["repeals"]
