"""In the article of the subject a question names, a sentence (or a clause) that opens on the
attribute asked of it tells that attribute: 「蓍的叶子有什么特点」 is told by 「叶为披针形……」,
「盾柱木的羽片有什么特点」 by 「羽片8~14对……」, 「长柄艾纳香的花期约是多久」 by 「花期1-3月。」.
Such a sentence names neither the subject (its article does) nor much else of the question, so by
shared characters it loses to sentences restating the subject's name; it is moved up by HEAD for
the quoting only (`Candidate.lowered`: the refusal model reads the best sentence as before).

Only in a document whose short title the question names whole (an encyclopedia entry, as
`name_only` reads it): a report's or a policy's sentence opening on a word of the question
(「租金…」) is not thereby the attribute of a subject. Session 34's cmrc58 moved such sentences
in every document, and one eval answer moved with them."""

from __future__ import annotations

import re

from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.name_only import SHORT_TITLE
from knowledge.text.normalise import normalise

HEAD = 0.3
# an asking word: words holding one name no subject, term or attribute (places, definitions)
ASKING_WORD = r"什么|哪|谁|多少|怎|几|如何|为何"
# 「X的Y（是|有|在|叫）什么/哪/怎样/多少/多久…」: Y, the attribute asked of X
_ASKED = re.compile(
    r"的([\u4e00-\u9fff]{1,4}?)(?:大约|大概|一般|主要|约)?(?:是|有|呈|为|在|叫)?"
    r"(?:什么|哪|怎|多少|多久|多长|多大|如何|几)"
)
# what may stand before the attribute at a sentence's or clause's opening: punctuation, a
# pronoun of the subject (其叶…, 本鱼体…, 它的根…)
_OPENING = re.compile(r"^[\W\d_]*(?:其|本种|本鱼|该种|它的|它)?")
_CLAUSE = re.compile(r"[，,；;：:]")


def asked(question: str) -> str | None:
    """The attribute asked of the question's subject, as a sentence would open on it (叶子 → 叶,
    头部 → 头); None when the question does not ask one so."""
    m = _ASKED.search(normalise(question))
    if not m:
        return None
    y = m.group(1)
    return y[:-1] if len(y) == 2 and y[-1] in "子部" else y


def opens_on(text: str, attribute: str) -> bool:
    """Whether the sentence, or one of its clauses, opens on the attribute."""
    return any(
        _OPENING.sub("", part, count=1).startswith(attribute)
        for part in _CLAUSE.split(normalise(text))
    )


def _subject_named(title: str, question: str) -> bool:
    t = normalise(title).strip()
    return 0 < len(t) <= SHORT_TITLE and t in normalise(question)


def lift(question: str, cands: list[Candidate]) -> None:
    """Move the sentences of the named subject's article that open on the attribute asked up by
    HEAD, for the quoting only."""
    y = asked(question)
    if not y:
        return
    for c in cands:
        if _subject_named(c.hit.chunk.title, question) and opens_on(c.text, y):
            c.lift_for_quoting(HEAD)
