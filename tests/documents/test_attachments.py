"""Tests for knowledge.documents.attachments: the 附件 headings after a 公文's body. The texts
are our own."""

from __future__ import annotations

from knowledge.documents import gongwen_fields as gw
from knowledge.documents.attachments import attachment_marks
from knowledge.documents.structure import parse

BODY = (
    "桐城管规〔2025〕9号\n桐湾市户外电子显示屏设置指引\n第一条　为了规范户外电子显示屏设置，制定本指引。\n"
    "第二条　本指引自2025年10月1日起施行。\n桐湾市城市管理局\n2025年9月15日\n"
)


def test_a_heading_naming_its_title_right_after_the_dated_close_begins_the_attachment() -> None:
    for tail in (
        "附件　亮度限值表\n商业区不超过500坎德拉。",
        "（此件公开发布）\n附件：亮度限值表\n（表略）",
    ):
        marks = attachment_marks(gw.lines_of(BODY + tail))
        assert [(n, label, t.value) for _, _, n, label, t in marks] == [(1, "附件", "亮度限值表")]
        st = parse(BODY + tail)
        assert st.field("issuer").value == "桐湾市城市管理局"
        assert st.field("issued").iso == "2025-09-15"


def test_an_attachment_note_before_the_close_is_no_heading() -> None:
    text = BODY.replace("桐湾市城市管理局\n", "附件：亮度限值表\n桐湾市城市管理局\n", 1)
    assert attachment_marks(gw.lines_of(text)) == []
