"""Extractive answering: score the sentences of the retrieved chunks and pick the best, cited."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from knowledge.answering.core.citations import CitationBook
from knowledge.answering.core.cues import SCALE_EN, _fit, english_cues, question_cues
from knowledge.answering.core.draft import Draft
from knowledge.answering.sentences import named_source, sentence_context
from knowledge.answering.sentences.sentence_context import char_grams, context_grams, held_grams
from knowledge.retrieval.bm25 import coverage, term_weights
from knowledge.retrieval.expansion import cross_share, cross_weights
from knowledge.retrieval.hybrid import SearchResult
from knowledge.schema import DocumentInfo, ScoredChunk, Sentence
from knowledge.text.normalise import language, normalise
from knowledge.text.sentences import answer_spans
from knowledge.text.tokens import question_content


@dataclass
class Candidate:
    hit: ScoredChunk
    rank: int
    local: tuple[int, int]  # span inside the chunk text
    text: str
    score: float = 0.0
    coverage: float = 0.0
    overlap: float = 0.0  # the question evidence alone (no rank priors)
    field: bool = False  # a metadata line (来源:, 编辑:) answering a question about it
    cross: float = 0.0  # English question: share of its words the sentence holds (or their 中文)
    prior: float = 0.0  # what its document's and passage's rank added to its score
    lowered: float = 0.0  # taken off its score for the quoted choice only (`name_only.py`)

    def lift_for_quoting(self, delta: float) -> None:
        """Move up by `delta` for the quoted choice only: the refusal reads the unlifted score."""
        self.score += delta
        self.lowered -= delta

    @property
    def key(self) -> tuple[str, int]:
        return self.hit.chunk.doc_id, self.hit.chunk.start + self.local[0]


def candidates(hits: list[ScoredChunk], max_chars: int = 240) -> list[Candidate]:
    """Sentences of the top chunks, each once (overlapping chunks repeat sentences)."""
    seen: set[tuple[str, int]] = set()
    out: list[Candidate] = []
    for rank, hit in enumerate(hits):
        for s, e in answer_spans(hit.chunk.text, max_chars):
            cand = Candidate(hit, rank, (s, e), hit.chunk.text[s:e])
            if cand.text == hit.chunk.title.strip():
                continue  # the heading restates the topic, it answers nothing
            if cand.key not in seen:
                seen.add(cand.key)
                out.append(cand)
    return out


def score_lexical(question: str, result: SearchResult, cands: list[Candidate]) -> None:
    """Rank sentences by the question's characters and bigrams they share (weighted by how rare
    each is among the candidates), the rank of their document and chunk, and the answer type.
    `coverage` (the question's corpus-weighted terms) feeds the refusal model.

    Retrieval is trusted to pick the document, the sentence evidence to pick the sentence: on
    CMRC trial this finds the gold span in 0.847 of answers (jieba-term coverage with a chunk-rank
    prior: 0.785), and all answerable Chinese Mohan questions keep their facts.
    """
    cues = question_cues(question)
    asked = char_grams(question_content(question))
    grams = _sentence_grams(cands, asked)  # only the question's grams are ever read
    held = Counter(g for s in grams for g in s)  # how many sentences hold each
    rarity = {g: math.log(1 + len(cands) / (held[g] + 0.5)) for g in asked}
    total = math.fsum(rarity.values()) or 1.0
    docs = list(dict.fromkeys(c.hit.chunk.doc_id for c in cands))
    titles = {c.hit.chunk.doc_id: c.hit.chunk.title for c in cands}
    titles = {d: held_grams(normalise(t), asked) for d, t in titles.items()}  # once per document
    for c, sent_grams in zip(cands, grams):
        fit, c.field = _fit(c.text, cues)
        # read at half weight: the title, the Q&A line answered, the clause head, the headings
        context = titles[c.hit.chunk.doc_id] | context_grams(c.hit.chunk, c.local[0], c.text, asked)
        in_title = (asked & context) - sent_grams
        overlap = (
            math.fsum(rarity[g] for g in asked & sent_grams)
            + 0.5 * math.fsum(rarity[g] for g in in_title)
        ) / total  # fsum: exactly rounded, so a set's (hash-seeded) order cannot break a tie
        doc_rank = docs.index(c.hit.chunk.doc_id)
        c.overlap = overlap
        c.prior = DOC_PRIOR / (1 + doc_rank) + CHUNK_PRIOR / (1 + c.rank)
        c.score = overlap + c.prior + fit


def head(c: Candidate) -> str:
    """The head of the sentence a clause after 「；」 continues ('' for any other sentence)."""
    return sentence_context.head(c.hit.chunk, c.local[0])


def _sentence_grams(cands: list[Candidate], asked: set[str]) -> list[set[str]]:
    """The grams of `asked` in each normalised sentence, normalising each chunk once (offsets
    are kept unless case folding changed a length; then that chunk's sentences go one by one)."""
    norms: dict[str, str | None] = {}
    for c in cands:
        chunk = c.hit.chunk
        if chunk.chunk_id not in norms:
            norm = normalise(chunk.text)
            norms[chunk.chunk_id] = norm if len(norm) == len(chunk.text) else None
    out = []
    for c in cands:
        norm = norms[c.hit.chunk.chunk_id]
        text = norm[c.local[0] : c.local[1]] if norm else normalise(c.text)
        out.append(held_grams(text, asked))
    return out


DOC_PRIOR = 0.5  # tuned on CMRC trial
CHUNK_PRIOR = 0.15


def set_coverage(result: SearchResult, cand: Candidate) -> None:
    """The share of the question's corpus-weighted terms a sentence holds (refusal feature), a
    clause after 「；」 with the head of its sentence, an item with the headings it sits under.
    A term counts when it is a substring of the sentence (every jieba token of the sentence is
    one, so tokenising it would add nothing)."""
    cand.coverage = joined_coverage(result, [cand])
    if cand.field:
        cand.coverage = max(cand.coverage, 0.9)


def joined_coverage(result: SearchResult, cands: list[Candidate]) -> float:
    """The share of the question's corpus-weighted terms the sentences hold together, each with
    the head of its sentence and the headings it sits under (the quoted answer, for the refusal
    model's `cov_joined`)."""
    norm = normalise(
        "".join(sentence_context.headings(c.hit.chunk, c.text) + head(c) + c.text for c in cands)
    )
    return coverage(term_weights(result.tokens, result.index), set(), norm)


CROSS = 0.2  # weight of the cross-lingual keyword share beside the e5 sentence similarity
# Another language's question reads sentences from the retrieved chunks up to this many in
# another language than its own (`cross_pool`): the passage with the fact often ranks below
# same-language ones that only resemble the question (an English question on Chinese reports
# and an English press release), and each chunk's stored vectors cost a read.
CROSS_POOL = 20


def cross_pool(question: str, ranked: list[ScoredChunk], least: int) -> list[ScoredChunk]:
    """The first chunks of `ranked` (at least `least`) until CROSS_POOL of them are in another
    language than the question's: the chunks of a document in the question's own language (an
    English release, all close to an English question in e5) do not take the other language's
    places."""
    lang, other = language(question), 0
    for n, hit in enumerate(ranked):
        other += language(hit.chunk.text) != lang
        if other >= CROSS_POOL:
            return ranked[: max(n + 1, least)]
    return ranked


# e5 scores a sentence in the question's own language this much higher than an equally fitting
# one in another (mean sentence similarity of English vs Chinese candidates for the English
# questions of the eval tune split, label-free): added to the other language's sentences.
LANG_GAP = 0.047


def score_dense(
    sims: np.ndarray, question: str, cands: list[Candidate], result: SearchResult | None = None
) -> None:
    """Cross-lingual questions: similarity of the question to each sentence, plus the share of
    the question's words (or their Chinese terms) the sentence holds, and the fit of the kinds
    asked (English ones too: a bound, a place, a size)."""
    cues = english_cues(question)
    groups = result.expansion if result is not None else {}
    lang = language(question)
    weights = cross_weights(groups, result.index) if groups else []
    for c, sim in zip(cands, sims):
        c.cross = cross_share(weights, normalise(c.text)) if groups else 0.0
        sim = float(sim) + (LANG_GAP if language(c.text) != lang else 0.0)
        c.coverage = c.overlap = sim
        c.score = (
            float(sim) + CROSS * c.cross + 0.02 / (1 + c.rank) + SCALE_EN * _fit(c.text, cues)[0]
        )
    if groups:
        named_source.lift(question, cands, groups, result.index)


OTHER_DOC = 0.8  # a runner-up from another document needs this share of the best's evidence


def select(cands: list[Candidate], max_sentences: int, ratio: float = 0.6) -> list[Candidate]:
    """The best sentence plus close runners-up, in reading order."""
    ranked = sorted(cands, key=lambda c: -c.score)
    if not ranked:
        return []
    top = ranked[0]
    chosen = [top] + [
        c
        for c in ranked[1:max_sentences]
        if c.score >= top.score * ratio
        and (c.hit.chunk.doc_id == top.hit.chunk.doc_id or c.overlap >= top.overlap * OTHER_DOC)
    ]
    doc_order = {c.hit.chunk.doc_id: i for i, c in reversed(list(enumerate(ranked)))}
    return sorted(chosen, key=lambda c: (doc_order[c.hit.chunk.doc_id], c.key[1]))


def build_answer(chosen: list[Candidate], docs: dict[str, DocumentInfo]) -> Draft:
    """The chosen sentences in order, each followed by the marker of its passage."""
    book = CitationBook(docs, by_clause=True)
    sentences = []
    for c in chosen:
        marker = book.cite(c.hit, c.local)
        sentences.append(Sentence(c.text, (marker,), True))
    text = "".join(f"{s.text}[{s.citations[0]}]" for s in sentences)
    return Draft(text, False, citations=book.citations(), sentences=sentences)
