"""Whose facet a quoted figure is: the thing a Chinese clause names right before the facet's
term, held against the thing an English question asks the facet of.

"What is the monthly rent per square metre for offices in the zone?" is answered by
「标准厂房租金为每月每平方米12元」: a rent (`facets_en` is content), but the rent of standard
factory buildings — 标准厂房, the noun the clause puts before 租金 — and the question names
neither "standard" nor "factory"; it names offices, which the sentence does not hold. So for an
English figure question naming a sum facet (`facets_en.asked`), when every quoted figure-carrying
sentence saying the facet says it only in clauses whose nouns before the facet's term (its
owner: 标准厂房 of 租金, 协议 of 投资) the question does not name, and the question names a thing
of its own such a sentence does not hold (offices, warehouse, talent apartment), the figure is
another thing's: "number" is lacking. A clause with no noun (or one character, 总投资) before the
term, or with one the question names (standard factory space; agreed investment for 协议投资,
through CC-CEDICT's "agreement"), is the facet asked. Names are read through CC-CEDICT both ways:
a question word's terms in the owner, or the owner's glosses sharing a stem with a question word.
A clause counts when it carries a sum of money (12元), or, unless a sum per unit is asked (rent
per square metre), any figure in digits: 「租金按同地段市场价的50%收取」 tells "how much rent do
staff pay for a talent apartment", not its rent per square metre. An English sentence saying
the facet is left to the other checks.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import checks_en, constraints, facets_en
from knowledge.answering.checking.checks_en_focus import holds, terms
from knowledge.text import units
from knowledge.text.crosslingual import english_words, glosses, verb_like, word_forms
from knowledge.text.normalise import normalise
from knowledge.text.tokens import pos_tags

_CLAUSE = re.compile(r"[，,；;。！？!?：:]")
# a sum's figure: a number in a money measure word (12元, 24.8亿元, 4200万元)
_SUM = re.compile(rf"\d[\d.,]*\s*[万亿千百]*\s*(?:{units.alternation('money')})")
# a noun's part-of-speech tags in jieba (n, nz, ns, nt, vn, l, j …): what may own a facet
_NOUN = re.compile(r"^(?:n|vn|l|j|b)")
# words of a question that name no thing a figure is of: times, measures, asking
_NOT_THING = frozenset(
    "january february march april may june july august september october november december "
    "year years month months monthly week weeks day days daily annual annually end half first "
    "second third fourth quarter square metre metres meter meters per mu yuan rmb total "
    "each every much many least most average cost costs zone park area".split()
)  # fmt: skip
_STEM = 5
# a sum per unit asked (rent per square metre, price per mu): only a sum of money tells it
_PER = re.compile(r"\bper\s+(?!cent)[a-z]")


def _said_in_english(facet: str, text: str) -> bool:
    return any(re.search(rf"(?<![a-z]){re.escape(f)}s?(?![a-z])", text) for f in word_forms(facet))


def missing(question: str, ev) -> str | None:
    """'number' when the question's sum facet stands in the quoted figure's clauses only as
    another named thing's (its owner not named by the question) and the question names a thing
    of its own those sentences do not hold; else None."""
    facets = [run for run in facets_en.asked(question) if run[0] in facets_en.SUMS]
    if not facets or not ev.chosen:
        return None
    expansion = ev.result.expansion or {}
    want = constraints.asked(question)
    words = english_words(question)
    foreign = False
    for c in ev.chosen:
        if (
            not checks_en.carries_figure(c.text, question)
            or constraints.verdict(want, c, ev.docs) < 0
        ):
            continue
        text = normalise(c.text)
        if any(_said_in_english(f, text) for run in facets for f in run):
            return None  # an English sentence saying the facet: the other checks read it
        owners = [o for run in facets for o in _owners(run, text, question, expansion)]
        if not owners:
            continue
        if any(o == "" or _named(o, words, expansion) for o in owners):
            return None  # the facet with no other thing before it, or the thing asked
        if _own_thing(question, words, facets, text, expansion):
            foreign = True
    return "number" if foreign else None


def _owners(
    run: tuple[str, ...], text: str, question: str, expansion: dict[str, list[str]]
) -> list[str]:
    """For each clause holding one of the run's facet terms and a sum of money (or, when no sum
    per unit is asked, any figure in digits), the nouns right before the term ('' when none):
    标准厂房 of 「标准厂房租金为…12元」."""
    found = [t for f in run for t in facets_en.facet_terms(f, expansion)]
    out = []
    for clause in _CLAUSE.split(text):
        if not _SUM.search(clause) and (
            _PER.search(question.lower()) or not _figure(clause, question)
        ):
            continue  # a share or a term, not the sum per unit asked: 「租金按…50%收取」
        for term in found:
            at = clause.find(term)
            if at < 0:
                continue
            nouns = []
            for piece in reversed(pos_tags(clause[:at])):
                if not _NOUN.match(piece.flag) or not piece.word.strip():
                    break
                nouns.insert(0, piece.word)
            owner = "".join(nouns)
            out.append(owner if len(owner) > 1 else "")  # 总投资: a qualifier, no other thing
            break
    return out


def _figure(clause: str, question: str) -> bool:
    """A figure in digits of the kind asked (a share or a cap tells "how much rent")."""
    return bool(re.search(r"\d", clause)) and checks_en.carries_figure(clause, question)


def _named(owner: str, words: list[str], expansion: dict[str, list[str]]) -> bool:
    """Whether the question names the owner: a word's Chinese term in it, or a gloss of one of
    its parts sharing a stem with a question word (协议 "agreement" for agreed)."""
    from jieba import lcut

    for w in words:
        if any(t in owner for t in terms(w, expansion) if len(t) > 1):
            return True
    stems = {f[:_STEM] for w in words for f in word_forms(w) if len(f) >= _STEM}
    for part in {owner, *lcut(owner)}:
        for gloss in glosses(part):
            if any(g[:_STEM] in stems for g in gloss.split() if len(g) >= _STEM):
                return True
    return False


def _own_thing(question, words, facets, text, expansion) -> bool:
    """Whether the question names a thing (a noun, not a time, measure or verb) the sentence
    does not hold: offices, warehouse, shops."""
    skip = {w for run in facets for w in run}
    for w in words:
        if w in skip or w in _NOT_THING or w.isdigit() or len(w) < 3:
            continue
        if w.endswith(("ly", "ed", "ing")) or verb_like(w):
            continue
        if not holds(w, text, expansion) and not any(
            holds(f, text, expansion) for f in word_forms(w)
        ):
            return True
    return False
