"""The "standard recipe" baseline every benchmark figure is compared with.

LangChain's usual RAG starter: `RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)`
over each document's page content, the same bundled e5 embeddings (through the LangChain
`embed_documents` / `embed_query` API), a Chroma collection of its own, a dense top-4 search, and
the top chunk as the answer. It never refuses. It has a Chroma store of its own, by default the
bot's store folder name plus `-baseline` (see `baseline_path`), reused when it holds the chunks.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

COLLECTION = "baseline_chunks"
TOP_K = 4
CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200


@dataclass(frozen=True)
class BaselineHit:
    chunk_id: str
    doc_key: str  # content hash of the source document (page content)
    title: str
    text: str
    score: float  # cosine similarity


@dataclass
class BaselineAnswer:
    question: str
    answer: str  # the top chunk, verbatim
    citations: list[BaselineHit]  # the top-4 chunks shown as sources
    abstained: bool = False  # the recipe has no refusal
    timings_ms: dict[str, float] = field(default_factory=dict)


def baseline_path(store: Path) -> Path:
    """Where the baseline of the bot store at `store` lives."""
    return store.with_name(store.name + "-baseline")


def open_client(path: Path) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(
        path=str(path), settings=ChromaSettings(anonymized_telemetry=False)
    )


def doc_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Baseline:
    """Split -> embed -> Chroma -> similarity search top-4 -> top chunk."""

    def __init__(self, client: Any, embeddings: Embeddings, collection: str = COLLECTION) -> None:
        self.embeddings = embeddings
        self.splitter = RecursiveCharacterTextSplitter(
            chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP
        )
        self.col = client.get_or_create_collection(
            collection, metadata={"hnsw:space": "cosine"}, embedding_function=None
        )

    @classmethod
    def open(cls, path: Path, embeddings: Embeddings) -> Baseline:
        """The baseline's own persistent Chroma store at `path`."""
        return cls(open_client(Path(path)), embeddings)

    def split(self, docs: Sequence[tuple[str, str]]) -> list[Document]:
        """(title, text) documents -> chunk Documents with stable ids (doc hash : ordinal)."""
        out: list[Document] = []
        for title, text in docs:
            key = doc_key(text)
            parts = self.splitter.split_documents(
                [Document(page_content=text, metadata={"title": title, "doc_key": key})]
            )
            for j, d in enumerate(parts):
                d.id = f"{key}:{j}"
                out.append(d)
        return out

    def ingest(
        self,
        docs: Sequence[tuple[str, str]],
        batch: int = 64,
        progress: Callable[[int], None] | None = None,
    ) -> dict[str, int]:
        """Embed and add the chunks not already in the collection; returns chunk counts."""
        chunks = self.split(docs)
        ids = [c.id for c in chunks]
        have: set[str] = set()
        for i in range(0, len(ids), 1000):
            have.update(self.col.get(ids=ids[i : i + 1000], include=[])["ids"])
        todo = [c for c in chunks if c.id not in have]
        for i in range(0, len(todo), batch):
            part = todo[i : i + batch]
            vectors = self.embeddings.embed_documents([c.page_content for c in part])
            self.col.upsert(
                ids=[c.id for c in part],
                embeddings=vectors,
                documents=[c.page_content for c in part],
                metadatas=[c.metadata for c in part],
            )
            if progress:
                progress(len(part))
        return {"added": len(todo), "present": len(chunks) - len(todo)}

    def search(self, question: str, k: int = TOP_K) -> list[BaselineHit]:
        got = self.col.query(  # one call: Chroma returns fewer hits when it holds fewer
            query_embeddings=[self.embeddings.embed_query(question)],
            n_results=k,
            include=["documents", "metadatas", "distances"],
        )
        return [
            BaselineHit(cid, meta["doc_key"], meta.get("title", ""), text, 1.0 - float(dist))
            for cid, text, meta, dist in zip(
                got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0]
            )
        ]

    def ask(self, question: str, hits: list[BaselineHit] | None = None) -> BaselineAnswer:
        """Answer = the top chunk; `hits` may pass a deeper search already run (its top-4 is used)."""
        t0 = time.perf_counter()
        top = (hits if hits is not None else self.search(question, TOP_K))[:TOP_K]
        text = top[0].text if top else ""
        ms = (time.perf_counter() - t0) * 1000
        return BaselineAnswer(question, text, top, timings_ms={"total_ms": ms})
