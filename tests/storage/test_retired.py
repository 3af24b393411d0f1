"""Collections a swap replaced: each outlives its swap by the grace (a reader that looked
before may still hold it), then the first write or open drops it; swaps close together keep
each one's own grace. Fake embedders "one" (64 dimensions) and "two" (32)."""

from __future__ import annotations

import time

from knowledge.storage import reembed
from knowledge.storage.chroma_io import read_retired, write_retired
from tests.storage.test_reembed import QUESTION, filled, read_afresh, service


def test_a_retired_collection_goes_with_the_first_open_after_its_grace(
    tmp_path, monkeypatch
) -> None:
    store = tmp_path / "store"
    n = len(list(filled(store).store.iter_chunks()))
    reader = service(store)  # looked before the swap: a question on the old vectors
    old = reader.store.chunks
    monkeypatch.setattr(reembed, "RETIRE_GRACE_S", 2.0)
    other = service(store, "two", 32)
    assert other.reindex() == n
    retired, swapped = other.store._retired[-1][0], time.monotonic()
    names = lambda: {c.name for c in other.store.client.list_collections()}  # noqa: E731
    inside = service(store, "two", 32)  # an open inside the grace keeps it ...
    assert time.monotonic() - swapped < 2.0, "the open came too late to test the grace"
    assert retired == old.name and retired in names()
    got = old.query(query_embeddings=[[1 / 8] * 64], n_results=5)  # ... and the reader reads
    assert len(got["ids"][0]) == 5
    time.sleep(max(0.0, 2.1 - (time.monotonic() - swapped)))
    service(store, "two", 32)  # no write since the swap: the first open past the grace drops it
    assert retired not in names() and other.store.meta_record()["retired"] == ""
    assert inside.ask(QUESTION).citations and read_afresh(store)["chunks"] == n


def test_two_swaps_within_one_grace_keep_the_first_ones_collection_until_its_own_grace(
    tmp_path, monkeypatch
) -> None:
    store = tmp_path / "store"
    n = len(list(filled(store).store.iter_chunks()))
    reader = service(store)  # looked before the first swap: holds the first vectors
    first = reader.store.chunks
    monkeypatch.setattr(reembed, "RETIRE_GRACE_S", 3600.0)
    assert service(store, "two", 32).reindex() == n  # first swap: "one" -> "two"
    back = service(store, "one", 64)
    second = back.store.chunks
    assert back.reindex() == n  # second swap, well inside the first's grace: "two" -> "one"
    names = lambda: {c.name for c in back.store.client.list_collections()}  # noqa: E731
    assert [r[0] for r in back.store._retired] == [first.name, second.name]
    assert {first.name, second.name} <= names()
    got = first.query(query_embeddings=[[1 / 8] * 64], n_results=5)  # the reader still reads
    assert len(got["ids"][0]) == 5
    monkeypatch.setattr(reembed, "RETIRE_GRACE_S", 0.0)
    reopened = service(store)  # past both graces: the first open drops both
    assert not ({first.name, second.name} & names())
    assert reopened.store.meta_record()["retired"] == "" and reopened.ask(QUESTION).citations


def test_the_retired_record_reads_a_store17_record_and_round_trips() -> None:
    assert read_retired({"retired": "qa_chunks", "retired_at": 12.5}) == (("qa_chunks", 12.5),)
    assert read_retired({"retired": ""}) == () and read_retired({}) == ()
    both = (("qa_chunks", 1.0), ("qa_chunks_ab12cd34", 2.25))
    assert read_retired({"retired": write_retired(both)}) == both
