"""A share of a sum asked by what it went to ("What share of the assistance funds went into
building roads?"): the sentence telling the share must name that purpose itself.

「“五区一市”今年共投入帮扶资金6800万元，其中六成以上用于产业项目」 answered the roads question: the
sentence before it names roads (「与前两年以修路、建房为主不同」), so the thing asked was around the
figure, and the English checks read it there. But the share told is the share of another use.
So, when an English question asks a share (or "how much of …") of something that "went into",
"was spent on", "was used for" … a purpose, some quoted sentence carrying a figure of the kind
asked must hold, in itself, each word of the purpose the corpus uses (its gerund — building,
developing — left out: 建 is in 修路 and 厂房 alike; a gerund alone is the use itself: "went on
housing"); else the documents lack that figure and decide.py abstains with the nearest
evidence. A party it goes to ("goes to the cooperation zone", "went to the sending districts")
is a recipient, not a use, and is left to the other checks. A share is also asked as "what
part of the … money" (`checks_en.asked_types`), and a sum of money by what it was put into
("How much assistance money did … put into Mohan's hospitals?": 帮扶资金6800万元 went to no
hospital).
"""

from __future__ import annotations

import re

from knowledge.answering.checking import checks_en
from knowledge.answering.checking.checks_en_focus import holds, known
from knowledge.text.crosslingual import english_words
from knowledge.text.normalise import normalise

_PURPOSE = re.compile(
    r"\b(?:went|go|goes|gone|going|spent|used|invested|devoted|earmarked|channell?ed|put)"
    r"\s+(?:in|into|on|for|to|towards?)\s+(?P<obj>[^?,.;]+)"
)
_CUT = re.compile(r"\b(?:in|by|during|from|this|last|under|according|over|since|of)\b")
_PART = re.compile(r"\bhow\s+much\s+of\b")
# a sum of money asked by what it was put into: "how much assistance money did … put into X"
_SUM = re.compile(r"\bhow\s+much\s+(?:[a-z'’-]+\s+){0,2}?(?:money|funds?|funding)\b")
# a party the money goes to is a recipient, not a use ("goes to the cooperation zone")
_PARTY = re.compile(
    r"\b(?:zones?|districts?|areas?|cit(?:y|ies)|count(?:y|ies)|villages?|governments?"
    r"|committees?|parks?|provinces?|compan(?:y|ies)|enterprises?|firms?|sides?|partners?)\b"
)


def purpose(question: str) -> list[str]:
    """The words of the purpose a share asked went to ("roads" of "went into building roads"),
    or a sum of money asked was put into; [] when neither is asked by its use."""
    q = question.lower()
    if not (
        "share" in checks_en.asked_types(question) or _PART.search(q) or _SUM.search(q)
    ):
        return []
    m = _PURPOSE.search(q)
    if m is None:
        return []
    obj = _CUT.split(m["obj"])[0]
    if _PARTY.search(obj):
        return []
    words = english_words(obj)
    # "building roads": the gerund left out; "went on housing": the gerund is the use itself
    return [w for w in words if not w.endswith("ing")] or words


def missing(question: str, ev) -> str | None:
    """The kind asked ("share", "number") when no quoted sentence carrying such a figure names
    the purpose asked in itself; else None."""
    words = purpose(question)
    if not words or not ev.chosen:
        return None
    expansion = ev.result.expansion or {}
    words = [w for w in words if known(w, ev.result.index.df, expansion)]
    if not words:
        return None
    carriers = [c for c in ev.chosen if checks_en.carries_figure(c.text, question)]
    if not carriers:
        return None
    texts = [normalise(c.text).lower() for c in carriers]
    if any(all(holds(w, t, expansion) for w in words) for t in texts):
        return None
    return "share" if "share" in checks_en.asked_types(question) else "number"
