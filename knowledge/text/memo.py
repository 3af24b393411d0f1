"""Remembering on the asking side only. One ask reads the same few short texts again and again
(its question and passages normalised ~170 times, ~33 of them distinct; a passage split into
sentences ~12 times, 6 distinct), so the functions doing that keep what they made while a thread
answers. Everything else — an ingest, the background sentence pass, a re-embedding — runs the
plain code and fills no memo: the flag is per thread and set only by `asking`."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class _State(threading.local):
    on = False  # this thread is answering a question


STATE = _State()


def asking(fn: Callable[P, R]) -> Callable[P, R]:
    """`fn` (a plain function, no generator: the flag must not stay set across a yield, where
    the caller's code would run with it) runs with this thread's memos on."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        before = STATE.on
        STATE.on = True
        try:
            return fn(*args, **kwargs)
        finally:
            STATE.on = before

    return wrapper
