"""The e5 engine takes turns: a waiting query goes before the next passage batch."""

from __future__ import annotations

import os
import threading
import time


def test_a_waiting_query_goes_before_the_next_passage_batch():
    from knowledge.models.embeddings import _Engine

    engine = _Engine()
    order: list[str] = []
    first = threading.Event()

    def take(name: str, query: bool, hold: float = 0.0) -> None:
        with engine.turn(query=query):
            order.append(name)
            first.set()
            time.sleep(hold)

    holder = threading.Thread(target=take, args=("batch-1", False, 0.3))
    holder.start()
    assert first.wait(5)
    waiting = [
        threading.Thread(target=take, args=("batch-2", False)),
        threading.Thread(target=take, args=("query", True)),
    ]
    for t in waiting:
        t.start()
        time.sleep(0.05)
    for t in [holder, *waiting]:
        t.join(5)
    assert order == ["batch-1", "query", "batch-2"]
    assert engine.passage_batch(32) == 4  # people are asking: small batches


def test_the_bundled_engine_is_told_to_spin_briefly(monkeypatch):
    """Its OpenMP threads sleep soon when idle (on shared cores, spinning ones made a query
    ~10-50x slower), set before the engine loads; an explicit OpenMP setting wins."""
    from knowledge.models.embeddings import make_embeddings
    from knowledge.settings import Settings

    for name in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT"):
        monkeypatch.delenv(name, raising=False)
    make_embeddings(Settings(embedding={"engine_spin": 500}))
    assert os.environ["GOMP_SPINCOUNT"] == "500"

    monkeypatch.delenv("GOMP_SPINCOUNT")
    monkeypatch.setenv("OMP_WAIT_POLICY", "active")
    make_embeddings(Settings())
    assert "GOMP_SPINCOUNT" not in os.environ


def test_passages_are_embedded_in_simplified_characters():
    """The question is searched in simplified characters: a Traditional passage is embedded in
    them too, else its vector is far from the same words asked in simplified."""
    from langchain_core.embeddings import Embeddings

    from knowledge.models.embeddings import LangChainEmbeddings

    class Recording(Embeddings):
        seen: list[str] = []

        def embed_documents(self, texts):
            self.seen.extend(texts)
            return [[1.0, 0.0] for _ in texts]

        def embed_query(self, text):
            return [1.0, 0.0]

    inner = Recording()
    LangChainEmbeddings(inner).embed_passages(["設冷庫庫容3.5萬噸", "Cold store"])
    assert inner.seen == ["设冷库库容3.5万吨", "Cold store"]
