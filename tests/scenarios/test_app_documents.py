"""Streamlit AppTest checks of adding and managing documents in app.py: uploads (big, bad, batch),
pasted text, the document table, removal, the retrieval scope, new versions."""

from __future__ import annotations

import time

import streamlit as st

from knowledge.service import BACKGROUND_BYTES
from tests.conftest import ROOT, warehouse_rules
from tests.scenarios.app_helpers import (
    CORPUS_TITLE,
    NOTICE,
    ask,
    assert_clean,
    chat_view,
    docs_view,
    remove_via_table,
    run_app,
    shown,
    table_rows,
)


def test_a_big_upload_is_added_in_the_background_and_lands(fake_store):
    text = warehouse_rules()
    assert len(text.encode()) >= BACKGROUND_BYTES
    at = run_app()
    at.file_uploader[0].set_value(("rules.txt", text.encode(), "text/plain")).run()
    assert_clean(at)
    for _ in range(240):  # the page polls the job; here each run is one poll
        if any("已添加《关于园区仓库管理的规定》" in s.value for s in at.success):
            break
        time.sleep(0.25)
        at.run()
    assert_clean(at)
    assert any("已添加《关于园区仓库管理的规定》（400 段）" in s.value for s in at.success)
    assert "文档管理（2 篇）" in shown(at)
    at.run()
    assert (
        sum("已添加《关于园区仓库管理的规定》" in s.value for s in at.success) == 1
    )  # not added twice


def test_bad_uploads_show_a_clear_error_and_change_nothing(fake_store, monkeypatch):
    # a ~10 KB limit: the bundled corpus still fits and "too big" is cheap to make
    monkeypatch.setenv("QA_INGEST__MAX_FILE_MB", "0.01")
    at = run_app()
    assert "单个文件不超过 0.01 MB" in at.file_uploader[0].label
    files = [
        ("empty.txt", b"", "text/plain"),
        ("fake.pdf", bytes(range(256)) * 2, "application/pdf"),
        ("big.txt", "政策".encode() * 2000, "text/plain"),
    ]
    at.file_uploader[0].set_value(files).run()
    assert_clean(at)
    errors = [e.value.replace("\\", "") for e in at.error]
    assert len(errors) == 3, errors
    assert "empty.txt：没有添加，文件为空" in errors[0]
    assert errors[1].startswith("fake.pdf：没有添加，") and "PDF" in errors[1]
    assert "big.txt：没有添加，文件超过 0.01 MB 的上限" in errors[2]
    assert "文档管理（1 篇）" in shown(at)


def test_pasted_html_and_markdown_show_literally(fake_store):
    at = run_app()
    at.text_input[0].set_value("脚本测试")
    at.text_area[0].set_value("<script>alert(1)</script> **不该加粗** 恶意文件的联系电话为12345。")
    at.form_submit_button[0].click().run()
    assert_clean(at)
    assert any("已添加《脚本测试》" in s.value for s in at.success)
    ask(at, "恶意文件的联系电话为多少？")
    assert_clean(at)
    raw = "".join(m.value for m in at.markdown if "doc-text" in m.value)
    assert "<script" not in raw and "**" not in raw
    assert "&#60;script&#62;alert&#40;1&#41;" in raw and "&#42;&#42;不该加粗&#42;&#42;" in raw


def test_remove_a_document_behind_a_confirmation(fake_store):
    at = docs_view(run_app())
    ((row),) = table_rows(at)
    at.multiselect(key="to_remove").set_value([row["doc_id"]]).run()
    at.button(key="rm").click().run()
    assert any("确定删除这 1 篇文档吗" in w.value for w in at.warning)
    at.button(key="rm-no").click().run()  # cancel: nothing removed
    assert "文档管理（1 篇）" in shown(at) and len(table_rows(at)) == 1
    remove_via_table(at, [row["doc_id"]])
    assert_clean(at)
    assert "文档管理（0 篇）" in shown(at) and f"已删除《{CORPUS_TITLE}》" in shown(at)
    ask(chat_view(at), "磨憨沿边产业园签约了多少个项目？")
    assert_clean(at)
    assert any("知识库是空的" in e.value for e in at.error)


def test_the_table_filters_by_title_issuer_and_type(fake_store):
    banfa = ROOT / "tests/data/policy/qinghe-feidi-banfa.txt"
    at = run_app()
    at.file_uploader[0].set_value(("banfa.txt", banfa.read_bytes(), "text/plain")).run()
    docs_view(at)
    (banfa,) = [r for r in table_rows(at) if r["source"] == "banfa.txt"]
    assert banfa["title"] == "青禾市飞地园区利益分享管理办法"
    assert banfa["doc_type"] == "办法" and banfa["issuer"] and banfa["date"]
    at.text_input(key="doc_filter").set_value("办法").run()
    assert [r["title"] for r in table_rows(at)] == ["青禾市飞地园区利益分享管理办法"]
    assert "共 2 篇，筛选出 1 篇" in shown(at)
    at.text_input(key="doc_filter").set_value("昆明发布").run()
    assert [r["title"] for r in table_rows(at)] == [CORPUS_TITLE]


def test_removing_every_document_is_remembered_across_a_restart(fake_store):
    at = docs_view(run_app())
    remove_via_table(at, [r["doc_id"] for r in table_rows(at)])
    assert "文档管理（0 篇）" in shown(at)
    st.cache_resource.clear()  # a restart
    again = run_app()
    assert_clean(again)
    assert not again.status and "文档管理（0 篇）" in shown(again)  # not indexed again
    docs_view(again)
    next(b for b in again.button if b.label == "重新导入自带的政策文件").click().run()
    assert_clean(again)
    assert "文档管理（1 篇）" in shown(again)


def test_a_removed_upload_stays_removed_until_uploaded_again(fake_store):
    at = run_app()
    notice = ("notice.txt", NOTICE.encode("gbk"), "text/plain")
    at.file_uploader[0].set_value(notice).run()
    assert "文档管理（2 篇）" in shown(at)
    docs_view(at)
    (added,) = [r for r in table_rows(at) if r["source"] == "notice.txt"]
    remove_via_table(at, [added["doc_id"]])
    assert_clean(at)
    assert "文档管理（1 篇）" in shown(at)  # the file still sitting in the uploader is not re-added
    at.run()
    assert "文档管理（1 篇）" in shown(at)
    at.file_uploader[0].set_value(notice).run()  # a new upload of the same file adds it again
    assert "文档管理（2 篇）" in shown(at)


def test_a_batch_of_files_goes_to_the_background_with_overall_progress(fake_store):
    at = run_app()
    files = [
        (
            f"n{i}.txt",
            f"关于第{i}号仓库消防检查的通知\n第{i}号仓库的检查定于{i}月{i}日。".encode(),
            "text/plain",
        )
        for i in range(1, 5)
    ] + [("bad.pdf", b"not a pdf", "application/pdf")]
    at.file_uploader[0].set_value(files).run()
    assert_clean(at)
    bars = [p.proto.text for p in at.get("progress")]
    assert not bars or "个文件" in bars[0], bars  # 已完成 k/5 个文件，共 n 段
    for _ in range(120):
        if sum("已添加" in s.value for s in at.success) == 4:
            break
        time.sleep(0.25)
        at.run()
    assert sum("已添加" in s.value for s in at.success) == 4
    assert any(e.value.replace("\\", "").startswith("bad.pdf：没有添加") for e in at.error)
    assert "文档管理（5 篇）" in shown(at)
    at.file_uploader[0].set_value([]).run()  # files taken out of the uploader: lines stay
    assert sum("已添加" in s.value for s in at.success) == 4


def test_the_sidebar_scope_answers_from_matching_documents_only(fake_store):
    policy = ROOT / "tests/data/policy"
    at = run_app()
    at.file_uploader[0].set_value(
        [(p.name, p.read_bytes(), "text/plain") for p in sorted(policy.glob("qinghe-*.txt"))]
    ).run()
    for _ in range(100):  # four files: a batch, added in the background
        if not at.session_state["batch"]:
            break
        time.sleep(0.3)
        at.run()
    assert_clean(at)
    assert "通知" in at.selectbox(key="scope_type").options
    at.selectbox(key="scope_type").set_value("通知").run()
    ask(at, "飞入地的土地出让收入按什么比例分享？")
    assert_clean(at)
    labels = [x.label.replace("\\", "") for x in at.expander]
    sources = [label for label in labels if label.startswith("[")]
    assert sources and all("通知" in label for label in sources)


def test_an_upload_can_replace_a_document_as_its_new_version(fake_store):
    banfa = (ROOT / "tests/data/policy/qinghe-feidi-banfa.txt").read_text(encoding="utf-8")
    at = run_app()
    at.file_uploader[0].set_value(("banfa.txt", banfa.encode(), "text/plain")).run()
    at = docs_view(at)
    [old_id] = [r["doc_id"] for r in table_rows(at) if "管理办法" in r["title"]]
    at.selectbox(key="replace_doc").set_value(old_id).run()
    revised = banfa.replace("五比五", "六比四")
    at.file_uploader[0].set_value(("banfa-2.txt", revised.encode(), "text/plain")).run()
    assert_clean(at)
    at = docs_view(at)
    rows = {r["doc_id"]: r for r in table_rows(at)}
    assert len(rows) == 3 and rows[old_id]["status"].startswith("已被替代")  # + the bundled one
