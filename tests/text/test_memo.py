from __future__ import annotations

import threading

import pytest

from knowledge.text.memo import STATE, asking


def test_asking_sets_the_flag_for_the_call_only_and_restores_it_when_nested() -> None:
    seen: list[bool] = []

    @asking
    def inner() -> None:
        seen.append(STATE.on)

    @asking
    def outer() -> None:
        inner()
        seen.append(STATE.on)  # still on after a nested ask returns

    assert STATE.on is False
    outer()
    assert seen == [True, True] and STATE.on is False


def test_the_flag_is_off_again_after_an_error() -> None:
    @asking
    def fails() -> None:
        raise ValueError("no")

    with pytest.raises(ValueError):
        fails()
    assert STATE.on is False


def test_the_flag_belongs_to_the_asking_thread_alone() -> None:
    other: list[bool] = []
    started, release = threading.Event(), threading.Event()

    def ingest() -> None:  # another thread (an ingest, the sentence pass) while one asks
        started.wait()
        other.append(STATE.on)
        release.set()

    worker = threading.Thread(target=ingest)
    worker.start()

    @asking
    def ask() -> None:
        started.set()
        release.wait(5)

    ask()
    worker.join()
    assert other == [False]
