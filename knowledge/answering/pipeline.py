"""The answer pipeline: (question, history) in, one complete `Answer` out.

Check the question, take one keyword-index snapshot, rewrite a follow-up, gather the evidence,
then either let the chat model write (verified) or quote sentences extractively — the one
place that decides, and the one fallback when the model fails.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from knowledge.answering import decide
from knowledge.answering.core import refusal
from knowledge.answering.core.draft import Draft
from knowledge.answering.core.question import check_question
from knowledge.answering.core.relevance import rated
from knowledge.answering.evidence import Evidence, gather
from knowledge.answering.kinds import masthead, role_holders, timeline
from knowledge.answering.llm import followup, generation
from knowledge.answering.llm.verify import Verifier
from knowledge.answering.sentences import told_on, whole_sentence
from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.structure import doc_refs, structure_answers, validity
from knowledge.errors import EMPTY_STORE, EmptyStoreError, LLMUnavailable
from knowledge.protocols import ChatModel, Embedder
from knowledge.retrieval.hybrid import HybridSearcher
from knowledge.retrieval.keyword_index import Snapshot
from knowledge.schema import Answer, Scope, Turn
from knowledge.settings import Settings
from knowledge.text import glossary, memo
from knowledge.text.normalise import language, simplified
from knowledge.text.tokens import pos_tags
from knowledge.text.vernacular import read


class AnswerPipeline:
    def __init__(
        self,
        settings: Settings,
        searcher: HybridSearcher,
        embeddings: Embedder,
        chat_model: ChatModel | None = None,
    ) -> None:
        self.settings = settings
        self.searcher = searcher
        self.embeddings = embeddings
        self.chat_model = chat_model
        self.on_missing_vectors: Callable[[set[str]], None] | None = None  # documents to backfill

    def run(
        self,
        question: str,
        history: Sequence[Turn] | None = None,
        top_k: int | None = None,
        stream: bool = False,
        scope: Scope | None = None,
    ) -> Iterator[str | Answer]:
        """Yield answer text pieces as they are written (when streaming), then the Answer (its
        text is authoritative: after a model failure it replaces what was streamed). Only
        documents in `scope` answer; current versions before superseded ones."""
        t0 = time.perf_counter()
        top_k = max(top_k or self.settings.retrieval.top_k, 1)
        typed, question, snap, read_as, rw, ev, quoted, used = self._prepare(
            question, history, top_k, scope
        )
        model = self.chat_model
        draft, notice = None, rw.notice
        if model is not None and ev.hits and notice is None:
            hits = ev.hits[:top_k]
            verifier = Verifier(self.embeddings, ev.result.index)
            try:
                draft = yield from generation.respond(
                    model, rw.standalone, hits, ev.hits, ev.docs, verifier, stream
                )
            except LLMUnavailable as exc:
                notice = str(exc)
        streamed = draft is not None
        draft = self._settled(draft, question, ev, used, quoted, snap)
        if stream and not streamed:
            yield draft.answer
        yield self._finish(typed, draft, notice, ev, read_as, t0)

    @memo.asking
    def _prepare(
        self,
        question: str,
        history: Sequence[Turn] | None,
        top_k: int,
        scope: Scope | None,
    ) -> tuple:
        """`run` up to the evidence (with the extractive answer of current documents), the
        asking side's memos on: no yield inside, so none stays on in the caller's code."""
        typed = check_question(question)
        question = simplified(typed)  # read once in simplified characters; answered as typed
        snap = validity.scoped(self._snapshot(), scope)
        question, read_as = in_their_terms(question, snap)
        history = list(history or [])[-followup.HISTORY_TURNS :]
        rw = followup.rewrite(question, history, snap.index, self.chat_model)
        ev, quoted, used = self._current_first(question, rw.query, snap, top_k)
        return typed, question, snap, read_as, rw, ev, quoted, used

    @memo.asking
    def _settled(
        self,
        draft: Draft | None,
        question: str,
        ev: Evidence,
        used: Snapshot,
        quoted: Draft | None,
        snap: Snapshot,
    ) -> Draft:
        """The model's draft, else the extractive one, marked for superseded sources."""
        if draft is None:
            draft = quoted or self._extractive(question, ev, used)
        return validity.marked(draft, snap.docs)

    @memo.asking
    def _finish(
        self,
        typed: str,
        draft: Draft,
        notice: str | None,
        ev: Evidence,
        read_as: tuple[tuple[str, str], ...],
        t0: float,
    ) -> Answer:
        return rated(  # complete here: each source rated for the reader
            Answer(
                question=typed,
                answer=draft.answer,
                abstained=draft.abstained,
                mode=draft.mode,
                notice=draft.notice or notice,
                citations=draft.citations,
                sentences=draft.sentences,
                timings_ms={**ev.timings_ms, "total_ms": (time.perf_counter() - t0) * 1000},
                confidence=ev.confidence,
                retrieval_query=ev.result.query,
                refusal_rule=(draft.rule or draft.mode) if draft.abstained else None,
                read_as=read_as,
            )
        )

    @memo.asking
    def evidence(
        self, question: str, top_k: int | None = None, scope: Scope | None = None
    ) -> Evidence:
        """What an extractive answer to `question` would be built from (benchmarks, tuning)."""
        question = simplified(check_question(question))
        top_k = max(top_k or self.settings.retrieval.top_k, 1)
        snap = validity.scoped(self._snapshot(), scope)
        question = in_their_terms(question, snap)[0]
        return self._current_first(question, question, snap, top_k)[0]

    def _current_first(
        self, question: str, query: str, snap: Snapshot, top_k: int
    ) -> tuple[Evidence, Draft | None, Snapshot]:
        """The evidence from current documents when they answer (with that extractive
        answer), else from every document in reach (no answer yet); and the snapshot used.
        A question pointing at a document (「10月那篇报道」, "the May 2024 article") prefers
        its sentences."""
        refs = doc_refs.referenced(question, snap)
        current = validity.current_first(question, snap)
        if current is not None:
            ev = self._gather(query, current, top_k, refs)
            draft = self._extractive(question, ev, current)
            if not draft.abstained:
                return ev, draft, current
        return self._gather(query, snap, top_k, refs), None, snap

    def _snapshot(self) -> Snapshot:
        snap = self.searcher.snapshot()
        if not snap.live:
            raise EmptyStoreError(EMPTY_STORE)
        return snap

    def _gather(
        self, query: str, snap: Snapshot, top_k: int, refs: frozenset[str] = frozenset()
    ) -> Evidence:
        s = self.settings
        return gather(
            self.searcher,
            self.embeddings,
            query,
            snap,
            top_k,
            s.ingest.chunk_chars,
            s.answer.max_sentences,
            self.on_missing_vectors,
            refs,
        )

    def _extractive(self, question: str, ev: Evidence, snap: Snapshot) -> Draft:
        """A question about a document's structure (第十条, 附件2, 施行日期 …) or its masthead
        (记者, 发布时间, 来源) is answered from it; any other by the best sentences, or refused."""
        if (draft := structure_answers.answer(question, ev.hits, snap)) is not None:
            return replace(draft, rule=draft.rule or "structure")
        if (draft := masthead.answer(question, ev.hits, snap, ev.result.expansion)) is not None:
            return replace(draft, rule=draft.rule or "masthead")
        if (
            draft := role_holders.answer(question, ev.result.hits, snap, ev.result.expansion)
        ) is not None:
            return draft
        if not ev.chosen:
            return refusal.refusal(question, ev.hits, ev.docs, "no_evidence")
        draft = timeline.compose(self._quoted(question, ev.chosen, ev), ev.docs, zh=ev.lang == "zh")
        threshold = refusal.threshold(self.settings.answer.refusal_threshold)
        decided = decide.decide(doc_refs.asked_policy(question), ev, draft, threshold)
        if decided is draft and ev.quote:  # answered from the chosen sentences: a why's reason
            # first (sentences/reason_first.py); the decision read `chosen`
            return timeline.compose(
                self._quoted(question, ev.quote, ev), ev.docs, zh=ev.lang == "zh"
            )
        return decided

    def _quoted(self, question: str, chosen: list[Candidate], ev: Evidence) -> list[Candidate]:
        """The sentences a Chinese answer quotes: the best clause cut at 「；」 with its whole
        sentence (sentences/whole_sentence.py), a lifted best with the sentence it goes on in
        (sentences/told_on.py); the decision reads `chosen` as it is."""
        if ev.lang != "zh":
            return chosen
        chars = self.settings.ingest.chunk_chars
        wide = whole_sentence.widen(chosen, chars)
        return told_on.carried_on(question, wide, chars, self.settings.answer.max_sentences)


def in_their_terms(question: str, snap: Snapshot) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The question with its everyday words (卖地, 两边, 管委会) read as the official terms the
    documents in reach use (text/vernacular.py), read from the keyword index, and the words so
    read (Answer.read_as). A question in another language is left as it is (GDP in English)."""
    if language(question) != "zh":
        return question, ()
    df = snap.index.df

    def written(word: str) -> bool:  # a body's short name jieba cuts (住/建局), as written
        return any(word in c.text for c in snap.chunks if c.doc_id in snap.live)

    question, swaps = read(
        question, lambda token: df.get(token, 0) > 0, written, lambda t: df.get(t, 0)
    )
    return in_glossary_terms(question, snap, swaps)


def in_glossary_terms(
    question: str, snap: Snapshot, swaps: tuple[tuple[str, str], ...] = ()
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The question with a word naming the kind of a group the documents abbreviate or define
    (县区 for 「本市各县（市）区、开发（度假）区（以下简称飞出地）」) read as their term
    (text/glossary.py), after `swaps` already read."""
    terms = _glossary(snap)  # most corpora abbreviate no group, most questions name no member
    if not (terms and glossary.may_read(question, terms)):  # then there is nothing to tag
        return question, swaps
    read_so, found = glossary.read(
        [(t.word, t.flag) for t in pos_tags(question)],
        terms,
        lambda w: glossary.passages(w, snap.index.df),
    )
    return (read_so if found else question), swaps + found


_GLOSSARIES: dict[tuple, dict[str, str]] = {}


_LAST_KEY: list[tuple[set[str], list, tuple]] = []  # the last snapshot's live set, chunks, key


def _glossary(snap: Snapshot) -> dict[str, str]:
    """The documents' glossary (text/glossary.terms), read once per set of live documents (its
    key made once per snapshot's live set and chunks, not from 1,100 ids per question)."""
    if _LAST_KEY and _LAST_KEY[0][0] is snap.live and _LAST_KEY[0][1] is snap.chunks:
        key = _LAST_KEY[0][2]
    else:
        key = (frozenset(snap.live), len(snap.chunks))
        _LAST_KEY[:] = [(snap.live, snap.chunks, key)]
    if key not in _GLOSSARIES:
        if len(_GLOSSARIES) > 8:
            _GLOSSARIES.clear()
        _GLOSSARIES[key] = glossary.terms(c.text for c in snap.chunks if c.doc_id in snap.live)
    return _GLOSSARIES[key]
