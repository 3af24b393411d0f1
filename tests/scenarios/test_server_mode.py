"""Chroma server mode: a real `chroma run` on loopback, the CLIs against it, several clients."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from knowledge.schema import Chunk
from knowledge.service import QAService, build_service
from knowledge.settings import EmbeddingSettings, Settings, StoreSettings
from tests.e2e_helpers import free_port, stop
from tests.scenarios.test_reliability import CORPUS_FILE, PROJECT, big_text, cli_env

QUESTION = "昆明从哪一年开始托管磨憨？"
CHROMA_CLI = "import sys; from chromadb.cli.cli import app; sys.argv[0] = 'chroma'; sys.exit(app())"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    port, data = free_port(), tmp_path_factory.mktemp("chroma-server")
    exe = shutil.which("chroma")
    cmd = [exe] if exe else [sys.executable, "-c", CHROMA_CLI]
    args = ["run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(cmd + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_heartbeat(port, proc)
        yield port
    finally:
        stop(proc)


def wait_for_heartbeat(port: int, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "chroma run exited"
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).is_success:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError("chroma server did not answer its heartbeat")


def server_env(local: Path, port: int, provider: str = "e5", prefix: str = "qa") -> dict[str, str]:
    env = cli_env(local)
    env.update(
        QA_STORE__HOST="127.0.0.1",
        QA_STORE__PORT=str(port),
        QA_STORE__PREFIX=prefix,
        QA_EMBEDDING__PROVIDER=provider,
    )
    return env


def cli(env: dict[str, str], module: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", module, *args],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def done(proc: subprocess.Popen, code: int = 0) -> str:
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == code, err
    assert "Traceback" not in err
    return out


def test_cli_ingest_ask_list_remove_against_a_server(server: int, tmp_path: Path) -> None:
    env_a, env_b = server_env(tmp_path / "a", server), server_env(tmp_path / "b", server)
    assert "added:" in done(cli(env_a, "ingest", str(CORPUS_FILE)))
    procs = [cli(env, "knowledge", "ask", QUESTION, "--json") for env in (env_a, env_b)]
    procs.append(cli(env_b, "knowledge", "list", "--json"))
    ans_a, ans_b, listed = (json.loads(done(p)) for p in procs)
    assert not ans_a["abstained"] and "2022" in ans_a["answer"]
    assert ans_b["answer"] == ans_a["answer"], "a client with an empty folder answers the same"
    assert [c["chunk_id"] for c in ans_b["citations"]] == [
        c["chunk_id"] for c in ans_a["citations"]
    ]
    assert [d["source"] for d in listed] == [CORPUS_FILE.name]
    assert not (tmp_path / "b" / "chroma.sqlite3").exists(), "no local data was used"

    assert "removed:" in done(cli(env_b, "knowledge", "remove", listed[0]["doc_id"]))
    after = [cli(env_a, "knowledge", "list", "--json"), cli(env_a, "knowledge", "ask", QUESTION)]
    assert json.loads(done(after[0])) == []
    out, err = after[1].communicate(timeout=120)
    assert after[1].returncode == 2 and err.startswith("error: 知识库是空的"), err


def client(server: int, local: Path, prefix: str) -> QAService:
    store = StoreSettings(path=local, host="127.0.0.1", port=server, prefix=prefix)
    return build_service(Settings(store=store, embedding=EmbeddingSettings(provider="fake")))


def test_commit_marker_and_leases_hold_across_clients(server: int, tmp_path: Path) -> None:
    first, second = client(server, tmp_path / "a", "lease"), client(server, tmp_path / "b", "lease")
    text = big_text(600, seed=9)
    doc = second.add_text(text, "plan")  # learn its chunks, then forget it
    chunks = sorted(second.store.iter_chunks(doc.doc_id), key=lambda c: c.ordinal)
    assert second.remove_document(doc.doc_id)

    # another machine's writer stored half of it and is still working (fresh heartbeat) ...
    meta = {"owner": "elsewhere:1:1", "heartbeat": time.time(), "source": "plan.txt", "chunks": 9}
    first.store.pending.upsert(ids=[doc.doc_id], embeddings=[[1.0]], metadatas=[meta])
    half = chunks[: len(chunks) // 2]
    first.store.add_chunks(half, first.embeddings.embed_passages([c.text for c in half]))
    first.ingest_paths([CORPUS_FILE])[0]
    assert second.recover() == 0, "a live writer's chunks stay"
    assert [d.source for d in second.list_documents()] == [CORPUS_FILE.name]
    cited = {c.doc_id for c in second.ask("第5段讲了什么？").citations}
    assert doc.doc_id not in cited, "uncommitted chunks are never used"

    # ... then it stopped beating: the next writer cleans up, and re-ingesting finishes it
    first.store.pending.upsert(
        ids=[doc.doc_id], embeddings=[[1.0]], metadatas=[{**meta, "heartbeat": 0.0}]
    )
    assert second.recover() == 1
    result = second.add_text(text, "plan")
    assert result.status == "added" and result.chunks == len(chunks)
    assert sorted(first.store.iter_chunks(doc.doc_id), key=lambda c: c.ordinal) == chunks
    assert first.store.leases() == {}


def test_two_clients_write_at_once(server: int, tmp_path: Path) -> None:
    clients = [client(server, tmp_path / n, "pair") for n in "ab"]
    texts = [big_text(500, seed=s) for s in (31, 32)]
    with ThreadPoolExecutor(4) as pool:
        results = list(
            pool.map(
                lambda job: job[0].add_text(job[1], "same" if job[2] else "other"),
                [(clients[0], texts[0], 1), (clients[1], texts[1], 0), (clients[1], texts[0], 1)],
            )
        )
    assert sorted(r.status for r in results) in (["added", "added", "present"], ["added"] * 3)
    docs = clients[0].list_documents()
    assert len(docs) == 2
    ids: list[Chunk] = list(clients[1].store.iter_chunks())
    assert len(ids) == len({c.chunk_id for c in ids}) == sum(d.chunks for d in docs)
    assert clients[0].store.leases() == {}


def test_a_stale_server_store_is_re_embedded_and_answers(server: int, tmp_path: Path) -> None:
    def of(model: str, local: str) -> QAService:
        store = StoreSettings(path=tmp_path / local, host="127.0.0.1", port=server, prefix="re")
        embedding = EmbeddingSettings(provider="fake", model=model)
        answer = {"refusal_threshold": 0}  # the meaning-blind fake vectors still answer
        settings = Settings.isolated(tmp_path / local, embedding=embedding, answer=answer)
        return build_service(settings.model_copy(update={"store": store}))

    old = of("one", "a")
    assert old.store._stamp is None  # a server client: no stamp file, no reload
    assert old.add_text(big_text(300, seed=5), "plan").status == "added"
    before = {c.chunk_id: c for c in old.store.iter_chunks()}
    new = of("two", "b")  # another client, another machine's view: no shared lock file
    new.embeddings.dim = 32
    assert new.needs_reindex() and not old.needs_reindex()
    assert new.reindex(wait=True) == len(before)
    assert not new.needs_reindex() and old.needs_reindex()  # the old client sees the swap
    assert {c.chunk_id: c for c in new.store.iter_chunks()} == before
    assert new.ask("第5段讲了什么？").citations
    again = of("two", "c")  # a client opening afresh finds the new collection
    again.embeddings.dim = 32
    assert not again.needs_reindex() and again.ask("第5段讲了什么？").citations
    assert again.store.chunk_count() == len(before) and again.reindex() == 0


def test_a_live_slow_server_reindex_keeps_its_lease_and_a_killed_one_expires(
    server: int, tmp_path: Path
) -> None:
    """A reindex client on "another machine" (its lease judged by its heartbeat alone) against
    the server: stalled for 3 lease expiries it keeps the lease (the beat needs no local lock),
    killed it is taken over once its heartbeat is an expiry old, then resumed."""
    from tests.storage.test_reindex_lease import lease_service, live_kept_and_dead_taken_over

    expiry = 4.0
    where = {"host": "127.0.0.1", "port": server, "prefix": "beat", "reindex_lease_s": expiry}
    old_store = StoreSettings(path=tmp_path / "a", **{**where, "reindex_lease_s": expiry})
    embedding = EmbeddingSettings(provider="fake", model="one")
    settings = Settings.isolated(tmp_path / "a", embedding=embedding)
    old = build_service(settings.model_copy(update={"store": old_store}))
    assert old.add_text(big_text(300, seed=7), "plan").status == "added"
    new = lease_service({"path": tmp_path / "b", **where})
    assert new.store._stamp is None and new.needs_reindex()
    far = {"path": tmp_path / "c", **where}  # the reindexer's own folder: no shared lock file
    live_kept_and_dead_taken_over(old, new, far, tmp_path / "flags", expiry)
