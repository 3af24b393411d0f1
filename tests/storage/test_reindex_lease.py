"""The reindex lease's heartbeat: a live slow run keeps its lease, a killed one is taken over
after the short expiry (embedded here; tests/scenarios/test_server_mode.py runs the same against
a Chroma server)."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from knowledge.errors import ReindexRunningError
from knowledge.service import build_service
from knowledge.settings import Settings, StoreSettings
from tests.storage.test_reembed import QUESTION, filled, run, wait_for

# a reindex of embedder "two" whose process claims another host's name (its lease is judged by
# its heartbeat, as a client on another machine's would be): it pauses after two batches of 4
# and waits for a go ("pause") or hangs there until killed ("hang")
FAR_REINDEXER = """
import json, os, socket, sys, time
socket.gethostname = lambda: "far-host"
from pathlib import Path
from knowledge.ingestion import reindex
from knowledge.service import build_service
from tests.storage.test_reindex_lease import lease_service
reindex.WRITE_BATCH = 4
cfg, flags, mode = json.loads(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
svc = lease_service(cfg)
real, calls = svc.embeddings.embed_passages, []
def paused(texts, progress=None):
    calls.append(len(texts))
    if len(calls) == 3:
        (flags / "started").touch()
        deadline = time.monotonic() + 120
        while (mode == "hang" or not (flags / "go").exists()) and time.monotonic() < deadline:
            time.sleep(0.05)
    return real(texts, progress)
svc.embeddings.embed_passages = paused
print(json.dumps({"embedded": svc.reindex(wait=True)}))
"""


def lease_service(cfg: dict):
    """A service of embedder "two" (32 dimensions) with these store settings."""
    settings = Settings.isolated(
        cfg["path"], embedding={"provider": "fake", "model": "two"}, answer={"refusal_threshold": 0}
    )
    store = StoreSettings.model_validate({**settings.store.model_dump(), **cfg})
    svc = build_service(settings.model_copy(update={"store": store}))
    svc.embeddings.dim = 32
    return svc


def far_run(cfg: dict, flags: Path, mode: str) -> subprocess.Popen:
    flags.mkdir(parents=True, exist_ok=True)
    return run(FAR_REINDEXER, json.dumps({k: str(v) for k, v in cfg.items()}), flags, mode)


def live_kept_and_dead_taken_over(old, new, cfg: dict, flags: Path, expiry: float) -> None:
    """`old`: a service of embedder "one" over a filled store, `new` one of "two" (32
    dimensions) on the same store, its lease expiry `expiry`; `cfg` the store settings of the
    far-host reindexer. A live run that stalls 3 expiries keeps its lease; a killed one is taken
    over once its heartbeat is `expiry` old, not before, and resumed."""
    n = old.store.chunk_count()
    live = far_run(cfg, flags / "live", "pause")
    try:
        wait_for(flags / "live" / "started", live)
        until = time.monotonic() + 3 * expiry  # stalled, writing nothing: only the beat
        while time.monotonic() < until:
            with pytest.raises(ReindexRunningError):
                new.reindex(if_running="refuse")
            assert new.running_reindex().owner.startswith("far-host:")
            time.sleep(0.3)
    finally:
        (flags / "live" / "go").touch()
        out, err = live.communicate(timeout=180)
    assert live.returncode == 0, err[-3000:]
    assert json.loads(out)["embedded"] == n and not new.needs_reindex()

    new.store.record_embedder("fake|one|64|prep2")  # stale again for "two" (a new start)
    assert new.needs_reindex()
    dead = far_run(cfg, flags / "dead", "hang")
    wait_for(flags / "dead" / "started", dead)
    dead.kill()
    dead.communicate(timeout=60)
    killed = time.time()
    beat = float(new.store._held_lease()["heartbeat"])
    assert new.reindex() == n - 8  # waited for the lease to expire, then resumed
    took = time.time()
    assert beat + expiry <= took < killed + expiry + 60  # by the expiry, not 600 s
    assert not new.needs_reindex() and new.ask(QUESTION).citations


def test_a_live_slow_reindex_keeps_its_lease_and_a_killed_one_expires(tmp_path) -> None:
    store, expiry = tmp_path / "store", 4.0
    old = filled(store)
    cfg = {"path": store, "reindex_lease_s": expiry}
    new = lease_service(cfg)
    assert new.store.reindex_lease_s == expiry
    live_kept_and_dead_taken_over(old, new, cfg, tmp_path / "flags", expiry)
