"""The warm asks of perf.py: timed interleaved, with what an ask spends besides its embedding.

Besides the p50/p95 of each timed function, the report has:
- embed_query_ms_p95: the bare query embedding's own tail. On a shared machine the e5 engine's
  tail is what an ask's p95 mostly is (the ask embeds the question too), so ask p95 beside it
  tells the bot's tail from the engine's.
- ask_rest_ms_p50/_p95, ask_en_rest_ms_p50/_p95: an ask's time minus its own query embedding
  (Answer.timings_ms["embed_ms"]): search, answer, rating, i.e. the bot's part.
- sentence_pass_busy_asks: timed asks during which the background sentence-vector pass was
  queued or embedding (it would compete with them for the engine and the cores); the timing
  starts after waiting for it, and a steady store keeps it at 0.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import numpy as np

from knowledge.schema import Answer
from knowledge.service import QAService
from knowledge.text.normalise import normalise


def pct(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 1) if values else 0.0


def interleaved(fns: dict[str, Any], qs: list[str], warm: int = 5) -> dict[str, list[float]]:
    """Time every function on each question in turn (ms), so that load from other processes
    on this shared machine weighs on all of them alike; the first `warm` questions are untimed."""
    warm = min(warm, len(qs) // 2)
    out: dict[str, list[float]] = {name: [] for name in fns}
    for i, q in enumerate(qs):
        for name, fn in fns.items():
            t = time.perf_counter()
            fn(q)
            if i >= warm:
                out[name].append((time.perf_counter() - t) * 1000)
    return out


class _Asks:
    """service.ask, keeping each answer's time besides its embedding and whether the
    sentence pass was busy meanwhile."""

    def __init__(self, service: QAService) -> None:
        self.service = service
        self.rest: list[float] = []
        self.busy = 0

    def __call__(self, question: str) -> Answer:
        before = self._pass_busy()
        answer = self.service.ask(question)
        self.busy += before or self._pass_busy()
        t = answer.timings_ms
        self.rest.append(t.get("total_ms", 0.0) - t.get("embed_ms", 0.0))
        return answer

    def _pass_busy(self) -> bool:
        return not self.service.sentence_pass.wait(timeout=0)


def warm_asks(
    service: QAService,
    baseline_ask: Callable[[str], Any],
    qs: list[str],
    english: Any,
    warm: int = 5,
) -> dict[str, Any]:
    """Chinese asks, the standard recipe, English asks and the bare embeddings of both,
    interleaved question by question (`english`: perf_english.Cycle)."""
    emb = service.embeddings
    service.sentence_pass.wait()  # nothing queued from seeding or the warm-up round
    zh, en = _Asks(service), _Asks(service)
    times = interleaved(
        {
            "embed": lambda q: emb.embed_query_vector(normalise(q)),
            "ask": zh,
            "baseline": baseline_ask,
            "embed_en": lambda q: emb.embed_query_vector(normalise(english.advance())),
            "ask_en": lambda q: en(english.current),
        },
        qs,
        warm,
    )
    skip = min(warm, len(qs) // 2)  # the untimed warm-up asks are in rest too
    return {
        "embed_query_ms_p50": pct(times["embed"], 50),
        "embed_query_ms_p95": pct(times["embed"], 95),
        "ask_ms_p50": pct(times["ask"], 50),
        "ask_ms_p95": pct(times["ask"], 95),
        "ask_rest_ms_p50": pct(zh.rest[skip:], 50),
        "ask_rest_ms_p95": pct(zh.rest[skip:], 95),
        "baseline_ask_ms_p50": pct(times["baseline"], 50),
        "embed_en_query_ms_p50": pct(times["embed_en"], 50),
        "embed_en_query_ms_p95": pct(times["embed_en"], 95),
        "ask_en_ms_p50": pct(times["ask_en"], 50),
        "ask_en_ms_p95": pct(times["ask_en"], 95),
        "ask_en_rest_ms_p50": pct(en.rest[skip:], 50),
        "ask_en_rest_ms_p95": pct(en.rest[skip:], 95),
        "sentence_pass_busy_asks": zh.busy + en.busy,
    }
