"""Names in English questions: a name the documents never use, and an organisation asked for
by its kind.

"How many projects did Xishan District sign?" asks about a district no document mentions:
a capitalised word inside the question (not its first word, not an acronym) that no indexed
chunk uses, in English or through any Chinese term (CC-CEDICT or a name read by its pinyin,
`retrieval.expansion`), is a subject the documents do not have, and nothing they say about
other districts answers it. "Which company is building the coffee plant?" wants a company's
name: the quoted sentences must name one of that kind (港滇通供应链有限公司, "Acme Co., Ltd"),
not only speak of companies.
"""

from __future__ import annotations

import re

from knowledge.text import organs
from knowledge.text.crosslingual import dictionary
from knowledge.text.normalise import normalise
from knowledge.text.tokens import pos_tags

GLOSS = 0.5  # a dictionary weight from which a word is translated, not a name
_CAPITAL = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\b")
# words capitalised for the sentence or the calendar, not names the corpus must hold
_NOT_NAMES = frozenset(
    "i what which who whom whose when where why how is was are were do does did has have had "
    "can could will would should may might the a an in on at of for by to from according "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def unknown_name(question: str, df: dict[str, int], expansion: dict[str, list[str]]) -> str | None:
    """The first name in the question (a capitalised word after its first word) that the
    index knows neither as a word nor through a Chinese term; None when every name is known."""
    for m in _CAPITAL.finditer(question):
        if m.start() == len(question) - len(question.lstrip()):
            continue  # the question's first word
        word = m.group(1).lower()
        if word in _NOT_NAMES or df.get(word, 0) > 0:
            continue
        if word in expansion and not expansion[word]:
            if not _glossed(word) or _unheld_place(word, df):
                return m.group(1)
    return None


def _unheld_place(word: str, df: dict[str, int]) -> bool:
    """A word CC-CEDICT translates whole as a place name (Singapore 新加坡, Thailand 泰国: one
    token jieba tags ns) none of whose whole translations the corpus uses: a country or city
    the documents never name, not a translated word (Tuesday, English)."""
    whole = [t for t, w in dictionary().terms(word) if w >= 1.0]
    places = [t for t in whole if [p.flag for p in pos_tags(t)] == ["ns"]]
    return bool(places) and not any(df.get(t, 0) for t in whole)


def _glossed(word: str) -> bool:
    """Whether CC-CEDICT translates the word (a whole gloss or half of one: "Lao", "Tuesday"),
    rather than naming someone in a longer gloss (Xishan in 阎锡山 "Yan Xishan, warlord")."""
    return any(w >= GLOSS for _, w in dictionary().terms(word))


# an organisation asked for by its kind -> how a name of that kind ends, in Chinese and English
_KINDS = {
    "company": (r"公司|集团|有限", r"co\.|company|group|corporation|corp\.|ltd|limited|inc\.?"),
    "firm": (r"公司|集团|有限|事务所", r"co\.|company|group|corporation|ltd|limited|inc\.?|llp"),
    "enterprise": (r"公司|集团|有限|企业|厂", r"co\.|company|group|corporation|ltd|limited"),
    "bank": (r"银行|銀行", r"bank"),
    "school": (r"学校|中学|小学|大学|学院|學校", r"school|college|university|academy"),
    "university": (r"大学|学院|大學", r"university|college|institute"),
    "hospital": (r"医院|卫生院|醫院|分院", r"hospital|clinic"),
    "hotel": (r"酒店|宾馆|賓館", r"hotel|guesthouse"),
}
# a government body asked for by its kind (which bureau, which department): named as
# `text/organs.py` reads a Chinese name's ending, or in English by the kind capitalised after a
# capitalised word ("Investment Promotion Bureau")
_ORGANS = tuple(k for k in organs.ENDINGS if k not in _KINDS)
_ALL = "|".join([*_KINDS, *_ORGANS])
_CAPITALISED = r"\b[A-Z][\w&'’-]*(?:\s+(?:and\s+)?[A-Z][\w&'’-]*)*"
_ASKED = re.compile(
    rf"\b(?:which|what)\s+(?:[a-z-]+\s+)?(?P<kind>{_ALL})(?:s|ies)?\b"
    rf"|\bname\s+of\s+the\s+(?P<kind2>{_ALL})\b"
)


def asked_kind(question: str) -> str | None:
    """The kind of organisation an English question asks for (company, bank, school …)."""
    m = _ASKED.search(question.lower())
    return (m["kind"] or m["kind2"]) if m else None


def org_unnamed(question: str, texts: list[str]) -> bool:
    """A question asking which company (bank, school, hospital …) whose quoted sentences name
    none of that kind other than one the question itself names."""
    q = question.lower()
    if not (m := _ASKED.search(q)):
        return False
    kind = m["kind"] or m["kind2"]
    if kind in _ORGANS:
        return not any(_organ_named(kind, text, q) for text in texts)
    zh, en = _KINDS[kind]
    for text in texts:
        for found in re.finditer(rf"(?<=[\u4e00-\u9fff]{{2}})(?:{zh})", text):
            if text[max(found.start() - 4, 0) : found.end()] not in question:
                return False
        for found in re.finditer(rf"\b[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*,?\s+(?i:{en})", text):
            if found.group().lower() not in q:
                return False
    return True


def beside_organ(kind: str, text: str) -> str:
    """A sentence, normalised, with the names of bodies of the kind asked cut out (Chinese by
    `organs.without`, English: the capitalised run ending in the kind, "Cooperation Zone's
    Investment Promotion Bureau"): what it says beside the body."""
    cap = kind[:1].upper() + kind[1:]
    text = re.sub(rf"{_CAPITALISED}\s+{cap}s?\b", " ", text)
    return organs.without(kind, normalise(text))


def _organ_named(kind: str, text: str, question: str) -> bool:
    """Whether a sentence names a government body of the kind asked (合作区投资促进局 a bureau;
    "the Information Office of …" an office) other than one the question names itself."""
    if organs.named(kind, normalise(text)):
        return True
    cap = kind[:1].upper() + kind[1:]
    for found in re.finditer(rf"{_CAPITALISED}\s+{cap}\b", text):
        if found.group().lower() not in question:
            return True
    return False
