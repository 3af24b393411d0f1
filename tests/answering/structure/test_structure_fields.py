"""Which 公文 field a question asks for (structure_fields.FIELD_Q)."""

from __future__ import annotations

import pytest

from knowledge.answering.structure.structure_fields import FIELD_Q


def test_during_the_trial_is_a_time_not_the_trial_period_asked() -> None:
    """「试行期间统计指标包括哪几项」 asks what the 试行 version said, not its 试行期."""
    assert [n for n, p in FIELD_Q if p.search("试行期间统计指标包括哪几项？")] == []
    assert [n for n, p in FIELD_Q if p.search("统计核算办法试行期多长？")] == ["validity"]


def test_whether_the_old_version_still_holds_is_asked_of_the_repeal_clause() -> None:
    def asked(q: str) -> list[str]:
        return [n for n, p in FIELD_Q if p.search(q)]

    assert asked("原来的见习办法还有效吗？") == ["repeals"]
    assert asked("新办法什么时候施行？旧的那个办法还能用吗？") == ["effective", "repeals"]
    assert asked("见习补贴还有效吗？") == []  # no old version named


def test_the_day_a_notice_was_sent_out_is_its_date_of_writing() -> None:
    def asked(q: str) -> list[str]:
        return [n for n, p in FIELD_Q if p.search(q)]

    assert asked("这个通知是哪天发的？") == ["issued"]  # the 成文日期, not the 印发 day
    assert asked("补助资金的通知是什么时候下发的？") == ["issued"]
    assert asked("领导小组的通知是哪一天发的？") == ["issued"]
    assert asked("行动方案是哪个单位印发的，哪天发的？") == ["issuer", "issued"]
    assert asked("补贴是什么时候发的？") == []  # money paid out, no paper sent
    assert asked("补贴一般几号发放？") == []


def test_the_organs_of_a_joint_issue_asked_together() -> None:
    def asked(q: str) -> list[str]:
        return [n for n, p in FIELD_Q if p.search(q)]

    assert asked("补助资金的通知是哪两个部门联合发的？") == ["issuer"]
    assert asked("这个办法是哪几个单位共同制定的？") == ["issuer"]
    assert asked("哪两个部门要配合做好检查？") == []  # a duty shared, no paper issued


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("新办法后面附了哪几张表？", True),
        ("这个办法附带了哪些表格？", True),
        ("细则附有几个附件？", True),
        ("申报时要附上哪些材料？", False),  # 附上 materials, not the document's attachments
    ],
)
def test_the_tables_attached_are_the_attachments(question: str, asked: bool) -> None:
    names = [name for name, pattern in FIELD_Q if pattern.search(question)]
    assert ("attachments" in names) is asked
