"""Chinese keywords for an English question: its words through CC-CEDICT (and names through
pinyin, "Mohan" -> 磨憨; two or three capitalised words as one name, "Zhang Li" -> 张立), kept
only when the keyword index uses them, rarer terms first."""

from __future__ import annotations

import math
import re
import threading
import weakref
from collections.abc import Callable
from functools import lru_cache

from knowledge.retrieval.bm25 import LexicalIndex
from knowledge.text.crosslingual import dictionary, english_words
from knowledge.text.normalise import normalise
from knowledge.text.tokens import jieba_module, tokenize

PER_WORD = 2  # Chinese terms kept for one English word
MIN_WEIGHT = 0.25  # a headword whose gloss has more words than this allows is a description
COMMON = 0.5  # a term in more than this share of the chunks tells nothing

_LOCK = threading.Lock()
_LOOKUPS: weakref.WeakKeyDictionary[LexicalIndex, _Lookup] = weakref.WeakKeyDictionary()
MAX_WORDS = 10_000  # English words kept per index
NAME_LETTERS = 4  # shorter English words are not taken for pinyin names
MAX_SYLLABLES = 4
MAX_SPELLINGS = 4000  # character combinations tried for one way of splitting a name
# a person's name in pinyin, two or three capitalised words: Zhang Li, Wang Haitao
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\b")


def expand(
    question: str, index: LexicalIndex, texts: Callable[[], list[str]]
) -> dict[str, list[str]]:
    """Each English content word of `question` -> the Chinese index terms it maps to (empty
    list: none); `texts` gives the indexed chunks' normalised texts (read once per index, for
    names). Nothing for an empty index. A word's terms are worked out once per index (the
    index is replaced, never changed, when the store changes), so a warm English question
    costs a few dictionary look-ups."""
    if index.bm25 is None or not index.size:
        return {}
    words = english_words(question)
    if not words:
        return {}
    known = _lookup(index, texts)
    groups = {word: list(known.terms(word)) for word in words}
    for run in _NAME_RUN.findall(question):  # as asked: its capitals say where a name is
        parts = [w.lower() for w in run.split()]
        if found := known.names.find("".join(parts)):
            terms = list(dict.fromkeys(t for name in found for t in tokenize(name)))
            groups |= {w: terms for w in parts if w in groups}
    return groups


def cross_coverage(groups: dict[str, list[str]], index: LexicalIndex, text: str) -> float:
    """Share of an English question's word weight that a (normalised) text holds, a word
    counting when the text has it or one of its Chinese terms; a word weighs as its rarest
    form in the corpus (a word no document uses weighs most, so it lowers every text's share)."""
    total = hit = 0.0
    for word, terms in groups.items():
        weight = max(index.idf(t) for t in [word, *terms]) if terms else index.idf(word)
        total += weight
        if word in text or any(t in text for t in terms):
            hit += weight
    return hit / total if total else 0.0


class _Lookup:
    """English word -> Chinese terms for one index: its names by pinyin, the dictionary terms
    it uses; each word worked out on first use and kept (at most MAX_WORDS)."""

    def __init__(self, index: LexicalIndex, texts: list[str]) -> None:
        self.df = index.df  # not the index itself: the cache is keyed weakly by it
        self.limit = index.size * COMMON
        self.names = _Names(texts)
        self.memo: dict[str, tuple[str, ...]] = {}

    def terms(self, word: str) -> tuple[str, ...]:
        found = self.memo.get(word)
        if found is None:
            names = [t for name in self.names.find(word) for t in tokenize(name)]
            found = tuple(dict.fromkeys(names + self._dictionary_terms(word)))
            if len(self.memo) >= MAX_WORDS:
                self.memo.clear()
            self.memo[word] = found
        return found

    def _used(self, term: str) -> bool:
        """The index has the term, in at most COMMON of its chunks (else it tells nothing)."""
        return 0 < self.df.get(term, 0) <= self.limit

    def _dictionary_terms(self, word: str) -> list[str]:
        """The word's dictionary terms the index uses (a term not in it as one token counts
        through its search-mode tokens of two or more characters), close to the best weight,
        rarer first."""
        found: dict[str, float] = {}
        for term, weight in dictionary().terms(word):
            if weight < MIN_WEIGHT:
                continue
            # a term the index splits counts through its words, when the index has them all
            # (国家公园 is no "park" in a corpus with 国家 and no 公园)
            parts = (term,) if self._used(term) else _parts(term)
            if not parts or not all(self._used(part) for part in parts):
                continue
            for part in parts:
                if weight > found.get(part, 0.0):
                    found[part] = weight
        score = {t: w * (1 + math.log1p(self.df[t])) for t, w in found.items()}
        return sorted(score, key=lambda t: (-score[t], t))[:PER_WORD]


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
