"""Streamlit AppTest checks of app.py on small real stores: first start, ask, sources, uploads, manage."""

from __future__ import annotations

import html
import json
import time

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import app
from knowledge.service import BACKGROUND_BYTES
from tests.conftest import ROOT, warehouse_rules
from ui.conversations import ConversationStore

APP = str(ROOT / "app.py")
CORPUS_TITLE = "观察 | 这场全市会议,为何选在磨憨召开?"
NOTICE = "关于2025年防汛值班安排的通知\n经研究决定，防汛值班电话为0871-12345678，值班时间为6月1日至9月30日。"


def run_app(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params.update(query or {})
    return at.run()


def shown(at: AppTest) -> str:
    """Everything the page says in markdown/captions/alerts, as a reader would see it."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [e.value for kind in (at.error, at.warning, at.info, at.success) for e in kind]
    parts += [x.label for x in at.expander] + [s.label for s in at.status]
    parts += [o for sc in at.segmented_control for o in sc.options]
    return html.unescape("\n".join(parts)).replace("\\", "")


def answers(at: AppTest) -> list[str]:
    return [html.unescape(m.value) for m in at.markdown if 'class="doc-text answer"' in m.value]


def ask(at: AppTest, question: str) -> AppTest:
    return at.chat_input[0].set_value(question).run()


def docs_view(at: AppTest) -> AppTest:
    return at.segmented_control(key="view").set_value("docs").run()


def chat_view(at: AppTest) -> AppTest:
    return at.segmented_control(key="view").set_value("chat").run()


def table_rows(at: AppTest) -> list[dict]:
    return at.dataframe[0].value.to_dict("records")


def remove_via_table(at: AppTest, doc_ids: list[str]) -> AppTest:
    at.multiselect(key="to_remove").set_value(doc_ids).run()
    at.button(key="rm").click().run()
    assert any("确定删除" in w.value for w in at.warning)
    return at.button(key="rm-yes").click().run()


def assert_clean(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


@pytest.fixture
def fake_store(tmp_path, monkeypatch):
    """A fresh store with hash embeddings: fast, for everything where meaning does not matter."""
    monkeypatch.setenv("QA_STORE__PATH", str(tmp_path / "store"))
    monkeypatch.setenv("QA_EMBEDDING__PROVIDER", "fake")
    monkeypatch.setenv("QA_LLM__PROVIDER", "none")
    return tmp_path / "store"


@pytest.fixture(scope="module")
def e5_path(tmp_path_factory):
    return tmp_path_factory.mktemp("e5") / "store"


@pytest.fixture
def e5_store(e5_path, monkeypatch):
    """One store with the real e5 embeddings, shared by the tests whose answers must be right."""
    monkeypatch.setenv("QA_STORE__PATH", str(e5_path))
    monkeypatch.setenv("QA_EMBEDDING__PROVIDER", "e5")
    monkeypatch.setenv("QA_LLM__PROVIDER", "none")
    return e5_path


def test_first_start_indexes_the_corpus_then_later_starts_reuse_it(fake_store):
    at = run_app()
    assert_clean(at)
    assert [s.label for s in at.status] == ["知识库已就绪：索引了 1 篇文档"]
    assert "文档管理（1 篇）" in shown(at)
    assert [b.label for b in at.button][:3] == list(app.EXAMPLES)  # examples on an empty chat
    docs_view(at)
    ((row),) = table_rows(at)
    assert row["title"] == CORPUS_TITLE and row["chunks"] == 17 and row["status"] == "现行"
    assert row["date"] == "2024-05-12" and row["issuer"] == "昆明发布"
    st.cache_resource.clear()  # a "restart": forget the cached service and the boot flag
    again = run_app()
    assert_clean(again)
    assert not again.status and "文档管理（1 篇）" in shown(again)


def test_ask_answers_with_markers_and_sources_and_survives_a_reload(e5_store):
    at = run_app()
    at.button(key="example-0").click().run()
    assert_clean(at)
    (text,) = answers(at)
    assert "14" in text and "103.7" in text and "[1]" in text
    labels = [x.label.replace("\\", "") for x in at.expander]
    page = shown(at)
    assert "磨憨沿边产业园签约项目14个" in page and "昆明发布" in page
    assert f"[1] {CORPUS_TITLE} · 相关度 高" in labels  # not the reciprocal-rank score
    assert "与问题相同的词：磨憨、沿边、产业园、签约、项目" in page
    assert '<mark class="hl">' in "".join(m.value for m in at.markdown)

    cid = at.query_params["c"]
    saved = ConversationStore.beside_store(e5_store).load(cid)
    assert saved is not None and saved.exchanges[0].answer.citations
    reloaded = run_app({"c": cid})
    assert_clean(reloaded)
    assert "磨憨沿边产业园签约了多少个项目？" in shown(reloaded)
    assert answers(reloaded) == [text]
    assert any(
        b.label.replace("\\", "") == "磨憨沿边产业园签约了多少个项目？"
        for b in reloaded.sidebar.button
    )

    ask(reloaded, "重点“飞地园区”指的是哪两个园区？")
    assert_clean(reloaded)
    assert "沪滇临港昆明科技城" in answers(reloaded)[-1]
    assert len(ConversationStore.beside_store(e5_store).load(cid).exchanges) == 2


def test_full_document_opens_with_the_passage_marked(e5_store):
    at = run_app()
    ask(at, "磨憨沿边产业园签约了多少个项目？")
    full = next(b for b in at.button if b.label == "查看全文")
    full.click().run()
    assert_clean(at)
    body = next(m.value for m in at.markdown if "doc-text full-text" in m.value)
    assert "<details><summary>前文" in body and '<mark class="chunk">' in body
    assert "磨憨沿边产业园签约项目14个" in html.unescape(body)


def test_a_refusal_looks_different_and_lists_the_closest_passages(e5_store):
    at = run_app()
    ask(at, "今天北京的天气怎么样？")
    assert_clean(at)
    assert not answers(at)
    assert any("没有找到" in w.value for w in at.warning)
    assert "最接近的段落" in shown(at) and any(x.label.startswith("\\[1\\]") for x in at.expander)


def test_an_uploaded_gbk_notice_is_answerable_at_once(e5_store):
    at = run_app()
    at.file_uploader[0].set_value(("notice.txt", NOTICE.encode("gbk"), "text/plain")).run()
    assert_clean(at)
    assert any("已添加《关于2025年防汛值班安排的通知》" in s.value for s in at.success)
    ask(at, "防汛值班电话是多少？")
    assert "0871-12345678" in answers(at)[-1]
    ask(at, "防汛值班时间是哪几天？")
    assert any("已添加" in s.value for s in at.success)  # the rerun did not ingest it again


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


def test_new_conversation_and_switching(fake_store):
    at = run_app()
    ask(at, "第一个问题是什么？")
    first = at.query_params["c"]
    at.sidebar.button[0].click().run()  # ＋ 新对话
    assert at.query_params["c"] != first and "第一个问题是什么？" not in shown(at)
    assert [b.label for b in at.button][:1] == [app.EXAMPLES[0]]
    at.button(key=f"c-{first}").click().run()
    assert at.query_params["c"] == first and "第一个问题是什么？" in shown(at)


def test_settings_show_the_mode_and_top_k_limits_sources(fake_store):
    at = run_app()
    assert "回答方式：抽取式" in shown(at)
    at.slider(key="top_k").set_value(1).run()
    ask(at, "磨憨的会议在哪里召开？")
    assert_clean(at)
    assert 1 <= len([x for x in at.expander if x.label.startswith("\\[")]) <= 2


def test_llm_mode_streams_through_write_stream(fake_store, monkeypatch):
    monkeypatch.setenv("QA_LLM__PROVIDER", "fake")
    at = run_app()
    ask(at, "磨憨沿边产业园签约了多少个项目？")
    assert_clean(at)
    assert "回答方式：大模型生成：fake" in shown(at)
    assert answers(at) or any("没有找到" in w.value for w in at.warning)


@pytest.mark.parametrize("question", ["   ", "？？？"])
def test_bad_questions_show_one_error(fake_store, question):
    at = run_app()
    ask(at, question)
    assert_clean(at)
    assert len(at.error) == 1


def test_an_unusable_store_path_is_one_clear_error(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("QA_STORE__PATH", str(blocker / "store"))
    monkeypatch.setenv("QA_EMBEDDING__PROVIDER", "fake")
    at = run_app()
    assert_clean(at)
    assert len(at.error) == 1 and not at.chat_input


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


def test_a_source_names_the_article_it_cites(fake_store):
    banfa = ROOT / "tests/data/policy/qinghe-feidi-banfa.txt"
    at = run_app()
    at.file_uploader[0].set_value(("banfa.txt", banfa.read_bytes(), "text/plain")).run()
    assert_clean(at)
    ask(at, "第十条第二款讲了什么？")
    assert_clean(at)
    assert "五比五的比例与飞出地分享" in answers(at)[-1]
    labels = [x.label.replace("\\", "") for x in at.expander]
    assert "[1] 《青禾市飞地园区利益分享管理办法》第十条第二款 · 相关度 高" in labels


def test_copy_export_and_feedback_on_an_answer(fake_store):
    at = run_app()
    assert at.download_button(key="export").proto.disabled  # nothing to export yet
    ask(at, "磨憨的会议在哪里召开？")
    assert_clean(at)
    (copy,) = at.code
    assert copy.value.startswith("问：磨憨的会议在哪里召开？\n答：") and "[1] " in copy.value
    assert "来源：" in copy.value or "最接近的段落" in copy.value
    assert not at.download_button(key="export").proto.disabled

    at.feedback[0].set_value(0).run()  # 👎
    assert_clean(at)
    assert "已记下您的评价：没有帮助" in shown(at)
    (rec,) = [json.loads(x) for x in (fake_store / "feedback.jsonl").read_text().splitlines()]
    assert rec["rating"] == "down" and rec["question"] == "磨憨的会议在哪里召开？"
    assert rec["citations"] and rec["mode"] == "extractive" and rec["answer_id"].endswith(":0")
    reloaded = run_app({"c": at.query_params["c"]})  # the rating stays with the conversation
    assert reloaded.feedback[0].value == 0 and "已记下您的评价" in shown(reloaded)


def test_the_sidebar_keeps_its_slots_when_a_file_is_added(fake_store):
    """Streamlit shows the previous run's elements greyed until replaced: a slot that comes and
    goes (a progress bar) left a second, greyed 「粘贴文字」 expander on screen while answering."""
    at = run_app()
    before = len(at.sidebar.children[1].children)
    at.file_uploader[0].set_value(("notice.txt", NOTICE.encode("gbk"), "text/plain")).run()
    during = len(at.sidebar.children[1].children)
    ask(at, "防汛值班电话是多少？")
    assert before == during == len(at.sidebar.children[1].children)
    assert [x.label for x in at.sidebar.expander].count("粘贴文字") == 1
    assert any("notice.txt：已添加" in s.value.replace("\\", "") for s in at.success)


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


def test_two_sessions_share_documents_but_not_conversations(fake_store):
    def sources(at: AppTest) -> list[str]:
        return [x.label.replace("\\", "") for x in at.expander if x.label.startswith("\\[")]

    alice, bob = run_app(), run_app()
    assert alice.query_params["c"] != bob.query_params["c"]
    alice.file_uploader[0].set_value(("notice.txt", NOTICE.encode("gbk"), "text/plain")).run()
    ask(bob, "防汛值班电话是多少？")  # bob's session sees alice's upload without a restart
    assert any("防汛值班安排" in label for label in sources(bob))
    assert "文档管理（2 篇）" in shown(bob) and not alice.chat_message  # histories apart
    ask(alice, "第一个问题是什么？")
    bob.run()
    sidebar = [b.label.replace("\\", "") for b in bob.sidebar.button]
    assert "防汛值班电话是多少？" in sidebar and "第一个问题是什么？" not in sidebar
    docs_view(alice)
    (added,) = [r for r in table_rows(alice) if r["source"] == "notice.txt"]
    remove_via_table(alice, [added["doc_id"]])
    bob.run()
    assert "文档管理（1 篇）" in shown(bob)
    ask(bob, "防汛值班电话是多少？")
    assert len(bob.chat_message) == 4
    latest = bob.chat_message[-1]
    assert all("防汛值班安排" not in x.label for x in latest.expander)


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
