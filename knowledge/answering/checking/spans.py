"""A length of time or a number of times asked by its measure word, and none told: Chinese
(used by shapes.py).

「这次现场会一共开了几天」 answered by the meeting's date (5月10日), 「派驻人员一年要考核几次」
by 「派驻工作人员不少于2名」, 「人才公寓最长可以住几年」 by 「每个项目原则上不超过20套」: the
question asks a span (几年, 几个月, 几天, 几个工作日, 几个小时, 几周, 多少年) or a frequency (几次,
几回, 几趟) by the measure word after its asking word, read on jieba's word boundaries (not 几年级,
几月份, 第几年, 哪几年, 几月: a grade, a month's name, an ordinal, a list, a month; nor 头几年,
前几年, 这几天 — a few —, nor one another asking word follows: 「头几年…能拿几成」), and no quoted
sentence gives a figure in it. A span is told by a figure in any unit of time — 一年半 answers
几个月 and 2小时 几分钟, so the units are one family —, or by 每季度, 半年, 当天; never by a date
(2024年, 5月10日, 1—9月: a month is a span only as 个月). A frequency is told by a count of times
(一次, 2次, 每季度集中开展一次). The documents then lack the figure asked.
"""

from __future__ import annotations

import re

from knowledge.text.normalise import normalise
from knowledge.text.tokens import pos_tags

_ASKING = ("几", "多少")
# 第几年 an ordinal, 哪几年 a list; 头几年, 前几年, 近几年, 这几天, 好几次: "a few", not asked
_NOT_BEFORE = ("第", "哪", "头", "前", "近", "这", "那", "好")
# another asking word after it: the span is a condition of what is asked (「头几年…能拿几成」)
_ASKED_LATER = re.compile(r"几|多少|多大|多久|多长|什么|哪|怎|谁|吗|是否|啥|为何")
# the measure words asked, as jieba cuts them after 几/多少 (几个 + 小时, 多少 + 个 + 月)
_SPAN_WORDS = frozenset({"年", "天", "日", "周", "星期", "小时", "钟头", "分钟", "工作日", "季度"})
_TIMES_WORDS = frozenset({"次", "回", "趟", "遍"})
# one token: 几天, 几年, 几次, 几周
_ONE_TOKEN = re.compile(r"(?:几|多少)(年|天|日|周|次|回|趟|遍)")

_NUM = r"(?:\d[\d,]*(?:\.\d+)?|[〇零一二两三四五六七八九十百千半数]+)(?:多|余)?(?:万|亿)?"
_SPAN_TOLD = re.compile(
    rf"(?P<n>{_NUM})个?(?:工作日|个月|星期|小时|钟头|分钟|季度|年|天|日|周)"
    r"|每(?:个)?(?:季度|年|月|周|星期|天|日)|当天|当日"
)
_TIMES_TOLD = re.compile(rf"{_NUM}(?:次|回|趟|遍|度)")  # 三度出任
# a year written in digits or Chinese numerals, 上半年 / 下半年: no span
_YEAR = re.compile(r"^(?:\d{4}|[〇零○一二三四五六七八九]{4})年")


def asked(question: str) -> str | None:
    """"span" when the question asks a length of time by its measure word (几天, 几个月, 多少年),
    "times" when it asks a number of times (几次), else None."""
    q = normalise(question)
    if "几" not in q and "多少" not in q:  # no asking word: nothing to tag
        return None
    words = [t.word for t in pos_tags(q)]
    for i, w in enumerate(words):
        before = words[i - 1] if i else ""
        if before.endswith(_NOT_BEFORE) or _ASKED_LATER.search("".join(words[i + 1 :])):
            continue
        if m := _ONE_TOKEN.fullmatch(w):
            return _kind(m.group(1))
        if w in _ASKING or w in ("几个", "多少个"):
            rest = words[i + 1 : i + 3]
            if rest[:1] == ["个"] and w in _ASKING:
                rest = rest[1:]  # 多少 + 个 + 月
                counted = True
            else:
                counted = w.endswith("个")
            if not rest:
                continue
            if rest[0] == "月" and counted:
                return "span"  # 几个月 (几月 asks which month)
            if rest[0] in _SPAN_WORDS or rest[0] in _TIMES_WORDS:
                return _kind(rest[0])
    return None


def _kind(word: str) -> str:
    return "times" if word in _TIMES_WORDS else "span"


def told(kind: str, text: str) -> bool:
    """Whether `text` gives a figure of `kind`: a span of time in any unit (not a date), or a
    count of times."""
    t = normalise(text)
    if kind == "times":
        return _TIMES_TOLD.search(t) is not None
    for m in _SPAN_TOLD.finditer(t):
        if m["n"] is None:
            return True  # 每季度, 当天
        if _YEAR.match(m.group()) or _dated_day(t, m):
            continue
        if m["n"].startswith("半") and t[max(0, m.start() - 1) : m.start()] in ("上", "下"):
            continue  # 上半年, 下半年
        return True
    return False


def _dated_day(text: str, m: re.Match) -> bool:
    """A day of a date: 10日 of 5月10日, 16日 of 4月15日至16日 (历时三日 and 30日内 are spans)."""
    if not m.group().endswith("日") or m.group().endswith("工作日"):
        return False
    return re.search(r"月$|日[至到—\-~～]$", text[max(0, m.start() - 2) : m.start()]) is not None


def missing(q: str, ev) -> str | None:
    """"span" when a span or a number of times is asked by its measure word and no quoted
    sentence gives one, else None."""
    kind = asked(q)
    if kind is None or not ev.chosen:
        return None
    if any(told(kind, c.text) for c in ev.chosen):
        return None
    return "span"
