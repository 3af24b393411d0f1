"""Streamlit AppTest checks of app.py on small real stores: first start, asking, sources, conversations,
settings, copy/export/feedback, several sessions."""

from __future__ import annotations

import html
import json

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import app
from tests.conftest import ROOT
from tests.scenarios.app_helpers import (
    CORPUS_TITLE,
    NOTICE,
    answers,
    ask,
    assert_clean,
    docs_view,
    remove_via_table,
    run_app,
    shown,
    table_rows,
)
from ui.conversations import ConversationStore


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


def test_an_everyday_word_read_as_the_documents_term_is_shown(fake_store):
    at = run_app()
    ask(at, "老百姓看病的事有什么安排？")
    assert_clean(at)
    assert "按文档用语理解：老百姓 → 群众；看病 → 医疗" in shown(at)
