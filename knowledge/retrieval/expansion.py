"""Chinese keywords for an English question: its words through CC-CEDICT (and names through
pinyin, "Mohan" -> 磨憨, "Zhang Li" -> 张立), kept when the keyword index uses them.

A word has many glosses ("signed": 签署, 指标, 签约 …; "projects": 项目, 计划, 突出 …): the
terms kept for it are the ones the corpus writes beside the question's other words (签约 beside
项目 and 园区), not the most frequent. A common term is kept (项目, 园区: the sentence with the
figure needs them), weighed by its idf in the keyword search and in `cross_coverage`. Two
adjacent words or a hyphenated one are looked up as a phrase first ("fixed-asset" -> 固定资产,
"management committee" -> 管委会)."""

from __future__ import annotations

import math
import re
import threading
import weakref
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from knowledge.retrieval.bm25 import LexicalIndex
from knowledge.text.crosslingual import characters, dictionary, english_words, word_forms
from knowledge.text.normalise import normalise
from knowledge.text.tokens import jieba_module, tokenize

PER_WORD = 2  # Chinese terms kept for one English word
CANDIDATES = 8  # a word's dictionary terms weighed against the question's other words
MIN_WEIGHT = 0.25  # a headword whose gloss has more words than this allows is a description
PHRASE = 2.0  # a phrase's term outweighs any single word's gloss
KEEP = 0.6  # a second term is kept when it scores this share of the word's best

_LOCK = threading.Lock()
_LOOKUPS: weakref.WeakKeyDictionary[LexicalIndex, _Lookup] = weakref.WeakKeyDictionary()
MAX_WORDS = 10_000  # English words kept per index
NAME_LETTERS = 4  # shorter English words are not taken for pinyin names
MAX_SYLLABLES = 4
MAX_SPELLINGS = 4000  # character combinations tried for one way of splitting a name
_RAW = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")
# a person's name in pinyin, two or three capitalised words: Zhang Li, Wang Haitao
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\b")


def expand(
    question: str, index: LexicalIndex, texts: Callable[[], list[str]]
) -> dict[str, list[str]]:
    """Each English content word of `question` -> the Chinese index terms it maps to (empty
    list: none); `texts` gives the indexed chunks' normalised texts (read once per index, for
    names). Nothing for an empty index. A word's candidate terms are worked out once per index
    (the index is replaced, never changed, when the store changes); which of them a question
    keeps is a few array look-ups."""
    if index.bm25 is None or not index.size:
        return {}
    words = english_words(question)
    if not words:
        return {}
    known = _lookup(index, texts)
    names = {w: list(known.names_of(w)) for w in words}
    for run in _NAME_RUN.findall(question):
        parts = [w.lower() for w in run.split()]
        if found := known.names_of("".join(parts)):
            names |= {w: list(found) for w in parts if w in names}
    cands = {w: dict(known.candidates(w)) for w in words}
    for phrase, parts in _phrases(question, set(words)):
        for term in known.candidates(phrase, phrase=True):
            for w in parts:
                cands[w][term[0]] = PHRASE
    chosen = _choose(cands, index)
    return {w: list(dict.fromkeys(names[w] + chosen[w])) for w in words}


def cross_coverage(groups: dict[str, list[str]], index: LexicalIndex, text: str) -> float:
    """Share of an English question's word weight that a (normalised) text holds, a word
    counting when the text has it or one of its Chinese terms; a word weighs as its rarest
    form in the corpus (a word no document uses weighs most, so it lowers every text's share),
    and a text holding only a commoner form of it (项目 for "projects") is credited that
    form's idf, not the word's. A text holding the word itself is credited as its rarest
    Chinese term: in a Chinese corpus an English word is rare because few documents are in
    English, not because it says more, and crediting its own idf put an English release's
    sentence ("four new projects signed") ahead of the Chinese one telling the fact
    (「新签约飞地项目20个以上」: 飞地 and 项目 are common terms)."""
    return cross_share(cross_weights(groups, index), text)


Weights = list[tuple[float, float, str, tuple[tuple[str, float], ...]]]


def cross_weights(groups: dict[str, list[str]], index: LexicalIndex) -> Weights:
    """What `cross_coverage` weighs, worked out once per question: each word's weight, what
    the word itself is credited (its rarest term's idf), the word, and each term's idf."""
    out = []
    for word, terms in groups.items():
        idfs = tuple((t, index.idf(t)) for t in terms)
        own = index.idf(word)
        weight = max(own, *(i for _, i in idfs)) if terms else own
        out.append((weight, max(i for _, i in idfs) if terms else weight, word, idfs))
    return out


def cross_share(weights: Weights, text: str) -> float:
    """`cross_coverage` of one text from the question's `cross_weights`."""
    total = hit = 0.0
    for weight, own, word, idfs in weights:
        total += weight
        held = [i for t, i in idfs if t in text] + ([own] if word in text else [])
        hit += min(max(held), weight) if held else 0.0
    return hit / total if total else 0.0


def _phrases(question: str, content: set[str]) -> list[tuple[str, tuple[str, ...]]]:
    """Two adjacent content words ("management committee") and a hyphenated word's parts
    ("fixed-asset"), as phrases to look up, each with the question words it stands for."""
    raw = [w.lower() for w in _RAW.findall(question)]
    out = []
    for a, b in zip(raw, raw[1:]):
        if a in content and b in content:
            out.append((f"{a} {b}", (a, b)))
    for w in raw:
        if "-" in w and w in content:
            out.append((w.replace("-", " "), (w,)))
    return out


def _choose(cands: dict[str, dict[str, float]], index: LexicalIndex) -> dict[str, list[str]]:
    """PER_WORD terms for each word: the heavier glosses the corpus writes in the same chunks
    as another word's terms ("signed": 签约 beside 项目, not 指标); a word alone, by its
    gloss weight and frequency."""
    rows = {t: index.rows(t) for terms in cands.values() for t in terms}
    masks = {}
    for w, terms in cands.items():
        mask = np.zeros(index.size, dtype=np.int32)
        for t in terms:
            mask[rows[t]] = 1
        masks[w] = mask
    count = sum(masks.values()) if masks else np.zeros(index.size, dtype=np.int32)
    out = {}
    for w, terms in cands.items():
        others = (count - masks[w]) > 0
        score = {
            t: math.sqrt(weight) * (1 + math.log1p(int(others[rows[t]].sum())))
            + 0.1 * math.log1p(len(rows[t]))
            for t, weight in terms.items()
        }
        ranked = sorted(score, key=lambda t: (-score[t], t))[:PER_WORD]
        out[w] = [t for t in ranked if score[t] >= KEEP * score[ranked[0]]]
    return out


class _Lookup:
    """English word -> Chinese terms for one index: its names by pinyin, the dictionary terms
    it uses; each word worked out on first use and kept (at most MAX_WORDS)."""

    def __init__(self, index: LexicalIndex, texts: list[str]) -> None:
        self.df = index.df  # not the index itself: the cache is keyed weakly by it
        self.names = _Names(texts)
        self.memo: dict[tuple[str, bool], tuple[tuple[str, float], ...]] = {}
        self.name_memo: dict[str, tuple[str, ...]] = {}

    def names_of(self, word: str) -> tuple[str, ...]:
        found = self.name_memo.get(word)
        if found is None:
            found = tuple(dict.fromkeys(t for n in self.names.find(word) for t in tokenize(n)))
            self._keep(self.name_memo)[word] = found
        return found

    def candidates(self, word: str, phrase: bool = False) -> tuple[tuple[str, float], ...]:
        """The word's (or phrase's) dictionary terms the index uses, with their gloss
        weights, the CANDIDATES heaviest."""
        found = self.memo.get((word, phrase))
        if found is None:
            found = tuple(self._dictionary_terms(word, phrase).items())
            self._keep(self.memo)[(word, phrase)] = found
        return found

    @staticmethod
    def _keep(memo: dict) -> dict:
        if len(memo) >= MAX_WORDS:
            memo.clear()
        return memo

    def _used(self, term: str) -> bool:
        return self.df.get(term, 0) > 0

    def _found(self, term: str) -> bool:
        """The index has the term, or every word of it."""
        parts = (term,) if self._used(term) else _parts(term)
        return bool(parts) and all(self._used(p) for p in parts)

    def _dictionary_terms(self, word: str, phrase: bool) -> dict[str, float]:
        """The terms the index uses (a term not in it as one token counts through its
        search-mode tokens of two or more characters), heaviest and most used first. A
        phrase's terms are whole glosses of it (its last word inflected or not), or its
        words' one-character glosses joined (`_compounds`); a hyphenated word's parts alone
        are no terms of it (cold -> 冷藏, chain -> 供应链 are no cold-chain)."""
        if phrase:
            head, _, last = word.rpartition(" ")
            forms = [f"{head} {f}" for f in [*word_forms(last), last + "s"]]
            pairs = [p for f in dict.fromkeys(forms) for p in dictionary().terms(f) if p[1] >= 1]
            pairs += [(t, 1.0) for t in _compounds(head, last) if self._used(t)]
        else:
            pairs = dictionary().terms(word)
        found: dict[str, float] = {}
        for term, weight in pairs:
            if weight < MIN_WEIGHT:
                continue
            # a term the index splits counts through its words, when the index has them all
            # (国家公园 is no "park" in a corpus with 国家 and no 公园)
            if not self._found(term):
                continue
            for part in (term,) if self._used(term) else _parts(term):
                if weight > found.get(part, 0.0):
                    found[part] = weight
        score = {t: w * (1 + math.log1p(self.df[t])) for t, w in found.items()}
        best = sorted(score, key=lambda t: (-score[t], t))[:CANDIDATES]
        return {t: found[t] for t in best}


def _compounds(first: str, second: str) -> list[str]:
    """A phrase written as one character for each word (cold chain -> 冷链, cross border ->
    跨境): each word's one-character glosses, joined."""
    a, b = characters(first), characters(second)
    return [x + y for x in a for y in b] if len(a) * len(b) <= 64 else []


@lru_cache(maxsize=1 << 16)
def _parts(term: str) -> tuple[str, ...]:
    """A dictionary term's words (jieba's precise cut: 市场主体 -> 市场, 主体) of two or more
    characters, () when a one-character piece is left; the same for every index, kept for the
    process."""
    words = jieba_module().lcut(normalise(term))
    return tuple(words) if len(words) > 1 and all(len(w) > 1 for w in words) else ()


class _Names:
    """Chinese names of the corpus by their toneless pinyin ("mohan" -> 磨憨), for one index."""

    def __init__(self, texts: list[str]) -> None:
        self.text = "\n".join(texts)
        readings = dictionary().readings
        self.chars: dict[str, list[str]] = {}  # syllable -> corpus characters read so
        for ch in set(self.text):
            for syl in readings.get(ch, ()):
                self.chars.setdefault(syl, []).append(ch)
        self.longest = max(map(len, self.chars), default=0)
        self.memo: dict[str, list[str]] = {}

    def find(self, word: str) -> list[str]:
        if word not in self.memo:
            self.memo[word] = self._find(word) if len(word) >= NAME_LETTERS else []
        return self.memo[word]

    def _find(self, word: str) -> list[str]:
        counts: dict[str, int] = {}
        for syllables in self._split(word, MAX_SYLLABLES):
            if len(syllables) < 2:
                continue
            options = [""]
            for syl in syllables:
                options = [o + c for o in options for c in self.chars[syl]]
                if len(options) > MAX_SPELLINGS:
                    break
            else:
                for o in options:
                    n = self.text.count(o)
                    if n:
                        counts[o] = n
        return sorted(counts, key=lambda o: -counts[o])[:PER_WORD]

    def _split(self, word: str, parts: int) -> list[list[str]]:
        """Ways to spell `word` as at most `parts` syllables of corpus characters."""
        if not word:
            return [[]]
        if not parts:
            return []
        out = []
        for n in range(1, min(self.longest, len(word)) + 1):
            if word[:n] in self.chars:
                out += [[word[:n]] + rest for rest in self._split(word[n:], parts - 1)]
        return out


def _lookup(index: LexicalIndex, texts: Callable[[], list[str]]) -> _Lookup:
    with _LOCK:
        cached = _LOOKUPS.get(index)
    if cached is None:
        cached = _Lookup(index, texts())
        with _LOCK:
            cached = _LOOKUPS.setdefault(index, cached)
    return cached
