"""Locks for the store: an in-process read/write lock, write stamps, lease liveness and a lease's
heartbeat thread."""

from __future__ import annotations

import os
import secrets
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelock import Timeout

LEASE_TTL_S = 600.0  # a lease of another machine is dead once its heartbeat is this old
LEASE_BEAT_S = 30.0  # a lease's heartbeat is renewed at most this often


class ReadWriteLock:
    """Many readers or one writer (writers first); not re-entrant for writers inside readers."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False
        self._waiting = 0

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            while self._writer or self._waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._waiting += 1
            while self._writer or self._readers:
                self._cond.wait()
            self._waiting -= 1
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


class WriteStamp:
    """A token file that every local writer renews before it writes.

    A process whose remembered token differs from the file knows another process has written
    since it opened the store, so its in-memory vector index is stale and must be reloaded.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seen = self.read()

    def read(self) -> str:
        try:
            return self.path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return ""

    def is_current(self) -> bool:
        return self.read() == self.seen

    def renew(self) -> None:
        token = secrets.token_hex(8)
        self.path.write_text(token, encoding="ascii")
        self.seen = token

    def remember(self) -> None:
        self.seen = self.read()


def try_lock(lock: Any, timeout: float) -> bool:
    """Acquire a FileLock or threading lock within `timeout` seconds; False if it stayed busy."""
    try:
        return lock.acquire(timeout=timeout) is not False
    except Timeout:
        return False


def _proc_stat(pid: int) -> tuple[str, str]:
    """(state, start time in clock ticks since boot) of a process on Linux, else ("", "")."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return fields[0], fields[19]
    except (OSError, IndexError):
        return "", ""


def owner_id() -> str:
    """`host:pid:start` naming this process as the owner of an ingest lease."""
    pid = os.getpid()
    return f"{socket.gethostname()}:{pid}:{_proc_stat(pid)[1]}"


def owner_alive(owner: str, heartbeat: float, now: float, ttl: float = LEASE_TTL_S) -> bool:
    """On this host, whether the owning process still runs; elsewhere, whether it beat lately."""
    host, _, rest = owner.partition(":")
    pid_text, _, start = rest.partition(":")
    if host != socket.gethostname() or not pid_text.isdigit():
        return now - heartbeat < ttl
    pid = int(pid_text)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    state, started = _proc_stat(pid)
    if state in ("Z", "X"):  # killed, not yet reaped
        return False
    return not (start and started) or started == start


def heartbeat(renew: Callable[[], bool], every: float) -> threading.Event:
    """Call `renew` every `every` seconds in a daemon thread (it dies with the process, and so
    does the beat) until the returned event is set or `renew` says the lease is no longer ours."""
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(every):
            try:
                if not renew():
                    return
            except Exception:  # the store unreachable a moment: the next beat tries again
                continue

    threading.Thread(target=beat, name="lease-heartbeat", daemon=True).start()
    return stop
