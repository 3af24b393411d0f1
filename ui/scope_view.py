"""The sidebar's 检索范围: answer only from documents of one issuer, 文种 or period."""

from __future__ import annotations

from datetime import date

import streamlit as st

from knowledge.schema import Scope
from knowledge.service import QAService

ALL = "全部"


def render_scope(svc: QAService) -> Scope | None:
    """Choices from the documents now in the store; None when nothing is narrowed."""
    try:
        options = svc.scope_options()
    except Exception:
        return None  # the documents view says why the store cannot be read
    with st.expander("检索范围", expanded=bool(st.session_state.get("scope_on"))):
        issuer = st.selectbox("发文机关", [ALL, *options.issuers], key="scope_issuer")
        doc_type = st.selectbox("文种", [ALL, *options.doc_types], key="scope_type")
        dated = st.checkbox("按日期", key="scope_dated", disabled=options.earliest is None)
        since = until = None
        if dated and options.earliest and options.latest:
            first, last = date.fromisoformat(options.earliest), date.fromisoformat(options.latest)
            picked = st.date_input("日期范围", (first, last), key="scope_dates")
            if isinstance(picked, tuple) and len(picked) == 2:
                since, until = picked[0].isoformat(), picked[1].isoformat()
        scope = Scope(
            issuer=None if issuer == ALL else issuer,
            doc_type=None if doc_type == ALL else doc_type,
            since=since,
            until=until,
        )
        st.session_state["scope_on"] = not scope.empty
        if not scope.empty:
            st.caption("只在符合条件的文档中查找答案。")
    return None if scope.empty else scope
