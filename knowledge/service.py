"""The knowledge service: one object the CLI, the app and the benchmarks ask, add to and manage."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.pipeline import Ingestor, expand_paths
from knowledge import answer as extractive
from knowledge import followup, llm
from knowledge.embeddings import E5Embeddings, make_embeddings
from knowledge.lexical import cjk_ratio
from knowledge.retrieval import HybridRetriever, HybridSearcher, SearchResult
from knowledge.schema import Answer, DocumentInfo, IngestResult, ScoredChunk
from knowledge.settings import BUNDLED_CORPUS, Settings
from knowledge.store import ChromaStore, make_store
from knowledge.verify import Verifier

MAX_QUESTION_CHARS = 1000
_CONTENT = re.compile(r"[0-9A-Za-z\u4e00-\u9fff\u3400-\u4dbf]")


class UserError(Exception):
    """Something the user can fix; str() is the one message to show."""


class EmptyStoreError(UserError):
    pass


EMPTY_STORE = (
    "知识库是空的：请先添加文档，例如运行 `python -m ingest`（索引自带语料）"
    "或 `python -m ingest 文件或目录`，也可在应用侧边栏上传。"
)


@dataclass
class Turn:
    question: str
    answer: str = ""


class QAService:
    def __init__(self, settings: Settings, store: ChromaStore, embeddings: E5Embeddings) -> None:
        self.settings = settings
        self.store = store
        self.embeddings = embeddings
        r = settings.retrieval
        cache = Path(settings.store.path) / f"keywords-{settings.store.prefix}.pkl"
        self.searcher = HybridSearcher(store, embeddings, r.candidates, r.rrf_k, cache)
        self.ingestor = Ingestor(store, embeddings, settings)
        self.ingestor.on_staged = self.searcher.keywords.add_pending  # searchable at once
        self.ingestor.on_unstaged = self.searcher.keywords.drop_pending

    # ---- documents -------------------------------------------------------------------------
    def list_documents(self) -> list[DocumentInfo]:
        return self.store.list_documents()

    def document_text(self, doc_id: str) -> str | None:
        return self.store.get_document_text(doc_id)

    def is_indexing(self, doc_id: str) -> bool:
        """Whether the document is searchable by keyword while its vectors are computed."""
        if doc_id in self.searcher.keywords.pending_ids():
            return True
        return any(d.doc_id == doc_id for d in self.store.staged_documents())

    def remove_document(self, doc_id: str) -> bool:
        with self.ingestor.lock:
            return self.store.remove_document(doc_id)

    def is_empty(self) -> bool:
        return not self.store.list_documents()

    def ingest_paths(self, paths: list[Path], progress=None) -> list[IngestResult]:
        return [r for _, r in self.ingestor.ingest_files(expand_paths(paths), progress)]

    def ingest_bundled(self, progress=None) -> list[IngestResult]:
        return self.ingest_paths([BUNDLED_CORPUS], progress)

    def retriever(self, k: int | None = None) -> HybridRetriever:
        return HybridRetriever(searcher=self.searcher, k=k or self.settings.retrieval.top_k)

    # ---- questions -------------------------------------------------------------------------
    def ask(
        self, question: str, history: list[Turn] | None = None, top_k: int | None = None
    ) -> Answer:
        """Answer a question (a follow-up of `history`); a chat model writes it when configured."""
        *_, ans = self._respond(question, history, top_k, stream=False)
        return ans

    def ask_stream(
        self, question: str, history: list[Turn] | None = None, top_k: int | None = None
    ) -> Iterator[str | Answer]:
        """Yield answer text pieces as they are written, then the final Answer object (its text
        is authoritative: after a model failure it replaces what was streamed)."""
        yield from self._respond(question, history, top_k, stream=True)

    def _respond(
        self, question: str, history: list[Turn] | None, top_k: int | None, stream: bool
    ) -> Iterator[str | Answer]:
        t0 = time.perf_counter()
        question = check_question(question)
        if not hasattr(self, "chat_model"):  # tests may set their own
            self.chat_model = llm.make_chat_model(self.settings.llm)
        model = self.chat_model
        rw = followup.rewrite(question, history, self.searcher.keywords.current()[0], model)
        ev = self.evidence(rw.query, top_k)
        ans, notice = None, rw.notice
        if model is not None and ev.hits and notice is None:
            hits = ev.hits[: max(top_k or self.settings.retrieval.top_k, 1)]
            verifier = Verifier(self.embeddings, ev.result.index)
            try:
                ans = yield from llm.respond(model, rw.standalone, ev, hits, verifier, stream)
            except llm.LLMUnavailable as exc:
                notice = str(exc)
        if ans is None:
            ans = self._extractive(question, ev)
            ans.notice = notice
            if stream:
                yield ans.answer
        ans.question, ans.confidence = question, ev.confidence
        ans.retrieval_query = ev.result.query
        ans.timings_ms = {**ev.timings_ms, "total_ms": (time.perf_counter() - t0) * 1000}
        yield ans

    def _extractive(self, question: str, ev: Evidence) -> Answer:
        threshold = self.settings.answer.refusal_threshold or 0.5
        if not ev.chosen or ev.confidence < threshold:
            return extractive.refusal(question, ev.hits, ev.docs)
        text, sentences, book = extractive.build_answer(question, ev.chosen, ev.docs)
        return Answer(question, text, False, citations=book.citations(), sentences=sentences)

    def evidence(self, question: str, top_k: int | None = None) -> Evidence:
        """Retrieve, score the candidate sentences and rate how well they answer."""
        question = check_question(question)
        if not self.searcher.keywords.current()[2]:
            raise EmptyStoreError(EMPTY_STORE)
        result = self.searcher.search(question)
        hits = result.hits[: max(top_k or self.settings.retrieval.top_k, 1) + 1]
        t1 = time.perf_counter()
        lang = "zh" if cjk_ratio(question) >= 0.3 else "other"
        cands = extractive.candidates(hits, self.settings.ingest.chunk_chars)
        if lang == "zh":
            extractive.score_lexical(question, result, cands)
        else:
            vectors = self.embeddings.embed_passages([c.text for c in cands])
            extractive.score_dense(vectors @ self.searcher.query_vector(question), question, cands)
        chosen = extractive.select(cands, self.settings.answer.max_sentences)
        best = max(cands, key=lambda c: c.score, default=None)
        if best and lang == "zh":
            extractive.set_coverage(result, best)
        cov = best.coverage if best else 0.0
        dense_top = max((h.dense for h in hits if h.dense is not None), default=0.0)
        timings = {**result.timings_ms, "answer_ms": (time.perf_counter() - t1) * 1000}
        features = {"coverage": cov, "dense": dense_top, "unseen": extractive.unseen_share(result)}
        conf = extractive.confidence(lang, features)
        docs = self.searcher.keywords.docs
        return Evidence(result, hits, docs, chosen, lang, features, conf, timings)

    def features(self, question: str) -> tuple[str, dict[str, float]]:
        """The language and the refusal model's inputs for a question."""
        ev = self.evidence(question)
        return ev.lang, ev.features


@dataclass
class Evidence:
    result: SearchResult
    hits: list[ScoredChunk]
    docs: dict[str, DocumentInfo]
    chosen: list[extractive.Candidate]
    lang: str
    features: dict[str, float]
    confidence: float
    timings_ms: dict[str, float]


def check_question(question: str) -> str:
    q = (question or "").strip()
    if not q:
        raise UserError("问题是空的，请输入一个问题。")
    if len(q) > MAX_QUESTION_CHARS:
        raise UserError(f"问题太长（{len(q)} 字），请控制在 {MAX_QUESTION_CHARS} 字以内。")
    if not _CONTENT.search(q):
        raise UserError("问题里没有文字内容（只有符号或表情），请用文字提问。")
    return q


def build_service(settings: Settings | None = None) -> QAService:
    """Wire store, embeddings and retrieval from settings (nothing heavy happens until used)."""
    settings = settings or Settings()
    return QAService(settings, make_store(settings), make_embeddings(settings))
