"""The 题注 of 法规 and 规章 (knowledge.documents.adoption) and what a 决定 repeals, on the
fictional 松岭 fixtures (tests/data/gongwen): the adopting body is the issuer when the document
names no other, its date the document's own, a 令 number its 发文字号."""

from __future__ import annotations

from pathlib import Path

from knowledge.documents.cleaning import clean_text
from knowledge.documents.repeals import repealed_titles
from knowledge.documents.structure import Structure, parse
from knowledge.ingestion.plan import record_fields

GONGWEN = Path(__file__).resolve().parent.parent / "data" / "gongwen"


def parsed(name: str) -> tuple[str, Structure]:
    doc = clean_text((GONGWEN / name).read_text(encoding="utf-8"))
    return doc.text, parse(doc.text)


def record(name: str) -> dict:
    doc = clean_text((GONGWEN / name).read_text(encoding="utf-8"))
    return record_fields(parse(doc.text), doc)


def test_a_regulation_adopted_by_a_standing_committee() -> None:
    text, st = parsed("songling-xiangcun-lvyou-tiaoli.txt")
    assert st.doc_type == "条例" and st.title == "松岭省乡村旅游促进条例"
    issuer, adopted = st.field("issuer"), st.field("adopted")
    assert issuer.value == "松岭省人民代表大会常务委员会"  # the session 「第十四届」 left out
    assert text[issuer.start : issuer.end] == "松岭省第十四届人民代表大会常务委员会"
    assert (adopted.value, adopted.iso) == ("2024年9月26日", "2024-09-26")
    assert text[adopted.start : adopted.end] == adopted.value
    got = record("songling-xiangcun-lvyou-tiaoli.txt")
    assert (got["issuer"], got["issued_on"], got["effective_on"]) == (
        "松岭省人民代表大会常务委员会",
        "2024-09-26",
        "2025-01-01",
    )
    assert st.sections[0].label == "第一章"  # the 题注 is no part of the body


def test_a_government_rule_adopted_then_promulgated_by_decree() -> None:
    _, st = parsed("songling-chengshi-lvhua-banfa.txt")
    v = {f.name: f for f in st.fields}
    assert v["issuer"].value == "松岭市人民政府" and v["adopted"].iso == "2024-03-05"
    assert v["doc_number"].value == "松岭市人民政府令第15号"
    assert v["published"].iso == "2024-03-20"
    assert v["effective"].iso == "2024-04-19"  # 「自公布之日起三十日后施行」: 公布 + 30 days
    assert (v["validity"].value, v["validity"].iso) == ("2029年4月18日废止", "2029-04-18")
    articles = [s.label for s in st.sections if s.kind == "条"]
    assert articles == ["第1条", "第2条", "第3条", "第4条", "第5条"]  # written with digits
    clauses = [st.path(i) for i, s in enumerate(st.sections) if s.kind == "款"]
    assert clauses == ["第3条 › 第一款", "第3条 › 第二款"]


def test_a_revised_regulation_is_dated_by_its_last_revision() -> None:
    text = (
        "松岭市物业管理条例\n\n（2012年6月1日松岭市第十四届人民代表大会常务委员会第三次会议通过"
        "　2012年9月20日松岭省第十一届人民代表大会常务委员会第三十次会议批准"
        "　根据2018年5月10日松岭市第十五届人民代表大会常务委员会第九次会议"
        "《关于修改〈松岭市物业管理条例〉的决定》修正"
        "　2024年8月29日松岭市第十七届人民代表大会常务委员会第二十一次会议修订）\n\n"
        "第一条　为了规范物业管理活动，制定本条例。\n\n第二条　本条例自通过之日起施行。\n"
    )
    st = parse(text)
    assert st.field("adopted").iso == "2024-08-29"
    assert st.field("issuer").value == "松岭市人民代表大会常务委员会"
    assert st.field("effective").iso == "2024-08-29"  # 「自通过之日起施行」


def test_a_bracketed_line_without_a_dated_adoption_is_no_note() -> None:
    text = "松岭市停车管理办法\n\n（征求意见稿）\n\n第一条　为了规范停车管理，制定本办法。\n\n第二条　本办法自2025年1月1日起施行。\n"
    st = parse(text)
    assert st.field("adopted") is None and st.field("issuer") is None


def test_a_decision_repeals_the_rules_it_names_after_the_verb() -> None:
    _, st = parsed("songling-guizhang-jueding.txt")
    clauses = [f.value for f in st.fields if f.name == "repeals"]
    assert clauses == [
        "废止《松岭市城市道路临时占用管理办法》（市政府令第12号）",
        "废止《松岭市户外广告设置管理规定》（市政府令第19号）",
    ]
    titles = [t for c in clauses for t in repealed_titles(c)]
    assert titles == ["松岭市城市道路临时占用管理办法", "松岭市户外广告设置管理规定"]
    assert st.field("doc_number").value == "松岭市人民政府令第38号"
    assert record("songling-guizhang-jueding.txt")["repeals"] == tuple(titles)


def test_a_repeal_mentioned_inside_a_sentence_is_not_the_documents_own() -> None:
    text = (
        "松岭市城市管理局关于户外广告整治的通知\n\n"
        "一、有关部门已申请废止《松岭市户外广告设置管理规定》，整治期间仍按其执行。\n\n"
        "二、本通知自印发之日起施行。\n\n松岭市城市管理局\n2024年5月6日\n"
    )
    assert parse(text).field("repeals") is None


def test_a_note_wrapped_inside_a_word_as_a_pdf_line_breaks_it() -> None:
    text = (
        "松岭省乡村旅游促进条例\n\n（2024年9月26日松岭省第十四届人民代表大\n"
        "会常务委员会第十二次会议通过）\n\n第一条　为了促进乡村旅游，制定本条例。\n\n"
        "第二条　本条例自2025年1月1日起施行。\n"
    )
    st = parse(text)
    issuer = st.field("issuer")
    assert issuer.value == "松岭省人民代表大会常务委员会"
    assert text[issuer.start : issuer.end] == "松岭省第十四届人民代表大\n会常务委员会"
    assert st.field("adopted").iso == "2024-09-26"
