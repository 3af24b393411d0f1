"""The evidence for an answer: retrieve, score the candidate sentences, rate how well they answer."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property

import numpy as np

from knowledge.answering import ordinal_pool, sentence_choice, word_lead
from knowledge.answering.checking import (
    answer_shapes,
    checks_en,
    constraints,
    constraints_en,
    focus,
    list_naming,
    periods,
    rates_en,
    rule_lists,
    troubles,
)
from knowledge.answering.core import refusal, support
from knowledge.answering.core.cues import SCALE_EN
from knowledge.answering.kinds import speakers, timeline
from knowledge.answering.sentences import (
    attribute_head,
    clause_heads,
    definitions,
    enumerated,
    extractive,
    issue_purpose,
    leads,
    life_names,
    list_items,
    list_units,
    name_only,
    neighbours,
    places,
    reason_first,
    why_sections,
)
from knowledge.answering.structure import article_choice, doc_refs, validity
from knowledge.protocols import ChunkSource, Embedder
from knowledge.retrieval.hybrid import HybridSearcher, SearchResult
from knowledge.retrieval.keyword_index import Snapshot
from knowledge.schema import DocumentInfo, ScoredChunk
from knowledge.text.normalise import language, normalise

# added to the sentences of a document the question points at: preferred, not the only ones read
REF_BONUS = 0.1
ISSUE_BONUS = 0.15  # the why cue's bonus, for a purpose clause or background section's sentence
EN_PERIOD = constraints.BONUS  # the same move for an English question's period (see prefer)


@dataclass(frozen=True)
class Evidence:
    result: SearchResult
    hits: list[ScoredChunk]  # the top passages (one more than top_k, for the closest list)
    docs: dict[str, DocumentInfo]
    chosen: list[extractive.Candidate]  # the sentences an extractive answer would quote
    lang: str  # "zh" | "en"
    features: dict[str, float]  # the refusal model's inputs
    confidence: float
    timings_ms: dict[str, float]
    # Chinese: the sentences an answer would quote from the sentence closest in meaning (e5, the
    # vectors stored at ingest) when that is not the best by shared words, as `by_meaning` reads
    # them: only closeness.py needs them, when the best by words does not fit the question (below
    # the refusal model's threshold), so the stored vectors are read then, not on every ask
    read_by_meaning: Callable[[], list[extractive.Candidate]] = field(
        default=list, repr=False, compare=False
    )
    # the chunks of a document (the snapshot's per-document map): subject.py reads its text
    doc_chunks: Callable[[str], list] = field(default=lambda _doc_id: [], repr=False, compare=False)
    # Chinese: whether the sentence closest in meaning (e5) is the best by shared words itself
    read_agrees: Callable[[], bool] = field(default=lambda: False, repr=False, compare=False)
    # Chinese, a why asked: the sentences quoted when the answer is given, chosen reason first
    # (sentences/reason_first.py); [] when they are `chosen`. Nothing else reads them.
    quote: list[extractive.Candidate] = field(default_factory=list, repr=False, compare=False)

    @cached_property
    def by_meaning(self) -> list[extractive.Candidate]:
        return self.read_by_meaning()

    def as_meant(self) -> Evidence:
        """The same evidence quoting the sentences closest in meaning (`by_meaning`) instead."""
        return replace(self, chosen=self.by_meaning, read_by_meaning=list)


def gather(
    searcher: HybridSearcher,
    embeddings: Embedder,
    query: str,
    snapshot: Snapshot,
    top_k: int,
    chunk_chars: int,
    max_sentences: int,
    on_missing: Callable[[set[str]], None] | None = None,
    refs: frozenset[str] = frozenset(),
) -> Evidence:
    """Search `query` on `snapshot` (one keyword index and one query vector per question),
    then score the top chunks' sentences: Chinese by shared characters and terms, other
    languages by e5 similarity of their stored sentence vectors to the question vector the
    search already computed (`on_missing` hears of documents whose vectors are not there yet)."""
    result = searcher.search(query, snapshot=snapshot)
    t1 = time.perf_counter()
    lang = language(query)
    lists = any(c.name == "list" for c in extractive.question_cues(query)) or (
        lang == "zh" and rule_lists.asked(query) is not None
    )
    ranked = result.hits
    if lang == "zh":
        asked = validity.old_asked(query, snapshot)
        named = doc_refs.named(query, snapshot)
        ranked = article_choice.rerank(
            query, result.hits, chunk_chars, asked, named, snapshot.row_of
        )
    hits = ranked[: max(top_k, 1) + 1]
    pool = hits if lang == "zh" else extractive.cross_pool(query, ranked, len(hits))
    if lang == "zh":  # a report pointed at (「年终盘点那篇」) is weighed even when not retrieved
        pool = pool + doc_refs.passages(refs, pool, ranked, result.tokens, snapshot.chunks_of)
    pool = issue_purpose.with_purpose_passages(query, pool, ranked, snapshot.chunks_of)
    if lang != "zh":
        pool = why_sections.with_why_sections(query, pool, ranked, snapshot.chunks_of)
    cands = article_choice.not_headings(extractive.candidates(pool, chunk_chars))
    if lang == "zh":
        deeper = ordinal_pool.further(query, ranked[len(pool) :], cands, chunk_chars)
        extractive.score_lexical(query, result, cands + deeper)
        issue_purpose.lift(query, cands, ISSUE_BONUS)
        for prefer in (answer_shapes.prefer, troubles.prefer):
            prefer(query, cands, ISSUE_BONUS)
        rule_lists.prefer(query, cands, rule_lists.BONUS)
        cands += ordinal_pool.promoted(cands, deeper)
        name_only.demote(query, cands)
        for lifts in (attribute_head, definitions, places, leads, life_names):  # quoting only
            lifts.lift(query, cands)
        want = constraints.prefer(query, cands, snapshot.docs)
        periods.rank_dated(query, cands, snapshot.docs, result.tokens, result.index)
        if not (want.years or want.months):
            timeline.prefer_recent(cands, snapshot.docs)
        for lift_list in (list_naming.lift, enumerated.lift):  # enumerated: the quoting only
            lift_list(query, cands, lists)
    else:
        vectors = sentence_vectors(searcher.store, embeddings, cands, result.vector, on_missing)
        extractive.score_dense(vectors @ result.vector, query, cands, result)
        why_sections.lift(query, cands)
        issue_purpose.lift(query, cands, SCALE_EN * ISSUE_BONUS)
        rates_en.prefer(query, cands)
        prefer_period(query, cands, snapshot.docs)
    for c in cands:
        c.score += REF_BONUS if c.hit.chunk.doc_id in refs else 0.0

    def quoted(chosen: list[extractive.Candidate]) -> list[extractive.Candidate]:
        if lang == "zh":
            chosen = neighbours.with_neighbours(chosen, cands, max_sentences)
            chosen = clause_heads.with_heads(chosen, max_sentences, chunk_chars)
        unit = list_units.quoted(chosen, snapshot.chunks) if lists else None
        chosen = unit or list_items.with_items(chosen, snapshot.chunks, lists)
        return speakers.with_speakers(query, chosen)

    chosen = extractive.select(cands, max_sentences)
    if lang == "zh":
        chosen = word_lead.joined(query, cands, chosen, max_sentences)
    chosen = quoted(chosen)
    best = max(cands, key=lambda c: c.score, default=None)

    @cache
    def nearest() -> extractive.Candidate | None:  # the stored vectors, read once if at all
        return closest_in_meaning(searcher.store, cands, result.vector)

    if lang == "zh":
        pair = sentence_choice.joined(query, best, nearest, snapshot.docs)
        chosen = quoted(pair) if pair else chosen

    # a why asked: the sentences quoted when answered, reason first (the decision reads `chosen`)
    def requote(cs: list[extractive.Candidate]) -> list[extractive.Candidate]:
        return quoted(extractive.select(cs, max_sentences))

    reasons = reason_first.choose(query, cands, requote) if lang == "zh" else []

    def by_meaning() -> list[extractive.Candidate]:
        near = nearest()
        return quoted([near]) if near is not None and near is not best else []

    # the refusal reads the best sentence as if none had been lowered for the quoting
    lead = name_only.lead(cands) if lang == "zh" else best
    if lead and lang == "zh":
        extractive.set_coverage(result, lead)
    cov = lead.coverage if lead else 0.0
    dense_top = max((h.dense for h in hits if h.dense is not None), default=0.0)
    timings = {**result.timings_ms, "answer_ms": (time.perf_counter() - t1) * 1000}
    said = normalise(lead.text) if lead and lang == "zh" else ""
    features = {"coverage": cov, "dense": dense_top, "unseen": refusal.unseen_share(result, said)}
    if lead and lang == "zh":
        features["cov_joined"] = max(extractive.joined_coverage(result, chosen), cov)
        features |= support.features(result, lead, snapshot.docs)
        features["overlap"] = lead.overlap
        doc = snapshot.docs.get(lead.hit.chunk.doc_id)
        features["title"] = refusal.names_title(query, doc.title if doc else "")
        said_doc = (doc.title if doc else "") + doc_text(snapshot, lead.hit.chunk.doc_id)
        features["unnamed"] = refusal.unnamed(result, said_doc)
        features["stranger"] = refusal.stranger(result, said_doc)
    elif lead:
        features["cross"] = lead.cross
    conf = refusal.confidence(lang, features)
    meaning = by_meaning if lang == "zh" else list
    agrees = (lambda: best is not None and nearest() is best) if lang == "zh" else (lambda: False)
    return Evidence(
        result,
        hits,
        snapshot.docs,
        chosen,
        lang,
        features,
        conf,
        timings,
        meaning,
        snapshot.chunks_of,
        agrees,
        reasons if [c.key for c in reasons] != [c.key for c in chosen] else [],
    )


def doc_text(snapshot: Snapshot, doc_id: str) -> str:
    """A document's text, its chunks in order."""
    return "".join(c.text for c in snapshot.chunks_of(doc_id))


def prefer_period(query: str, cands: list[extractive.Candidate], docs: dict) -> None:
    """An English question's period or ordinal ("by the end of June 2025", "the second batch")
    moves the sentences naming it, with a figure when one is asked, up by EN_PERIOD: on similarity
    alone the release's "as of the end of March 2025" outscores 「截至2025年6月底」. "The whole of
    2024" is told by the year's figure, not a December one; nothing moves down (`unmet` does)."""
    want = constraints.asked(query)
    if not (want.months or want.ordinals):
        return
    figure = {"number", "share"} & checks_en.asked_types(query)
    movable = [c for c in cands if not figure or focus.figure_in(min(figure), c.text, query)]
    if constraints_en.whole_year(query):  # the year's figure, not a December one
        for c in movable:
            c.score += EN_PERIOD * periods.tells_year(want.years, c)
        return
    constraints.prefer(query, movable, docs, EN_PERIOD, strict=True)


def closest_in_meaning(
    store: ChunkSource, cands: list[extractive.Candidate], query: np.ndarray | None
) -> extractive.Candidate | None:
    """The candidate whose e5 vector, stored at ingest, is closest to the question's; None when
    a candidate's vector is missing (its document's sentence pass has not run, vectors off):
    nothing is embedded for it."""
    if query is None or not cands:
        return None
    stored = store.sentence_vectors({c.hit.chunk.chunk_id for c in cands})
    sims = []
    for c in cands:
        spans, vecs = stored.get(c.hit.chunk.chunk_id, ([], None))
        if vecs is None or c.local not in spans or vecs.shape[1] != query.shape[0]:
            return None
        sims.append(float(vecs[spans.index(c.local)] @ query))
    return cands[int(np.argmax(sims))]


def sentence_vectors(
    store: ChunkSource,
    embeddings: Embedder,
    cands: list[extractive.Candidate],
    query: np.ndarray,
    on_missing: Callable[[set[str]], None] | None = None,
) -> np.ndarray:
    """The candidates' sentence vectors as the store keeps them; the few it lacks (a document
    whose sentence pass has not run yet, an older store) are embedded now."""
    stored = store.sentence_vectors({c.hit.chunk.chunk_id for c in cands})
    out = np.zeros((len(cands), query.shape[0]), dtype=np.float32)
    missing: list[int] = []
    for i, c in enumerate(cands):
        spans, vecs = stored.get(c.hit.chunk.chunk_id, ([], None))
        j = spans.index(c.local) if c.local in spans else -1
        if j < 0 or vecs.shape[1] != query.shape[0]:
            missing.append(i)
        else:
            out[i] = vecs[j]
    if missing:
        out[missing] = embeddings.embed_passages([cands[i].text for i in missing])
        if on_missing is not None:
            on_missing({cands[i].hit.chunk.doc_id for i in missing})
    return out
