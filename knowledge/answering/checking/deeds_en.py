"""How an English deed is read for `doers_en`: its verb behind an irregular past form (took,
brought, paid), a verb with its particle as one gloss (hand over -> 交付, draw up -> 制定), and
the words it is done to (the question's words after the verb).

"Who handed over the talent apartments?" is told by 「人才公寓一期300套正式交付」 only through
"hand over"; "handed" alone is glossed by nothing the corpus uses. A deed whose Chinese terms
no document uses at all (designated -> 指定, appointed -> 任命, demolished -> 拆除) is told by no
quoted sentence either: a name beside the thing it was done to is the most the sentences can
offer (「由昆明市托管…磨憨镇」 for "who took over Mohan town"), and a name elsewhere, or none, is
another person's deed or no one's.
"""

from __future__ import annotations

import calendar
import re

from knowledge.answering.checking.checks_en_focus import holds, known, terms
from knowledge.text.crosslingual import dictionary, english_words, word_forms

# past forms English does not make with -ed (the verbs a doer is asked by), read back to the
# verb CC-CEDICT glosses
_IRREGULAR = dict(
    pair.split(":")
    for pair in (
        "took:take gave:give brought:bring paid:pay sold:sell chose:choose laid:lay built:build "
        "sent:send made:make held:hold began:begin drew:draw bought:buy found:find kept:keep "
        "left:leave met:meet won:win spent:spend got:get wrote:write ran:run led:lead told:tell "
        "saw:see rose:rise sought:seek taught:teach thought:think oversaw:oversee "
        "undertook:undertake withdrew:withdraw forbade:forbid lent:lend lost:lose shut:shut "
        "set:set put:put cut:cut let:let"
    ).split()
)
_PARTICLES = frozenset("over out up in back off down on through forward aside away".split())
_GLOSS = 0.5
# a time the deed was done at is not what it was done to
_TIMES = frozenset(m.lower() for m in [*calendar.month_name, *calendar.day_name] if m)


def lemma(word: str) -> str:
    """The verb of an irregular past form (took -> take), else the word."""
    return _IRREGULAR.get(word, word)


def phrase(question: str, word: str) -> str:
    """The verb with the particle that follows it in the question (handed over -> hand over),
    '' when none follows."""
    m = re.search(rf"\b{re.escape(word)}\s+([a-z]+)\b", question.lower())
    if not m or m[1] not in _PARTICLES:
        return ""
    verb = lemma(word)
    stems = [f for f in word_forms(verb) if f != verb] if verb == word else []
    return next(
        (f"{v} {m[1]}" for v in [verb, *stems] if _glossed(f"{v} {m[1]}")), f"{verb} {m[1]}"
    )


def _glossed(text: str) -> bool:
    return any(w >= _GLOSS for _, w in dictionary().terms(text))


def readings(question: str, word: str, expansion=None) -> tuple[list[str], list[str]]:
    """(English forms, Chinese terms) the deed is told by: the particle verb's whole gloss
    when it has one, else the verb's (an irregular past read back)."""
    if p := phrase(question, word):
        zh = [t for t, w in dictionary().terms(p) if w >= _GLOSS]
        if zh:
            return [p, *word_forms(p.split()[0])], zh
        return word_forms(word), []  # take over: the bare verb (拿, 取) tells nothing
    verb = lemma(word)
    forms = list(dict.fromkeys([*word_forms(word), *word_forms(verb)]))
    return forms, list(dict.fromkeys(t for f in (word, verb) for t in terms(f, expansion)))


# words that end the phrase a deed is done to: a preposition, a relative, a conjunction
_ENDS = frozenset(
    "in of for to at on from by with that which who whom where when and or after before "
    "during since under into through between within about as across along".split()
)
_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")


def objects(question: str, word: str, df: dict[str, int], expansion=None) -> list[str]:
    """The heads of the phrases after the deed that the corpus uses, in order: what it was
    done to ("the assistance funds to Shanggang village" -> funds, village; "the Hong Kong
    company's cold-chain base" -> base, a possessor's words being another thing; not a month
    or a year it was done in)."""
    low = question.lower().replace("’", "'")
    at = re.search(rf"\b{re.escape(word)}\b", low)
    words = _WORD.findall(low[at.end() :] if at else low)
    if words and words[0] in _PARTICLES:
        words = words[1:]  # handed over the …, brought in the …
    heads, phrase = [], []
    for w in [*words, "of"]:
        if w not in _ENDS:
            phrase.append(w)
            continue
        kept = [x for x in english_words(" ".join(phrase)) if x not in _TIMES and not x.isdigit()]
        if kept and not phrase[-1].endswith("'s"):
            heads.append(kept[-1])
        phrase = []
    return [h for h in heads if known(h, df, expansion) or df.get(_name(h, expansion), 0) > 0]


def _name(word: str, expansion) -> str:
    """A name the search read by its pinyin, one character a syllable (mohan -> 磨, 憨), as
    the corpus writes it (磨憨); '' for any other word."""
    found = (expansion or {}).get(word, ())
    return "".join(found) if len(found) > 1 and all(len(t) == 1 for t in found) else ""


def held(word: str, text: str, expansion=None) -> bool:
    """The word in a (normalised, lower-case) text: in English, through a Chinese gloss, or,
    a name, as the corpus writes it."""
    found = [t for t in (expansion or {}).get(word, ()) if len(t) > 1]
    if name := _name(word, expansion):
        found.append(name)
    return holds(word, text, expansion) or any(t in text for t in found)
