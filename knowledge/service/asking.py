"""The asking side of QAService: questions (one-shot and streamed), how answers are written,
ratings and feedback, the evidence behind an answer, scope choices and the retriever."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.answering.core.question import MAX_QUESTION_CHARS
from knowledge.answering.core.relevance import rated
from knowledge.answering.evidence import Evidence
from knowledge.answering.pipeline import AnswerPipeline
from knowledge.protocols import ChatModel, DocumentStore
from knowledge.retrieval.hybrid import HybridSearcher
from knowledge.schema import Answer, Chunk, Scope, ScopeOptions, Turn
from knowledge.settings import Settings
from knowledge.storage.feedback import FeedbackLog, export_eval, feedback_record
from knowledge.storage.versions import scope_options

if TYPE_CHECKING:
    from knowledge.retrieval.langchain_retriever import HybridRetriever


class Asking:
    """Mixed into QAService, which sets these attributes up (knowledge.service.wiring)."""

    settings: Settings
    store: DocumentStore
    searcher: HybridSearcher
    pipeline: AnswerPipeline
    feedback: FeedbackLog

    max_question_chars = MAX_QUESTION_CHARS

    if TYPE_CHECKING:  # from knowledge.service.reindexing

        def require_current_vectors(self) -> None: ...

    @property
    def chat_model(self) -> ChatModel | None:
        """The chat model that writes answers (None: extractive); replaceable at run time."""
        return self.pipeline.chat_model

    @chat_model.setter
    def chat_model(self, model: ChatModel | None) -> None:
        self.pipeline.chat_model = model

    def answer_mode(self) -> str:
        """How answers are written, in words for the reader."""
        llm = self.settings.llm
        if self.chat_model is None:
            return "抽取式（直接摘录原文句子，不调用大模型）"
        return f"大模型生成：{llm.provider} · {llm.model or '默认模型'}"

    def ask(
        self,
        question: str,
        history: Sequence[Turn] | None = None,
        top_k: int | None = None,
        scope: Scope | None = None,
    ) -> Answer:
        """Answer a question (a follow-up of `history`); a chat model writes it when configured.
        With `scope` only matching documents answer (ScopeError when none matches); a store
        made by another embedder is not answered from (StaleStoreError, see reindexing)."""
        self.require_current_vectors()
        *_, ans = self.pipeline.run(question, history, top_k, stream=False, scope=scope)
        return ans

    def ask_stream(
        self,
        question: str,
        history: Sequence[Turn] | None = None,
        top_k: int | None = None,
        scope: Scope | None = None,
    ) -> Iterator[str | Answer]:
        """Yield answer text pieces as they are written, then the final Answer object (its text
        is authoritative: after a model failure it replaces what was streamed)."""
        self.require_current_vectors()
        yield from self.pipeline.run(question, history, top_k, stream=True, scope=scope)

    def rated(self, answer: Answer) -> Answer:
        """The answer with each source rated 高/中/低 and the question terms it contains (what
        the app, CLI and API show instead of the fused score); for answers saved before."""
        return rated(answer)

    def give_feedback(self, answer_id: str, rating: str, answer: Answer) -> None:
        """Keep a reader's 👍 ("up") or 👎 ("down") on an answer (the last one counts)."""
        self.feedback.add(feedback_record(answer_id, rating, answer))

    def export_feedback(self, target: Path) -> int:
        """Write the ratings as evaluation cases (eval/tune.jsonl's format); how many."""
        return export_eval(self.feedback, target)

    def evidence(
        self, question: str, top_k: int | None = None, scope: Scope | None = None
    ) -> Evidence:
        """The retrieval and sentence scores behind an extractive answer (benchmarks, tuning)."""
        self.require_current_vectors()
        return self.pipeline.evidence(question, top_k, scope)

    def scope_options(self) -> ScopeOptions:
        """The issuers, 文种 and date range of the documents now in the store (scope choices)."""
        return scope_options(self.store.list_documents())

    def searchable_chunks(self) -> list[Chunk]:
        """Every chunk a question can find now (published and staged documents)."""
        return self.searcher.snapshot().chunks

    def retriever(self, k: int | None = None) -> HybridRetriever:
        """The hybrid search as a LangChain retriever."""
        from knowledge.retrieval.langchain_retriever import HybridRetriever

        return HybridRetriever(searcher=self.searcher, k=k or self.settings.retrieval.top_k)
