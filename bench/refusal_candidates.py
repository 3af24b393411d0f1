"""Candidate refusal features meant to survive paraphrase, computed from an answer's evidence for
bench/calibrate.py to weigh against the features the refusal model reads (refusal.CALIBRATION).

None of them is read by the bot: fitted beside or instead of the ones in use, none answered more
tune questions right out of fold without refusing fewer unanswerable ones (bench/calibrate.py
prints the comparison; the figures are in knowledge/answering/core/refusal.py).

- `ctx_g`: the share of the question's terms the best sentence or its context holds (neighbouring
  sentences, chunk title and section, document title and date: `support.context_of`), each term
  weighted by its corpus IDF times how rare it is in Chinese at large (jieba's dictionary
  counts), so everyday words a paraphrase brings (以前, 为了, 主要, 后来) count little, subject
  words (飞地, 出让金, 环评) fully.
- `bigram_ctx`: the share of the question's content character bigrams in the sentence or context.
- `sentence_dense`: the e5 similarity of the question to the best sentence (stored vectors).
- `agree`: 1 / (1 + the best sentence's passage's rank in the dense channel): both channels
  point at the same passage.
- `agree_sent`: 1 when the best sentence by shared words is also the sentence e5 puts first among
  the candidates (`Evidence.by_meaning` empty; also when a vector is missing, none in the bench
  stores): branch para45's agreement, here a feature (gate46: no help, bench/feature_cv.py).
"""

from __future__ import annotations

import operator
import re

from knowledge.answering.core.support import context_of, general_weight
from knowledge.retrieval.bm25 import term_weights
from knowledge.text.normalise import normalise
from knowledge.text.tokens import question_content

_NOT_GRAM = re.compile(r"[^0-9a-z\u4e00-\u9fff\u3400-\u4dbf]+")


def _bigrams(text: str) -> set[str]:
    t = _NOT_GRAM.sub("", text)
    return set(map(operator.add, t, t[1:]))


def half_held(term: str, text: str) -> bool:
    """At least half of `term`'s characters stand in `text` (过关 beside 通关, 月租 beside 租金)."""
    return 2 * sum(ch in text for ch in term) >= len(term)


def extractive_fit(question: str, text: str) -> float:
    from knowledge.answering.sentences.extractive import _fit, question_cues

    return _fit(text, question_cues(question))[0]


def candidates(question: str, ev, store) -> dict[str, float]:
    """The candidate features of the evidence `ev` for `question` (Chinese; {} without a
    sentence). `store` gives the stored sentence vectors."""
    if ev.lang != "zh" or not ev.chosen:
        return {}
    best = max(ev.chosen, key=lambda c: c.score)
    result = ev.result
    sentence, around = normalise(best.text), context_of(best, ev.docs)
    weights = {
        t: w * general_weight(t) for t, w in term_weights(result.tokens, result.index).items()
    }
    total = sum(weights.values())
    held = sum(w for t, w in weights.items() if t in sentence or t in around)
    asked = _bigrams(question_content(question))
    bigram = len(asked & (_bigrams(sentence) | _bigrams(around))) / max(len(asked), 1)
    chunk = best.hit.chunk
    dense = sorted((h for h in result.hits if h.dense is not None), key=lambda h: -h.dense)
    ids = [h.chunk.chunk_id for h in dense]
    rank = ids.index(chunk.chunk_id) if chunk.chunk_id in ids else len(ids)
    spans, vecs = store.sentence_vectors([chunk.chunk_id]).get(chunk.chunk_id, ([], None))
    if vecs is not None and best.local in spans:
        sim = float(vecs[spans.index(best.local)] @ result.vector)
    else:
        sim = float(best.hit.dense or 0.0)
    unseen = [
        (t, w)
        for t, w in term_weights(result.tokens, result.index).items()
        if len(t) > 1 and result.index.df.get(t, 0) == 0 and t not in result.scanned
    ]
    raw_total = sum(term_weights(result.tokens, result.index).values()) or 1.0
    raw = term_weights(result.tokens, result.index)
    half = sum(
        w * (1.0 if t in sentence else 0.5 if half_held(t, sentence) else 0.0)
        for t, w in raw.items()
    )
    return {
        "cov_half": half / raw_total,
        "cov_ctx_half": sum(
            w * (1.0 if t in sentence else 0.5 if t in around or half_held(t, sentence) else 0.0)
            for t, w in raw.items()
        )
        / raw_total,
        "unseen_ps": sum(w for t, w in unseen if not half_held(t, sentence)) / raw_total,
        "unseen_pc": sum(w for t, w in unseen if not half_held(t, sentence + around)) / raw_total,
        "fit": extractive_fit(question, best.text),
        "ctx_g": held / total if total else 0.0,
        "bigram_ctx": bigram,
        "sentence_dense": sim,
        "agree": 1.0 / (1 + rank),
        "agree_sent": float(not ev.by_meaning),
    }
