"""A store knows which embedder made its vectors: the identity is recorded, a store of another
embedder is refused (never answered from mixed vectors) and `reindex()` re-embeds it, resuming
after an interruption. Two fake embedders (QA_EMBEDDING__MODEL names them)."""

from __future__ import annotations

import json
import time

import pytest

from knowledge.errors import ReindexRunningError, StaleStoreError
from knowledge.ingestion import reindex
from knowledge.storage.base import META_ID
from tests.conftest import make_service, warehouse_rules

QUESTION = "第7号仓库用于存放什么？"


def service(store, model: str = "one", dim: int | None = None):
    svc = make_service(
        store,
        embedding={"provider": "fake", "model": model},
        answer={"refusal_threshold": 0},  # the meaning-blind fake vectors still answer
        ingest={"sentence_vectors": "inline"},
    )
    if dim is not None:  # another dimension: Chroma would refuse mixing it outright
        svc.embeddings.dim = dim
    return svc


def filled(tmp_path, n: int = 120):
    svc = service(tmp_path / "store")
    assert svc.add_text(warehouse_rules(n), "仓库管理规定").status == "added"
    return svc


def chunks_by_id(svc) -> dict:
    return {c.chunk_id: c for c in svc.store.iter_chunks()}


def test_the_store_records_the_embedder_that_made_it(tmp_path) -> None:
    svc = filled(tmp_path, 20)
    assert svc.store.stored_embedder() == svc.embeddings.identity() == "fake|one|64|prep2"
    assert not svc.needs_reindex()
    assert service(tmp_path / "store").store.stored_embedder(fresh=True) == "fake|one|64|prep2"


def test_another_embedder_is_refused_with_the_command_to_run(tmp_path) -> None:
    filled(tmp_path, 20)
    other = service(tmp_path / "store", "two", dim=32)
    assert other.needs_reindex()
    with pytest.raises(StaleStoreError, match="python -m knowledge reindex"):
        other.ask(QUESTION)
    with pytest.raises(StaleStoreError):
        other.evidence(QUESTION)
    added = other.add_text("关于会议室预约的通知\n会议室须提前一天预约。", "会议室")
    assert added.status == "error" and "python -m knowledge reindex" in added.message


def test_a_store_without_the_record_is_of_unknown_origin(tmp_path) -> None:
    svc = filled(tmp_path, 20)
    svc.store.docs.upsert(ids=[META_ID], embeddings=[[1.0]], metadatas=[{"embedder": ""}])
    old = service(tmp_path / "store")
    assert old.store.stored_embedder() is None and old.needs_reindex()
    with pytest.raises(StaleStoreError, match="没有记录"):
        old.ask(QUESTION)
    assert old.reindex() > 0 and not old.needs_reindex()


def test_an_empty_store_takes_any_embedder(tmp_path) -> None:
    svc = service(tmp_path / "store", "two")
    assert not svc.needs_reindex() and svc.store.stored_embedder() is None


def test_reindex_re_embeds_in_place_and_answers_again(tmp_path) -> None:
    before = chunks_by_id(filled(tmp_path, 40))
    other = service(tmp_path / "store", "two", dim=32)
    ticks: list[int] = []
    assert other.reindex(ticks.append) == len(before) == sum(ticks)
    assert other.store.stored_embedder() == "fake|two|32|prep2" and not other.needs_reindex()
    assert chunks_by_id(other) == before  # ids, texts, metadata and offsets kept
    answer = other.ask(QUESTION)
    assert answer.citations and not answer.abstained
    assert other.store.chunks_with_sentence_vectors() == set(before)  # made again, inline
    assert other.reindex() == 0  # nothing left to do
    assert service(tmp_path / "store").needs_reindex()  # the first embedder's turn to wait
    assert other.add_text("关于会议室预约的通知\n会议室须提前一天预约。").status == "added"


def test_an_interrupted_reindex_leaves_the_old_store_and_a_rerun_finishes(
    tmp_path, monkeypatch
) -> None:
    before = chunks_by_id(filled(tmp_path, 120))
    monkeypatch.setattr(reindex, "WRITE_BATCH", 4)
    other = service(tmp_path / "store", "two", dim=32)
    real, calls = other.embeddings.embed_passages, []

    def failing(texts, progress=None):
        calls.append(len(texts))
        if len(calls) == 3:
            raise RuntimeError("embedding server went away")
        return real(texts, progress)

    monkeypatch.setattr(other.embeddings, "embed_passages", failing)
    with pytest.raises(RuntimeError):
        other.reindex()
    old = service(tmp_path / "store")  # the old embedder still answers from its vectors
    assert not old.needs_reindex() and old.ask(QUESTION).citations
    assert chunks_by_id(old) == before
    monkeypatch.setattr(other.embeddings, "embed_passages", real)
    again = service(tmp_path / "store", "two", dim=32)
    assert again.needs_reindex()
    ticks: list[int] = []
    assert again.reindex(ticks.append) == len(before) - 8  # two batches of 4 were kept
    assert sum(ticks) == len(before)
    assert not again.needs_reindex() and again.ask(QUESTION).citations
    assert chunks_by_id(again) == before


def test_a_second_reindex_waits_for_the_running_one_and_finds_the_store_current(
    tmp_path,
) -> None:
    """The service's policy, without a front end: another process's run is waited for (its
    owner and progress shown to the job), then the store is current and nothing is left to do;
    `if_running="refuse"` says one runs at once; the wait gives up after its setting."""
    from tests.storage.test_reembed import REINDEXER, run, wait_for

    store, flags = tmp_path / "store", tmp_path / "flags"
    flags.mkdir()
    n = len(chunks_by_id(filled(tmp_path, 40)))
    first = run(REINDEXER, store, flags, "pause")
    try:
        wait_for(flags / "started", first)
        second = service(store, "two", dim=32)
        with pytest.raises(ReindexRunningError, match="正在重新生成"):
            second.reindex(if_running="refuse")
        impatient = service(store, "two", dim=32)
        limit = impatient.settings.store.model_copy(update={"reindex_wait_s": 1.0})
        impatient.settings = impatient.settings.model_copy(update={"store": limit})
        began = time.monotonic()
        with pytest.raises(ReindexRunningError, match="Waited 1 s"):
            impatient.reindex()
        assert 1.0 <= time.monotonic() - began < 30
        job = second.reindex_in_background()  # the app's and the API's job: it waits
        deadline = time.monotonic() + 60
        while job.waiting is None and time.monotonic() < deadline:
            time.sleep(0.05)
        other = job.waiting
        assert other is not None and job.state == "running"
        assert other.owner.split(":")[1] == str(first.pid) and other.total == n
        assert other.done == 8 and "等待它完成（它已完成 8/" in other.line()
    finally:
        (flags / "go").touch()
        out, err = first.communicate(timeout=180)
    assert first.returncode == 0, err[-3000:]
    deadline = time.monotonic() + 60
    while job.state != "done" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert job.result.status == "added" and job.result.chunks == 0  # nothing left to do
    assert job.waiting is None and not second.needs_reindex() and second.ask(QUESTION).citations
    assert json.loads(out)["embedded"] == n
