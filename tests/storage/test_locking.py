"""Locks and lease liveness: a dead writer's lease is dead, a live one's is not."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time

from knowledge.storage.locking import ReadWriteLock, WriteStamp, owner_alive, owner_id


def test_this_process_is_alive_and_a_finished_one_is_not() -> None:
    now = time.time()
    assert owner_alive(owner_id(), 0.0, now)
    pid = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                             capture_output=True, text=True).stdout)  # fmt: skip
    assert not owner_alive(f"{socket.gethostname()}:{pid}:1", now, now)
    assert owner_alive("elsewhere:1:1", now - 10, now)  # other hosts: by heartbeat
    assert not owner_alive("elsewhere:1:1", now - 3600, now)
    assert owner_id().split(":")[1] == str(os.getpid())


def test_a_write_stamp_tells_a_reader_someone_else_wrote(tmp_path) -> None:
    mine, theirs = WriteStamp(tmp_path / "s"), WriteStamp(tmp_path / "s")
    theirs.renew()
    assert not mine.is_current()
    mine.remember()
    assert mine.is_current()


def test_readers_share_and_a_writer_waits_for_them() -> None:
    lock, order = ReadWriteLock(), []
    with lock.read(), lock.read():  # two readers at once
        t = threading.Thread(target=lambda: (lock.write().__enter__(), order.append("w")))
        t.start()
        time.sleep(0.05)
        order.append("r")
    t.join(5)
    assert order == ["r", "w"]
