"""LangChain's view of the hybrid search (a `BaseRetriever`), kept apart from `hybrid` so that
answering a question never imports LangChain's retriever and tracing machinery (~0.7 s of a cold
start); `QAService.retriever()` imports it when a caller asks for one."""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from knowledge.retrieval.hybrid import HybridSearcher
from knowledge.schema import ScoredChunk


class HybridRetriever(BaseRetriever):
    """LangChain view of the hybrid search: Documents with chunk metadata and scores."""

    searcher: HybridSearcher
    k: int = 5

    model_config = {"arbitrary_types_allowed": True}

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        hits = self.searcher.search(query).hits[: self.k]
        return [to_document(h) for h in hits]


def to_document(hit: ScoredChunk) -> Document:
    c = hit.chunk
    return Document(
        page_content=c.text,
        id=c.chunk_id,
        metadata={
            "chunk_id": c.chunk_id,
            **c.metadata(),
            "score": hit.score,
            "dense": hit.dense,
            "lexical": hit.lexical,
        },
    )
