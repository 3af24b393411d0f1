"""How well a sentence and its context support the question: the evidence behind answer/refuse.

A sentence rarely repeats everything the question says: the year sits in the document's date,
the subject in the section heading or the sentence before. So the question's terms are looked
for in the sentence's context too — its neighbouring sentences, chunk title and section, and
its document's title and date — and what is still missing is what the refusal model weighs.
"""

from __future__ import annotations

import math
import re

from knowledge.retrieval.bm25 import term_weights
from knowledge.retrieval.hybrid import SearchResult
from knowledge.schema import DocumentInfo
from knowledge.text.dates import parse_date
from knowledge.text.normalise import normalise
from knowledge.text.sentences import split_sentences
from knowledge.text.tokens import jieba_module

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def doc_date(doc: DocumentInfo | None) -> str | None:
    """A document's own date (ISO): published for news, issued for a 公文, else the first date
    written in its published field."""
    if doc is None:
        return None
    written = doc.published or ""
    iso = written[:10] if _ISO.match(written) else None
    return doc.published_on or doc.issued_on or parse_date(written) or iso or doc.effective_on


def zh_date(iso: str | None) -> str:
    """2024-10-15 -> 2024年10月15日 (how the question would write it); '' for None."""
    if not iso or len(iso) < 10 or not iso[:4].isdigit():
        return ""
    return f"{int(iso[:4])}年{int(iso[5:7])}月{int(iso[8:10])}日"


# a sentence telling how things stand as it is written: its figure is of its document's date
_NOW = re.compile(r"截[至止]目前|目前|至今|迄今|现已")
_OWN_MONTH = re.compile(
    r"(?<![\d.])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月|半年|季度|全年|年底|年末"
)
_MONTH_ASKED = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?(上旬|中旬|下旬|初|底|末)?")
# the days of its month a moment asked covers: 6月中旬 is told by a report of the 20th, 6月底 not
_PART_DAYS = {"上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "下旬": (21, 31), "底": (25, 31)}


def now_month(sentence: str, date: str, asked: str) -> set[int]:
    """The month of the document's date (`zh_date`'s 2024年6月20日: {6}) when a month is asked
    (`asked`, the question's words for it: 2024年6月中旬) and the sentence tells how things stand
    as it is written (「截至目前，累计签约项目17个」), naming no month or period of its own; a part
    of the month asked (中旬, 底) must hold the report's day. A sentence with no such word is of
    its own time, not its report's: its document's date dates nothing."""
    m = re.match(r"\d{4}年(\d{1,2})月(\d{1,2})日", date or "")
    month = _MONTH_ASKED.search(asked)
    text = normalise(sentence)
    if not (m and month) or not _NOW.search(text) or _OWN_MONTH.search(text):
        return set()
    first, last = _PART_DAYS.get(month[1] or "", (1, 31)) if month[1] != "末" else (25, 31)
    return {int(m[1])} if first <= int(m[2]) <= last else set()


def neighbours(text: str, span: tuple[int, int]) -> tuple[str, str]:
    """The sentences just before and after `span` inside `text` ('' at either end)."""
    spans = split_sentences(text)
    before = [s for s in spans if s[1] <= span[0]]
    after = [s for s in spans if s[0] >= span[1]]
    prev = text[before[-1][0] : before[-1][1]] if before else ""
    nxt = text[after[0][0] : after[0][1]] if after else ""
    return prev, nxt


def context_of(cand, docs: dict[str, DocumentInfo], following: bool = True) -> str:
    """What stands around a candidate sentence: its neighbours, chunk title and section, and
    its document's title and date (normalised, one string). `following=False`: only what
    stands before it and above it (no next sentence, no date)."""
    chunk = cand.hit.chunk
    doc = docs.get(chunk.doc_id)
    prev, nxt = neighbours(chunk.text, cand.local)
    date = zh_date(doc_date(doc)) if following else ""
    title = doc.title if doc else ""
    parts = [prev, nxt if following else "", chunk.title, chunk.section or "", title, date]
    return normalise("\n".join(parts))


def features(result: SearchResult, cand, docs: dict[str, DocumentInfo]) -> dict[str, float]:
    """`ctx`: the share of the question's term weight that the sentence or its context holds;
    `gap`: the share held by terms the corpus knows but the sentence and its context lack
    (the sign of a question about something next to what the documents say)."""
    weights = term_weights(result.tokens, result.index)
    total = math.fsum(weights.values())
    if not total:
        return {"ctx": 0.0, "gap": 0.0}
    sentence = normalise(cand.text)
    around = context_of(cand, docs)
    held = missing = 0.0
    for t, w in weights.items():
        if t in sentence or t in around:
            held += w
        elif result.index.df.get(t, 0) > 0 or t in result.scanned:
            missing += w
    return {"ctx": held / total, "gap": missing / total}


# a word's general-language IDF (log of jieba's dictionary total over its count) mapped onto
# [FLOOR, 1]: at COMMON or below (主要 6.9) it weighs FLOOR, at RARE and above (货车 12.6, 环评
# 16.1, words the dictionary lacks 17.9) fully, linearly between (为了 8.0: 0.2, 以前 8.8: 0.36)
COMMON, RARE, FLOOR = 7.0, 12.0, 0.1


def general_weight(term: str) -> float:
    """How much `term` says about a subject, judged by its frequency in Chinese at large: an
    everyday word a paraphrase brings (做到, 具体, 还是) weighs little, a subject word (电费,
    收购价, 出让金) fully."""
    jieba = jieba_module()
    idf = math.log(jieba.dt.total / (jieba.dt.FREQ.get(term, 0) + 1))
    return min(max((idf - COMMON) / (RARE - COMMON), FLOOR), 1.0)


def near(term: str, text: str) -> bool:
    """The text says nearly `term`: one of a two-character word's characters (签了 for 签约),
    two neighbouring ones of a longer word (收购价 is not near 收 ... 价钱)."""
    if len(term) <= 2:
        return any(ch in text for ch in term)
    return any(term[i : i + 2] in text for i in range(len(term) - 1))
