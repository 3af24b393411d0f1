"""The measure a figure question asks in, and whether a sentence gives a figure in it (branch
refuse18): 元 for 多少钱 or 注册资本是多少, 平方米 or 亩 for 面积, a length of time for 多久 or
多长时间, 人 for 多少技术工人, the measure word after 多少/几 (几套 -> 套).

closeness.answer_anyway reads it: a question whose best sentence gives a figure in the measure
asked may miss a little more of its words (房子 of 几套房子 beside 「人才公寓一期300套」) than
one whose best sentence merely carries a number — unless a missing word names the measured
attribute itself (电费 beside 「租金为每月每平方米12元」: a figure of the rent, not of the
electricity).
"""

from __future__ import annotations

import re

from knowledge.answering.checking import siblings, things
from knowledge.answering.checking.attributes import figure_attribute
from knowledge.answering.checking.focus import figure_text
from knowledge.answering.core.cues import FREQUENCY_ASKED
from knowledge.answering.core.support import context_of, neighbours
from knowledge.text import units
from knowledge.text.normalise import normalise

_NUM = r"(?:\d[\d.,]*|[一二两三四五六七八九十百千万亿半]+)\s*(?:多|余)?\s*(?:万|亿)?"
# money: 块钱, not a bare 块 (一块地)
_MONEY = units.alternation("money", also=("块钱",), without=("块",))
# the measure word after 多少/几; 个 counts anything and says nothing of the measure
_WORD = re.compile(
    rf"(?:多少|(?<![哪第])几)(?:万|亿)?"
    rf"({units.alternation('count', 'people', 'area', 'weight', also=('元', '趟'))})"
)
_SAME = units.same(units.SAME + (("家", "户"),))  # firms and households both counted by 家
# a length of time asked (多长时间, 几个工作日); not when how often is asked (cues.FREQUENCY_ASKED)
_LENGTH = re.compile(r"多长时间|多久|(?:多少|几)个?(?:工作日|天|周|星期|年|小时|钟头)")
# a noun asked for, and the measure its figure is given in
_ASKED = (
    (
        re.compile(
            r"(?:多少|几)(?:钱|块)|(?:价|费|资本|资金|投资|收入|补贴|工资|税收|产值|租金|经费|预算"
            r"|成本|金额)[^，。？?]{0,4}?(?:是|为|有|要|大概|大约|一共|总共)*(?:多少|几)"
        ),
        _MONEY,
    ),
    (re.compile(r"面积"), units.alternation("area")),
    (re.compile(r"容量|库容"), r"吨|立方米|升"),
    (
        # 几月 asks which month (a date); 几个月 is read by _WORD (个: no measure)
        _LENGTH,
        rf"个?(?:{units.alternation('time', also=('工作日', '星期', '分钟'))})",
    ),
    (
        re.compile(r"(?:多少|几)[^，。？?的]{0,5}(?:工人|员工|学生|游客|外国人|居民)"),
        units.alternation("people"),
    ),
)
# a missing word naming the measured attribute (电费, 注册资本, 占地面积, 库容量, 咨询电话)
ATTRIBUTE = re.compile(r"(?:费|价|资本|资金|面积|容量|电话|收入|工资|人口)$")


def asked(question: str) -> list[str]:
    """The measures (regex alternatives) a figure asked for must be given in; [] when the
    question asks for no figure of a particular measure (多少个, 几成, 哪一年)."""
    q = normalise(question)
    if m := _WORD.search(q):
        return [] if m.group(1) == "个" else [_SAME.get(m.group(1), m.group(1))]
    often = FREQUENCY_ASKED.search(q)  # 多长时间…一次: told by 每季度, no length of time
    return [unit for rx, unit in _ASKED if rx.search(q) and not (often and rx is _LENGTH)]


def met(question: str, text: str) -> bool:
    """The question asks for a figure of a particular measure and `text` gives one in it."""
    wanted = asked(question)
    t = normalise(text)
    return bool(wanted) and all(re.search(f"{_NUM}(?:{u})", t) for u in wanted)


def reading(question: str, ev, best) -> str:
    """How the best sentence's figures in the measure asked stand to the question, read as
    siblings.py reads a figure: "attr" when one bound to the subject (siblings.is_bound) is
    labelled by the attribute asked or a word of its family (「共投入帮扶资金6800万元」 for
    帮扶投了多少钱), "plain" when one bound names no other attribute, "sibling" when every bound
    one is labelled by a sibling attribute (「标准厂房租金为每月每平方米12元」 for 押金),
    "other" when every bound one not a sibling's is of another thing than the question's
    qualifier of its subject (things.other: 二期 for 一期, 合作区 for 尚冈村), "unbound" when none
    is bound, "" when none is in the measure asked."""
    wanted = asked(question)
    if not wanted:
        return ""
    q = normalise(question)
    _, attr, _ = siblings.asked(q)
    words = figure_attribute(q)
    t = figure_text(best.text, question)
    spans = [m for u in wanted for m in re.finditer(f"{_NUM}(?:{u})", t)]
    if not spans:
        return ""
    others = siblings.other_nouns(question, ev, attr)
    before = context_of(best, ev.docs, following=False)
    prev = normalise(neighbours(best.hit.chunk.text, best.local)[0])
    found = "unbound"
    for m in spans:
        clause = siblings.upto(t, m.end())
        if not siblings.is_bound(others, clause + "\n" + before):
            continue
        if "thing" in RULES and things.other(q, clause + "\n" + prev, t + "\n" + before):
            found = "other" if found == "unbound" else found
            continue
        label = siblings.label_at(t, m.start())
        if attr and siblings.names_family(label, attr) or not attr and words and words[-1] in label:
            return "attr"
        if attr and siblings.sibling(label, attr):
            found = "sibling" if found == "unbound" else found
        else:
            found = "plain"
    return found


RULES = frozenset({"thing"})  # may be switched off to measure it
