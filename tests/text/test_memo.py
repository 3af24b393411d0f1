from __future__ import annotations

import threading

import pytest

from knowledge.text.memo import STATE, asking, while_asking


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


def test_while_asking_remembers_only_while_this_thread_answers() -> None:
    calls: list[str] = []

    @while_asking(4)
    def kinds(question: str) -> str:
        calls.append(question)
        return question.upper()

    assert kinds("a") == "A" and kinds("a") == "A"  # not asking: run each time
    assert calls == ["a", "a"]

    @asking
    def ask() -> list[str]:
        return [kinds("b"), kinds("b"), kinds("b", **{})]

    assert ask() == ["B", "B", "B"] and calls == ["a", "a", "b"]


def test_while_asking_hands_out_a_fresh_copy_of_a_remembered_set() -> None:
    @while_asking(fresh=set)
    def found(question: str) -> set[str]:
        return {question}

    @asking
    def ask() -> tuple[set[str], set[str]]:
        first = found("x")
        first.add("changed by a caller")
        return first, found("x")

    first, again = ask()
    assert again == {"x"} and again is not first
