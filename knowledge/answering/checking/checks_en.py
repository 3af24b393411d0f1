"""The evidence checks for an English question, on English or Chinese evidence.

What the question asks for is read from its wording (how many / how much, and a measure asked
by "what" — what rent … is charged, what deposit must they pay, what do they pay in rent: a
number; what share, what part of the money: a share; which year, what date: a date; who is the
<role>: a person; which venue: a place; which company: an organisation), and the quoted
sentences must have that kind of answer — digits or number words, a percentage, a month or
year, a person's name (English: a pinyin surname with its given name, a title, "said Zhang Li";
Chinese: jieba's name tags, as `checks.names_person`).
The thing asked about — the noun after "how many", "which", "who is the" (visitors, Lao workers,
Party secretary, venue) — must also be in the quoted sentences or around the best one, in
English or through one of its Chinese dictionary terms (CC-CEDICT read backwards; both read by
`checks_en_focus`): a figure about something else does not answer. A figure asked is looked
for in each sentence carrying one, of the year or period asked, with its context: 2025's
freight figure quoted beside 2023's clearance time answers "the average clearance time in 2025"
for neither. Then the bot abstains with the nearest evidence.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import checks, constraints, people_en, quantities_en
from knowledge.answering.checking import checks_en_names as en_names
from knowledge.answering.checking.checks_en_focus import (
    asked_about,
    focus,
    holds,
    known,
    terms,
    which_subject,
)
from knowledge.answering.checking.checks_en_strict import fits
from knowledge.answering.checking.focus import figure_in
from knowledge.answering.core.support import context_of
from knowledge.text import organs
from knowledge.text.crosslingual import english_words, third_person, verb_like, word_forms
from knowledge.text.normalise import language, normalise

_ROLES = (
    r"secretary|mayor|governor|director|head|chair(?:man|woman|person)?|chief|leader|reporter"
    r"|journalist|author|writer|editor|spokes(?:person|man|woman)|moderator|host|presenter"
    r"|manager|president|minister|coach|founder|principal|commissioner|official|officer|liaison"
    r"|chief executive"
)
_W = r"[a-z][a-z'’-]*"
# what a figure measures: "what is the <…> income", "what <…> income did they reach"
_MEASURES = (
    "output|revenue|volume|value|price|cost|rent|income|rate|population|budget|turnover|profit"
    "|salary|wage|fee|time|duration|length|distance|speed|height|area|size|capacity"
    "|investment|funding|subsidy|reward|deposit"
)
# what a figure is asked of after the measure: "what rent … did they pay", "what deposit must
# they pay", "what monthly rent per square metre is charged"
_AUX = r"did|do|does|will|would|can|could|has|have|had|is|are|was|were|must|should|shall|may|might"
# what a question asks for, from its wording (lower case)
_ASKS = {
    "share": re.compile(rf"\b(?:what|which|how\s+big\s+a|how\s+large\s+a)\s+(?:share|percentage|proportion|per\s*cent|percent|fraction|ratio)\b|\bby\s+what\s+percentage\b|\bhow\s+many\s+per\s*cent|\b(?:what|which)\s+(?:part|portion)\s+of\s+(?:the\s+)?(?:[a-z0-9'’-]+\s+){{0,4}}?(?:{_MEASURES}|money|funds?)\b"),
    "number": re.compile(rf"\bhow\s+(?:many|much|long|far|large|big|high|heavy)\b|\bwhat\s+(?:interest|tax|exchange|growth)\s+rate\b|\bwhat\s+(?:is|was|are|were)\s+(?:the\s+)?(?:[a-z'’-]+\s+){{0,3}}?(?:{_MEASURES})s?\b|\bwhat\s+(?:[a-z'’-]+\s+){{0,3}}?(?:{_MEASURES})s?\s+(?:per\s+[a-z]+\s+(?:[a-z]+\s+)?)?(?:{_AUX})\b|\bwhat\s+(?:do|does|did|will|would|must|should)\s+(?:[a-z'’-]+\s+){{1,6}}?(?:pay|charge|earn|spend|receive|get|collect)\s+(?:in|as|for)\s+(?:[a-z'’-]+\s+){{0,3}}?(?:{_MEASURES})s?\b|\bwhat\s+(?:is|was|are|were)\s+the\s+(?:total\s+|average\s+)?(?:number|amount|sum|count|quantity)\s+of\b"),
    "date": re.compile(r"\b(?:what|which)\s+(?:year|month|date|day)\b|\bsince\s+when\b|\bin\s+what\s+year\b"),
    "person": re.compile(rf"\bwho\s+(?:heads|headed|leads|led|runs|ran|chairs|directs|manages)\b|\bwho\s+(?:is|was|are|were)\s+(?:the\s+)?(?:{_W}\s+){{0,3}}?(?:{_ROLES})\b|\bwho\s+(?:moderated|hosted|chaired|presided|wrote|authored|edited|reported)\b|\b(?:which|what)\s+(?:{_W}\s+)?(?:person|official|{_ROLES})\b|\bname\s+of\s+(?:the\s+)?(?:{_W}\s+){{0,4}}?(?:{_ROLES})\b"),
    "place": re.compile(r"\b(?:which|what)\s+(?:venue|location|place|site|hall|hotel|building)\b"),
    "org": re.compile(r"\b(?:which|what)\s+(?:company|companies|firm|enterprise|organi[sz]ation|department|agency|bureau|institution|bank)\b"),
}  # fmt: skip
# a figure asked by "what" and its measure in a wording `_ASKS` does not read — "what number of
# tourists", "what floor area of standard factories", "what registered capital", "what growth did
# … show", "what was the zone's rural per-capita disposable income" —: read by `lacking` alone, of
# a thing the documents have a word for (`_measured_what`), so a year or thing the quoted figures
# are not of is caught as for "how many"
_WHAT_WORD = r"(?!(?:of|in|for|the|to|at|on|by|with|from|a|an|and|or)\b)[a-z'’-]+"
_WHAT_MEASURES = f"{_MEASURES}|growth|capital|bonus|amount|number|sum|quantity|count"
_WHAT = re.compile(
    rf"\bwhat\s+(?:{_WHAT_WORD}\s+){{0,3}}?(?:{_WHAT_MEASURES})s?\s+"
    rf"(?:per\s+[a-z]+\s+(?:[a-z]+\s+)?)?(?:{_AUX}|of|in)\b"
    rf"|\bwhat\s+(?:is|was|are|were)\s+(?:the\s+)?(?:{_WHAT_WORD}\s+){{0,4}}?(?:{_WHAT_MEASURES})s?"
    r"(?=\s+(?:of|in|for|per|at|by|during|on|to)\b|\s*[?.]?\s*$)"
)
# a word the corpus uses in more than this share of its passages (enclave, park, projects) binds
# no government body to the thing asked (`_org_unbound`)
_TOPIC = 1 / 3
_NUMBER_EN = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?"
    r"|dozens?|once|twice|double|half)\b"
)
_SHARE_EN = re.compile(
    r"\d\s*(?:%|per\s*cent|percent)|\bpercentage\s+points?\b|\b(?:half|a\s+third|two\s+thirds"
    r"|a\s+quarter|three\s+quarters|one\s+in\s+\w+|majority|minority)\b"
)
DATE_EN = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\b(?:19|20)\d{2}\b"
    r"|\bquarter\b|\b(?:spring|summer|autumn|winter)\b|\b\d{4}-\d{1,2}\b"
)
_SURNAMES = (
    "Zhang Wang Li Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng "
    "Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye "
    "Cheng Wei Su Lyu Ding Ren Lu Yao Shen Zhong Cui Tan Fan Jin Shi Liao Jia Xia Fu Fang Zou "
    "Xiong Bai Meng Qin Qiu Hou Yin Xue Yan Duan Lei Long Tao Qian Dao Mo Ai Kong Wen Chan Wong "
    "Cheung Leung Lam Chow Ng Tse Ho Lee"
).split()
_PERSON_EN = [
    re.compile(rf"\b(?:{'|'.join(_SURNAMES)})\s+[A-Z][a-z]+(?:-[a-z]+)?\b"),
    re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Madam)\.?\s+[A-Z][a-z]+"),
    re.compile(r"\b(?:said|says|told|according\s+to)\s+[A-Z][a-z]+\s+[A-Z][a-z]+"),
    re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+,?\s+(?:said|says|told|added|noted|explained)\b"),
]


def asked_types(question: str) -> set[str]:
    """The kinds of answer an English question asks for (number, share, date, person, place,
    org); a share is not also a number."""
    q = question.lower()
    found = {name for name, rx in _ASKS.items() if rx.search(q)}
    if "share" in found:
        found.discard("number")
    return found


def has_kind(kind: str, text: str, question: str, names: str = "") -> bool:
    """Whether a sentence (English or Chinese) has the kind of answer asked for; a person
    named in the question (or among its Chinese terms `names`) does not count."""
    zh = language(text) == "zh"
    if kind == "person":
        if zh:
            return checks.names_person(text, names)
        q = question.lower()
        found = [m.group() for rx in _PERSON_EN for m in rx.finditer(text)]
        return any(not all(w.lower() in q for w in re.findall(r"[A-Z][a-z]+", n)) for n in found)
    norm = normalise(text)  # Chinese numbers, shares and dates as the Chinese checks read them
    if kind in checks.HAS and checks.HAS[kind].search(norm):
        return True
    rx = {"number": _NUMBER_EN, "share": _SHARE_EN, "date": DATE_EN}.get(kind)
    return bool(rx and rx.search(norm))


def lacking(question: str, ev) -> str | None:
    """What the evidence lacks that an English question asks for: the kind of answer asked
    (a key of decide._WHAT) when no quoted sentence has it, or when the thing asked about is
    neither in the quoted sentences nor around the best one; None when the checks pass."""
    if not ev.chosen:
        return None
    expansion = ev.result.expansion or {}
    if name := en_names.unknown_name(question, ev.result.index.df, expansion):
        return name  # said as it is: "the documents give nothing for Xishan"
    df = ev.result.index.df
    kinds = asked_types(question) or (
        {"number"} if _measured_what(question, df, expansion) else set()
    )
    texts = [c.text for c in ev.chosen]
    if "org" in kinds and _org_unbound(question, ev, expansion):
        return "org"
    best = max(ev.chosen, key=lambda c: c.score)
    if not kinds:  # "which airport serves …": a thing no document has a word for is named by none
        return "thing" if _unnamed_subject(question, ev, best, expansion) else None
    names = " ".join(t for found in expansion.values() for t in found)
    for kind in sorted(kinds - {"place", "org"}):  # a venue or company: by its noun, below
        if not any(has_kind(kind, t, question, names) for t in texts):
            return kind
    where = "\n".join([*(normalise(t) for t in texts), context_of(best, ev.docs)])
    # a figure asked is told by a sentence carrying one, with the thing asked in it or around
    # it, for the year or period asked: "the average customs clearance time in 2025" is not
    # the freight figure of 2025 quoted beside 2023's clearance time
    figure = ({"number", "share"} & kinds) and not ({"date", "person"} & kinds)
    kind = "share" if "share" in kinds else "number"
    want = constraints.asked(question)  # of the year asked: not 2023's clearance time
    carrying = [
        c
        for c in ev.chosen
        if _figure(kind, c.text, question, names) and constraints.verdict(want, c, ev.docs) >= 0
    ]
    # in the unit asked, not of a modifier's opposite (`checks_en_strict`)
    fitting = [c for c in carrying if fits(question, normalise(c.text))]
    if figure and carrying and not fitting:
        return _first(kinds)
    places = [normalise(c.text) + "\n" + context_of(c, ev.docs) for c in fitting]
    for head, before, after in focus(question):
        if figure:
            if (
                not any(
                    asked_about(head, before, after, w, df, expansion, "person" in kinds)
                    and all(holds(b, w, expansion) for b in before if _modifier(b, df, expansion))
                    for w in places
                )
                and not any(  # a quantity asked (tonnes, money) told by its measure word
                    quantities_en.told(
                        head, before, after, question, t, context_of(c, ev.docs), df, expansion
                    )
                    for c, t in ((c, normalise(c.text)) for c in fitting)
                )
                and not any(  # people counted by a noun the table binds (实有人口 for residents)
                    people_en.told(
                        head, before, question, normalise(c.text), context_of(c, ev.docs), expansion
                    )
                    for c in fitting
                )
            ):
                return _first(kinds)
        elif not asked_about(head, before, after, where, df, expansion, "person" in kinds):
            return _first(kinds)
    return None


def _measured_what(question: str, df: dict[str, int], expansion: dict[str, list[str]]) -> bool:
    """A figure asked by "what" and its measure (`_WHAT`) of a thing the corpus has a word for:
    a head the documents never use (visitors, pupils) is left to the question's other checks."""
    if not _WHAT.search(question.lower()):
        return False
    things = focus(question)
    return bool(things) and all(
        known(head, df, expansion) or any(known(w, df, expansion) for w in after)
        for head, _, after in things
    )


def measured_what(question: str, df: dict[str, int], expansion: dict[str, list[str]]) -> bool:
    """Whether `lacking` reads the question as a figure asked by "what" and its measure."""
    return _measured_what(question, df, expansion)


def _unnamed_subject(question: str, ev, best, expansion: dict[str, list[str]]) -> bool:
    """A "which <noun> <verb>s …" whose noun neither the corpus (in English or through its
    Chinese terms) nor the quoted sentences and the best one's context use: the documents
    cannot name one (an airport, an airline, a university)."""
    heads = which_subject(question)
    if not heads:
        return False
    df = ev.result.index.df
    where = "\n".join([*(normalise(c.text) for c in ev.chosen), context_of(best, ev.docs)])
    return any(not known(h, df, expansion) and not holds(h, where, expansion) for h in heads)


def carries_figure(text: str, question: str) -> bool:
    """Whether a sentence carries a figure of the kind (number or share) the question asks."""
    kind = "share" if "share" in asked_types(question) else "number"
    return _figure(kind, text, question, "")


def _modifier(word: str, df: dict[str, int], expansion: dict[str, list[str]]) -> bool:
    """A word before the noun a figure is asked of that names a kind of it the corpus has
    (new-energy projects): it must be held where the figure is."""
    return "-" in word.strip("-") and known(word, df, expansion)


def _figure(kind: str, text: str, question: str, names: str) -> bool:
    """A figure of the kind asked: a Chinese sentence's dates and article numbers are none
    (`focus.figure_in`), as 「2025年将推动…」 answers no count."""
    if language(text) == "zh":  # an amount asked ("how much land") is told by no list
        lists = not _AMOUNT.search(question.lower())
        return figure_in(kind, _ARTICLE.sub(" ", text), question, lists)
    return has_kind(kind, text, question, names)


_AMOUNT = re.compile(r"\bhow\s+much\b")
# 「一项新的制度安排」「一个重要的…」: 一 and a measure word before a description is "a", no count
_ARTICLE = re.compile(
    r"(?<![\d一二两三四五六七八九十百千万亿第.])一[个项种次批家座条位](?=[^，,；;。]{1,6}的)"
)


def _org_unbound(question: str, ev, expansion: dict[str, list[str]]) -> bool:
    """No quoted sentence names an organisation of the kind asked, or none that does holds
    (itself or the sentences around it) the question's rarest word the corpus uses: the
    company building the coffee plant is named beside 咖啡, not beside a cold-chain base. A
    government body (which bureau, `text/organs.py`) is bound too by a noun of the question beside
    its name, not in it (材料 beside 报送合作区投资促进局 for "submit the materials")."""
    naming = [c for c in ev.chosen if not en_names.org_unnamed(question, [c.text])]
    if not naming:
        return True
    df = ev.result.index.df
    kind = en_names.asked_kind(question)
    words = [w for w in english_words(question) if w != kind and known(w, df, expansion)]
    if not words:
        return False
    uses = {w: sum(df.get(t, 0) for t in [*word_forms(w), *terms(w, expansion)]) for w in words}
    rarest = min(words, key=uses.__getitem__)
    places = [normalise(c.text) + "\n" + context_of(c, ev.docs) for c in naming]
    if any(holds(rarest, w, expansion) for w in places):
        return False
    # a government body is bound by what it handles (材料, 自然资源): its act is told in the
    # documents' verbs (报送, 审查), which the asker's (submit, review) seldom gloss
    if kind not in organs.ENDINGS:
        return True
    common = _TOPIC * ev.result.index.size
    nouns = [w for w in words if not (verb_like(w) or third_person(w)) and uses[w] <= common]
    beside = [en_names.beside_organ(kind, c.text) for c in naming]  # not the body's own name
    return not any(holds(n, t, expansion) for n in nouns for t in beside)


def _first(kinds: set[str]) -> str:
    for kind in ("person", "place", "org", "share", "date", "number"):
        if kind in kinds:
            return kind
    return "number"
