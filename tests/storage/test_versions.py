"""Versions derived from the records: a repeal clause, a later version of the same title and an
explicit replace supersede the older document, in any order; nothing is stored for it, so
removing the newer document makes the older current again (fixtures fictional)."""

from __future__ import annotations

from dataclasses import replace

from knowledge.schema import DocField, DocumentInfo
from knowledge.storage.versions import history, resolve, title_key
from tests.conftest import ROOT, make_service

BANFA = (ROOT / "tests/data/policy/qinghe-feidi-banfa.txt").read_text(encoding="utf-8")


def doc(
    doc_id,
    title,
    issued=None,
    number=None,
    kind="办法",
    repeals=(),
    added="2026-01-01",
    published=None,
    source=None,
):
    fields = tuple(DocField("repeals", f"原《{t}》同时废止", 0, 1) for t in repeals)
    return DocumentInfo(doc_id, title, source or f"{doc_id}.txt", 3, added, issued_on=issued,
                        doc_number=number, doc_type=kind, repeals=tuple(repeals),
                        fields=fields, published_on=published)  # fmt: skip


def by_id(docs):
    return {d.doc_id: (d.status, d.superseded_by, d.superseded_as) for d in resolve(docs)}


def test_titles_compare_without_book_marks_spaces_and_trial_marks() -> None:
    assert title_key("《青禾市园区合作共建暂行办法》") == title_key("青禾市园区合作共建办法")
    assert title_key("青禾市统计核算办法（试行）") == title_key("青禾市统计核算办法")
    assert title_key("某办法（2026年修订）") == title_key("某 办法")
    assert title_key("某办法") != title_key("某细则")


def test_a_repeal_clause_supersedes_the_titled_document_in_either_order() -> None:
    old = doc("a", "青禾市园区合作共建暂行办法", "2021-02-10")
    new = doc(
        "b", "青禾市飞地园区利益分享管理办法", "2024-05-08", repeals=["青禾市园区合作共建暂行办法"]
    )
    for order in ([old, new], [new, old]):
        assert by_id(order) == {
            "a": ("superseded", "b", "repealed"),
            "b": ("current", None, None),
        }


def test_a_later_date_of_the_same_title_replaces_the_earlier_whatever_was_added_first() -> None:
    trial = doc("t", "统计核算办法（试行）", "2023-08-01", added="2026-02-01")
    formal = doc("f", "统计核算办法", "2025-09-01", added="2026-01-01")
    assert by_id([formal, trial])["t"] == ("superseded", "f", "replaced")
    assert by_id([formal, trial])["f"][0] == "current"
    news_a = doc("n1", "签约仪式举行", "2024-01-01", kind=None)
    news_b = doc("n2", "签约仪式举行", "2025-01-01", kind=None)
    assert {s for s, _, _ in by_id([news_a, news_b]).values()} == {"current"}  # not 公文


def test_an_interpretation_or_faq_published_again_under_its_title_replaces_the_older() -> None:
    title = "《青禾市飞地园区利益分享管理办法》政策解读"
    first = doc("j1", title, kind="解读", published="2024-05-10", added="2026-02-01")
    again = doc("j2", title, kind="解读", published="2024-06-20", added="2026-01-01")
    assert by_id([first, again]) == {
        "j1": ("superseded", "j2", "replaced"),  # by date, whatever was added first
        "j2": ("current", None, None),
    }
    faq = "青禾市飞地园区常见问题"  # no 文种: versions only under the same file name
    old = doc("f1", faq, kind=None, published="2024-05-10", source="FAQ.html")
    new = doc("f2", faq, kind=None, published="2024-07-10", source="faq.html")
    assert by_id([new, old])["f1"] == ("superseded", "f2", "replaced")
    elsewhere = doc("f3", faq, kind=None, published="2024-08-01", source="faq-copy.html")
    assert by_id([old, elsewhere])["f1"][0] == "current"


def test_news_sharing_a_headline_stay_apart_unless_the_same_file_came_again() -> None:
    head = "青禾市召开飞地园区推进会"
    june = doc("n1", head, kind=None, published="2024-06-03", source="tuijinhui-0603.html")
    sept = doc("n2", head, kind=None, published="2024-09-03", source="tuijinhui-0903.html")
    assert {s for s, _, _ in by_id([june, sept]).values()} == {"current"}
    fixed = doc("n3", head, kind=None, published="2024-06-04", source="tuijinhui-0603.html")
    assert by_id([june, sept, fixed])["n1"] == ("superseded", "n3", "replaced")
    assert by_id([june, sept, fixed])["n2"][0] == "current"
    pasted = [doc(f"p{i}", head, kind=None, published=f"2024-0{i}-01", source="pasted.txt")
              for i in (6, 9)]  # fmt: skip
    assert {s for s, _, _ in by_id(pasted).values()} == {"current"}  # a paste names no file


def test_explicit_replace_chains_and_history_groups_the_versions() -> None:
    v1 = doc("v1", "通知", kind=None)
    v2 = replace(doc("v2", "另一个标题", kind=None), replaces=("v1",))
    v3 = replace(doc("v3", "第三个标题", kind=None), replaces=("v2",))
    docs = resolve([v1, v2, v3])
    assert by_id([v1, v2, v3])["v1"] == ("superseded", "v2", "replaced")
    assert [(d.doc_id, [o.doc_id for o in old]) for d, old in history(docs)] == [
        ("v3", ["v2", "v1"])
    ]


def test_a_repeal_checks_the_number_and_date_and_never_comes_from_an_interpretation() -> None:
    old = doc("o", "某办法", "2021-01-01", "青政办〔2021〕7号")
    other = doc("x", "某办法", "2019-01-01", "青政办〔2019〕1号")
    new = replace(
        doc("n", "新办法", "2024-01-01", repeals=["某办法"]),
        fields=(DocField("repeals", "原《某办法》（青政办[2021]7号）同时废止", 0, 1),),
    )
    assert by_id([old, new])["o"] == ("superseded", "n", "repealed")  # 〔〕 or []
    assert by_id([other, new])["x"][0] == "current"  # another 文号
    later = doc("l", "某办法", "2030-01-01", added="2020")
    assert by_id([later, new])["l"][0] == "current"  # dated after the repeal
    jiedu = doc("j", "某办法解读", "2024-01-02", kind="解读", repeals=["某办法"])
    assert by_id([old, jiedu])["o"][0] == "current"


def test_two_documents_never_supersede_each_other() -> None:
    a = replace(doc("a", "甲", kind=None), replaces=("b",))
    b = replace(doc("b", "乙", kind=None), replaces=("a",))
    assert sorted(s for s, _, _ in by_id([a, b]).values()) == ["current", "superseded"]


def test_the_store_lists_the_status_and_removing_the_newer_restores_the_older(tmp_path) -> None:
    svc = make_service(tmp_path / "store", embedding={"provider": "fake"})
    revised = BANFA.replace("青政办〔2024〕12号", "青政办〔2026〕3号").replace(
        "二〇二四年五月八日", "二〇二六年三月二日"
    )
    new = svc.add_text(revised)
    old = svc.add_text(BANFA)  # the old one arrives after
    status = {d.doc_id: (d.status, d.superseded_by) for d in svc.list_documents()}
    assert status == {new.doc_id: ("current", None), old.doc_id: ("superseded", new.doc_id)}
    assert svc.remove_document(new.doc_id)
    assert [(d.doc_id, d.status) for d in svc.list_documents()] == [(old.doc_id, "current")]


def test_a_page_uploaded_again_under_its_name_is_the_current_version(tmp_path) -> None:
    svc = make_service(tmp_path / "store", embedding={"provider": "fake"})
    page = "青禾市飞地园区常见问题\n\n发布时间：{}\n\n问：收益怎么分？\n答：{}\n"
    new = svc.add_upload(page.format("2024-07-10", "按五五比例分享。").encode(), "faq.txt")
    old = svc.add_upload(page.format("2024-05-10", "按四六比例分享。").encode(), "faq.txt")
    other = svc.add_text(page.format("2024-08-01", "按三七比例分享。"))  # pasted, no file name
    status = {d.doc_id: (d.status, d.superseded_by) for d in svc.list_documents()}
    assert status == {
        new.doc_id: ("current", None),
        old.doc_id: ("superseded", new.doc_id),
        other.doc_id: ("current", None),
    }


def test_a_repeal_clause_naming_only_a_number_supersedes_the_document_of_that_number() -> None:
    old = doc("a", "石埠区户外招牌设置审批实施细则", "2021-06-18", "石城管规〔2021〕1号", "细则")
    other = doc("c", "石埠区广告牌匾管理规定", "2021-05-02", "石城管规〔2021〕4号", "规定")
    clause = DocField("repeals", "石城管规〔2021〕1号文件同时废止", 0, 1)
    new = replace(
        doc("b", "石埠区店招标牌设置管理实施细则", "2025-03-03", "石城管规［2025］1号", "细则"),
        fields=(clause,),
    )
    got = {d.doc_id: d for d in resolve([old, other, new])}
    assert got["a"].superseded_by == "b" and got["a"].superseded_as == "repealed"
    assert got["c"].current and got["b"].current
    later = replace(old, issued_on="2026-01-01")  # never a document dated after the repeal
    assert {d.doc_id: d for d in resolve([later, new])}["a"].current
