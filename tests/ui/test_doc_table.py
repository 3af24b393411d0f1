"""The document table: columns a reader understands, status of versions, the filter box."""

from __future__ import annotations

from knowledge.schema import DocumentInfo
from ui.doc_table import table

OLD = DocumentInfo(
    "a1", "青禾市飞地园区管理办法", "old.txt", 40, "2024-01-05T08:00:00", issuer="青禾市人民政府",
    doc_type="办法", doc_number="青政〔2023〕9号", issued_on="2023-12-20", status="superseded",
    superseded_by="b2",
)  # fmt: skip
NEW = DocumentInfo(
    "b2", "青禾市飞地园区管理办法（修订）", "new.docx", 42, "2024-06-01T09:30:00",
    issuer="青禾市人民政府", doc_type="办法", issued_on="2024-05-28",
)  # fmt: skip
NEWS = DocumentInfo("c3", "磨憨观察", "mohan.txt", 17, "2024-06-02T10:00:00", publisher="昆明发布",
                    published="2024-05-12T10:00", published_on="2024-05-12")  # fmt: skip


def test_rows_show_type_issuer_date_status_chunks_and_added_newest_first():
    rows = table([OLD, NEW, NEWS])
    assert [r["doc_id"] for r in rows] == ["c3", "b2", "a1"]
    old = rows[2]
    assert old["status"] == "已被替代（被《青禾市飞地园区管理办法（修订）》替代）"
    assert (old["doc_type"], old["issuer"], old["date"]) == ("办法", "青禾市人民政府", "2023-12-20")
    assert old["chunks"] == 40 and old["added"] == "2024-01-05"
    assert rows[0]["issuer"] == "昆明发布" and rows[0]["date"] == "2024-05-12"
    assert rows[1]["status"] == "现行"


def test_the_filter_matches_every_word_in_title_type_issuer_number_file_or_date():
    docs = [OLD, NEW, NEWS]
    assert [r["doc_id"] for r in table(docs, "办法 修订")] == ["b2"]
    assert [r["doc_id"] for r in table(docs, "青政〔2023〕")] == ["a1"]
    assert [r["doc_id"] for r in table(docs, "MOHAN.TXT")] == ["c3"]
    assert [r["doc_id"] for r in table(docs, "2024-05")] == ["c3", "b2"]
    assert table(docs, "没有这个词") == []


def test_the_documents_a_notice_issues_are_rows_right_under_it():
    """A notice issuing two documents (rows from `QAService.document_rows`): each of them under
    the notice, marked 「└ 《…》」, with its own 文种 and status, and not offered for removal
    alone (`part_of`)."""
    from dataclasses import replace

    notice = DocumentInfo("n", "关于印发《甲办法》和《乙方案》的通知", "n.txt", 9,
                          "2024-06-03T08:00:00", doc_type="通知", issued_on="2024-06-01")  # fmt: skip
    first = replace(notice, doc_id="n#1", title="甲办法", doc_type="办法", part_of="n")
    second = replace(notice, doc_id="n#2", title="乙方案", doc_type="方案", part_of="n",
                     status="superseded", superseded_by="b2")  # fmt: skip
    rows = table([NEW, second, notice, first, NEWS])
    assert [r["doc_id"] for r in rows] == ["n", "n#1", "n#2", "c3", "b2"]
    assert [r["title"] for r in rows[1:3]] == ["└ 《甲办法》", "└ 《乙方案》"]
    assert (rows[2]["doc_type"], rows[2]["status"][:4]) == ("方案", "已被替代")
    assert [r["part_of"] for r in rows[:3]] == [None, "n", "n"]
