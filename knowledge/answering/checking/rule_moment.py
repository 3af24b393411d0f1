"""A rule's figure counted from a moment of its own. Chinese evidence.

「备案材料递上去以后，发改委几天之内得先过一遍手续？」 asks a period a rule sets: 「市发展改革委
收到备案申请后，应当在五个工作日内完成形式审查」. The question names the moment in the asker's
words (递上去以后); the rule names it in its own (收到…后, 自…之日起). A figure reported for a
moment (「托管前有多少户」) needs that moment named (occasion.py); a rule's does not: it holds
whenever its moment comes, and the asker's 「…以后」 is that rule's condition told otherwise.

A rule here is a sentence of an article (its section names 第…条) or one bound by 应当, 必须,
不得; its own moment a 后 or 之日起 (for 以后, 之后, 后 asked) or a 前 not opening a count
(前五年 is a span) for 前, 之前, 以前 asked. The rule's moment must be of the thing the asker's
is: at least half the words the question's moment clause names beside its verb (备案 of
「备案材料递上去」) stand in the rule's clause up to its 后 (「收到备案申请」), a word's
characters in order (使用证 in 使用登记证) — 「不动产登记申请交上去以后」 is not the moment of
「收到验收申请之日起」, nor 「旧房拆除以后」 of 「新房竣工验收合格后」.
"""

from __future__ import annotations

import re

from knowledge.documents.articles import ARTICLE_NAME
from knowledge.text.tokens import jieba_module, pos_tags

_OBLIGED = re.compile(r"应当|必须|不得|须在|应于|应在")
_FROM = re.compile(r"(?<![最然])后(?![期续来])|之日起")
_BEFORE = re.compile(r"前(?![\d一二两三四五六七八九十几])")
_CLAUSE_END = re.compile(r"[，,。；;：:？?！!\n]")
# function words, adverbs, numerals, pronouns, places: no thing a moment is of
_NO_THING = ("p", "u", "d", "f", "m", "r", "c", "s", "a", "q", "x")


def _clause_before(text: str, end: int) -> str:
    """The clause of `text` that ends at `end` (from the last comma or stop before it)."""
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, end)]
    return text[starts[-1] if starts else 0 : end]


def moment_words(question: str, stem: str, word: str) -> list[str]:
    """The words the question's moment clause names beside its verb: 备案, 材料 of
    「备案材料递上去以后」 (stem 递上去, word 以后)."""
    at = question.find(stem + word)
    if at < 0:
        return []
    jieba_module()
    clause = _clause_before(question, at)
    return [
        p.word
        for p in pos_tags(clause)
        if len(p.word) >= 2 and p.word != stem and not p.flag.startswith(_NO_THING)
    ]


def _in_order(word: str, text: str) -> bool:
    """`word`'s characters stand in `text` in order (使用证 in 使用登记证)."""
    rest = iter(text)
    return all(ch in rest for ch in word)


def rule_from_a_moment(word: str, text: str, section: str, words: list[str] | None = None) -> bool:
    """`text` is a rule (an article's sentence, or one bound by 应当/必须/不得) whose figure runs
    from or up to a moment of its own (收到申请后, 自签订之日起, 开工前), and that moment is of
    the thing the question's moment `words` name (at least half of them, when it names any):
    the moment a question names in its own words (递上去以后, 签完以后) is that rule's
    condition, not the time of a figure reported then."""
    if not (ARTICLE_NAME.search(section) or _OBLIGED.search(text)):
        return False
    found = (_BEFORE if word.endswith("前") else _FROM).search(text)
    if not found:
        return False
    if not words:
        return True
    clause = _clause_before(text, found.start())
    return 2 * sum(_in_order(w, clause) for w in words) >= len(words)
