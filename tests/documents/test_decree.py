"""Tests for knowledge.documents.decree: the 令 page a 政府规章 is published with."""

from __future__ import annotations

from knowledge.documents.decree import block
from knowledge.documents.gongwen_fields import lines_of
from knowledge.documents.structure import parse

PAGE = (
    "青禾市人民政府令\n第12号\n"
    "《青禾市物业服务管理办法》已经2024年9月3日市人民政府第40次常务会议通过，现予公布，"
    "自2024年11月1日起施行。\n"
    "市长　王一帆\n2024年9月18日\n"
)


def test_a_decree_page_gives_number_issuer_and_date() -> None:
    fields, nxt = block(list(lines_of(PAGE + "青禾市物业服务管理办法\n")), 0)
    got = {f.name: (f.iso or f.value) for f in fields}
    assert got == {
        "doc_number": "青禾市人民政府令第12号",
        "issuer": "青禾市人民政府",
        "issued": "2024-09-18",
    }
    assert nxt == 5


def test_number_on_the_same_line_and_no_page() -> None:
    fields, _ = block(list(lines_of("青禾市人民政府令　第7号\n代理市长　李明\n2023年5月2日\n")), 0)
    assert fields[0].value == "青禾市人民政府令第7号" and fields[-1].iso == "2023-05-02"
    assert block(list(lines_of("青禾市人民政府办公室\n第7号\n")), 0) is None
    assert block(list(lines_of("关于执行市人民政府令的通知\n")), 0) is None


def test_a_regulation_printed_after_its_decree_page() -> None:
    text = (
        PAGE + "青禾市物业服务管理办法\n"
        "（2024年9月3日市人民政府第40次常务会议通过　2024年9月18日市人民政府令第12号公布"
        "　自2024年11月1日起施行）\n"
        "第一条　为了规范物业服务活动，制定本办法。\n"
        "第二条　本办法自2024年11月1日起施行。\n"
    )
    st = parse(text)
    assert st.title == "青禾市物业服务管理办法" and st.doc_type == "办法"
    assert st.field("doc_number").value == "青禾市人民政府令第12号"
    assert st.field("issuer").value == "青禾市人民政府"
    assert st.field("issued").iso == "2024-09-18"


def test_a_web_page_puts_the_decree_page_under_the_title() -> None:
    text = (
        "青禾市物业服务管理办法\n发布日期：2024-09-20　　来源：市司法局\n"
        + PAGE
        + "青禾市物业服务管理办法\n第一条　为了规范物业服务活动，制定本办法。\n"
        "第二条　本办法自2024年11月1日起施行。\n"
    )
    st = parse(text)
    assert st.field("doc_number").value == "青禾市人民政府令第12号"
    assert st.field("issuer").value == "青禾市人民政府"
