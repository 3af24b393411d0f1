"""Chinese keyword search: OpenCC/jieba tokens, a BM25 (bm25s) index and term statistics."""

from __future__ import annotations

import logging
import math
import re
import threading
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

_LOCK = threading.Lock()
_WORD = re.compile(r"[0-9A-Za-z\u4e00-\u9fff\u3400-\u4dbf]")
_CJK = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")

STOPWORDS = frozenset(
    """的 了 是 在 和 与 及 或 也 都 就 而 并 被 把 将 对 从 向 由 为 以 于 之 其 这 那 此 该 有 个 等 着 过
    吗 呢 吧 啊 呀 么 什么 多少 哪 哪个 哪些 哪里 哪儿 哪位 哪座 哪一 哪一天 谁 几 几个 怎么 怎样 怎么样 如何 为什么 为何
    何时 什么 时候 什么样 是否 是不是 请问 请 一下 一个 这次 这个 那个 这些 那些 我们 你们 他们 它们 我 你 他 她 它
    哪年 哪月 多久 多长 多大 多 会 能 可以 要 还 又 再 呢 吗 所 得 地 让 给 上 中 下 里 内 外 关于 有关 什么是
    a an the of to in on at for by with from as is are was were be been being do does did
    what which who whom whose when where why how many much is it its this that these those
    and or not no and about into than then there their they them he she his her we you your i
    """.split()
)


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def normalise(text: str) -> str:
    """Traditional -> simplified Chinese, lower case; character positions are kept."""
    with _LOCK:
        converted = _converter().convert(text)
    return (converted if len(converted) == len(text) else text).lower()


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def cjk_ratio(text: str) -> float:
    letters = [c for c in text if _WORD.match(c)]
    return sum(1 for c in letters if _CJK.match(c)) / len(letters) if letters else 0.0


_INTERROGATIVE = re.compile(
    r"哪一天|哪天|哪一年|哪年|哪个月|几月几日|几月|几号|什么时候|何时|多少|哪两个|哪几个|哪些|哪个|哪座|哪位|"
    r"哪家|哪里|哪儿|什么样|什么|怎样|怎么样|怎么|如何|为什么|为何|是否|请问|吗|呢"
)


def question_content(question: str) -> str:
    """The normalised question with interrogative phrases ("哪一天", "多少") blanked out."""
    return _INTERROGATIVE.sub(" ", normalise(question))


def question_tokens(question: str) -> list[str]:
    """Content tokens of a question."""
    return tokenize(question_content(question))


def tokenize(text: str, keep_stopwords: bool = False) -> list[str]:
    """Search-mode jieba tokens of the normalised text, without punctuation (and stopwords)."""
    words = _jieba().lcut_for_search(normalise(text))
    return [
        w
        for w in (w.strip() for w in words)
        if w and _WORD.search(w) and (keep_stopwords or w not in STOPWORDS)
    ]


class LexicalIndex:
    """BM25 over chunk tokens plus document frequencies for term weighting."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._build([tokenize(t) for t in texts])

    @classmethod
    def from_tokens(cls, corpus: Sequence[Sequence[str]]) -> LexicalIndex:
        """An index over texts already tokenised with `tokenize`."""
        index = cls.__new__(cls)
        index._build(corpus)
        return index

    def _build(self, corpus: Sequence[Sequence[str]]) -> None:
        import bm25s

        self.size = len(corpus)
        self.df: Counter[str] = Counter()
        for toks in corpus:
            self.df.update(set(toks))
        self.bm25 = bm25s.BM25() if self.size else None
        if self.bm25 is not None:
            self.bm25.index([t or [" "] for t in corpus], show_progress=False)
            self.vocab = self.bm25.vocab_dict

    def idf(self, token: str) -> float:
        """Rarer is heavier; a term the corpus never uses weighs most; none weighs zero."""
        return math.log(1 + (self.size + 1) / (self.df.get(token, 0) + 0.5))

    def search(self, tokens: Sequence[str], k: int) -> list[tuple[int, float]]:
        if self.bm25 is None:
            return []
        known = [t for t in dict.fromkeys(tokens) if t in self.vocab]
        if not known:
            return []
        k = min(k, self.size)
        ids, scores = self.bm25.retrieve([known], k=k, show_progress=False, n_threads=0)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if s > 0]


def term_weights(tokens: Sequence[str], index: LexicalIndex) -> dict[str, float]:
    """IDF weight of each distinct content token of a question."""
    return {t: index.idf(t) for t in dict.fromkeys(tokens)}


def coverage(weights: dict[str, float], text_tokens: set[str], text: str) -> float:
    """Share of the question's term weight that `text` contains (as token or substring)."""
    total = sum(weights.values())
    if not total:
        return 0.0
    hit = sum(w for t, w in weights.items() if t in text_tokens or t in text)
    return hit / total
