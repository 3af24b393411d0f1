"""Streamlit rendering of one answer: the text with its [n] markers, the sources (relevance,
matched terms, the quoted passage, the whole document), copy and 👍/👎."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from knowledge.errors import user_message
from knowledge.schema import Answer, Citation, book_title
from knowledge.service import QAService
from ui.export import answer_text
from ui.html import answer_html, marked, md, passage_in_document

THUMBS = {0: "没有帮助", 1: "有帮助"}


def html_block(inner: str, cls: str = "doc-box") -> None:
    st.markdown(f'<div class="doc-text {cls}">{inner}</div>', unsafe_allow_html=True)


def source_label(c: Citation) -> str:
    """The expander title: 「[1] 《标题》第十条 · 相关度 高」."""
    level = f" · 相关度 {c.relevance}" if c.relevance else ""
    return f"\\[{c.marker}\\] {md(c.label())}{level}"


def render_source(svc: QAService, c: Citation, key: str) -> None:
    with st.expander(source_label(c)):
        # the notice that issues the 办法 an article is cited from
        within = c.cited_as and f"载于{book_title(c.title)}"
        meta = [within, c.publisher, c.date and f"日期 {c.date}", c.source]
        if c.page:
            meta.append(f"第{c.page}页")
        st.caption(" · ".join(md(m) for m in meta if m))
        if c.relevance:
            words = "、".join(c.matched)
            match = f"与问题相同的词：{words}" if words else "没有与问题相同的词（按语义找到）"
            st.caption(f"相关度 **{c.relevance}**（与本回答最相关的来源相比）· {md(match)}")
        html_block(marked(c.text, [(s, e, "hl") for s, e in c.highlights]))
        if st.button("查看全文", key=f"full-{key}-{c.marker}", icon=":material/article:"):
            show_document(svc, c)


def render_answer(
    svc: QAService,
    ans: Answer,
    key: str,
    rating: int | None = None,
    on_rate: Callable[[int | None], None] | None = None,
) -> None:
    """One answer; `on_rate(0 | 1 | None)` is called when the reader rates it."""
    if ans.citations and any(c.relevance is None for c in ans.citations):
        ans = svc.rated(ans)  # saved before sources were rated
    if ans.notice:
        st.info(md(ans.notice), icon=":material/info:")
    if ans.read_as:
        st.caption(f"按文档用语理解：{md(ans.read_as_text())}")
    if ans.abstained:
        st.warning(md(ans.answer), icon=":material/search_off:")
    else:
        html_block(answer_html(ans), cls="answer")
        if not all(s.supported for s in ans.sentences):
            st.caption("⚠ 标记的句子在引用的原文中没有找到依据，请谨慎参考。")
    if ans.citations:
        st.caption("最接近的段落（仅供参考）：" if ans.abstained else "来源：")
    for c in ans.citations:
        render_source(svc, c, key)
    if on_rate is not None:
        render_actions(ans, key, rating, on_rate)


def render_actions(
    ans: Answer, key: str, rating: int | None, on_rate: Callable[[int | None], None]
) -> None:
    """👍/👎 and a popover holding the answer with its sources, ready to copy."""
    rate_col, copy_col = st.columns([1, 3], vertical_alignment="center")
    with rate_col:
        fb_key = f"fb-{key}"
        st.feedback(
            "thumbs",
            key=fb_key,
            default=rating,
            on_change=lambda: on_rate(st.session_state[fb_key]),
        )
    with copy_col.popover("复制回答和来源", icon=":material/content_copy:"):
        st.caption("点右上角的复制图标，即可复制下面的全部文字。")
        st.code(answer_text(ans), language=None, wrap_lines=True)
    if rating is not None:
        thanks = "谢谢！" if rating else "谢谢，我们会据此改进。"
        st.caption(f"已记下您的评价：{THUMBS[rating]}。{thanks}")


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
