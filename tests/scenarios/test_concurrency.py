"""Concurrent writers (processes and threads) on one store, readers alongside, and load."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from filelock import FileLock

from knowledge.schema import Answer
from knowledge.service import build_service
from knowledge.settings import EmbeddingSettings, Settings, StoreSettings
from knowledge.storage.store import make_store
from tests.scenarios.test_reliability import (
    CORPUS_FILE,
    PROJECT,
    assert_vectors_complete,
    big_text,
    cli_env,
    service_for,
    settings_for,
)

MARKERS = {"a": "蓝莓种植基地扩建", "b": "大熊猫保护研究", "c": "高铁票价调整方案"}

READER = r"""
import json, sys, time
from pathlib import Path
import numpy as np
from knowledge.service import build_service
s = build_service()
print("ready", flush=True)
done, worst = Path(sys.argv[1]), 0.0
while not done.exists():
    t = time.monotonic()
    s.list_documents(), s.store.generation()
    worst = max(worst, time.monotonic() - t)
    time.sleep(0.1)
ans = s.ask(sys.argv[2])
n = s.store.chunks.count()
dense = len(s.store.dense_search(np.full(64, 0.125, dtype=np.float32), n + 10))
print(json.dumps({"worst": worst, "docs": len(s.list_documents()), "n": n, "dense": dense,
                  "cited": sorted({c.source for c in ans.citations})}))
"""

UPLOAD = r"""
import sys
from pathlib import Path
from knowledge.service import build_service
r = build_service().add_upload(Path(sys.argv[1]).read_bytes(), "c-upload.txt")
print(r.status, r.chunks)
"""


def marked_file(tmp_path: Path, key: str, seed: int) -> Path:
    path = tmp_path / f"{key}.txt"
    text = big_text(2000, seed)
    path.write_text(text.replace("\n\n", f"\n\n{MARKERS[key]}。\n", 1), encoding="utf-8")
    return path


def spawn(store: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=PROJECT,
        env=cli_env(store),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_cli_ingests_and_an_app_upload_all_land(tmp_path: Path) -> None:
    store_dir, done = tmp_path / "store", tmp_path / "done"
    a, b, c = (marked_file(tmp_path, k, i) for i, k in enumerate("abc", 1))
    reader = spawn(store_dir, "-c", READER, str(done), MARKERS["c"])
    assert reader.stdout.readline().strip() == "ready"
    writers = [
        spawn(store_dir, "-m", "ingest", str(a), str(b)),
        spawn(store_dir, "-m", "ingest", str(b), str(a)),  # same files, other order
        spawn(store_dir, "-c", UPLOAD, str(c)),  # the app uploading meanwhile
    ]
    outs = [w.communicate(timeout=300) for w in writers]
    done.touch()
    seen = json.loads(reader.communicate(timeout=120)[0].strip().splitlines()[-1])
    for w, (_out, err) in zip(writers, outs):
        assert w.returncode == 0, err
        assert "Traceback" not in err
    assert outs[2][0].startswith("added")

    store = make_store(settings_for(store_dir))
    docs = store.list_documents()
    assert sorted(d.source for d in docs) == ["a.txt", "b.txt", "c-upload.txt"]
    ids = [ch.chunk_id for ch in store.iter_chunks()]
    assert len(ids) == len(set(ids)) == sum(d.chunks for d in docs), "nothing lost or doubled"
    assert store.leases() == {}
    assert_vectors_complete(store, ids)
    assert seen["docs"] == 3 and seen["n"] == len(ids), seen
    assert len(ids) - len(ids) // 500 - 1 < seen["dense"] <= len(ids), seen  # as in that check
    assert "c-upload.txt" in seen["cited"], "a reader opened before the writes sees them"
    assert seen["worst"] < 5.0, f"a read waited {seen['worst']:.1f}s"


def test_reads_do_not_wait_for_the_write_lock(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    writer = service_for(store_dir)
    writer.ingest_paths([CORPUS_FILE])[0]
    lock = FileLock(str(store_dir / "write.lock"))
    with lock:  # a writer holds the lock for as long as it likes
        t0 = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-m", "knowledge", "ask", "磨憨口岸城市建设", "--json"],
            cwd=PROJECT,
            env=cli_env(store_dir),
            capture_output=True,
            text=True,
            timeout=120,
        )
        took = time.monotonic() - t0
        listed = writer.list_documents()
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["citations"] and len(listed) == 1
    assert took < 30, f"a reader waited {took:.0f}s for the write lock"


def test_app_threads_ask_while_another_thread_ingests(tmp_path: Path) -> None:
    service = service_for(tmp_path / "store")
    service.ingest_paths([CORPUS_FILE])[0]
    errors: list[Exception] = []
    stop = threading.Event()

    def asker() -> None:
        while not stop.is_set():
            try:
                service.ask("磨憨国际口岸城市建设现场会议")
            except Exception as exc:  # collected, asserted below
                errors.append(exc)
                return

    threads = [threading.Thread(target=asker) for _ in range(3)]
    for t in threads:
        t.start()
    results = [service.add_text(big_text(300, s), f"t{s}") for s in (21, 22)]
    stop.set()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors[0]
    assert [r.status for r in results] == ["added", "added"]
    assert len(service.list_documents()) == 3


def summary(ans: Answer) -> tuple:
    return ans.answer, ans.abstained, tuple(c.chunk_id for c in ans.citations)


def load_questions() -> list[str]:
    rows = [json.loads(line) for line in (PROJECT / "tests/data/mohan_extra.jsonl").open()]
    pick = {("zh", True): 8, ("zh", False): 10, ("en", True): 2}  # English costs e5 passages
    out = []
    for row in rows:
        key = (row["lang"], row["answerable"])
        if pick.get(key, 0) > 0:
            pick[key] -= 1
            out.append(row["question"])
    return out


def test_four_threads_answer_like_one_at_a_time(tmp_path: Path) -> None:
    e5 = EmbeddingSettings(provider="e5")  # the real engine: its lock is under test too
    settings = Settings(store=StoreSettings(path=tmp_path / "store"), embedding=e5)
    service = build_service(settings)
    assert service.ingest_paths([CORPUS_FILE])[0].status == "added"
    questions = load_questions()
    assert len(questions) == 20
    one_by_one = [summary(service.ask(q)) for q in questions]
    fresh = build_service(settings)  # its keyword index is built by racing threads
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda q: summary(fresh.ask(q)), questions))
    assert together == one_by_one
    assert sum(not abstained for _, abstained, _ in one_by_one) >= 8
