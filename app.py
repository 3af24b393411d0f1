"""Streamlit chat UI: ask the policy documents, read the cited passages, add and manage documents.

Rendering only: the answer and its sources are drawn by ui/answer_view.py, adding and managing
documents by ui/documents_view.py; everything else goes through QAService. One service serves
every session of the process (st.cache_resource); each session keeps its own conversation (id
in the URL), so several people can ask at once, and a document added or removed in one session
is in the others' next answer and table.
"""

from __future__ import annotations

import streamlit as st

from knowledge.errors import UserError, user_message
from knowledge.schema import Answer, Scope, Turn
from knowledge.service import QAService, build_service
from knowledge.settings import Settings
from ui.answer_view import html_block, render_answer
from ui.conversations import Conversation, ConversationStore, new_id, valid_id
from ui.documents_view import render_add, render_documents, with_progress
from ui.export import conversation_markdown
from ui.html import CSS, esc, md
from ui.scope_view import render_scope

EXAMPLES = (
    "磨憨沿边产业园签约了多少个项目？",
    "重点“飞地园区”指的是哪两个园区？",
    "How many projects were signed at the Mohan border industrial park, and how much investment?",
)
CHAT, DOCS = "chat", "docs"
OWNER_COOKIE = "qa_owner"


# ---- service and first start -------------------------------------------------------------------
@st.cache_resource(show_spinner="正在打开知识库…")
def load_service(settings_json: str) -> QAService:
    """One service per distinct settings (the key is the settings as JSON), shared by every
    session of this app process."""
    return build_service(Settings.model_validate_json(settings_json), warm=True)


def bootstrap(svc: QAService) -> None:
    """On the first start (empty store, bundled corpus never removed) index it, with progress;
    a store made by another embedding model is re-embedded in the background first."""
    if svc.needs_reindex():
        return show_reindex(svc)
    if not svc.needs_bundled_corpus():
        return svc.mark_booted()
    with st.status("首次启动：正在索引自带的政策文件…", expanded=True) as status:
        results = with_progress(svc.bundled_estimate(), "正在计算文本向量", svc.ingest_bundled)
        for r in (r for r in results if r.status == "error"):
            st.error(md(f"{r.source}：{r.message}"))
        added = sum(r.status == "added" for r in results)
        status.update(label=f"知识库已就绪：索引了 {added} 篇文档", state="complete")


def show_reindex(svc: QAService) -> None:
    """The store's vectors are another embedding model's: re-embed them in the background (the
    service's policy, knowledge/service/reindexing.py), its progress refreshed every second —
    or, while another process re-embeds the store, that run's progress as this job waits for
    it; questions wait for it. A failed run is shown, not retried in a loop."""
    job = svc.reindex_job()
    if job is not None and job.state == "done" and job.result and job.result.status == "error":
        return st.error(md(f"重新生成向量失败：{job.result.message}"))
    svc.reindex_in_background()

    def progress() -> None:
        job = svc.reindex_job()
        if job is None or job.state == "done":
            st.rerun()
        if (other := job.waiting) is not None:  # another process re-embeds: this job waits
            part = other.done / other.total if other.done is not None and other.total else 0.0
            return st.progress(min(part, 0.99), text=f"嵌入模型已更换：{other.line()}")
        text = f"嵌入模型已更换：正在用当前模型重新生成向量（{job.done}/{job.estimate} 段），完成前暂不能回答。"
        st.progress(job.fraction, text=text)

    st.fragment(progress, run_every=1.0)()


# ---- chat --------------------------------------------------------------------------------------
def run_ask(
    svc: QAService, question: str, history: list[Turn], top_k: int, scope: Scope | None
) -> Answer:
    if svc.chat_model is None:  # extractive: one piece, no stream to show
        with st.spinner("正在查找答案…"):
            return svc.ask(question, history, top_k, scope)
    final: list[Answer] = []

    def pieces():
        for piece in svc.ask_stream(question, history, top_k, scope):
            if isinstance(piece, Answer):
                final.append(piece)
            else:
                yield md(piece)

    with (slot := st.empty()).container():
        st.write_stream(pieces())
    slot.empty()
    if not final:
        raise UserError("没有得到完整的回答，请重试。")
    return final[-1]


def rate(svc: QAService, convs: ConversationStore, conv: Conversation, i: int):
    """The 👍/👎 callback of exchange i: kept in the feedback log and with the conversation."""

    def on_rate(value: int | None) -> None:
        ex = conv.exchanges[i]
        ex.rating = value
        try:
            if value is not None:
                svc.give_feedback(f"{conv.id}:{i}", ("down", "up")[value], ex.answer)
            convs.save(conv)
        except Exception as exc:
            st.session_state["chat_message"] = user_message(exc)

    return on_rate


def show_exchange(svc: QAService, convs: ConversationStore, conv: Conversation, i: int) -> None:
    ex = conv.exchanges[i]
    with st.chat_message("user"):
        html_block(esc(ex.question), cls="question")
    with st.chat_message("assistant"):
        on_rate = rate(svc, convs, conv, i)
        render_answer(svc, ex.answer, key=f"{conv.id}-{i}", rating=ex.rating, on_rate=on_rate)


def ask(svc: QAService, convs: ConversationStore, conv: Conversation, q: str, top_k: int,
        scope: Scope | None) -> None:  # fmt: skip
    with st.chat_message("user"):
        html_block(esc(q), cls="question")
    with st.chat_message("assistant"):
        history = [Turn(e.question, e.answer.answer) for e in conv.exchanges]
        try:
            ans = run_ask(svc, q, history, top_k, scope)
        except Exception as exc:
            return st.error(user_message(exc))
        conv.add(q, ans)
        try:
            convs.save(conv)
        except OSError as exc:
            st.warning(f"这次对话没能保存（刷新后会丢失）：{exc.strerror or exc}")
        i = len(conv.exchanges) - 1
        render_answer(svc, ans, key=f"{conv.id}-{i}", on_rate=rate(svc, convs, conv, i))


def render_chat(svc: QAService, convs: ConversationStore, conv: Conversation, top_k: int,
                scope: Scope | None) -> None:  # fmt: skip
    if problem := st.session_state.pop("chat_message", None):
        st.error(md(problem))
    history = st.container()  # past and new exchanges: one slot, so nothing after it shifts
    with history:
        for i in range(len(conv.exchanges)):
            show_exchange(svc, convs, conv, i)
    hint = st.empty()  # the example questions: gone at once when a question is asked
    typed = st.chat_input(
        "请输入问题，例如：磨憨沿边产业园签约了多少个项目？", max_chars=svc.max_question_chars
    )
    if question := typed or st.session_state.pop("pending_question", None):
        with history:
            ask(svc, convs, conv, question, top_k, scope)
    elif not conv.exchanges:
        with hint.container():
            st.caption("可以试试这些问题：")
            for i, q in enumerate(EXAMPLES):
                st.button(q, key=f"example-{i}", on_click=_set, args=("pending_question", q))


def _set(name: str, value: object) -> None:
    st.session_state[name] = value


def _open_conversation(conv_id: str) -> None:
    st.query_params["c"] = conv_id
    st.session_state["view"] = CHAT


def browser_id() -> str:
    """Who this browser is: a random id kept in a cookie (set by the page the first time), so
    each person's conversation list shows their own conversations, across reloads."""
    owner = st.context.cookies.get(OWNER_COOKIE)
    if valid_id(owner):
        return owner
    owner = st.session_state.setdefault("owner", new_id())
    cookie = f"{OWNER_COOKIE}={owner}; max-age=31536000; path=/; SameSite=Lax"
    st.html(f"<script>document.cookie = '{cookie}';</script>", unsafe_allow_javascript=True)
    return owner


def render_conversations(convs: ConversationStore, conv: Conversation, owner: str) -> None:
    st.button("＋ 新对话", on_click=_open_conversation, args=(new_id(),), width="stretch")
    st.download_button(
        "导出对话（Markdown）", conversation_markdown(conv), file_name=f"对话-{conv.id}.md",
        mime="text/markdown", icon=":material/download:", on_click="ignore", width="stretch",
        disabled=not conv.exchanges, key="export",
    )  # fmt: skip
    if summaries := convs.list(owner, also=conv.id):
        st.caption("历史对话")
    for s in summaries[:30]:
        kind = "primary" if s.id == conv.id else "secondary"
        st.button(md(s.title), key=f"c-{s.id}", type=kind, on_click=_open_conversation,
                  args=(s.id,), width="stretch")  # fmt: skip


def render_settings(svc: QAService) -> int:
    with st.expander("设置"):
        default = svc.settings.retrieval.top_k
        top_k = st.slider("参考来源数量", 1, max(10, default), default, key="top_k")
        st.caption(md(f"回答方式：{svc.answer_mode()}"))
    return top_k


def document_count(svc: QAService) -> int | None:
    try:
        return len(svc.list_documents())
    except Exception:
        return None  # the documents view says why


# ---- page --------------------------------------------------------------------------------------
def main() -> None:
    wide = st.session_state.get("view") == DOCS  # the table wants the width, the chat does not
    st.set_page_config(
        page_title="政策文件问答", page_icon="📑", layout="wide" if wide else "centered"
    )
    st.markdown(CSS, unsafe_allow_html=True)
    boot = st.container()  # the first-start status (and the cookie): one slot in every run
    with boot:
        owner = browser_id()
    try:
        svc = load_service(Settings().model_dump_json())
        with boot:
            bootstrap(svc)
    except Exception as exc:
        st.error(user_message(exc))
        st.stop()
    convs = ConversationStore.beside_store(svc.settings.store.path)
    conv = convs.load_or_new(st.query_params.get("c"))
    if conv.owner is None and not conv.exchanges:
        conv.owner = owner  # a new conversation belongs to this browser
    if st.query_params.get("c") != conv.id:
        st.query_params["c"] = conv.id
    with st.sidebar:
        conv_box, add_box, settings_box = (st.container() for _ in range(3))
    with settings_box:
        scope = render_scope(svc)
        top_k = render_settings(svc)
    with add_box:
        render_add(svc)
    st.title("政策文件问答")
    count = document_count(svc)
    n = "?" if count is None else count
    labels = {CHAT: ":material/forum: 问答", DOCS: f":material/folder_open: 文档管理（{n} 篇）"}
    st.session_state.setdefault("view", CHAT)
    view = st.segmented_control(
        "视图", [CHAT, DOCS], format_func=labels.get, key="view", label_visibility="collapsed"
    )
    if view == DOCS:
        st.caption("知识库中的全部文档。可按关键词筛选；选中后删除（需要确认）。")
        render_documents(svc)
    else:
        st.caption("回答只依据知识库中的文档，并标注出处 [n]；点开下方的来源可查看原文。")
        render_chat(svc, convs, conv, top_k, scope)
    with conv_box:
        render_conversations(convs, conv, owner)


if __name__ == "__main__":  # `streamlit run` executes the script as __main__
    main()
