"""The small interfaces the service is built from: an embedder, a chat model, a store.

Constructors take these (never a concrete class), so a test passes a fake and a deployment
another back-end; `knowledge.models` and `knowledge.storage` hold the real ones and factories.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

import numpy as np

from knowledge.schema import Chunk, DocumentInfo

Progress = Callable[[int], None]


class Embedder(Protocol):
    """Unit-length vectors for passages (batched, with progress) and for a query."""

    def embed_passages(
        self, texts: Sequence[str], progress: Progress | None = None
    ) -> np.ndarray: ...

    def embed_query_vector(self, text: str) -> np.ndarray: ...

    def identity(self) -> str: ...  # provider, model, dimension, passage preparation


class ChatModel(Protocol):
    """What answering uses of a LangChain chat model."""

    def invoke(self, input: Any, *args: Any, **kwargs: Any) -> Any: ...

    def stream(self, input: Any, *args: Any, **kwargs: Any) -> Iterator[Any]: ...


class ChunkSource(Protocol):
    """The store as retrieval reads it: which documents are live, their chunks, nearest ids."""

    def generation(self) -> tuple[int, int, int]: ...

    def list_documents(self) -> list[DocumentInfo]: ...

    def staged_documents(self) -> list[DocumentInfo]: ...

    def iter_chunks(self, doc_id: str | None = None) -> Iterator[Chunk]: ...

    def iter_staged(self, doc_id: str | None = None) -> Iterator[Chunk]: ...

    def nearest(
        self, vector: np.ndarray, k: int, live: Any, known: Any = None
    ) -> list[tuple[str, float]]: ...

    def sentence_vectors(self, chunk_ids: Any) -> dict[str, tuple[list[tuple[int, int]], Any]]: ...


class DocumentStore(ChunkSource, Protocol):
    """The whole store: reads, plus the lease/commit steps a writer takes under `writing()`."""

    lock: Any

    def writing(self) -> AbstractContextManager[None]: ...

    def get_document_text(self, doc_id: str) -> str | None: ...

    def has_document(self, doc_id: str) -> bool: ...

    def chunk_count(self) -> int: ...

    def existing_documents(self, doc_ids: list[str]) -> set[str]: ...

    def stored_chunks(self, doc_ids: list[str]) -> dict[str, Chunk]: ...

    def touch_leases(self, items: list[tuple[str, str, int]]) -> None: ...

    def release_leases(self, doc_ids: list[str]) -> None: ...

    def stage_document(self, info: DocumentInfo, chunks: list[Chunk]) -> None: ...

    def add_chunks(self, chunks: list[Chunk], vectors: np.ndarray) -> None: ...

    def delete_chunks(self, ids: list[str]) -> None: ...

    def missing_chunks(self, ids: list[str]) -> list[str]: ...

    def commit_documents(
        self, records: list[tuple[DocumentInfo, str]], staged: bool = True
    ) -> None: ...

    def remove_document(self, doc_id: str) -> bool: ...

    def remove_orphans(self, keep: Any = ()) -> int: ...

    def add_sentence_vectors(
        self, rows: list[tuple[Chunk, Any, np.ndarray]], embedder: str | None = None
    ) -> None: ...

    # the embedder record and re-embedding (storage/reembed.py)
    def stored_embedder(self, fresh: bool = False) -> str | None: ...

    def record_embedder(self, key: str) -> None: ...

    def begin_reembedding(self, key: str) -> set[str]: ...

    def add_reembedded(self, chunks: list[Chunk], vectors: np.ndarray) -> None: ...

    def drop_reembedded(self, ids: list[str]) -> None: ...

    def swap_reembedded(self) -> None: ...

    def chunks_with_sentence_vectors(self, doc_id: str | None = None) -> set[str]: ...
