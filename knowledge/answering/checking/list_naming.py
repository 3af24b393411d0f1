"""A list asked is quoted from the article that holds its 项, not from a sentence that names it.

A 解读 or a 细则 names the 办法's lists in passing — 「办法同时列明了不予受理的三种情形」「办法第四条
规定了申请补助必须同时满足的四项条件」「申请人提交《办法》第七条规定的申请材料后，…」 — and shares
as many words of 「哪些情形不予受理」「要交哪些材料」 as the article's lead-in 「有下列情形之一的，不予
受理：」 with its 项, often more (the lead-in is short; the naming sentence repeats the question's
words). Asked for a list, the lead-in of the list such a sentence names moves just above it, for the
quoting only (`Candidate.lowered`: the refusal model reads the best sentence as before). Only the
highest sentence naming a list moves one.

A sentence names a list when it points at the article (「第七条规定的申请材料」「第九条所列…情形」:
第N条 followed by 规定/所列/列明/列出/列举/明确) or counts it (「三种情形」「四项条件」「五类材料」「四类
公共场所」); the list named is an article's lead-in (下列/以下/如下 … ：) that shares a word with
the words after the pointer or the count, and is that article (第N条) or has that many 项. The
lead-in must also share a word with the question: a 细则 naming three lists lifts only the one
asked about.
"""

from __future__ import annotations

import re

from knowledge.answering.checking.rule_lists import LEAD
from knowledge.answering.sentences.extractive import Candidate
from knowledge.documents.articles import NUMERAL, article_number, is_item
from knowledge.text.normalise import normalise
from knowledge.text.numbers import numeral
from knowledge.text.tokens import question_content

GAP = 0.01  # the lead-in's place just above the sentence naming its list
_N = rf"(?:{NUMERAL})"
_POINTED = re.compile(
    rf"第({_N})条(?:第{_N}款)?(?:规定|所列|列明|列出|列举|明确)(?:了|的)?([^，。；：,;:]{{0,16}})"
)
_COUNTED = re.compile(rf"({_N})(?:种|类|项|个|方面)([^，。；：、,;:]{{1,8}})")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# 「要交什么材料」: the members of a list asked by the noun its lead-in lists (「提交下列材料：」)
_WHAT = re.compile(r"(?:什么|啥|哪样的?)([\u4e00-\u9fff]{2,4})")


def _pairs(text: str) -> set[str]:
    """The two-character runs of the Chinese characters of `text`."""
    return {run[i : i + 2] for run in _HAN.findall(text) for i in range(len(run) - 1)}


def named(text: str) -> list[tuple[str, int, set[str]]]:
    """('article', N, words) for each 第N条 pointed at as a list's place, ('count', N, words)
    for each list counted; words: the two-character runs of what follows."""
    t = normalise(text)
    out = []
    for kind, pattern in (("article", _POINTED), ("count", _COUNTED)):
        for m in pattern.finditer(t):
            n = numeral(m.group(1))
            if n:
                out.append((kind, n, _pairs(m.group(2))))
    return out


def _line(c: Candidate) -> tuple[str, int]:
    """The candidate's line in its chunk and where the next line starts."""
    text = c.hit.chunk.text
    start = text.rfind("\n", 0, c.local[0]) + 1
    end = text.find("\n", c.local[0])
    return text[start : len(text) if end < 0 else end].strip(), len(text) if end < 0 else end + 1


def _items(c: Candidate, after: int) -> int:
    """How many 项 follow the lead-in line in its chunk."""
    n = 0
    for line in c.hit.chunk.text[after:].splitlines():
        if not line.strip():
            continue
        if not is_item(line.strip()):
            break
        n += 1
    return n


def _article(c: Candidate) -> int | None:
    return article_number((c.hit.chunk.section or "").split("›")[-1].strip())


def _lists_noun(question: str, line: str) -> bool:
    """The question asks 什么X (X two characters or more) and the lead-in lists X: 「下列材料：」."""
    for m in _WHAT.finditer(normalise(question)):
        noun = m.group(1)
        if any(re.search(f"(?:下列|以下|如下){noun[:k]}", line) for k in (4, 3, 2)):
            return True
    return False


def _holders(
    cands: list[Candidate], question: str, listed: bool
) -> list[tuple[Candidate, str, int]]:
    """The article lead-ins among the candidates sharing a word with the question, when a list
    is asked (`listed`) or the question asks 什么 of the noun the lead-in lists: (candidate,
    lead-in line, 项 count)."""
    asked = _pairs(question_content(question))
    out = []
    for c in cands:
        if not c.hit.chunk.section:
            continue
        line, after = _line(c)
        line = normalise(line)
        if not (LEAD.search(line) and _pairs(line) & asked):
            continue
        if listed or _lists_noun(question, line):
            out.append((c, line, _items(c, after)))
    return out


def _names(namer: Candidate, holder: tuple[Candidate, str, int]) -> bool:
    c, line, items = holder
    if namer.hit.chunk is c.hit.chunk or is_item(namer.text.strip()) or LEAD.search(namer.text):
        return False
    words = _pairs(line)
    for kind, n, after in named(namer.text):
        if after & words and (n == _article(c) if kind == "article" else n == items):
            return True
    return False


def lift(question: str, cands: list[Candidate], listed: bool) -> None:
    """For a list asked (`listed`, or 什么 of the noun a lead-in lists), the lead-in named by the highest sentence naming one above
    it moves just above that sentence, for the quoting only (one list: a 细则 article naming
    the lists of three articles lifts the one its best sentence names)."""
    holders = _holders(cands, question, listed)
    if not holders:
        return
    for namer in sorted(cands, key=lambda c: -c.score):
        lifted = [h[0] for h in holders if h[0].score < namer.score and _names(namer, h)]
        for c in lifted:
            c.lift_for_quoting(namer.score + GAP - c.score)
        if lifted:
            return
