"""A kind of tax asked (增值税, 企业所得税, 关税) told only as tax in general or as another kind
(Chinese).

「2025年上半年已投产飞地项目缴纳的增值税是多少」 was answered with 「实现地方留成税收3150万元」,
「2024年…缴纳了多少企业所得税」 with the 4200万元 of 地方留成税收 and 「亩均增值税不低于多少」 with the
article's 亩均税收: `siblings.py` reads 税收 and 税款 as one family of money words, and a word
naming one tax — a noun ending in 税, 增值税, 所得税, 关税, 消费税 — is none of its head words,
so nothing held the kind asked to the figure told. Local retained tax is a share of several
taxes, not the value-added tax; the tax of a year is no customs duty.

So, when a figure (number or share) is asked of a named tax — the last word of the question
ending in 税 that jieba tags no verb (纳税, 缴税, 免税 are deeds) —, some quoted sentence
carrying a figure, or what it stands under or after (the sentence before, heading, title),
must name that tax: the word itself, or a word sharing an English gloss with it (CC-CEDICT:
个税 and 个人所得税 are "personal income tax"). When figure-carrying sentences are quoted and
none names it, `missing` returns the tax asked and decide.py abstains with the nearest
evidence (gate shapes:tax).
"""

from __future__ import annotations

import re

from knowledge.answering.checking.attributes import tagged
from knowledge.answering.checking.checks import asked_types
from knowledge.answering.checking.focus import figure_in
from knowledge.answering.core.support import context_of
from knowledge.text.crosslingual import english_words, glosses
from knowledge.text.normalise import normalise

# a word naming one tax: a noun ending in 税 (增值税, 所得税, 关税); 税 alone names none
_TAX = re.compile(r"[\u4e00-\u9fff]+税")
_DEED_FLAGS = frozenset({"v", "vn", "vd", "ad"})  # 纳税, 缴税, 免税: deeds, not kinds
_LIGHT = frozenset({"tax", "taxes", "duty", "the", "of", "a"})
_KIND_WORDS = frozenset({"tax", "duty", "tariff"})


def kind(word: str, flag: str) -> bool:
    """Whether a word names one tax: a noun ending in 税 whose CC-CEDICT gloss ends in tax,
    duty or tariff (增值税 "value-added tax", 关税 "customs duty"; not 纳税 "pay taxes", 退税 "tax
    rebate refund"), or of three characters or more when CC-CEDICT has none (房产税, 企业所得税;
    not 分税, a deed)."""
    if not _TAX.fullmatch(word) or flag in _DEED_FLAGS:
        return False
    said = [g.split() for g in glosses(word)]
    if not said:
        return len(word) >= 3
    return any(g and g[-1] in _KIND_WORDS for g in said)


def asked(question: str) -> str:
    """The tax a question names last (所得税 of 「企业所得税」), else ''."""
    q = normalise(question)
    if not _TAX.search(q):  # no word ending in 税: nothing to tag
        return ""
    kinds = [w for w, f in tagged(q) if kind(w, f)]
    return kinds[-1] if kinds else ""


def label(question: str, tax: str) -> str:
    """The question's words for the tax asked: the noun right before it joined (企业所得税)."""
    words = tagged(normalise(question))
    for i, (w, _) in enumerate(words):
        if w == tax and i and words[i - 1][1].startswith("n") and len(words[i - 1][0]) > 1:
            return words[i - 1][0] + tax
    return tax


def _gloss(word: str) -> set[str]:
    return {w for g in glosses(word) for w in english_words(g) if w not in _LIGHT}


def names(tax: str, text: str) -> bool:
    """Whether `text` names the tax `tax`: itself, or a word sharing a gloss word with it."""
    if tax in text:
        return True
    want = _gloss(tax)
    if not want:
        return False
    words = {w for w, f in tagged(text) if kind(w, f)}
    return any(want & _gloss(w) for w in words)


def missing(q: str, ev) -> str | None:
    """The tax asked when figure-carrying sentences are quoted and none of them (nor what
    stands before it) names that tax; else None."""
    if not (tax := asked(q)):
        return None
    kinds = asked_types(q) & {"number", "share"}
    if not kinds:
        return None
    carriers = [c for c in ev.chosen if any(figure_in(k, c.text, q) for k in kinds)]
    if not carriers:
        return None
    for c in carriers:
        if names(tax, normalise(c.text) + "\n" + context_of(c, ev.docs, following=False)):
            return None
    return label(q, tax)
