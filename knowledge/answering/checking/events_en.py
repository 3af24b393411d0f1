"""The event an English when-question asks about (decide's gate "occasion", rule "event", as
`occasion.py`'s event rule and `plans.planned_date` read a Chinese one).

"When will Guandu's cold-chain centre start operating?" is not answered by 「其中，跨境冷链物流中心
计划今年四季度开工」 nor by the day a Hong Kong firm signed its agreement, and "When did the second
batch of standard factories get handed over?" not by 「4月28日，第二批…认定结果公示期满」: the
quoted sentences date another kind of event. The English wording of a kind — start operating, go
into production, be put into use (投产); break ground, start construction (开工); sign (签约);
hand over, deliver (交付); be completed or built (竣工); open (开业, 开学, 通车 …); issue,
publish (公布); take effect (施行); expire, end (期满); found, set up (成立); be appointed,
take office (任职); graduate (毕业) — is read from the question's verb phrase, and the
kinds the dated quoted sentences tell from their Chinese words (`occasion.EVENTS`, the founding,
post and course kinds of `beginnings` only when asked) or their English ones. When every dated
sentence tells only other kinds, the documents lack the date asked. A done event asked ("when
did … go into operation") is not told by its plan either (「項目計劃…2026年底投入營運」): when
each dated sentence telling the kind asked plans it and the question asks no plan (will,
expected, planned, scheduled), the date is missing too.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import beginnings, checks_en
from knowledge.answering.checking.checks import dated
from knowledge.answering.checking.occasion import EVENTS
from knowledge.answering.checking.planned import planned_by
from knowledge.text.normalise import language, normalise, simplified

_V = r"(?:s|es|ed|d|ing)?"
# each kind's English wordings, read in the question and in English sentences
_EN = {
    "开工": rf"\b(?:start|begin|began|begun|commenc){_V}\s+(?:the\s+|its\s+)?(?:construction|building"
    r"|work|works)\b|\b(?:break|broke|broken|breaking)\s+ground\b|\bground-?breaking\b",
    "投产": rf"\b(?:start|begin|began|begun|commenc|go|goes|went|gone|enter|put|come|came){_V}\s+"
    r"(?:in(?:to)?\s+)?(?:full\s+|formal\s+|commercial\s+|trial\s+|regular\s+)*"
    r"(?:operation|operations|production|service|use)\b"
    rf"|\b(?:start|begin|began|begun|commenc){_V}\s+(?:operat|produc)\w*"
    r"|\b(?:be|been|being|is|was|were)\s+(?:put\s+)?(?:in(?:to)?\s+)?operation(?:al)?\b",
    "签约": rf"\bsign{_V}\b",
    "交付": rf"\bhand{_V}\s+over\b|\bhandover\b|\bdeliver(?:s|ed|ing|y)?\b",
    "竣工": r"\b(?:be|been|being|is|are|was|were|get|got)\s+(?:fully\s+)?(?:completed|finished"
    r"|built)\b|\bcompletion\s+of\b",
    "开业": rf"\bopen{_V}\b(?!\s+(?:up|to)\b)|\bopening\b",
    "公布": rf"\b(?:publish|issu|announc|releas|promulgat|unveil){_V}\b",
    "施行": rf"\b(?:take|takes|took|taken|taking|go|goes|went|gone|come|comes|came)\s+into\s+"
    rf"(?:force|effect)\b|\b(?:take|takes|took|taken|taking)\s+effect\b|\bin\s+force\b"
    rf"|\bimplement{_V}\b",
    "期满": rf"\bexpir{_V}\b|\bexpiry\b|\bend{_V}\b(?!\s+of\b)|\brun\s+out\b|\blaps{_V}\b",
    "成立": rf"\bfound(?:ed|ing)\b|\bestablish{_V}\b|\bset\s+up\b",
    "任职": rf"\bappoint{_V}\b|\b(?:take|takes|took|taken|taking)\s+(?:up\s+)?(?:office|the\s+post)\b",
    "毕业": rf"\bgraduat{_V}\b",
}
_EN_RX = {k: re.compile(v) for k, v in _EN.items()}
# the Chinese words of each kind: occasion's (with 投入营运, 试运行), an opening's wider
# ones (a school's 开学, a road's 通车, an application round's 开始), the founding, post and
# course kinds of `beginnings` (told when asked only)
_ZH = {
    **EVENTS,
    **beginnings.KINDS,
    "投产": EVENTS["投产"] + r"|投入营运|试运行",  # a Hong Kong paper's 投入營運
    "开业": EVENTS["开业"] + r"|开学|开通|通车|开馆|启用|营业|揭牌|开放|开始|启动|开设",
}
_ZH_RX = {k: re.compile(v) for k, v in _ZH.items()}
_ASKED_ONLY = frozenset(beginnings.KINDS)
# a time asked: when, on what date, in which month …
_WHEN = re.compile(
    r"^\W*when\b|\b(?:on|by|in|since)\s+(?:what|which)\s+(?:date|day|month|year)\b"
    r"|\b(?:what|which)\s+(?:date|day|month)\b|\bby\s+when\b|\bsince\s+when\b"
)
# a plan or a future asked: its planned date answers
_PLAN = re.compile(
    r"\b(?:will|would|shall|going\s+to|expected|expect|planned|plan|plans|scheduled|due|set\s+to"
    r"|supposed|intended|aim|aims|aimed|target|targeted|is\s+to|are\s+to|estimated|projected)\b"
)
# an activity that completes without being built: its 完成 is no 竣工
_ACTIVITY = re.compile(
    r"\b(?:certif|recogni|review|applica|assess|examin|approv|registra|evaluat|survey|consult"
    r"|inspect|training|study)\w*"
)
_RELATIVE_DATE_EN = re.compile(r"\btoday\b|\byesterday\b|\b(?:this|next|last)\s+(?:year|month)\b")


def asked(question: str) -> set[str]:
    """The kinds of event an English time question asks about ({'投产'} of "when will … start
    operating"), empty when it asks no time or no kind read."""
    q = question.lower().replace("’", "'")
    if not _WHEN.search(q):
        return set()
    kinds = {k for k, rx in _EN_RX.items() if rx.search(q)}
    if "竣工" in kinds and _ACTIVITY.search(q):
        kinds.discard("竣工")
    if "投产" in kinds:  # put into use: the one event, as 交付使用 in Chinese
        kinds -= {"竣工", "交付", "开业"}
    return kinds


def _told(text: str, asked_kinds: set[str]) -> dict[str, int]:
    """The kinds `text` tells, each with where its first word starts (English sentences by
    their English wordings)."""
    if language(text) == "zh":
        t, rxs = simplified(normalise(text)), _ZH_RX
    else:
        t, rxs = text.lower().replace("’", "'"), _EN_RX
    out = {}
    for k, rx in rxs.items():
        if k in _ASKED_ONLY and k not in asked_kinds:
            continue
        if m := rx.search(t):
            out[k] = m.start()
    return out


def _dated(text: str) -> bool:
    if language(text) == "zh":
        return dated(text)
    return bool(checks_en.DATE_EN.search(text.lower()) or _RELATIVE_DATE_EN.search(text.lower()))


def missing(question: str, ev) -> str | None:
    """'date' when the quoted sentences date only other kinds of event than the one asked, or,
    a done event asked, only plan it; None when they may tell it."""
    if not ev.chosen or {"number", "share", "person"} & checks_en.asked_types(question):
        return None
    if not (kinds := asked(question)):
        return None
    texts = [c.text for c in ev.chosen if _dated(c.text)]
    told = [(t, _told(t, kinds)) for t in texts]
    if not any(found for _, found in told):
        return None
    telling = [(t, found) for t, found in told if kinds & set(found)]
    if not telling:
        return "date"  # 开工 or 签约 dated, 投产 asked
    if _PLAN.search(question.lower()):
        return None
    for text, found in telling:
        if language(text) != "zh":
            return None  # an English sentence's own wording: not read for a plan
        t = simplified(normalise(text))
        if not all(planned_by(t, found[k]) for k in kinds & set(found)):
            return None
    return "date"  # 「計劃…2026年底投入營運」 for "when did … go into operation"
