"""Whether two readings of a question agree on its best sentence (closeness.py reads it below the
refusal model's threshold, branch refuse67).

The sentence closest in meaning (e5, the vectors stored at ingest) being the best by shared words
itself says the passage is about the question; what its context lacks is then the question's own
wording (职业学校 for 职业院校, 第一期 for 首期, 坦白说), unless it is a name the question brings —
a code (E23P) outside the passage, or a word neither the documents nor jieba's dictionary know
(丝尾红 of 丝尾红钻鱼): CMRC's out-of-corpus questions about another bus line or another fish —,
or the thing an interrogative asks for (哪些任职资格: a meeting's agenda holds no qualifications).
"""

from __future__ import annotations

import re

from knowledge.text.normalise import normalise
from knowledge.text.tokens import jieba_module, spoken_pieces

# the thing an interrogative asks for, up to the clause's end or a 的 (哪些任职资格, 多少技术工)
_ASKED = re.compile(
    r"(?:哪些|哪几|哪一?[种类个项条位家]|(?<!为)什么|多少|几[个项种类条位名家])([^，。？！?!,的是有]*)"
)
_CODE = re.compile(r"[A-Za-z0-9-]*(?:[A-Za-z][0-9]|[0-9][A-Za-z])[A-Za-z0-9-]*")  # E23P, A22, 5G


def agreed(question: str, ev, words: list[str]) -> bool:
    """The sentence closest in meaning (e5, the vectors stored at ingest) is the best by shared
    words itself (`Evidence.read_agrees`; read only here, below the threshold), and what its
    context lacks is no name the question brings: no code (E23P) outside the passage, no missing
    word that neither the documents nor jieba's dictionary know (丝尾红 of 丝尾红钻鱼; a piece cut
    across spoken words, 想带, is none)."""
    best = max(ev.chosen, key=lambda c: c.score)
    passage = normalise(best.hit.chunk.text)
    if any(code not in passage for code in _CODE.findall(normalise(question))):
        return False
    asked = "".join(_ASKED.findall(normalise(question)))
    if any(w in asked for w in words):  # 哪些任职资格: the thing asked is what the sentence lacks
        return False
    known = getattr(ev.result.index, "df", None) or {}
    jieba = jieba_module()
    if any(
        not known.get(w) and not jieba.dt.FREQ.get(w) and spoken_pieces(w, known) is None
        for w in words
    ):
        return False
    read = getattr(ev, "read_agrees", None)
    return bool(read and read())
