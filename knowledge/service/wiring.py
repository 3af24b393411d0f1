"""QAService itself: the layers it holds and how they are wired (searcher, ingestor, answer
pipeline, sentence pass, upload jobs, feedback, bundled corpus), and `build_service`, which makes
one from settings and warms the models up in the background for a front end about to answer."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from knowledge.answering.checking import closeness
from knowledge.answering.pipeline import AnswerPipeline
from knowledge.ingestion.bundled import BundledCorpus
from knowledge.ingestion.ingestor import Ingestor
from knowledge.ingestion.jobs import IngestJobs
from knowledge.ingestion.reindex import Reindexer
from knowledge.ingestion.sentence_pass import SentencePass
from knowledge.models.chat import make_chat_model
from knowledge.models.embeddings import make_embeddings
from knowledge.protocols import ChatModel, DocumentStore, Embedder
from knowledge.retrieval.hybrid import HybridSearcher
from knowledge.service.asking import Asking
from knowledge.service.documents import Documents
from knowledge.service.first_start import FirstStart
from knowledge.service.reindexing import Reindexing
from knowledge.settings import Settings
from knowledge.storage.feedback import FeedbackLog
from knowledge.storage.store import make_store
from knowledge.text import numbers, tokens


class QAService(Asking, Documents, FirstStart, Reindexing):
    """The one door: questions (Asking), documents (Documents), the first start (FirstStart),
    the embedder the store was made by (Reindexing)."""

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
        self.reindexer = Reindexer(store, embeddings, settings.ingest, self.sentence_pass.added)
        self.feedback = FeedbackLog.in_store(settings.store.path)
        self.bundled = BundledCorpus(settings)


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
