"""Which sentences an answer quotes, chosen by what the whole quoted answer holds (branch
quote15; for bench/quote_fit.py, not on the ask path: wired at 2 sentences it gained CMRC trial
and eval tune answers but lost two probe held-out answers, bench/RESULTS.md "quote15").

The assembly (`extractive.select`, `neighbours.with_neighbours`, `sentence_choice.joined`)
builds one answer from the best sentence by shared words. This module lists the other answers
of at most two sentences it could have built from the few best sentences — the best with the
runner-up, with another runner-up, with the sentence before or after it, the runner-up with its
neighbour, the sentence closest in meaning (e5, the vectors stored at ingest, read for the top
sentences' passages only) alone or beside the best — and describes each answer as a whole (what
share of the question's terms and bigrams it holds together, whether it carries the kind of
answer asked, how close in meaning its sentences are, how far their scores are from the best).
`bench/quote_fit.py` fits a conditional logit over these answers (label: the answer holds the
gold / the evidence); `choose` applies its weights; wired, the refusal model and the answer checks
would read the assembly's answer as before and only the quoted sentences change.
"""

from __future__ import annotations

import math

import numpy as np

from knowledge.answering.checking import closeness
from knowledge.answering.sentences.extractive import Candidate, joined_coverage
from knowledge.answering.sentences.neighbours import _GOES_ON, _RESULT
from knowledge.answering.sentences.sentence_context import char_grams
from knowledge.retrieval.hybrid import SearchResult
from knowledge.text.normalise import normalise
from knowledge.text.tokens import question_content

POOL = 4  # the best sentences by score whose passages' stored vectors are read

NAMES = (
    "is_current",  # the assembly's own answer
    "has_best",
    "pair",
    "gap_max",  # score minus the best's, the stronger member
    "gap_min",  # the weaker member (the same for one sentence)
    "overlap_gap_max",
    "overlap_gap_min",
    "cov",  # the question's corpus-weighted terms held together (with heads and headings)
    "bigrams",  # the question's character bigrams held together
    "kind_held",  # a kind of answer is asked and a member carries it
    "kind_missing",  # a kind is asked and no member carries it
    "sim_max",  # e5 similarity of the closest member to the question
    "sim_min",
    "sim_gap",  # sim_max minus the closest sentence's among the top passages
    "has_nearest",
    "adjacent",  # two sentences side by side in one passage
    "chunk_rank",  # 1 / (1 + the best-ranked member passage's rank)
    "length",  # log characters of the whole answer
    "aspect",  # share of the question's bigrams outside the title the answer holds
    "copied",  # longest run of the question copied into one sentence, share of the question
    "one_doc",
    "opens_passage",  # a member is its passage's first sentence
    "leans",  # two neighbours where the later opens with a result or a continuation
)


def options(
    current: list[Candidate],
    cands: list[Candidate],
    sims: dict[tuple[str, int], float],
    size: int = 2,
) -> list[list[Candidate]]:
    """The assembly's answer first, then the other answers of one or two sentences built from
    the POOL best sentences, their neighbours and the closest in meaning (by `sims`); with
    `size` above 2 each filled up with the assembly's own best sentences it lacks."""
    ranked = sorted(cands, key=lambda c: -c.score)
    top = ranked[:POOL]
    if not top:
        return [current]
    near = max((c for c in cands if c.key in sims), key=lambda c: sims[c.key], default=None)
    r0 = top[0]
    raw: list[list[Candidate]] = [[c] for c in top[:2]]
    raw += [[r0, c] for c in top[1:]]
    if len(top) > 2:
        raw.append([top[1], top[2]])
    for c in top[:3]:
        raw += [[c, n] for n in _beside(c, cands) if n is not None]
    if near is not None:
        raw += [[near], [near, r0]] + [[near, n] for n in _beside(near, cands) if n is not None]
    out, seen = [current], {frozenset(c.key for c in current)}
    fill = sorted(current, key=lambda c: -c.score)
    for opt in raw:
        if size > 2:
            opt = opt + [c for c in fill if c not in opt][: size - len(opt)]
        key = frozenset(c.key for c in opt)
        if len(key) == len(opt) and key not in seen:
            seen.add(key)
            out.append(
                sorted(opt, key=lambda c: (c.hit.chunk.doc_id != r0.hit.chunk.doc_id,) + c.key)
            )
    return out


def _beside(c: Candidate, cands: list[Candidate]) -> tuple[Candidate | None, Candidate | None]:
    same = [x for x in cands if x.hit.chunk.chunk_id == c.hit.chunk.chunk_id]
    before = max((x for x in same if x.local[1] <= c.local[0]), key=lambda x: x.local, default=None)
    after = min((x for x in same if x.local[0] >= c.local[1]), key=lambda x: x.local, default=None)
    return before, after


def _copied(a: str, b: str) -> int:
    """Length of the longest run of `a` found in `b`."""
    n = 0
    while n < len(a) and any(a[i : i + n + 1] in b for i in range(len(a) - n)):
        n += 1
    return n


def similarities(store, cands: list[Candidate], query: np.ndarray | None) -> dict:
    """Candidate key -> e5 similarity, for the sentences of the POOL best sentences' passages
    (their stored vectors; none embedded)."""
    if query is None or store is None:
        return {}
    ranked = sorted(cands, key=lambda c: -c.score)[:POOL]
    chunks = {c.hit.chunk.chunk_id for c in ranked}
    stored = store.sentence_vectors(chunks)
    out = {}
    for c in cands:
        spans, vecs = stored.get(c.hit.chunk.chunk_id, ([], None))
        if vecs is not None and c.local in spans and vecs.shape[1] == query.shape[0]:
            out[c.key] = float(vecs[spans.index(c.local)] @ query)
    return out


def features(
    question: str,
    result: SearchResult,
    opts: list[list[Candidate]],
    cands: list[Candidate],
    sims: dict,
) -> np.ndarray:
    """One row of NAMES per answer of `opts` (the first is the assembly's)."""
    top = max(cands, key=lambda c: c.score)
    top_overlap = max(c.overlap for c in cands)
    content = normalise(question_content(question))
    q_bigrams = {g for g in char_grams(content) if len(g) == 2}
    kinds = closeness.asked(question)
    held_of: dict = {}
    near_sim = max(sims.values(), default=0.0)
    aspects: dict[str, set[str]] = {}
    copied: dict = {}
    rows = []
    for i, opt in enumerate(opts):
        gaps = [c.score - top.score for c in opt]
        ogaps = [c.overlap - top_overlap for c in opt]
        text = normalise("".join(c.text for c in opt))
        held = False
        for c in opt:
            if c.key not in held_of:
                held_of[c.key] = closeness.type_held(question, c, kinds)[1] if kinds else False
            held = held or held_of[c.key]
        s = [sims.get(c.key, near_sim) for c in opt]
        keys = [c.key for c in opt]
        adjacent = any(b in _beside(a, cands) for a in opt for b in opt if a is not b)
        title = opt[0].hit.chunk.title
        if title not in aspects:
            aspects[title] = q_bigrams - char_grams(normalise(title))
        aspect = aspects[title]
        for c in opt:
            if c.key not in copied:
                copied[c.key] = _copied(content, normalise(c.text))
        later = [b for a in opt for b in opt if _beside(a, cands)[1] is b]
        leans = any(_RESULT.search(b.text) or _GOES_ON.search(b.text) for b in later)
        rows.append(
            (
                float(i == 0),
                float(top.key in keys),
                float(len(opt) >= 2),
                max(gaps),
                min(gaps),
                max(ogaps),
                min(ogaps),
                joined_coverage(result, opt),
                len(q_bigrams & char_grams(text)) / max(len(q_bigrams), 1),
                float(bool(kinds) and held),
                float(bool(kinds) and not held),
                max(s),
                min(s),
                max(s) - near_sim,
                float(bool(sims) and near_sim in s),
                float(adjacent),
                1.0 / (1 + min(c.rank for c in opt)),
                math.log1p(len(text)),
                len(aspect & char_grams(text)) / max(len(aspect), 1),
                max(copied[c.key] for c in opt) / max(len(content), 1),
                float(len({c.hit.chunk.doc_id for c in opt}) == 1),
                float(any(_beside(c, cands)[0] is None for c in opt)),
                float(leans),
            )
        )
    return np.asarray(rows, dtype=float)


ON = True  # the weights below were measured, not kept: nothing on the ask path calls this
# bench/quote_fit.py (L2 0.1, 400 steps), fitted on CMRC trial and the eval tune split at the
# answer's size in sentences (raw feature units, in the order of NAMES)
WEIGHTS: dict[int, tuple[float, ...]] = {
    2: (
        1.3362,
        1.1545,
        0.7425,
        1.4305,
        0.4691,
        0.5048,
        0.3469,
        0.5447,
        0.3019,
        0.2194,
        -0.5025,
        3.7904,
        2.2743,
        5.2813,
        0.6191,
        0.5042,
        1.0614,
        0.0568,
        1.3490,
        -0.2304,
        -2.0004,
        0.4214,
        0.8710,
    ),
}


def choose(
    question: str,
    result: SearchResult,
    current: list[Candidate],
    cands: list[Candidate],
    store,
    size: int = 2,
) -> list[Candidate] | None:
    """The answer of highest fitted value among `options` when it is not the assembly's own
    (`current`), else None. The stored vectors of the POOL best sentences' passages are read."""
    weights = WEIGHTS.get(size)
    if not ON or not weights or not current or not cands:
        return None
    sims = similarities(store, cands, result.vector)
    opts = options(current, cands, sims, size)
    if len(opts) < 2:
        return None
    values = features(question, result, opts, cands, sims) @ np.asarray(weights)
    best = int(np.argmax(values))
    return opts[best] if best else None
