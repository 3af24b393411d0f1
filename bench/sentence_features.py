"""Cheap per-sentence features for choosing the sentence an answer quotes (Chinese questions),
for bench/sentence_fit.py. Not on the ask path: a ranker fitted on them (branch rank13) chose a
better first sentence out of fold but no better answers end to end (bench/RESULTS.md).

Everything here is read from what the ask path already has: the candidates with their current
score and its parts (extractive.score_lexical, constraints, recency), the search result (question
tokens, keyword index) and the question text. Nothing is embedded. `bench/sentence_fit.py`
captures these for CMRC trial and the eval tune split and fits a ranker over them.
"""

from __future__ import annotations

import math

import numpy as np

from knowledge.answering.checking import closeness
from knowledge.answering.core.cues import _fit, question_cues
from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.sentence_context import char_grams
from knowledge.retrieval.bm25 import coverage, term_weights
from knowledge.retrieval.hybrid import SearchResult
from knowledge.text.normalise import normalise
from knowledge.text.tokens import question_content

NAMES = (
    "score",
    "score_gap",  # score minus the best candidate's (0 for the current choice)
    "is_top",
    "overlap",
    "overlap_gap",
    "prior",
    "fit",
    "rest",  # constraints, recency, a named document: score minus overlap, prior and fit
    "idf_cov",  # share of the question's corpus-weighted terms the sentence holds
    "lcs",  # longest run of the question's words copied into the sentence, share of the question
    "lcs_chars",  # the same run in characters (log)
    "bigrams",  # share of the question's character bigrams the sentence holds
    "kind_typed_held",  # the question asks a kind (number, date, person…) and the sentence has it
    "kind_typed_missing",
    "tail",  # characters the sentence has beyond the copied run (log): room for the answer
    "nb_overlap",  # best overlap of the sentence before or after it in the same passage
    "nb_gap",  # own overlap minus that
    "first_in_passage",
    "pos",  # 1 / (1 + position of the sentence in its passage)
    "doc_rank",  # 1 / (1 + rank of its document)
    "chunk_rank",  # 1 / (1 + rank of its passage)
    "length",  # log characters
    "short",  # fewer than 12 characters
    "aspect",  # share of the question's characters/bigrams outside the title the sentence holds
    "local",  # overlap weighted by rarity among the sentences of its own passage
    "pronoun_start",  # opens with 其/该/本/此/他/她/它 (continues the sentence before)
)

_PRONOUN = tuple("其该本此他她它")


def _lcs(a: str, b: str) -> int:
    """Length of the longest run of `a` found in `b` (a run of n is found only if one of n-1 is)."""
    n = 0
    while n < len(a) and any(a[i : i + n + 1] in b for i in range(len(a) - n)):
        n += 1
    return n


def matrix(question: str, result: SearchResult, cands: list[Candidate]) -> np.ndarray:
    """One row of NAMES per candidate."""
    if not cands:
        return np.zeros((0, len(NAMES)))
    cues = question_cues(question)
    content = normalise(question_content(question))
    q_bigrams = {g for g in char_grams(content) if len(g) == 2}
    weights = term_weights(result.tokens, result.index)
    top_score = max(c.score for c in cands)
    top_overlap = max(c.overlap for c in cands)
    docs = list(dict.fromkeys(c.hit.chunk.doc_id for c in cands))
    by_chunk: dict[str, list[int]] = {}
    for i, c in enumerate(cands):
        by_chunk.setdefault(c.hit.chunk.chunk_id, []).append(i)
    order = {}
    for ids in by_chunk.values():
        ids.sort(key=lambda i: cands[i].local[0])
        for pos, i in enumerate(ids):
            order[i] = (pos, ids)
    rows = []
    top_i = max(range(len(cands)), key=lambda i: cands[i].score)
    asked = char_grams(content)
    texts = [normalise(c.text) for c in cands]
    grams_of = [char_grams(t) for t in texts]
    kinds = closeness.asked(question)
    local_w: dict[str, dict[str, float]] = {}
    for cid, ids in by_chunk.items():
        held = {g: sum(g in grams_of[i] for i in ids) for g in asked}
        local_w[cid] = {g: math.log(1 + len(ids) / (h + 0.5)) for g, h in held.items()}
    aspects = {}
    for i, c in enumerate(cands):
        text = texts[i]
        fit = _fit(c.text, cues)[0]
        typed, held = closeness.type_held(question, c, kinds)
        lcs = _lcs(content, text)
        grams = grams_of[i]
        title = c.hit.chunk.title
        if title not in aspects:
            aspects[title] = asked - char_grams(normalise(title))
        aspect = aspects[title]
        lw = local_w[c.hit.chunk.chunk_id]
        local = sum(lw[g] for g in asked & grams) / (sum(lw.values()) or 1.0)
        pos, ids = order[i]
        nbs = [cands[ids[j]].overlap for j in (pos - 1, pos + 1) if 0 <= j < len(ids)]
        nb = max(nbs, default=0.0)
        rows.append(
            (
                c.score,
                c.score - top_score,
                float(i == top_i),
                c.overlap,
                c.overlap - top_overlap,
                c.prior,
                fit,
                c.score - c.overlap - c.prior - fit,
                coverage(weights, set(), text),
                lcs / max(len(content), 1),
                math.log1p(lcs),
                len(q_bigrams & grams) / max(len(q_bigrams), 1),
                float(typed > 0 and held),
                float(typed > 0 and not held),
                math.log1p(max(len(text) - lcs, 0)),
                nb,
                c.overlap - nb,
                float(pos == 0),
                1.0 / (1 + pos),
                1.0 / (1 + docs.index(c.hit.chunk.doc_id)),
                1.0 / (1 + c.rank),
                math.log1p(len(text)),
                float(len(text) < 12),
                len(aspect & grams) / max(len(aspect), 1),
                local,
                float(text.startswith(_PRONOUN)),
            )
        )
    return np.asarray(rows, dtype=float)
