"""A body's name shortened in a question as the documents write it in full.

A reader says 管委会 for 联合管理委员会 and 发改委 for 市发展改革委; jieba cuts the full form into
管理 + 委员会 and 发展 + 改革 + 委, so the question's 管委会 meets none of its words (and may meet
another document's own 管委会). A question word of three or four Chinese characters that the
indexed texts also write as a longer word — its characters in order, the first and the last
among them, at most two between each pair — brings that longer word's tokens into the keyword
query: the form the texts write most often, when they write it at least MIN_SEEN times. Each
word is worked out once per index (the index is replaced, never changed, when the store
changes), by one regular-expression search over the indexed texts."""

from __future__ import annotations

import re
import threading
import weakref
from collections import Counter
from collections.abc import Callable

from knowledge.retrieval.bm25 import LexicalIndex
from knowledge.text.tokens import question_tokens

MIN_SEEN = 2  # a full form written once may be a chance run of characters
MAX_GAP = 2  # characters the short form leaves out between two of its own
_HAN = re.compile(r"[\u4e00-\u9fff]{3,4}")
_LOCK = threading.Lock()
_FORMS: weakref.WeakKeyDictionary[LexicalIndex, _Forms] = weakref.WeakKeyDictionary()


def pattern(term: str) -> re.Pattern:
    """The longer words `term` may shorten: its characters in order, the first and last
    among them, at most MAX_GAP Chinese characters between each pair."""
    gap = f"[\u4e00-\u9fff]{{0,{MAX_GAP}}}"
    return re.compile(gap.join(map(re.escape, term)))


class _Forms:
    def __init__(self, texts: list[str]) -> None:
        self.text = "\n".join(texts)
        self.memo: dict[str, tuple[str, ...]] = {}

    def of(self, term: str) -> tuple[str, ...]:
        found = self.memo.get(term)
        if found is None:
            seen = Counter(
                m.group()
                for m in pattern(term).finditer(self.text)
                if len(m.group()) >= len(term) + 2
            )
            best = max(seen, key=lambda w: (seen[w], w), default="")
            found = tuple(question_tokens(best)) if best and seen[best] >= MIN_SEEN else ()
            with _LOCK:
                self.memo[term] = found
        return found


def full_forms(tokens: list[str], index: LexicalIndex, texts: Callable[[], list[str]]) -> list[str]:
    """The tokens of the full forms of the question's short words (`tokens`, jieba's), not
    already among `tokens`; empty for an empty index."""
    short = [t for t in tokens if _HAN.fullmatch(t)]
    if not short or not index.size:
        return []
    with _LOCK:
        forms = _FORMS.get(index)
    if forms is None:
        forms = _Forms(texts())
        with _LOCK:
            forms = _FORMS.setdefault(index, forms)
    out = [t for s in short for t in forms.of(s) if t not in tokens and index.df.get(t)]
    return list(dict.fromkeys(out))
