"""Re-embedding at the store level: one predicate says whose vectors a store holds; one
re-embedding at a time (two processes); the swap is one META write, so a reader in another
process opening the store at the swap finds the old or the new vectors, never none. Fake
embedders "one" (64 dimensions) and "two" (32) in temporary stores."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from knowledge.errors import ReindexRunningError
from knowledge.storage import reembed
from knowledge.storage.base import META_ID
from tests.conftest import make_service, warehouse_rules

PROJECT = Path(__file__).resolve().parents[2]
QUESTION = "第7号仓库用于存放什么？"
NEW_DOC = "关于会议室预约的通知\n会议室须提前一天预约，每次最长使用四小时。"

SERVICE = """
import json, os, sys, time
from pathlib import Path
from tests.conftest import make_service
def service(store, model, dim):
    svc = make_service(Path(store), embedding={"provider": "fake", "model": model},
                       answer={"refusal_threshold": 0}, ingest={"sentence_vectors": "inline"})
    svc.embeddings.dim = dim
    return svc
"""

# a reindex that signals after its second batch and then waits for a go (or dies there)
REINDEXER = (
    SERVICE
    + """
from knowledge.ingestion import reindex
reindex.WRITE_BATCH = 4
store, flags, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
svc = service(store, "two", 32)
real, calls = svc.embeddings.embed_passages, []
def paused(texts, progress=None):
    calls.append(len(texts))
    if len(calls) == 3:
        (flags / "started").touch()
        if mode == "die":
            os._exit(3)
        deadline = time.monotonic() + 120
        while not (flags / "go").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    return real(texts, progress)
svc.embeddings.embed_passages = paused
print(json.dumps({"embedded": svc.reindex(wait=True)}))
"""
)

# opens the store afresh and reads it as the embedder its record names would
READER = (
    SERVICE
    + """
import numpy as np
from knowledge.settings import Settings
from knowledge.storage.store import make_store
store = make_store(Settings.isolated(Path(sys.argv[1]), embedding={"provider": "fake"}))
key = store.stored_embedder(fresh=True)
dim = 64 if "|one|" in key else 32
live = {d.doc_id for d in store.list_documents()}
hits = store.nearest(np.ones(dim, dtype=np.float32) / dim**0.5, 5, live)
print(json.dumps({"key": key, "chunks": store.chunk_count(), "hits": len(hits)}))
"""
)


# opens, reads and closes the store again and again until told to stop
READER_LOOP = (
    SERVICE
    + """
import numpy as np
from knowledge.settings import Settings
from knowledge.storage.store import make_store
path, flags, seen = Path(sys.argv[1]), Path(sys.argv[2]), []
while not (flags / "stop").exists():
    try:
        store = make_store(Settings.isolated(path, embedding={"provider": "fake"}))
        key = store.stored_embedder(fresh=True)
        dim = 64 if "|one|" in key else 32
        # the swap may land between opening the collection and reading META: the opened
        # collection's own vectors say which one this reader holds; such a read is not counted
        held = store.chunks.get(limit=1, include=["embeddings"])["embeddings"]
        if len(held) and len(held[0]) == dim:
            live = {d.doc_id for d in store.list_documents()}
            hits = store.nearest(np.ones(dim, dtype=np.float32) / dim**0.5, 5, live)
            seen.append([key, store.chunk_count(), len(hits)])
        elif not len(held):
            seen.append([key, store.chunk_count(), 0])  # an empty collection: a failure
        store.close()
    except Exception as exc:
        seen.append(["error", repr(exc)[:300], 0])
    (flags / "reading").touch()
print(json.dumps(seen))
"""
)


def service(store: Path, model: str = "one", dim: int = 64):
    svc = make_service(
        store,
        embedding={"provider": "fake", "model": model},
        answer={"refusal_threshold": 0},
        ingest={"sentence_vectors": "inline"},
    )
    svc.embeddings.dim = dim
    return svc


def filled(store: Path, n: int = 60):
    svc = service(store)
    assert svc.add_text(warehouse_rules(n), "仓库管理规定").status == "added"
    return svc


def run(script: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(path: Path, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert proc.poll() is None, proc.communicate()[1][-3000:]
        assert time.monotonic() < deadline, "the reindex process never reached its pause"
        time.sleep(0.05)


def test_one_predicate_says_whose_vectors_a_store_holds(tmp_path) -> None:
    empty = service(tmp_path / "empty")
    assert empty.store.holds_vectors_of("anyone|x|1|prep2")  # an empty store: any embedder
    svc = filled(tmp_path / "store", 8)
    key = svc.embeddings.identity()
    assert svc.store.holds_vectors_of(key) and not svc.store.holds_vectors_of("fake|two|32|prep2")
    with svc.store.writing():  # as a store made before the record
        svc.store.docs.upsert(ids=[META_ID], embeddings=[[1.0]], metadatas=[{"embedder": ""}])
    assert not svc.store.holds_vectors_of(key, fresh=True)  # chunks of an unrecorded embedder
    asked: list[str] = []
    real = svc.store.holds_vectors_of
    svc.store.holds_vectors_of = lambda k, fresh=False: asked.append(k) or real(k, fresh)
    assert svc.needs_reindex()  # asking's test ...
    assert svc.add_text(NEW_DOC, "会议室").status == "error"  # ... the writer's ...
    svc.reindexer.run()  # ... and re-embedding's are the same call
    assert asked.count(key) >= 3 and not svc.needs_reindex()


def test_a_second_reindex_is_told_one_runs_and_an_ingest_beside_it_lands_once(tmp_path) -> None:
    store, flags = tmp_path / "store", tmp_path / "flags"
    flags.mkdir()
    before = {c.chunk_id for c in filled(store).store.iter_chunks()}
    first = run(REINDEXER, store, flags, "pause")
    try:
        wait_for(flags / "started", first)
        second = service(store, "two", 32)
        with pytest.raises(ReindexRunningError, match="正在重新生成"):
            second.reindex(if_running="refuse")
        refused = second.add_text(NEW_DOC, "会议室")  # the new embedder waits for the swap
        assert refused.status == "error" and "reindex" in refused.message
        added = service(store).add_text(NEW_DOC, "会议室")  # the old one's lands in the old
        assert added.status == "added"
    finally:
        (flags / "go").touch()
        out, err = first.communicate(timeout=180)
    assert first.returncode == 0, err[-3000:]
    after = service(store, "two", 32)
    chunks = {c.chunk_id for c in after.store.iter_chunks()}
    assert chunks == before | {f"{added.doc_id}:0"}
    assert json.loads(out)["embedded"] == len(chunks)  # every chunk embedded exactly once
    assert after.store.chunks.count() == len(chunks) and not after.needs_reindex()
    assert after.ask("会议室须提前多久预约？").citations and after.ask(QUESTION).citations
    assert after.store.leases() == {} and after.store._held_lease() == {}
    assert after.reindex() == 0


def test_a_dead_reindex_is_taken_over_and_resumed(tmp_path) -> None:
    store, flags = tmp_path / "store", tmp_path / "flags"
    flags.mkdir()
    before = {c.chunk_id for c in filled(store).store.iter_chunks()}
    dead = run(REINDEXER, store, flags, "die")
    dead.communicate(timeout=180)
    assert dead.returncode == 3  # killed after two batches of 4
    again = service(store, "two", 32)
    assert again.needs_reindex() and again.store._held_lease()  # the dead run's lease
    assert again.reindex() == len(before) - 8
    assert {c.chunk_id for c in again.store.iter_chunks()} == before
    assert again.ask(QUESTION).citations


def read_afresh(store: Path) -> dict:
    proc = run(READER, store)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err[-3000:]
    return json.loads(out)


def test_a_reader_opening_the_store_at_the_swap_finds_old_or_new_vectors(
    tmp_path, monkeypatch
) -> None:
    store = tmp_path / "store"
    n = len(list(filled(store).store.iter_chunks()))
    other = service(store, "two", 32)
    seen: list[dict] = []
    real = other.store._set_meta

    def switching(**values):  # the swap's one META write, a reader just before and after
        if "vectors" in values:
            seen.append(read_afresh(store))
        real(**values)
        if "vectors" in values:
            seen.append(read_afresh(store))

    monkeypatch.setattr(other.store, "_set_meta", switching)
    monkeypatch.setattr(reembed, "RETIRE_GRACE_S", 3600.0)
    assert other.reindex() == n
    assert [(s["key"], s["chunks"]) for s in seen] == [
        ("fake|one|64|prep2", n),
        ("fake|two|32|prep2", n),
    ]
    assert all(s["hits"] == 5 for s in seen)
    retired = other.store._retired[-1][0]
    assert retired in {c.name for c in other.store.client.list_collections()}  # kept a while
    monkeypatch.setattr(reembed, "RETIRE_GRACE_S", 0.0)
    assert other.add_text(NEW_DOC, "会议室").status == "added"  # a later write drops it
    assert retired not in {c.name for c in other.store.client.list_collections()}
    assert read_afresh(store)["chunks"] == n + 1


def test_a_store14_rename_swap_cut_short_is_finished_by_the_next_open(tmp_path) -> None:
    from knowledge.storage.chroma_io import open_collection

    store = tmp_path / "store"
    before = {c.chunk_id: c for c in filled(store, 20).store.iter_chunks()}
    other = service(store, "two", 32)
    s = other.store
    s._set_meta(reembedding=other.embeddings.identity())  # store14 named no shadow
    chunks = list(before.values())
    shadow = open_collection(s.client, "qa_chunks_next", 256, "cosine")
    vectors = other.embeddings.embed_passages([c.text for c in chunks])
    shadow.upsert(ids=list(before), embeddings=vectors, metadatas=[c.metadata() for c in chunks],
                  documents=[c.text for c in chunks])  # fmt: skip
    s.chunks.modify(name="qa_chunks_old")  # step 2 of the rename swap, then the process died
    s.close()
    reopened = service(store, "two", 32)
    assert reopened.store.stored_embedder() == "fake|two|32|prep2"
    assert not reopened.needs_reindex()
    assert {c.chunk_id: c for c in reopened.store.iter_chunks()} == before
    assert reopened.ask(QUESTION).citations


def test_readers_opening_the_store_during_a_whole_reindex_never_find_it_missing(
    tmp_path, monkeypatch
) -> None:
    from knowledge.ingestion import reindex

    store, flags = tmp_path / "store", tmp_path / "flags"
    flags.mkdir()
    n = len(list(filled(store, 80).store.iter_chunks()))
    reader = run(READER_LOOP, store, flags)
    try:
        wait_for(flags / "reading", reader)
        monkeypatch.setattr(reindex, "WRITE_BATCH", 8)
        assert service(store, "two", 32).reindex() == n
        (flags / "reading").unlink()
        wait_for(flags / "reading", reader)  # at least one read after the swap
    finally:
        (flags / "stop").touch()
        out, err = reader.communicate(timeout=120)
    assert reader.returncode == 0, err[-3000:]
    seen = json.loads(out)
    assert [s for s in seen if s != [s[0], n, 5]] == []  # no error, no empty or partial store
    keys = [s[0] for s in seen]
    assert keys == sorted(keys) and keys[-1] == "fake|two|32|prep2"  # old, then new
