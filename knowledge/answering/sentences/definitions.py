"""A term asked to be defined — 「什么是X」「X是什么」「X指的是什么」「X的定义是什么」「何谓X」 — is
told by the sentence that opens on the term and defines it: 「乙酰胺是由乙酸衍生出的酰胺」,
「暴发户（），也称为新贵（，），指一个人在短时间内…」, 「翼尖小翼（winglet），又称作翼梢小翼…」,
「<br>西班牙语言（…）指的在西班牙使用…的语言」, 「在数学中，约化群是…」, 「所谓X，就是…」.

Such a sentence shares with the question little besides the term, and often not the question's
own copula: 「什么是三角关系」 leaves 是 beside the term, so 「但是三角关系会…」 and 「…是乙酰胺氨基的…」
share the pair 是三 / 是乙 the definition lacks, and every other sentence restating the term ties
with it on the term's characters, the first passage's prior deciding. The defining sentence is
moved up by `attribute_head.HEAD` for the quoting only (`Candidate.lowered`: the refusal model
reads the best sentence as before), as a sentence opening on an attribute asked is.

Defining is read by shape, in any document: the term at the sentence's opening (after markup,
a frame 「在X中，」 or 所谓), then its brackets and alias clauses (（学名：…）, 「，又称…」「，也称为…」),
then a copula — 是, 是指, 指, 即, 乃, 系, 为, 就是, 则是 — or, for an entry's opening line, the
brackets or alias clause alone. 「X的Y是什么」 asks an attribute of X, not a definition: nothing
moves (`attribute_head` reads it)."""

from __future__ import annotations

import re

from knowledge.answering.sentences.attribute_head import ASKING_WORD, HEAD
from knowledge.answering.sentences.extractive import Candidate
from knowledge.text.normalise import normalise

_END = r"[？?。\s]*$"
# 什么是X, 何谓X, 什么叫X
_WHAT_IS = re.compile(r"^(?:请问)?(?:什么[是叫]|何谓|何为)(?P<t>.+?)" + _END)
# X是什么, X指(的是)什么, X是指什么, X是什么意思, X的定义(是什么), X的含义是什么
_IS_WHAT = re.compile(
    r"^(?P<t>.+?)(?:(?P<def>的(?:定义|含义|意思))(?:是什么|是啥|为何)?"
    r"|(?:究竟|到底)?(?:是|指|是指|指的是)(?:什么|啥|何物)(?:意思|东西)?)" + _END
)
_ASKING = re.compile(ASKING_WORD + "|吗")
_QUOTES = "“”「」\"『』《》‘’'"

_PAREN = r"[（(][^（）()]*[）)]"
_ALIAS = rf"[，,、]\s*(?:又|也|亦|或|俗|旧|古|简|别|原|通)?(?:称|名|叫|作|译)(?:[^，,。；;（(]|{_PAREN})*"
_FRAME = r"(?:在|于)[^，,。；;]{1,12}[中上里内]"
_COPULA = (
    r"(?:则|即|就|乃|便)?(?:是指|指的是|意为|意指|泛指|特指|系指|就是|即是|乃是|是|指|即|乃|系|为)"
    r"(?![否了何什出导标定挥统列至将])"
)
_DEFINES = re.compile(
    rf"^[{_QUOTES}]*\s*(?:(?:{_PAREN}\s*)*(?:{_ALIAS})*(?:[，,]\s*{_FRAME})?[，,]?\s*{_COPULA}"
    rf"|{_PAREN}|{_ALIAS})"
)
# what may stand before the term at the sentence's opening: markup, punctuation, a frame
# (「在数学中，」), 所谓
_OPENING = re.compile(rf"^(?:<br>|[\W_])*(?:{_FRAME}[，,]?\s*)?(?:所谓|所称)?[{_QUOTES}]*$")


def term(question: str) -> str:
    """The term a question asks to be defined ('' when it asks none): 「X的Y是什么」 asks an
    attribute, and a term holding an asking word (哪, 谁, 多少 …) is no term."""
    q = normalise(question).strip()
    m = _WHAT_IS.match(q)
    if not m:
        m = _IS_WHAT.match(q)
        if not m or ("的" in m.group("t") and not m.group("def")):
            return ""
    t = m.group("t").strip().strip(_QUOTES).strip()
    if not 2 <= len(t) <= 16 or _ASKING.search(t) or re.search(r"[，,。]", t):
        return ""
    return t


def defines(text: str, name: str) -> bool:
    """Whether the sentence opens on the term `name` and defines it."""
    t = normalise(text)
    start = t.find(name)
    while start >= 0:
        if _OPENING.match(t[:start]) and _DEFINES.match(t[start + len(name) :]):
            return True
        start = t.find(name, start + 1)
    return False


def lift(question: str, cands: list[Candidate]) -> None:
    """Move the sentences defining the term asked up by HEAD, for the quoting only."""
    name = term(question)
    if not name:
        return
    for c in cands:
        if defines(c.text, name):
            c.lift_for_quoting(HEAD)
