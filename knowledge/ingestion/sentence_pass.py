"""The sentence-vector pass: e5 vectors of every answerable sentence of a published document,
stored beside its chunks, so that an English question on Chinese documents (or the reverse)
chooses its answer sentence without embedding passages at question time.

Embedding a document's sentences costs about twice what embedding its chunks does (many short
sequences; bench/perf.py reports ingest_sv_chars_per_s beside ingest_chars_per_s), so by default the pass runs in a background thread
after the document is published: the document answers at once, and until its sentence vectors
land a cross-lingual question embeds the few candidate sentences it needs (as before). The pass
is derived work with no protocol of its own: rows are written per chunk, under the write lock,
only while the document still has a record; an interrupted pass is finished by the next one.
Modes (`QA_INGEST__SENTENCE_VECTORS`): "background" (default), "inline" (inside the ingest call,
before it returns: tests, or who prefers paying at ingest), "off".
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable, Iterable

import numpy as np

from knowledge.protocols import DocumentStore, Embedder
from knowledge.schema import Chunk
from knowledge.settings import IngestSettings
from knowledge.text.sentences import answer_spans

GROUP_CHUNKS = 32  # chunks embedded, then written, at a time
EMBED_STEP = 32  # sentences per engine call (a process exiting waits for one call at most)


class SentencePass:
    def __init__(self, store: DocumentStore, embeddings: Embedder, cfg: IngestSettings) -> None:
        self.store = store
        self.embeddings = embeddings
        self.max_chars = cfg.chunk_chars
        self.mode = cfg.sentence_vectors
        self._cond = threading.Condition()
        self._todo: dict[str, None] = {}  # documents waiting, in order
        self._busy = False
        self._stop = False
        self._thread: threading.Thread | None = None

    # ---- scheduling ------------------------------------------------------------------------
    def hooks(self) -> tuple[Callable[[Iterable[str]], None], Callable[[Iterable[str]], None]]:
        """What the writer calls with documents it published, and what an answer calls with
        documents whose sentence vectors it missed."""
        return self.added, self.wanted

    def added(self, doc_ids: Iterable[str]) -> None:
        """Documents just published (the writer's hook)."""
        if self.mode == "inline":
            self.run(list(doc_ids))
        elif self.mode == "background":
            self._enqueue(doc_ids)

    def wanted(self, doc_ids: Iterable[str]) -> None:
        """An answer met chunks of these documents without sentence vectors (an older store):
        fill them in the background. Only documents questions reach are done this way; `run()`
        does a whole store."""
        if self.mode == "background":
            self._enqueue(doc_ids)

    def _enqueue(self, doc_ids: Iterable[str]) -> None:
        with self._cond:
            self._todo.update(dict.fromkeys(doc_ids))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._work, name="sentence-vectors", daemon=True
                )
                self._thread.start()
                atexit.register(self._shutdown)  # a daemon thread inside e5 would crash the exit
            self._cond.notify_all()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until nothing is waiting or being embedded; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: not (self._todo or self._busy), timeout)

    def _shutdown(self) -> None:
        """At exit: stop after the current engine call; what is missing is done later."""
        with self._cond:
            self._stop = True
            self._todo.clear()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=60)

    def _work(self) -> None:
        while True:
            with self._cond:
                if not self._todo:
                    self._cond.notify_all()
                    self._thread = None
                    return
                batch = list(self._todo)
                self._todo.clear()
                self._busy = True
            try:
                self.run(batch)
            except Exception:  # the store is failing or closed: a later pass finishes the job
                pass
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    # ---- the pass --------------------------------------------------------------------------
    def run(self, doc_ids: list[str] | None = None) -> int:
        """Embed and store the sentence vectors of these documents' chunks that lack them
        (None: every published document); returns the sentences embedded."""
        if doc_ids is None:
            doc_ids = [d.doc_id for d in self.store.list_documents()]
        done = 0
        for doc_id in doc_ids:
            have = self.store.chunks_with_sentence_vectors(doc_id)
            chunks = sorted(self.store.iter_chunks(doc_id), key=lambda c: c.ordinal)
            todo = [c for c in chunks if c.chunk_id not in have]
            for i in range(0, len(todo), GROUP_CHUNKS):
                if self._stop or not self.store.has_document(doc_id):
                    break  # exiting, or removed meanwhile
                done += self._embed_and_write(todo[i : i + GROUP_CHUNKS])
        return done

    def _embed_and_write(self, chunks: list[Chunk]) -> int:
        spans = {c.chunk_id: answer_spans(c.text, self.max_chars) for c in chunks}
        index: dict[tuple[int, int], int] = {}  # a sentence in two chunks (overlap) once
        texts: list[str] = []
        for c in chunks:
            for s, e in spans[c.chunk_id]:
                if index.setdefault((c.start + s, c.start + e), len(texts)) == len(texts):
                    texts.append(c.text[s:e])
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # like lengths batch well
        vectors = np.empty((len(texts), 0), dtype=np.float32)
        parts = []
        for i in range(0, len(order), EMBED_STEP):
            if self._stop:
                return 0
            parts.append(
                self.embeddings.embed_passages([texts[j] for j in order[i : i + EMBED_STEP]])
            )
        if parts:
            embedded = np.concatenate(parts)
            vectors = np.empty_like(embedded)
            vectors[order] = embedded
        rows = []
        for c in chunks:
            rows_of = [index[(c.start + s, c.start + e)] for s, e in spans[c.chunk_id]]
            rows.append((c, spans[c.chunk_id], vectors[rows_of]))
        with self.store.writing():
            self.store.add_sentence_vectors(rows, self.embeddings.identity())
        return len(texts)
