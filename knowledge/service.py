"""The knowledge service: the one object the app, the CLIs and the benchmarks ask, add to and
manage. It wires the layers together and holds the policy a front end should not: what a first
start indexes, upload limits, which uploads run in the background."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.answering import closeness
from knowledge.answering.evidence import Evidence
from knowledge.answering.pipeline import AnswerPipeline
from knowledge.answering.question import MAX_QUESTION_CHARS
from knowledge.answering.relevance import rated
from knowledge.documents.files import expand_paths
from knowledge.documents.loaders import SUPPORTED_SUFFIXES, PageProgress, RawDocument
from knowledge.errors import UserError
from knowledge.ingestion.bundled import BundledCorpus
from knowledge.ingestion.jobs import IngestJobs, Job, Progress
from knowledge.ingestion.plan import estimate_chunks
from knowledge.ingestion.sentence_pass import SentencePass
from knowledge.ingestion.writer import Ingestor
from knowledge.models.chat import make_chat_model
from knowledge.models.embeddings import make_embeddings
from knowledge.protocols import ChatModel, DocumentStore, Embedder
from knowledge.retrieval.hybrid import HybridSearcher
from knowledge.schema import (
    Answer,
    Chunk,
    DocumentInfo,
    IngestResult,
    Scope,
    ScopeOptions,
    Turn,
)
from knowledge.settings import Settings
from knowledge.storage.feedback import FeedbackLog, export_eval, feedback_record
from knowledge.storage.store import make_store
from knowledge.storage.versions import history, part_removal, resolve, scope_options
from knowledge.text import numbers, tokens

if TYPE_CHECKING:
    from knowledge.retrieval.langchain_retriever import HybridRetriever

BACKGROUND_BYTES = 16 * 1024  # uploads this big are added in the background (~16+ chunks)
PASTED = "粘贴的文字"
ONE_REPLACEMENT = "替换文档时只能提供一个文件 (--replace takes exactly one file)"


class QAService:
    def __init__(
        self,
        settings: Settings,
        store: DocumentStore,
        embeddings: Embedder,
        chat_model: ChatModel | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.embeddings = embeddings
        r = settings.retrieval
        cache = Path(settings.store.path) / f"keywords-{settings.store.prefix}.pkl"
        self.searcher = HybridSearcher(store, embeddings, r.candidates, r.rrf_k, cache)
        # this process's keyword index takes a staged document in before the store has it
        self.ingestor = Ingestor(store, embeddings, settings.ingest, self.searcher.keywords)
        self.pipeline = AnswerPipeline(settings, self.searcher, embeddings, chat_model)
        self.sentence_pass = SentencePass(store, embeddings, settings.ingest)  # its wait(), run()
        self.ingestor.on_added, self.pipeline.on_missing_vectors = self.sentence_pass.hooks()
        self.jobs = IngestJobs()
        self.feedback = FeedbackLog.in_store(settings.store.path)
        self.bundled = BundledCorpus(settings)

    @property
    def chat_model(self) -> ChatModel | None:
        """The chat model that writes answers (None: extractive); replaceable at run time."""
        return self.pipeline.chat_model

    @chat_model.setter
    def chat_model(self, model: ChatModel | None) -> None:
        self.pipeline.chat_model = model

    # ---- questions -------------------------------------------------------------------------
    max_question_chars = MAX_QUESTION_CHARS

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
        With `scope` only matching documents answer (ScopeError when none matches)."""
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

    # ---- documents -------------------------------------------------------------------------
    def list_documents(self) -> list[DocumentInfo]:
        return self.store.list_documents()

    def document_rows(self) -> list[DocumentInfo]:  # a notice issuing several: a row each
        return resolve(self.store.list_documents(), rows=True)

    version_history = staticmethod(history)  # each current row with the versions it superseded

    def document_text(self, doc_id: str) -> str | None:
        return self.store.get_document_text(doc_id)

    def is_indexing(self, doc_id: str) -> bool:
        """Whether the document is searchable by keyword while its vectors are computed."""
        if doc_id in self.searcher.keywords.pending_ids():
            return True
        return any(d.doc_id == doc_id for d in self.store.staged_documents())

    def remove_document(self, doc_id: str) -> bool:
        """Remove a document and its chunks (a bundled one's removal is remembered: an emptied
        store stays empty); one a notice issues (「<id>#2」) is not: PartRemovalError says why."""
        if "#" in doc_id:
            return part_removal(self.document_rows(), doc_id)
        self.bundled.removing(next((d for d in self.list_documents() if d.doc_id == doc_id), None))
        with self.store.lock:
            return self.store.remove_document(doc_id)

    def chunk_count(self) -> int:  # stored, published or not
        return self.store.chunk_count()

    def is_empty(self) -> bool:
        return not self.store.list_documents()

    # `replace` (a doc_id) on the add methods: the new document is a new version of that one,
    # which stays listed as superseded by it (one document at a time).
    def add_files(
        self,
        paths: Sequence[Path],
        progress: Progress | None = None,
        replace: str | None = None,
        pages: PageProgress | None = None,
    ) -> Iterator[tuple[Path, IngestResult]]:
        """Files and folders (expanded), one (file, result) as each lands; small ones in groups.
        `pages(done, total)` is told of each scanned page read by OCR."""
        files = expand_paths(paths)
        if replace and len(files) != 1:
            raise UserError(ONE_REPLACEMENT)
        yield from self.ingestor.ingest_files(files, progress, replace, pages)

    def ingest_paths(
        self, paths: Sequence[Path], progress: Progress | None = None, replace: str | None = None
    ) -> list[IngestResult]:
        return [r for _, r in self.add_files(paths, progress, replace)]

    def add_documents(
        self,
        docs: Iterable[RawDocument | IngestResult],
        progress: Progress | None = None,
        replace: str | None = None,
    ) -> Iterator[IngestResult]:
        """Documents already read (RawDocument: text, source name, title), one result each."""
        yield from self.ingestor.ingest(docs, progress, replace)

    def add_upload(
        self, data: bytes, name: str, progress: Progress | None = None, replace: str | None = None
    ) -> IngestResult:
        """An uploaded file's bytes, added now."""
        return self.ingestor.ingest_bytes(data, name, progress, replace)

    def add_text(
        self,
        text: str,
        title: str = "",
        progress: Progress | None = None,
        replace: str | None = None,
    ) -> IngestResult:
        """Pasted text; the title names the document (else its first line does)."""
        title, text = title.strip(), text.strip()
        if not text:
            return IngestResult(title or PASTED, "error", message="正文是空的")
        return self.ingestor.ingest_text(text, title, progress, replace)

    def upload(
        self,
        key: str,
        data: bytes,
        name: str,
        progress: Progress | None = None,
        replace: str | None = None,
        background: bool | None = None,
    ) -> Job:
        """Add an upload once per `key` (a page rerun finds the same job): one of at least
        BACKGROUND_BYTES (or any, with `background=True`: a batch) runs in the background
        (poll `job(key)`), a smaller one now, with `progress`. Either way the job ends with a
        result; nothing raises."""
        big = BACKGROUND_BYTES <= len(data) if background is None else background
        work = lambda tick: self.add_upload(data, name, tick, replace)  # noqa: E731
        estimate = self.estimate_chunks(len(data))
        background = big and len(data) <= self.max_upload_bytes  # too big: its error line now
        return self.jobs.run(key, name, estimate, work, background, progress)

    def job(self, key: str) -> Job | None:
        return self.jobs.get(key)

    @property
    def max_upload_bytes(self) -> int:
        return self.ingestor.max_bytes

    @property
    def upload_types(self) -> list[str]:
        """File name extensions accepted (without the dot)."""
        return sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES)

    def estimate_chunks(self, size_bytes: int) -> int:
        """Chunks a document of this many bytes is likely to bring (progress bars)."""
        return estimate_chunks(size_bytes, self.settings.ingest)

    def recover(self) -> int:
        """Clean up after ingests whose writer died; how many documents were cleaned."""
        return self.ingestor.recover()

    # ---- first start -----------------------------------------------------------------------
    def needs_bundled_corpus(self) -> bool:
        """On the first start over an empty store the bundled corpus is due, unless the user
        removed it from this store before."""
        return self.bundled.due(self.is_empty())

    def ingest_bundled(self, progress: Progress | None = None) -> list[IngestResult]:
        """Index the bundled corpus (documents already present are skipped); asked for
        explicitly, it also forgets that the user had removed it."""
        self.bundled.asked_for()
        return self.ingest_paths(self.bundled.files(), progress)

    def bundled_estimate(self) -> int:
        return sum(self.estimate_chunks(f.stat().st_size) for f in self.bundled.files())

    def mark_booted(self) -> None:
        self.bundled.booted = True


def files_in(paths: Sequence[Path]) -> list[Path]:
    """The files `add_files` would read: files as given, folders expanded to supported files."""
    return expand_paths(paths)


def build_service(
    settings: Settings | None = None, embeddings: Embedder | None = None, warm: bool = False
) -> QAService:
    """Wire store, embeddings, chat model and retrieval from settings (nothing heavy happens
    until used: the store opens, the models load on first use). `embeddings` shares an embedder
    already made (benchmarks comparing stores).

    `warm=True` (front ends about to answer: CLI ask, API server, app) loads the embedding
    model, the tokenizer, the keyword index, the gloss dictionary (synonyms for the answer
    decision, English terms) and cn2an in background threads while the store opens; the first
    question then waits only for what is not ready yet (each part is loaded once, under its own
    lock, whoever comes first)."""
    settings = settings or Settings()
    embeddings = embeddings or make_embeddings(settings)
    if warm:
        _background(getattr(embeddings, "warm_up", None))  # native: runs beside the imports
        _background(tokens.jieba_module)
    service = QAService(settings, make_store(settings), embeddings, make_chat_model(settings))
    if warm:
        for work in (service.searcher.warm_up, closeness.warm_up, numbers.warm_up):
            _background(work)
    return service


def _background(work: Callable[[], object] | None) -> None:
    """Run `work` in a thread; should it fail, the first real use meets the same error and
    reports it. Not a daemon: a command that ends early (a bad question) waits for it, since
    the interpreter must not shut down under the e5 engine's native code (it crashed so)."""
    if work is not None:
        threading.Thread(target=_quietly, args=(work,), name="warm-up").start()


def _quietly(work: Callable[[], object]) -> None:
    with contextlib.suppress(Exception):
        work()
