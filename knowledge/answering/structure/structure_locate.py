"""Where a document deals with a topic: 「哪一章讲利益分享？」「利益分享在第几章？」 "Which chapter of
the measures deals with benefit sharing?" — the 编/章/节 whose heading names the topic, found in
the headings the chunks' paths carry (an English topic through its Chinese terms). The structure
answers then list that part's articles, cited. 「哪一条规定了……」 is not a heading question: the
retrieved article that says it is quoted whole.
"""

from __future__ import annotations

import re

from knowledge.documents.articles import NUMERAL
from knowledge.text.normalise import normalise
from knowledge.text.numbers import numeral

EN_TERMS = 16  # Chinese dictionary terms per English word, most likely first
_KINDS_EN = {"part": "编", "chapter": "章", "section": "节", "article": "条"}
# 「哪一条」 only of a provision (not 「哪一条铁路」)
_ASK_ZH = re.compile(
    r"哪一?(?P<a>[编章节])|第几(?P<b>[编章节条])"
    r"|哪一?(?P<c>条)(?=规定|明确|讲|写|说|提到|涉及|对|是关于|里|中|条款)"
)
_ASK_EN = re.compile(r"\b(?:which|what|in which)\s+(?P<a>part|chapter|section|article)\b", re.I)
# "which article" of a policy text, not of a news site
_POLICY_EN = re.compile(
    r"\b(?:measures?|regulations?|rules|provisions|policy|notice|decision|law|guidelines)\b", re.I
)
# words of a heading question that are not its topic
_NOT_TOPIC = re.compile(
    r"《[^《》]*》|哪一?[编章节条]|第几[编章节条]|在哪一?部分|这个|这份|该|本|文件|规定了?|讲了?|讲的是"
    r"|涉及|关于|有关|内容|写了?|提到|是|在|了|的|吗|呢|中|里|[？?，,。\s]"
    r"|管理办法|实施细则|办法|条例|规定|细则|意见|通知|方案"
)
_HEADING = re.compile(rf"^第(?P<n>{NUMERAL})(?P<kind>[编章节])\s*(?P<name>.*)$")


def asks(question: str) -> str | None:
    """The kind of part a question asks the place of (章, 节, 编 or 条), or None."""
    if m := _ASK_EN.search(question):
        kind = _KINDS_EN[m["a"].lower()]
        return kind if kind != "条" or _POLICY_EN.search(question) else None
    if m := _ASK_ZH.search(question):
        return m["a"] or m["b"] or m["c"]
    return None


def topic_terms(question: str) -> list[list[str]]:
    """The topic as groups of alternatives: a Chinese question's two-character pieces (one
    group each), an English question's words with their Chinese dictionary terms."""
    if _ASK_EN.search(question):
        from knowledge.text.crosslingual import dictionary, english_words

        words = [w for w in english_words(question) if w not in _KINDS_EN and w != "chapters"]
        groups = [[t for t, _ in dictionary().terms(w)][:EN_TERMS] for w in words]
        return [g for g in groups if g]
    rest = _NOT_TOPIC.sub(" ", normalise(question))
    return [
        [p]
        for i in range(len(rest) - 1)
        if re.fullmatch(r"[\u4e00-\u9fff]{2}", p := rest[i : i + 2])
    ]


def best_heading(terms: list[list[str]], names: list[str], kind: str) -> tuple[str, int] | None:
    """(kind, number) of the heading among the path `names` (「第四章 利益分享」) that holds the
    most topic groups — at least two, or the only one asked — and holds more than any other."""
    scored: dict[tuple[str, int], int] = {}
    for name in dict.fromkeys(names):
        m = _HEADING.match(name)
        if not m or (kind != "条" and m["kind"] != kind) or not m["name"]:
            continue
        heading = normalise(m["name"])
        hit = sum(1 for group in terms if any(t in heading for t in group))
        scored[(m["kind"], numeral(m["n"]))] = hit
    if not scored:
        return None
    ranked = sorted(scored.items(), key=lambda kv: -kv[1])
    (best, hit), runner = ranked[0], ranked[1][1] if len(ranked) > 1 else 0
    return best if hit >= min(2, len(terms)) and hit > runner else None
