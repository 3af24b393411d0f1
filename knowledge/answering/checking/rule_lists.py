"""A list a rule sets out, asked in everyday words: which acts are forbidden (「摊主哪些事不许干」
「不准做什么」), which cases bar or bring a consequence (「什么情况下没资格申请」「哪些情形会被收回」),
which conditions apply (「要满足什么要求」) — held by an article whose 项 follow a lead-in
(「有下列情形之一的，不得申请摊位：」「摊主在经营期间不得有下列行为：」「应当符合下列条件：」).

The lead-in is the answer's shape: a sentence on it or on one of its 项 carries the list asked
(closeness.type_held), its words are the sentence's context (closeness.uncovered reads an
article's chunk), and the words the question asks the list with (不许, 不准, 情况, 资格, 哪类)
are no subject the sentence must hold (`asking_word`). Only an article's lead-in (a structured
chunk: a policy), with 下列/以下/如下 and a colon: a news report's or a CMRC paragraph's colon
holds nothing here. Which rule's list it is stays the other words' business: 「运营单位…得具备
哪些条件」 is not told by the 摊主's 条件 (运营单位 missing from that article).
"""

from __future__ import annotations

import re

from knowledge.documents.articles import is_item
from knowledge.text.normalise import normalise

# the lead-in's lift over a sentence naming the list in passing (a 解读's 「明确了…申请条件、…」)
BONUS = 0.4
_NOT = r"(?:不能|不准|不许|不让|不得|不可以|不可|不允许|不应|禁止|严禁|没资格|没有资格|不予)"
_WHICH = r"(?:哪些|哪几|哪类|哪种|什么|啥)"
# a prohibition asked: the negated modal before or after the 哪些/什么 it asks with
_PROHIBITION = re.compile(rf"{_NOT}[^？?。，,]{{0,10}}{_WHICH}|{_WHICH}[^？?。，,]{{0,12}}{_NOT}")
# the cases or conditions asked: 什么情况下, 哪些情形, 什么条件, 哪些要求
_CONDITION = re.compile(rf"{_WHICH}(?:样的)?(?:情况|情形|条件|要求|资格)")
# the lead-in of an article's 项: 下列/以下/如下 … closed by a colon
LEAD = re.compile(r"(?:下列|以下|如下)[^。；;！？]*[：:]\s*$")
_BARS = re.compile(r"不得|禁止|严禁|不予|不准|不应|不能|收回|取消|之一的")
_TERMS = re.compile(r"条件|要求|情形|之一的|资格|具备|符合")
# the words a question asks such a list with: no subject a sentence must hold
_ASKING = re.compile(
    rf"^(?:{_NOT}|哪类|哪种|情况|情形|条件|要求|做|干|事|事情|事儿|哪些事|能做|可以|允许|明确)$"
)


def asked(question: str) -> str | None:
    """'prohibition' or 'condition' when the question asks a rule's list so, else None."""
    q = normalise(question)
    if _PROHIBITION.search(q):
        return "prohibition"
    if _CONDITION.search(q):
        return "condition"
    return None


def lead_of(cand) -> str | None:
    """The lead-in line of the list the candidate's sentence opens or is a 项 of, inside an
    article (a structured chunk); None when it is on no such list."""
    chunk = cand.hit.chunk
    if not chunk.section:
        return None
    text = chunk.text
    start = text.rfind("\n", 0, cand.local[0]) + 1
    end = text.find("\n", cand.local[0])
    line = text[start : len(text) if end < 0 else end].strip()
    if LEAD.search(line):
        return line
    if not is_item(line):
        return None
    for above in reversed(text[:start].splitlines()):  # up the 项 to their lead-in
        above = above.strip()
        if not above or is_item(above):
            continue
        return above if LEAD.search(above) else None
    return None


def holds(question: str, cand, listed: bool = False) -> bool:
    """The candidate sits on an article's list whose lead-in has the shape asked: a bar or
    consequence for a prohibition or case asked, a condition for conditions asked; any such
    list for a plain list asked (`listed`: 哪些, 哪几)."""
    lead = lead_of(cand)
    if lead is None:
        return False
    kind = asked(question)
    if kind == "prohibition":
        return bool(_BARS.search(lead))
    if kind == "condition":
        return bool(_BARS.search(lead) or _TERMS.search(lead))
    return listed


def asking_word(word: str, question: str, cand) -> bool:
    """The question's `word` only asks the rule's list (不许, 情况, 哪类) and the candidate is on
    a list of the shape asked."""
    return bool(_ASKING.match(word)) and asked(question) is not None and holds(question, cand)


def prefer(question: str, cands: list, bonus: float) -> None:
    """A rule's list asked (a prohibition, cases, conditions): the lead-in sentences of lists of
    that shape score `bonus` more (a summary line naming 「申请条件」 in passing shares as many of
    the question's words). A plain 哪些 lifts none: 「要写明哪些内容」 is no 「不予备案」 list."""
    if asked(question) is None:
        return
    for c in cands:
        if LEAD.search(normalise(c.text)) and holds(question, c):
            c.score += bonus
