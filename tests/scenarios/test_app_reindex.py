"""The app over a store made by another embedding model: it re-embeds it by itself in the
background on start, shows the progress, then answers (the service's policy, reindexing.py)."""

from __future__ import annotations

import time

import streamlit as st

from knowledge.service import build_service
from knowledge.settings import Settings
from tests.scenarios.app_helpers import ask, assert_clean, run_app, shown


def test_a_store_of_another_model_is_re_embedded_on_start(fake_store, monkeypatch):
    assert_clean(run_app())  # the first start indexes the bundled corpus with "hash"
    st.cache_resource.clear()  # a restart after the embedding model changed
    monkeypatch.setenv("QA_EMBEDDING__MODEL", "two")
    at = run_app()
    assert_clean(at)
    svc = build_service(Settings())  # watches the store the page re-embeds (runs nothing)
    deadline = time.monotonic() + 120
    while svc.needs_reindex() and time.monotonic() < deadline:
        assert at.get("progress") or not svc.needs_reindex()  # the page shows how far it is
        time.sleep(0.5)
        at = at.run()
    at = at.run()
    assert_clean(at)
    assert not at.get("progress") and "python -m knowledge reindex" not in shown(at)
    at = ask(at, "磨憨的会议在哪里召开？")
    assert_clean(at)
    assert not at.error, [
        e.value for e in at.error
    ]  # answered from the new vectors (with its sources), no stale message
    assert [x for x in at.expander if x.label.startswith("\\[")]


def test_the_app_waits_for_another_process_re_embedding_and_shows_it(fake_store, monkeypatch):
    """Another process (here: another machine's lease, 3 of 20 chunks done) re-embeds the store:
    the page says it waits for it and how far it is, then — that run's heartbeat gone — takes
    over, finishes and answers."""
    from tests.api.test_reindex_api import hold_lease

    assert_clean(run_app())
    st.cache_resource.clear()
    monkeypatch.setenv("QA_EMBEDDING__MODEL", "two")
    monkeypatch.setenv("QA_STORE__REINDEX_LEASE_S", "8")
    svc = build_service(Settings())
    hold_lease(svc)
    at, said = run_app(), []
    deadline = time.monotonic() + 120
    while svc.needs_reindex() and time.monotonic() < deadline:
        assert_clean(at)
        said += [p.proto.text for p in at.get("progress")]
        time.sleep(0.5)
        at = at.run()
    assert any("等待它完成（它已完成 3/20 段）" in t and "far-host" in t for t in said), said
    at = at.run()
    assert_clean(at)
    assert not at.get("progress") and not at.error
    at = ask(at, "磨憨的会议在哪里召开？")
    assert_clean(at)
    assert not at.error and [x for x in at.expander if x.label.startswith("\\[")]
