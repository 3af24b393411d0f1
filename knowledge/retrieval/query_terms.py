"""A question's words as the index knows them. jieba cuts a name it does not know differently
in a question than in the passage: the passage's 「村民波岩温把……」 gives 波岩温, the question
「波岩温是哪个村小组的村民？」 gives 波岩 and 温是 — words no document has, which then miss the
passage and count against the question as terms the corpus lacks. A question token that no
indexed chunk has is replaced by the longest indexed word (three to six CJK characters) of the
question text that overlaps it."""

from __future__ import annotations

import re

from knowledge.retrieval.bm25 import LexicalIndex

MIN_CHARS, MAX_CHARS = 3, 6
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")


def as_indexed(tokens: list[str], text: str, index: LexicalIndex) -> list[str]:
    """`tokens` of the (normalised) question `text`, each unknown one of two or more
    characters replaced by the longest known word of `text` that overlaps it."""
    df = index.df
    unknown = [t for t in tokens if len(t) > 1 and not df.get(t)]
    if not unknown or not index.size:
        return tokens
    runs = [(m.start(), m.group()) for m in _CJK_RUN.finditer(text)]
    found: dict[str, str] = {}
    for t in unknown:
        i = text.find(t)
        if i < 0:
            continue
        best = ""
        for start, run in runs:
            lo, hi = i - start, i - start + len(t)  # the token's span inside the run
            if hi <= 0 or lo >= len(run):
                continue
            for s in range(max(0, lo - MAX_CHARS + 1), min(hi, len(run))):
                for e in range(min(len(run), s + MAX_CHARS), max(s + MIN_CHARS, lo + 1) - 1, -1):
                    w = run[s:e]
                    if e > lo and len(w) > len(best) and df.get(w) and w not in tokens:
                        best = w
                        break
        if best:
            found[t] = best
    if not found:
        return tokens
    out = [found.get(t, t) for t in tokens]
    return list(dict.fromkeys(out))
