"""Streamlit chat UI: ask the policy documents, read the cited passages, add and manage documents."""

from __future__ import annotations

import hashlib
import math

import streamlit as st

from knowledge.errors import UserError, user_message
from knowledge.schema import Answer, Citation, IngestResult, Turn
from knowledge.service import QAService, build_service
from knowledge.settings import Settings
from ui.conversations import Conversation, ConversationStore, new_id
from ui.html import CSS, answer_html, esc, marked, md, passage_in_document

EXAMPLES = (
    "磨憨沿边产业园签约了多少个项目？",
    "重点“飞地园区”指的是哪两个园区？",
    "How many projects were signed at the Mohan border industrial park, and how much investment?",
)
RESULT_STYLE = {
    "added": (st.success, "已添加《{r.title}》（{r.chunks} 段）", ":material/check_circle:"),
    "present": (st.info, "知识库中已有这篇文档《{r.title}》，没有重复添加", ":material/info:"),
    "error": (st.error, "没有添加，{r.message}", ":material/error:"),
}


def html_block(inner: str, cls: str = "doc-box") -> None:
    st.markdown(f'<div class="doc-text {cls}">{inner}</div>', unsafe_allow_html=True)


def with_progress(total: int, label: str, run):
    """`run(progress)`, with a progress bar that appears once it reports work done."""
    bar, done = [], [0]

    def tick(n: int) -> None:
        done[0] += n
        bar.append(bar.pop() if bar else st.progress(0.0, text=label))
        bar[0].progress(min(done[0] / max(total, 1), 0.99), text=f"{label}（已处理 {done[0]} 段）")

    try:
        return run(tick)
    finally:
        for b in bar:
            b.empty()


# ---- service and first start -------------------------------------------------------------------
@st.cache_resource(show_spinner="正在打开知识库…")
def load_service(settings_json: str) -> QAService:
    """One service per distinct settings (the key is the settings as JSON), shared by every
    session of this app process."""
    return build_service(Settings.model_validate_json(settings_json), warm=True)


def bootstrap(svc: QAService) -> None:
    """On the first start (empty store) index the bundled corpus, with progress."""
    if not svc.needs_bundled_corpus():
        return svc.mark_booted()
    with st.status("首次启动：正在索引自带的政策文件…", expanded=True) as status:
        results = with_progress(svc.bundled_estimate(), "正在计算文本向量", svc.ingest_bundled)
        for r in (r for r in results if r.status == "error"):
            st.error(md(f"{r.source}：{r.message}"))
        added = sum(r.status == "added" for r in results)
        status.update(label=f"知识库已就绪：索引了 {added} 篇文档", state="complete")


# ---- answers and sources -----------------------------------------------------------------------
def render_answer(svc: QAService, ans: Answer, key: str) -> None:
    if ans.notice:
        st.info(md(ans.notice), icon=":material/info:")
    if ans.abstained:
        st.warning(md(ans.answer), icon=":material/search_off:")
    else:
        html_block(answer_html(ans), cls="answer")
        if not all(s.supported for s in ans.sentences):
            st.caption("⚠ 标记的句子在引用的原文中没有找到依据，请谨慎参考。")
    if ans.citations:
        st.caption("最接近的段落（仅供参考）：" if ans.abstained else "来源：")
    for c in ans.citations:
        with st.expander(f"\\[{c.marker}\\] {md(c.label())}"):
            meta = [c.publisher, c.published and f"发布于 {c.published}", c.source]
            st.caption(" · ".join(md(m) for m in [*meta, f"相关度 {c.score:.3f}"] if m))
            html_block(marked(c.text, [(s, e, "hl") for s, e in c.highlights]))
            if st.button("查看全文", key=f"full-{key}-{c.marker}", icon=":material/article:"):
                show_document(svc, c)


@st.dialog("原文全文", width="large")
def show_document(svc: QAService, c: Citation) -> None:
    try:
        text = svc.document_text(c.doc_id)
    except Exception as exc:
        return st.error(user_message(exc))
    if text is None and svc.is_indexing(c.doc_id):
        return st.info("这篇文档正在建立索引（可按关键词检索），完成后即可查看全文。")
    if text is None:
        return st.warning("这篇文档已经从知识库中删除。")
    body, note = passage_in_document(text, c)
    st.markdown(f"**{md(c.title)}**")
    st.caption(note)
    html_block(body, cls="full-text")


# ---- chat --------------------------------------------------------------------------------------
def run_ask(svc: QAService, question: str, history: list[Turn], top_k: int) -> Answer:
    if svc.chat_model is None:  # extractive: one piece, no stream to show
        with st.spinner("正在查找答案…"):
            return svc.ask(question, history, top_k)
    final: list[Answer] = []

    def pieces():
        for piece in svc.ask_stream(question, history, top_k):
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


def ask(svc: QAService, convs: ConversationStore, conv: Conversation, q: str, top_k: int) -> None:
    with st.chat_message("user"):
        html_block(esc(q), cls="question")
    with st.chat_message("assistant"):
        history = [Turn(e.question, e.answer.answer) for e in conv.exchanges]
        try:
            ans = run_ask(svc, q, history, top_k)
        except Exception as exc:
            return st.error(user_message(exc))
        conv.add(q, ans)
        try:
            convs.save(conv)
        except OSError as exc:
            st.warning(f"这次对话没能保存（刷新后会丢失）：{exc.strerror or exc}")
        render_answer(svc, ans, key=f"{conv.id}-{len(conv.exchanges) - 1}")


def render_chat(svc: QAService, convs: ConversationStore, conv: Conversation, top_k: int) -> None:
    for i, ex in enumerate(conv.exchanges):
        with st.chat_message("user"):
            html_block(esc(ex.question), cls="question")
        with st.chat_message("assistant"):
            render_answer(svc, ex.answer, key=f"{conv.id}-{i}")
    typed = st.chat_input(
        "请输入问题，例如：磨憨沿边产业园签约了多少个项目？", max_chars=svc.max_question_chars
    )
    if question := typed or st.session_state.pop("pending_question", None):
        ask(svc, convs, conv, question, top_k)
    elif not conv.exchanges:
        st.caption("可以试试这些问题：")
        for i, q in enumerate(EXAMPLES):
            st.button(q, key=f"example-{i}", on_click=_set, args=("pending_question", q))


def _set(name: str, value: object) -> None:
    st.session_state[name] = value


def _open_conversation(conv_id: str) -> None:
    st.query_params["c"] = conv_id


def render_conversations(convs: ConversationStore, conv: Conversation) -> None:
    st.button("＋ 新对话", on_click=_open_conversation, args=(new_id(),), width="stretch")
    if summaries := convs.list():
        st.caption("历史对话")
    for s in summaries[:30]:
        kind = "primary" if s.id == conv.id else "secondary"
        st.button(md(s.title), key=f"c-{s.id}", type=kind, on_click=_open_conversation,
                  args=(s.id,), width="stretch")  # fmt: skip


# ---- documents ---------------------------------------------------------------------------------
def show_result(r: IngestResult) -> None:
    show, template, icon = RESULT_STYLE.get(r.status, RESULT_STYLE["error"])
    show(md(f"{r.source}：" + template.format(r=r)), icon=icon)


def render_jobs(svc: QAService, keys: list[str]) -> None:
    """Progress of this session's background ingests; a full rerun once all are done."""
    running = False
    for key in keys:
        job = svc.job(key)
        if job is not None and job.state != "done":
            running = True
            note = "大文档在此期间已可按关键词提问" if job.done else "正在分段"
            text = f"正在后台添加 {md(job.name)}（已计算 {job.done} 段向量；{note}）"
            st.progress(job.fraction, text=text)
    if not running:
        st.rerun()  # results and the document list appear with the whole page


def render_add(svc: QAService) -> None:
    mb = svc.max_upload_bytes / 2**20
    types = svc.upload_types
    st.subheader("添加文档")
    files = st.file_uploader(
        f"上传文件（{'、'.join(types)}，可多选；单个文件不超过 {mb:.3g} MB）",
        type=types, accept_multiple_files=True, key="uploads",
        max_upload_size=max(1, math.ceil(mb)),
    )  # fmt: skip
    st.caption(f"超过 {mb:.3g} MB 的文件会在上传框里标红，不会被添加。")
    waiting = []
    for f in files or []:
        data = f.getvalue()
        # file_id changes when the same file is uploaded again (e.g. after removing it)
        key = f"{f.file_id}|{f.name}|{len(data)}|{hashlib.sha256(data).hexdigest()}"
        if (job := svc.job(key)) is None:  # small files now, big ones in the background
            run = lambda tick, d=data, n=f.name, k=key: svc.upload(k, d, n, tick)  # noqa: E731
            job = with_progress(svc.estimate_chunks(len(data)), f"正在添加 {md(f.name)}", run)
        if job.state == "done" and job.result is not None:
            show_result(job.result)
        else:
            waiting.append(key)
    if waiting:
        st.fragment(lambda: render_jobs(svc, waiting), run_every=1.0)()
    with st.expander("粘贴文字"), st.form("paste", clear_on_submit=True):
        title = st.text_input("标题", placeholder="例如：关于防汛值班安排的通知")
        text = st.text_area("正文", height=120)
        if st.form_submit_button("添加这段文字"):
            run = lambda tick: svc.add_text(text, title, tick)  # noqa: E731
            total = svc.estimate_chunks(len(text.encode()))
            st.session_state["paste_result"] = with_progress(total, "正在添加文字", run)
    if "paste_result" in st.session_state:
        show_result(st.session_state["paste_result"])


def remove_document(svc: QAService, doc_id: str, title: str) -> None:
    st.session_state.pop("confirm_remove", None)
    try:
        note = f"已删除《{title}》" if svc.remove_document(doc_id) else "文档已不存在"
        st.session_state["doc_message"] = ("success", note)
    except Exception as exc:
        st.session_state["doc_message"] = ("error", user_message(exc))


def render_documents(svc: QAService) -> None:
    try:
        docs = svc.list_documents()
    except Exception as exc:
        return st.error(user_message(exc))
    with st.expander(f"文档管理（{len(docs)} 篇）"):
        kind, message = st.session_state.pop("doc_message", (None, ""))
        if kind:
            getattr(st, kind)(md(message))
        if not docs:
            st.caption("知识库中还没有文档。")
        for d in docs:
            st.markdown(f"**{md(d.title)}**")
            added = d.added_at[:16].replace("T", " ")
            st.caption(md(f"{d.source} · {d.chunks} 段 · 添加于 {added}"))
            if st.session_state.get("confirm_remove") != d.doc_id:
                st.button("删除", key=f"rm-{d.doc_id}", on_click=_set, args=("confirm_remove", d.doc_id))  # fmt: skip
                continue
            st.warning("确定删除这篇文档吗？删除后将不能再回答与它相关的问题。")
            yes, no = st.columns(2)
            yes.button("确认删除", key=f"rm-yes-{d.doc_id}", type="primary",
                       on_click=remove_document, args=(svc, d.doc_id, d.title))  # fmt: skip
            no.button("取消", key=f"rm-no-{d.doc_id}", on_click=_set, args=("confirm_remove", None))


def render_settings(svc: QAService) -> int:
    with st.expander("设置"):
        default = svc.settings.retrieval.top_k
        top_k = st.slider("参考来源数量", 1, max(10, default), default, key="top_k")
        st.caption(md(f"回答方式：{svc.answer_mode()}"))
    return top_k


# ---- page --------------------------------------------------------------------------------------
def main() -> None:
    st.set_page_config(page_title="政策文件问答", page_icon="📑")
    st.markdown(CSS, unsafe_allow_html=True)
    try:
        svc = load_service(Settings().model_dump_json())
        bootstrap(svc)
    except Exception as exc:
        st.error(user_message(exc))
        st.stop()
    convs = ConversationStore.beside_store(svc.settings.store.path)
    conv = convs.load_or_new(st.query_params.get("c"))
    if st.query_params.get("c") != conv.id:
        st.query_params["c"] = conv.id
    with st.sidebar:
        conv_box, add_box, docs_box, settings_box = (st.container() for _ in range(4))
    with settings_box:
        top_k = render_settings(svc)
    with add_box:
        render_add(svc)
    st.title("政策文件问答")
    st.caption("回答只依据知识库中的文档，并标注出处 [n]；点开下方的来源可查看原文。")
    render_chat(svc, convs, conv, top_k)
    with conv_box:
        render_conversations(convs, conv)
    with docs_box:
        render_documents(svc)


if __name__ == "__main__":  # `streamlit run` executes the script as __main__
    main()
