"""Which sentence answers: how well a candidate sentence fits the slot the question asks about.

A sentence that shares the question's words is not yet the answer: the asked slot must be
filled, and the sentence may lean on the one before it for the words it leaves out. Three
signals added to a Chinese sentence's lexical score (weights fitted by 5-fold cross-validation
on CMRC trial, each fold choosing them on the other four):

- `slot`: the sentence holds what the question asks for — a number in the asked measure
  (几名 -> 第3名, 多长 -> 1122米, 几岁 -> 二十三岁), a date, an ordinal;
- `focus`: the sentence holds the question's focus, the words right next to the wh-word
  (「在哪里**出生**」「是什么**颜色**」「**世界纪录**是多少」);
- `context`: the question's words that the sentence lacks but the sentence before it holds
  (「同年7月，……授予其国民荣誉赏」 after 「1992年……」), weighted like its own words.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass

from knowledge.answering.support import neighbours
from knowledge.text.normalise import normalise

_CN = "零〇一二两三四五六七八九十百千万亿"
_NUM = rf"(?:\d[\d,.]*|[{_CN}]+|[数几]\s*[十百千万])"
# measure words asked after 多少 / 几 / 多 and the units that answer each
_MEASURES = {
    "长": "米|公里|千米|厘米|毫米|英尺|英里|码|里|公尺|公分",
    "宽": "米|公里|千米|厘米|毫米|英尺|公尺|公分",
    "高": "米|公里|千米|厘米|英尺|公尺|公分|层",
    "深": "米|公里|千米|英尺|公尺",
    "远": "米|公里|千米|英里|光年|里",
    "大": "平方|公顷|亩|米|公里|千米|岁|吨|字节|GB|MB|升",
    "重": "克|公斤|千克|吨|磅|斤",
    "久": "年|月|天|日|小时|分钟|秒|周|星期|世纪",
}
_MEASURE_ASK = re.compile(r"多(长|宽|高|深|远|大|重|久)|多少|几")
_ORDINAL_ASK = re.compile(r"第几|排名|名次")
_TIME_ASK = re.compile(
    r"何时|什么时候|哪一?年|哪一?天|几月|几号|哪个月|日期|时间|年代|哪个朝代|什么朝代|什么季节|哪个季节"
)
_WH = re.compile(
    r"多少|多[长宽高深远大重久]|几[^\s，。？?]?|第几|何时|什么时候|哪[一个些里儿位年天座家种所条]?|"
    r"谁|什么|怎么样|怎样|怎么|如何|为什么|为何"
)
_DATE = re.compile(
    rf"{_NUM}\s*(?:年|月|日|号|世纪)|\d{{4}}\s*[-/.]\s*\d{{1,2}}|[春夏秋冬]季|年代|朝|时期|期间"
)
_ORDINAL = re.compile(rf"第\s*{_NUM}|冠军|亚军|季军|首位|榜首")
_STOP = set("的了是在和与及或也都就而并被把将对从向由为以于之其这那此该有个等着过吗呢吧啊")
_NOT_GRAM = re.compile(r"[^0-9a-z\u4e00-\u9fff\u3400-\u4dbf]+")


@dataclass(frozen=True)
class Slot:
    """What the question asks for: `kind` number | ordinal | time | other; the units that
    fill a number slot ('' any); the focus bigrams next to the wh-word."""

    kind: str
    units: str
    focus: frozenset[str]


def asked_slot(question: str) -> Slot:
    q = normalise(question)
    if _ORDINAL_ASK.search(q):
        kind, units = "ordinal", ""
    elif _TIME_ASK.search(q):
        kind, units = "time", ""
    elif m := _MEASURE_ASK.search(q):
        kind = "number"
        units = _MEASURES.get(m.group(1) or "", "") or _unit_after(q[m.end() : m.end() + 4])
    else:
        kind, units = "other", ""
    return Slot(kind, units, frozenset(_focus(q)))


def _unit_after(text: str) -> str:
    """The measure word right after 多少/几 (多少米, 几名, 几岁), as a unit pattern."""
    m = re.match(
        r"(平方公里|公里|千米|米|名|岁|人|次|个|年|天|元|吨|倍|届|种|项|座|部|家|所|条|位)", text
    )
    return re.escape(m.group(1)) if m else ""


def _focus(q: str) -> set[str]:
    """Bigrams of the content characters right before and after the first wh-word."""
    m = _WH.search(q)
    if not m:
        return set()
    before = _content(q[: m.start()])[-2:]
    after = _content(q[m.end() :])[:2]
    return {g for g in (before, after) if len(g) == 2}


def _content(text: str) -> str:
    t = _NOT_GRAM.sub("", text)
    return "".join(ch for ch in t if ch not in _STOP)


def fillers(slot: Slot, text: str) -> list[tuple[int, int]]:
    """Spans in the (normalised) sentence that could fill the slot."""
    if slot.kind == "ordinal":
        rx = _ORDINAL
    elif slot.kind == "time":
        rx = _DATE
    elif slot.kind == "number":
        unit = slot.units or r"[^\s，。；、,;]"
        rx = re.compile(rf"{_NUM}\s*(?:{unit})")
    else:
        return []
    return [m.span() for m in rx.finditer(text)]


SLOT = 0.15  # the sentence fills the asked slot
FOCUS = 0.1  # it holds the words next to the wh-word
CONTEXT = 0.4  # share of the question's (rarity-weighted) characters lent by the sentence before


def char_grams(text: str) -> set[str]:
    """Characters and character bigrams of the letters/digits/CJK in `text`."""
    t = _NOT_GRAM.sub("", text)
    return set(t) | set(map(operator.add, t, t[1:]))


def fit_bonus(slot: Slot, text: str) -> float:
    """SLOT when the (normalised) sentence fills the slot, plus FOCUS when it holds the focus."""
    bonus = SLOT if fillers(slot, text) else 0.0
    if slot.focus and any(g in text for g in slot.focus):
        bonus += FOCUS
    return bonus


def add_fit(question: str, cands: list, grams: list[set[str]], rarity: dict[str, float]) -> None:
    """Add the slot, focus and context signals to the candidates' scores (in place); `grams` are
    each sentence's char_grams, `rarity` the weight of each of the question's char_grams."""
    slot = asked_slot(question)
    total = sum(rarity.values()) or 1.0
    for c, own in zip(cands, grams):
        prev, _ = neighbours(c.hit.chunk.text, c.local)
        lent = (char_grams(normalise(prev)) & rarity.keys()) - own if prev else set()
        c.score += (
            fit_bonus(slot, normalise(c.text)) + CONTEXT * sum(rarity[g] for g in lent) / total
        )
