"""Keyword tokens are saved beside the store, so a restart does not run jieba over every chunk again."""

from __future__ import annotations

import time

from tests.conftest import make_service

TEXT = "蓝莓合作社今年收获了三百吨蓝莓。合作社把蓝莓卖到了昆明和大理。"


def wait_for(path, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not path.exists() and time.monotonic() < end:
        time.sleep(0.05)
    assert path.exists(), "the token cache was not written"


def count_tokenising(svc) -> list[str]:
    calls: list[str] = []
    real = svc.searcher.keywords._tokens
    svc.searcher.keywords._tokens = lambda text: calls.append(text) or real(text)
    return calls


def test_a_restart_reuses_the_saved_tokens(tmp_path):
    store = tmp_path / "store"
    first = make_service(store, embedding={"provider": "fake"})
    first.add_text(TEXT, "蓝莓")
    assert first.searcher.search("蓝莓卖到了哪里").hits
    cache = store / "keywords-qa.pkl"
    wait_for(cache)
    first.store.close()

    second = make_service(store, embedding={"provider": "fake"})
    calls = count_tokenising(second)
    hits = second.searcher.search("蓝莓卖到了哪里").hits
    assert hits and "昆明" in hits[0].chunk.text
    assert calls == []  # every chunk's tokens came from the cache


def test_a_damaged_cache_is_ignored(tmp_path):
    store = tmp_path / "store"
    first = make_service(store, embedding={"provider": "fake"})
    first.add_text(TEXT, "蓝莓")
    first.store.close()
    (store / "keywords-qa.pkl").write_bytes(b"not a pickle")

    second = make_service(store, embedding={"provider": "fake"})
    calls = count_tokenising(second)
    assert second.searcher.search("蓝莓卖到了哪里").hits
    assert calls  # tokenised again, no error
