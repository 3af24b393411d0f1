"""Streamlit rendering of adding documents (uploads with per-file result lines and the progress
of a batch, pasted text) and of managing them (table, filter, remove with confirmation).

The sidebar keeps one element per slot from run to run (containers, placeholders): Streamlit
shows the elements of the previous run greyed out until a run has replaced them, so a slot
that is there in one run and not in the next (a progress bar) shifts everything after it and
leaves greyed duplicates (the two 「粘贴文字」 expanders) on screen while a question is answered.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass

import streamlit as st

from knowledge.errors import user_message
from knowledge.schema import IngestResult
from knowledge.service import Job, QAService
from ui.doc_table import COLUMNS, NARROW, table
from ui.html import md

BATCH = 3  # more new files than this at once go to the background, so asking goes on
RESULT_STYLE = {
    "added": (st.success, "已添加《{r.title}》（{r.chunks} 段）", ":material/check_circle:"),
    "present": (st.info, "知识库中已有这篇文档《{r.title}》，没有重复添加", ":material/info:"),
    "error": (st.error, "没有添加，{r.message}", ":material/error:"),
}


@dataclass
class Entry:
    """One line of the upload log: a file (its job) or a pasted text (its result)."""

    key: str
    name: str
    result: IngestResult | None = None


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


def show_result(r: IngestResult) -> None:
    show, template, icon = RESULT_STYLE.get(r.status, RESULT_STYLE["error"])
    show(md(f"{r.source}：" + template.format(r=r)), icon=icon)


def _log() -> list[Entry]:
    return st.session_state.setdefault("upload_log", [])


def render_add(svc: QAService) -> None:
    mb = svc.max_upload_bytes / 2**20
    types = svc.upload_types
    st.subheader("添加文档")
    files = st.file_uploader(
        f"上传文件（{'、'.join(types)}，可多选；单个文件不超过 {mb:.3g} MB）",
        type=types, accept_multiple_files=True, key="uploads",
        max_upload_size=max(1, math.ceil(mb)),
    )  # fmt: skip
    st.caption(f"超过 {mb:.3g} MB 的文件会在上传框里标红，不会被添加。可以一次选多个文件。")
    replace = pick_replaced(svc)
    log, work = _log(), st.empty()  # work: the progress of a file added now
    known = {e.key for e in log}
    fresh = []
    for f in files or []:
        data = f.getvalue()
        # file_id changes when the same file is uploaded again (e.g. after removing it)
        key = f"{f.file_id}|{f.name}|{len(data)}|{hashlib.sha256(data).hexdigest()}"
        if key not in known:
            log.append(Entry(key, f.name))
            known.add(key)
        if svc.job(key) is None:
            fresh.append((key, f.name, data))
    batch = st.session_state.setdefault("batch", [])  # keys of the files in the background
    if not any(_pending(svc, k) for k in batch):
        batch.clear()  # the last batch is done: a new one starts counting from zero
    background = True if len(fresh) > BATCH else None  # a batch: every file, else big ones
    for key, name, data in fresh:
        with work.container():
            one = replace if len(fresh) == 1 else None  # a new version: one file at a time
            run = lambda t, d=data, n=name, k=key, r=one: svc.upload(  # noqa: E731
                k, d, n, t, replace=r, background=background
            )
            job = with_progress(svc.estimate_chunks(len(data)), f"正在添加 {md(name)}", run)
        if job.state != "done":
            batch.append(key)
    work.empty()
    waiting = any(_pending(svc, k) for k in batch)
    st.fragment(render_log, run_every=1.0 if waiting else None)(svc, waiting)
    with st.expander("粘贴文字"), st.form("paste", clear_on_submit=True):
        title = st.text_input("标题", placeholder="例如：关于防汛值班安排的通知")
        text = st.text_area("正文", height=120)
        if st.form_submit_button("添加这段文字"):
            run = lambda tick: svc.add_text(text, title, tick)  # noqa: E731
            total = svc.estimate_chunks(len(text.encode()))
            result = with_progress(total, "正在添加文字", run)
            log.append(Entry(f"paste-{len(log)}", result.source, result))
            st.rerun()  # the new line and the document count with the whole page


def pick_replaced(svc: QAService) -> str | None:
    """「作为新版本替换」: the current document the next uploaded file replaces (kept, listed
    as superseded by it), or None."""
    try:
        docs = [d for d in svc.list_documents() if d.status == "current"]
    except Exception:
        return None
    titles = {d.doc_id: d.title or d.source for d in docs}
    picked = st.selectbox(
        "作为新版本替换（可选，仅限单个文件）", [None, *titles], key="replace_doc",
        format_func=lambda k: "不替换，作为新文档添加" if k is None else titles.get(k, k),
    )  # fmt: skip
    return picked


def _pending(svc: QAService, key: str) -> bool:
    job = svc.job(key)
    return job is not None and job.state != "done"


def render_log(svc: QAService, waited: bool) -> None:
    """The result line of every file and text added in this session (they stay until cleared)
    and, while some run in the background, the progress of the whole batch. Once the last one
    lands, the whole page reruns (document count, table)."""
    log = _log()
    batch = [j for j in (svc.job(k) for k in st.session_state.get("batch", [])) if j is not None]
    pending = [j for j in batch if j.state != "done"]
    if pending:  # the whole batch first, then a line per file
        render_batch(batch, pending)
    for e in log:
        job = svc.job(e.key) if e.result is None else None
        result = e.result or (job.result if job is not None and job.state == "done" else None)
        if result is not None:
            show_result(result)
        elif job is not None:
            st.caption(md(f"{e.name}：{'正在添加' if job.state == 'running' else '排队等候'}…"))
    if not pending and waited:
        st.rerun()
    if log and not pending:
        st.button("清除这些记录", key="clear-log", type="tertiary", icon=":material/clear_all:",
                  on_click=log.clear)  # fmt: skip


def render_batch(batch: list[Job], pending: list[Job]) -> None:
    total, done = len(batch), sum(j.state == "done" for j in batch)
    chunks = sum(j.result.chunks if j.result else j.done for j in batch)
    running = next((j for j in pending if j.state == "running"), pending[0])
    note = "大文档在此期间已可按关键词提问" if running.done else "正在分段"
    if total == 1:
        text = f"正在后台添加 {md(running.name)}（已计算 {running.done} 段向量；{note}）"
        return st.progress(running.fraction, text=text)
    frac = (done + sum(j.fraction for j in pending if j.state == "running")) / total
    st.progress(min(frac, 0.99), text=f"正在后台添加：已完成 {done}/{total} 个文件，共 {chunks} 段")
    st.caption(md(f"当前：{running.name}（{note}）。添加期间可以照常提问。"))


# ---- document management -----------------------------------------------------------------------
def remove_documents(svc: QAService, picked: list[str], titles: dict[str, str]) -> None:
    st.session_state.pop("confirm_remove", None)
    st.session_state["to_remove"] = []
    removed, failed = [], []
    for doc_id in picked:
        try:
            if svc.remove_document(doc_id):
                removed.append(titles.get(doc_id, doc_id))
        except Exception as exc:
            failed.append(user_message(exc))
    if failed:
        st.session_state["doc_message"] = ("error", failed[0])
    else:
        names = "、".join(f"《{t}》" for t in removed)
        st.session_state["doc_message"] = (
            "success",
            f"已删除{names}" if removed else "文档已不存在",
        )


def _set(name: str, value: object) -> None:
    st.session_state[name] = value


def render_documents(svc: QAService) -> None:
    """The table of documents with a filter box; remove picked ones behind a confirmation."""
    try:
        docs = svc.document_rows()
    except Exception as exc:
        return st.error(user_message(exc))
    kind, message = st.session_state.pop("doc_message", (None, ""))
    if kind:
        getattr(st, kind)(md(message))
    if not docs:
        st.info("知识库中还没有文档。可以在左侧上传文件或粘贴文字。")
        if st.button("重新导入自带的政策文件", icon=":material/restore:"):
            with st.spinner("正在导入自带的政策文件…"):
                svc.ingest_bundled()
            st.rerun()
        return
    query = st.text_input(
        "筛选", key="doc_filter", placeholder="按标题、文种、发文机关、文号、文件名或日期筛选"
    )
    rows = table(docs, query)
    count = sum(not d.part_of for d in docs)
    st.caption(f"共 {count} 篇" + (f"，筛选出 {len(rows)} 篇" if query.strip() else ""))
    st.dataframe(
        rows, hide_index=True, column_order=list(COLUMNS), key="doc_table",
        column_config={
            k: st.column_config.Column(v, width="small" if k in NARROW else None)
            for k, v in COLUMNS.items()
        },
    )  # fmt: skip
    titles = {d.doc_id: d.title or d.source for d in docs}
    picked = st.multiselect(
        "删除文档", [r["doc_id"] for r in rows if not r["part_of"]], format_func=lambda i: titles.get(i, i),
        key="to_remove", placeholder="选择要删除的文档（可多选）",
    )  # fmt: skip
    if not picked:
        return
    if st.session_state.get("confirm_remove") != picked:
        st.button(f"删除所选（{len(picked)} 篇）", key="rm", icon=":material/delete:",
                  on_click=_set, args=("confirm_remove", list(picked)))  # fmt: skip
        return
    st.warning(f"确定删除这 {len(picked)} 篇文档吗？删除后将不能再回答与它们相关的问题。")
    yes, no = st.columns(2)
    yes.button("确认删除", key="rm-yes", type="primary", on_click=remove_documents,
               args=(svc, list(picked), titles))  # fmt: skip
    no.button("取消", key="rm-no", on_click=_set, args=("confirm_remove", None))
