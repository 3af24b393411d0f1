"""Check a model's answer sentence by sentence against the passages it cites; renumber citations."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

import numpy as np

from knowledge.answering.core.citations import CitationBook, markers_in, strip_markers
from knowledge.answering.core.draft import Draft
from knowledge.answering.llm.replies import (
    clean_reply,
    renumbering,
    reply_sentences,
    rewrite_markers,
)
from knowledge.protocols import Embedder
from knowledge.retrieval.bm25 import LexicalIndex
from knowledge.schema import DocumentInfo, ScoredChunk, Sentence
from knowledge.text.normalise import CJK, has_cjk, is_chinese, normalise
from knowledge.text.numbers import numbers_in
from knowledge.text.sentences import sentence_units
from knowledge.text.tokens import jieba_module, tokenize

# Thresholds calibrated on tests/data/verify_cases.jsonl (scores recorded there; see
# tests/test_verify.py). e5 cosine of a sentence to its best-matching cited sentence:
SIM_THRESHOLD = 0.84  # same language: correct paraphrases scored >= 0.853
SIM_THRESHOLD_CROSS = 0.78  # English sentence, Chinese passage: paraphrases >= 0.805
# IDF-weighted share of a sentence's words found in the cited passages (same language only):
GROUNDING_MIN = 0.46  # paraphrases scored >= 0.52, unrelated claims <= 0.41
RARE_SHARE = 0.02  # a term in at most this share of the chunks (and at least 1) is "rare" ...
GENERAL_RARE = 11.5  # ... if also rare in general Chinese: -log(jieba dictionary frequency)
PROPER_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz"})  # jieba POS: names, places, orgs
COMMON_NAME = 7.0  # proper nouns more common than this (中国) are not checked
CONNECTIVE_MAX_CHARS = 12  # an uncited sentence without key facts up to this long may pass
UNIT_CHARS = 240

_DATE = re.compile(r"(?<!\d)\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月(?!\d)")
_NUMBER_FACT = re.compile(r"\d+(?:\.\d+)?")
_QUOTED = re.compile(r"[“「『《\"]([^”」』》\"]{2,40})[”」』》\"]")
_LATIN = re.compile(r"[a-z][a-z0-9]*(?:[-'][a-z0-9]+)*")
_NAME_EN = re.compile(r"\b[A-Z][A-Za-z]+")


# ---- key facts ---------------------------------------------------------------------------------
@cache
def _general_frequency() -> tuple[dict[str, int], int]:
    jieba = jieba_module()
    return jieba.dt.FREQ, jieba.dt.total


def general_rarity(word: str) -> float:
    """-log of the word's frequency in jieba's general-Chinese dictionary (unknown: rarest)."""
    freq, total = _general_frequency()
    return math.log(total / (freq.get(word, 0) + 1))


def rare_terms(text: str, index: LexicalIndex | None) -> list[str]:
    """Chinese words in few chunks of the index (high IDF) that are also uncommon in general
    Chinese: names, places, specific terms; not everyday words a small corpus happens to lack."""
    if index is None or not index.size:
        return []
    most = max(2.0, RARE_SHARE * index.size)
    return [
        t
        for t in dict.fromkeys(tokenize(text))
        if len(t) >= 2
        and has_cjk(t)
        and 1 <= index.df.get(t, 0) <= most
        and general_rarity(t) >= GENERAL_RARE
    ]


def proper_nouns(text: str) -> list[str]:
    """Person, place and organisation names that jieba's tagger recognises (two chars or more)."""
    import jieba.posseg

    _general_frequency()
    words = jieba.posseg.lcut(text)
    return [
        w.word
        for w in words
        if w.flag in PROPER_TAGS and len(w.word) >= 2 and general_rarity(w.word) >= COMMON_NAME
    ]


def grounding(text: str, evidence: str, index: LexicalIndex | None) -> float:
    """IDF-weighted share of the sentence's words that the evidence contains (IDF capped at a
    once-seen word's, so words the corpus never uses do not dominate)."""
    words = list(dict.fromkeys(tokenize(text)))
    if not words:
        return 1.0
    ev = re.sub(r"\s+", "", normalise(evidence))
    cap = math.log(1 + (index.size + 1) / 1.5) if index else 1.0
    weights = {w: min(index.idf(w), cap) if index else 1.0 for w in words}
    return math.fsum(v for w, v in weights.items() if w in ev) / math.fsum(weights.values())


def key_facts(text: str, index: LexicalIndex | None) -> list[str]:
    """What a sentence asserts that a citation must back: dates, numbers, quoted names, Latin
    words (in Chinese sentences), proper nouns and rare Chinese terms."""
    norm = re.sub(r"\s+", "", normalise(strip_markers(text)))
    dates = _DATE.findall(norm)
    rest = _DATE.sub(" ", norm)
    facts = dates + [_fmt(n) for n in numbers_in(rest)]
    facts += [q for q in _QUOTED.findall(norm)]
    if is_chinese(norm):
        facts += [w for w in _LATIN.findall(norm) if len(w) >= 2]
    if has_cjk(norm):
        facts += proper_nouns(norm) + rare_terms(norm, index)
    return list(dict.fromkeys(facts))


def missing_facts(text: str, evidence: str, index: LexicalIndex | None) -> list[str]:
    """Key facts of `text` that the evidence does not contain."""
    ev = re.sub(r"\s+", "", normalise(evidence))
    have = {_fmt(n) for n in numbers_in(ev)}
    return [
        f
        for f in key_facts(text, index)
        if (f not in have if _NUMBER_FACT.fullmatch(f) else f not in ev)
    ]


def _fmt(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def is_factual(text: str, index: LexicalIndex | None) -> bool:
    """Whether an (uncited) sentence states something: key facts, an English name (capitalised
    word after the first), or more than a few words (characters; an English word counts 3)."""
    bare = strip_markers(text)
    latin = sum(1 for t in tokenize(bare) if not has_cjk(t) and not t.isdigit())
    size = len(CJK.findall(bare)) + 3 * latin
    named = _NAME_EN.search(bare.lstrip()[1:])
    return bool(key_facts(bare, index) or named) or size > CONNECTIVE_MAX_CHARS


# ---- sentence checks ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Check:
    """The verdict on one sentence of a model's answer, with the scores behind it."""

    text: str  # without markers
    cited: tuple[int, ...]  # valid passage numbers, as given to the model
    bad: tuple[int, ...]  # out-of-range markers
    missing: tuple[str, ...] = ()  # key facts the cited passages lack
    similarity: float = 0.0  # best e5 cosine to a sentence of a cited passage
    grounding: float = 0.0  # weighted share of its words found in the cited passages
    cross_lingual: bool = False  # sentence and passages in different languages
    best: tuple[tuple[int, tuple[int, int]], ...] = ()  # (passage, best-matching span) each
    supported: bool = False


@dataclass(frozen=True)
class Thresholds:
    similarity: float = SIM_THRESHOLD
    similarity_cross: float = SIM_THRESHOLD_CROSS
    grounding: float = GROUNDING_MIN

    def supports(self, c: Check) -> bool:
        """Cited, no bad marker, every key fact present, and close enough in meaning."""
        if c.bad or not c.cited or c.missing:
            return False
        if c.cross_lingual:
            return c.similarity >= self.similarity_cross
        return c.similarity >= self.similarity and c.grounding >= self.grounding


class Verifier:
    """Checks answer sentences against the passages they cite: key facts must be there, and the
    sentence must be close to one of their sentences (e5 cosine) and share their wording."""

    def __init__(
        self,
        embeddings: Embedder,
        index: LexicalIndex | None,
        thresholds: Thresholds | None = None,
    ) -> None:
        self.embeddings = embeddings
        self.index = index
        self.thresholds = thresholds or Thresholds()
        self._vectors: dict[str, np.ndarray] = {}  # e5 vectors by text, for this verifier's life

    def check(self, reply: str, passages: Sequence[ScoredChunk]) -> list[Check]:
        pieces = reply_sentences(clean_reply(reply))
        n = len(passages)
        cited = sorted({m for p in pieces for m in markers_in(p) if 1 <= m <= n})
        units = [(m, span) for m in cited for span in _units(passages[m - 1])]
        texts = [strip_markers(p) for p in pieces]
        sims = np.zeros((len(texts), len(units)), dtype=np.float32)
        if units:
            unit_texts = [passages[m - 1].chunk.text[s:e] for m, (s, e) in units]
            vectors = self._embed(texts + unit_texts)
            sims = vectors[: len(texts)] @ vectors[len(texts) :].T
        return [self._check(p, sims[i], passages, units) for i, p in enumerate(pieces)]

    def _embed(self, texts: list[str]) -> np.ndarray:
        new = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if new:
            self._vectors.update(zip(new, self.embeddings.embed_passages(new)))
        return np.stack([self._vectors[t] for t in texts])

    def _check(self, piece: str, sims: np.ndarray, passages, units) -> Check:
        text, markers = strip_markers(piece), markers_in(piece)
        good = tuple(m for m in markers if 1 <= m <= len(passages))
        bad = tuple(m for m in markers if m not in good)
        if not good:
            return Check(text, (), bad, supported=not bad and not is_factual(text, self.index))
        evidence = "\n".join(_passage_text(passages[m - 1]) for m in good)
        sim, best = _best(sims, units, good)
        check = Check(
            text,
            good,
            bad,
            missing=tuple(missing_facts(text, evidence, self.index)),
            similarity=sim,
            grounding=grounding(text, evidence, self.index),
            cross_lingual=is_chinese(text) != is_chinese(evidence),
            best=best,
        )
        return replace(check, supported=self.thresholds.supports(check))

    def draft(
        self, reply: str, passages: Sequence[ScoredChunk], docs: dict[str, DocumentInfo]
    ) -> Draft:
        """The verified answer: markers renumbered [1..k] by first use, citations for them."""
        reply = clean_reply(reply)
        checks = self.check(reply, passages)
        mapping = renumbering(reply, len(passages))
        book = CitationBook(docs)
        for old in mapping:
            book.cite(passages[old - 1])
            for span in _highlights(checks, old):
                book.cite(passages[old - 1], span)
        sentences = [
            Sentence(c.text, tuple(mapping[m] for m in c.cited), c.supported) for c in checks
        ]
        text = re.sub(r"[ \t]{2,}", " ", rewrite_markers(reply, mapping)).strip()
        return Draft(text, False, "llm", book.citations(), sentences, bad_marker_notice(checks))


def _passage_text(hit: ScoredChunk) -> str:
    return f"{hit.chunk.title}\n{hit.chunk.text}"


def _units(hit: ScoredChunk) -> list[tuple[int, int]]:
    return sentence_units(hit.chunk.text, UNIT_CHARS)


def _best(row: np.ndarray, units: list, good: tuple[int, ...]) -> tuple[float, tuple]:
    """Highest cosine over the cited passages' sentences; and each passage's best sentence."""
    best: dict[int, tuple[float, tuple[int, int]]] = {}
    for j, (m, span) in enumerate(units):
        if m in good and (m not in best or row[j] > best[m][0]):
            best[m] = (float(row[j]), span)
    top = max((s for s, _ in best.values()), default=0.0)
    return top, tuple((m, span) for m, (_, span) in best.items())


def _highlights(checks: list[Check], passage: int) -> list[tuple[int, int]]:
    """Spans of `passage` that best matched the sentences citing it (for highlighting)."""
    return list(dict.fromkeys(span for c in checks for m, span in c.best if m == passage))


def bad_marker_notice(checks: list[Check]) -> str | None:
    bad = sorted({m for c in checks for m in c.bad})
    if not bad:
        return None
    listed = "、".join(f"[{m}]" for m in bad)
    return f"模型引用了不存在的段落 {listed}，已移除这些标记，相关句子标记为未经证实。"
