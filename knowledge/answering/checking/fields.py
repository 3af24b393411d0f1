"""The fields a group spans, asked by count or by name: Chinese questions (focus.py's rule
"field").

「已开工的27个项目分布在几个行业」 is answered, near the question, by the count of projects
(累计签约项目51个、已开工项目27个): a count of fields is not a count of the things in them.
So a question that counts fields (几个行业, 多少个产业门类, 分成几类) or asks which (哪几个领域,
分成了哪几类) needs a quoted sentence that speaks of fields — 领域, 行业, 门类, 类别, 方向, 板块,
产业 (not 产业园), or items by their class (商贸物流类9个, 三大类).

And a breakdown of one group is not another's: 「首批项目中，商贸物流类9个…」 tells the first
batch's classes, not those of the projects under way. A sentence whose fields follow a whole
named by a batch or a stage (首批, 第二批, 一期, 已开工, 已投产, 新签约 …: 「X中，」) counts only
when the question names that batch or stage too.

Not asked: 「有哪些领域」 (a list of provisions or fields told in many ways, left to the other
checks).
"""

from __future__ import annotations

import re

from knowledge.text.normalise import normalise

_FIELD = r"(?:行业|领域|门类|类别|产业门类|产业领域|产业方向|方向|板块|大类)"
# not 「被拆分成哪两家公司」: names of a count, occasion.py's
# 类 alone only of the group itself (「分成了哪几类」「几类项目」): 「哪几类成本可以扣除」 asks
# kinds of a thing, told by naming them
_CLASS = r"类(?=[？?，,。]|$|项目|企业|产业)"
_ASKED = re.compile(rf"(?:几|多少|哪几)\s*个?\s*(?:{_FIELD}|{_CLASS})")
_TOLD = re.compile(
    r"领域|行业|门类|类别|方向|板块|产业(?!园)|[\u4e00-\u9fff]类(?:项目)?\s*(?:\d|[、，,和])"
    r"|[一二三四五六七八九十两\d]+\s*大?类"
)
# a whole the breakdown is of: 「首批项目中，」「已开工项目里，」
_WHOLE = re.compile(r"([^，,。；;]{2,16}?)(?:之中|当中|中|里)\s*[，,]")
_SET = re.compile(
    r"首批|第[一二三四五六七八九十\d]+[批期届]|[一二三四\d]期|已开工|已投产|建成投产|新签约|签约"
)


def asked(question: str) -> bool:
    """Whether the question counts fields or asks which (「几个行业」「哪几个领域」「分成几类」)."""
    return bool(_ASKED.search(normalise(question)))


def _told(text: str, q: str) -> bool:
    """`text` speaks of fields, of a whole the question names (or of no named whole)."""
    for m in _TOLD.finditer(text):
        whole = _WHOLE.search(text[: m.start()])
        marks = _SET.findall(whole.group(1)) if whole else []
        if all(w in q for w in marks):
            return True
    return False


def missing(question: str, chosen_texts: list[str]) -> bool:
    """Fields are asked and no quoted sentence tells them (of the group asked)."""
    q = normalise(question)
    if not _ASKED.search(q):
        return False
    return not any(_told(normalise(t), q) for t in chosen_texts)
