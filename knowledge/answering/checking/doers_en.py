"""A doer asked by the deed in an English question (decide's gate "doer", as `doers` in Chinese).

"Who disbursed the assistance funds?", "Which body certified the recommendation letters?",
"Which official approved the allocation?" ask for whoever did a deed. `checks_en` reads a role
asked ("who is the mayor"), not a deed, and a name anywhere in the quoted sentences satisfies it.
Through the deed's Chinese terms (CC-CEDICT read backwards; with a policy-word table, more)
retrieval reaches the sentences that tell the deed without a doer (「认定结果…公示5个工作日」, a fund 「下达」 by no one
named) or that name someone for another clause (a speaker before a colon, an organisation in
the clause before). So a doer asked by a deed the corpus uses needs a quoted sentence with one
clause holding the deed (its English forms or Chinese terms) and naming a person or an
organisation (…局, …委, 管委会, 政府, …区; "the Information Office") other than those the
question names; a person for "which official" and for speaking ("who said …": named in the
clause that speaks, or the speaker's label before the quoted sentence). Role-holding and byline
deeds (heads, reported) are left to `checks_en` and `kinds.roles_en`.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import checks, checks_en, deeds_en
from knowledge.text.crosslingual import word_forms
from knowledge.text.normalise import simplified

_AUX = r"is|was|are|were|will|would|can|could|should|must|may|do|does|did|has|have|had"
# "who disbursed …", "who has certified …", "who is responsible for …"
_WHO = re.compile(
    rf"^\W*who\s+(?:(?:has|had|have)\s+)?(?:(?P<resp>(?:is|was|are|were)\s+responsible)\b"
    rf"|(?!(?:{_AUX})\b)(?P<verb>[a-z]+)\b)"
)
# "which body certified …", "which official at the zone disbursed …": the noun is the subject
_DOER_NOUNS = (
    r"body|bodies|office|authority|authorities|organi[sz]ation|unit|government|agency|commission"
    r"|committee|department|bureau|official|officer|person|district|leader|institution"
)
_WHICH = re.compile(
    rf"\b(?:which|what)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_DOER_NOUNS})\b"
    rf"(?P<pp>(?:\s+(?:at|of|in|from|for|on)\s+(?:[a-z'’-]+\s+){{0,4}}?)?)"
    rf"\s*(?:(?:has|had|have)\s+)?(?P<verb>[a-z]+(?:ed|es))\b"
)
# a person asked, not a body: "which official …", "who signed … on behalf of …"
_PERSON = re.compile(
    r"\b(?:which|what)\s+(?:[a-z-]+\s+){0,2}?(?:official|officer|person|leader)s?\b"
    r"|\bon\s+behalf\s+of\b"
)
# left to `checks_en` and `kinds.roles_en`: holding a role (who heads), a byline's deeds
# (记者 陈思远 names no 报道)
_LEFT = frozenset(
    "introduced presented heads headed leads led runs ran directs directed manages managed "
    "wrote authored edited reported".split()
)
# speaking: told by a person in the clause that speaks (「王海涛说」) or by the speaker's label
# before the quoted sentence itself (「张立：这是实话。」), not by a label a sentence earlier
_SPEAKING = frozenset(
    "said says told spoke answered stated explained added noted replied briefed addressed "
    "announced commented remarked mentioned".split()
)
# chairing a meeting: CC-CEDICT glosses no 主持 as "moderate" or "preside"; a host's label
# (「主持人：…谢谢大家」) names no one
_HOSTING = frozenset("moderated presided chaired".split())
_SPEECH_ZH = ("说", "表示", "介绍", "称", "指出", "坦言", "告诉", "回答", "答", "透露", "强调")
_LABEL = re.compile(r"^\s*([\u4e00-\u9fff]{2,4})[：:]")
_CLAUSE = re.compile(r"[，,。；;：:！!？?\n]|\s[-–—]\s")
_ORG_ZH = re.compile(
    r"[\u4e00-\u9fff]{1,14}?(?:人民政府|政府|办公室|委员会|管委会|领导小组|小组|发展改革委|委|局|厅"
    r"|部门|服务中心|中心|公司|集团|银行|财政|单位|医院|学校|协会|商会|(?<!园)区|县)"
)
_ORG_EN = re.compile(
    r"\b(?:[A-Z][\w’'–-]*\s+){0,6}(?:Office|Bureau|Commission|Committee|Government|Department"
    r"|Ministry|Authority|Council|Agency|Company|Bank|Group|Administration)\b"
)


def deed(question: str) -> str:
    """The deed (an English word) whose doer the question asks, '' when it asks none."""
    q = question.lower().replace("’", "'")
    if m := _WHO.search(q):
        word = "responsible" if m["resp"] else m["verb"]
    elif m := _WHICH.search(q):
        word = m["verb"]
    else:
        return ""
    return "" if word in _LEFT else word


def unnamed(question: str, texts: list[str], df: dict[str, int], expansion=None) -> bool:
    """A doer is asked by a deed the corpus uses, and no quoted sentence has a clause telling
    the deed beside a person or an organisation the question does not name (a person, when
    the question asks for one)."""
    if not (word := deed(question)):
        return False
    names = " ".join(t for found in (expansion or {}).values() for t in found)
    speaking = word in _SPEAKING
    if speaking:
        forms, zh = ["said", "says", "told", "tells", word], list(_SPEECH_ZH)
        labels = (m[1] for t in texts if (m := _LABEL.match(simplified(t))))
        if any(checks.names_person(label, question + names) for label in labels):
            return False
    elif word in _HOSTING:
        forms, zh = word_forms(word), ["主持"]
    else:
        forms, zh = deeds_en.readings(question, word, expansion)
        zh = [t for t in zh if df.get(t, 0) > 0]
        if not zh and not any(df.get(f, 0) for f in forms):
            heads = deeds_en.objects(question, word, df, expansion)
            return bool(heads) and not _beside(heads[0], question, texts, names, expansion)
    person = speaking or word in _HOSTING or bool(_PERSON.search(question.lower()))
    for text in texts:
        for clause in _CLAUSE.split(simplified(text)):
            low = clause.lower()
            told = any(t in clause for t in zh) or any(
                re.search(rf"(?<![a-z]){re.escape(f)}(?![a-z])", low) for f in forms
            )
            if told and _names_doer(clause, question, names, person):
                return False
    return True


def _beside(head: str, question: str, texts: list[str], names: str, expansion) -> bool:
    """A deed no document tells: whether a quoted clause names a doer beside the head of what
    it was done to (「由昆明市托管…磨憨镇」 for "who took over Mohan town")."""
    person = bool(_PERSON.search(question.lower()))
    return any(
        deeds_en.held(head, clause.lower(), expansion)
        and _names_doer(clause, question, names, person)
        for text in texts
        for clause in _CLAUSE.split(simplified(text))
    )


def _names_doer(clause: str, question: str, names: str, person: bool) -> bool:
    """Whether a clause names a person (or, unless only a person will do, an organisation)
    other than the question's own."""
    if checks_en.has_kind("person", clause, question, names):
        return True
    if person:
        return False
    q = question.lower()
    for m in _ORG_ZH.finditer(clause):
        if not any(len(t) > 1 and t in m.group() for t in names.split()):
            return True
    return any(m.group().lower() not in q for m in _ORG_EN.finditer(clause))
