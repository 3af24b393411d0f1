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


def while_asking(
    maxsize: int = 8, fresh: Callable[[R], R] | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """`fn` of the question (hashable positional arguments, no state read besides them)
    remembered for the last `maxsize` argument lists while this thread answers, else run as
    written. One ask reads its question's kinds, times and content words in many checks (the
    kinds asked 26 times, the times asked 8). `fresh` copies a remembered value for each caller
    (a set the caller may change)."""

    def wrap(fn: Callable[P, R]) -> Callable[P, R]:
        remembered = functools.lru_cache(maxsize=maxsize)(fn)

        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            if not STATE.on or kwargs:
                return fn(*args, **kwargs)
            value = remembered(*args)
            return fresh(value) if fresh is not None else value

        wrapper.cache_clear = remembered.cache_clear  # type: ignore[attr-defined]
        return wrapper

    return wrap
