"""A change asked of a thing, and no quoted sentence tells any change of it (decide's gate
"growth", rule "growth:change"), Chinese questions in either script.

「港滇通項目的運輸成本降低了多少」「磨憨口岸高峰时段货车平均通关时间缩短了多少」: the report gives
the project's levels (總投資6.8億元, 冷庫庫容3.5萬噸) or a level reached (压缩到2小时以内) and no
change of the thing asked, and the answer offered the levels. growth.missing needs a year or a
period asked; this check needs none: a change asked with no measure after it (降低了多少,
缩短多少, 增加了几, 扩大了多少; a measure, 多少万吨, is amounts.change_unmet's) needs a quoted
clause telling a change — a verb of change before a figure, a fraction, 倍, 番, 成 or 半
(「增长38.8%」「缩短约三分之一」「翻了一番多」「减半收取」) — that names the thing asked (the last
noun the corpus knows before the words of change), or the question names no such noun.
"""

from __future__ import annotations

import re

from knowledge.answering.checking.focus import question_nouns
from knowledge.text.normalise import normalise
from knowledge.text.tokens import jieba_module, question_content

_VERB = (
    r"(?:增长|增加|增多|下降|减少|提高|上升|回落|下滑|降低|扩大|缩短|缩小|压缩|节省|节约"
    r"|提升|下调|上调|减轻|加快)"
)
# the change asked, with no measure after it (多少万吨 and 多少个 are measures)
_ASKED = re.compile(
    rf"(?:同比|环比)?{_VERB}了?(?:多少|几成|百分之几|几个百分点)(?![\u4e00-\u9fff])"
)
_FIGURE = r"(?:\d|百分之|[一二两三四五六七八九十]+(?:分之|倍|成|番)|一半|[一两]?番|近?[一两]倍)"
# a change told: a verb of change, then (within a few characters) a figure of change
_TOLD = re.compile(
    rf"(?:{_VERB}|同比|环比)了?\s*(?:近|约|超过|逾|达|到|了)?\s*{_FIGURE}"
    r"|翻了?[一两]?番|减半|增加近?一倍|多了?\s*\d"
)
# a level reached (压缩到2小时以内, 提高至30%) is no amount of change
_LEVEL = re.compile(rf"{_VERB}(?:到|至)")


def asked(question: str) -> bool:
    """Whether the question asks a change with no measure (降低了多少, 缩短多少)."""
    return bool(_ASKED.search(normalise(question)))


def tells(clause: str) -> bool:
    """Whether a clause tells a change (增长38.8%, 缩短约三分之一, 翻了一番多, 减半收取), not
    only a level reached (压缩到2小时以内)."""
    text = _LEVEL.sub("", normalise(clause))
    return bool(_TOLD.search(text))


def untold(question: str, ev) -> bool:
    """A change is asked of a thing and no clause of the quoted sentences or of the passages
    drawn on tells a change of it (the last noun the corpus knows before the words of change,
    or any change when the question names none). A passage telling one leaves the answer as
    it is: the change is in the documents, though the sentence chosen may not be its."""
    if ev.lang != "zh" or not ev.chosen:
        return False
    q = normalise(question)
    m = _ASKED.search(q)
    if not m:
        return False
    nouns = question_nouns(q[: m.start()], ev.result.tokens, ev.result.index)
    head, terms = list(nouns.items())[-1] if nouns else ("", [])
    word = _modifier(q[: m.start()], head, ev.result.index.df)
    texts = [c.text for c in ev.chosen] + [h.chunk.text for h in ev.hits]
    for text in texts:
        for clause in re.split(r"[。；;\n]", normalise(text)):
            if (
                tells(clause)
                and (not head or names(head, terms, clause))
                and _narrowed(word, head, clause)
            ):
                return False
    return True


def _narrowed(word: str, head: str, clause: str) -> bool:
    """The clause holds the narrowing word, or its end of two characters or more right before
    the noun (铁路运输时间 asked, 「经铁路……运输时间可缩短约三分之一」 told: 运输 + 时间)."""
    return word in clause or any(word[i:] + head in clause for i in range(1, len(word) - 1))


def _modifier(before: str, head: str, df) -> str:
    """The word right before the thing's noun that narrows it (通关时间's 通关, 实有人口's 实有)
    when the corpus knows it, else ''."""
    if not head:
        return ""
    jieba_module()
    import jieba

    words = jieba.lcut(question_content(before))
    if head not in words or (i := words.index(head)) == 0:
        return ""
    prev = words[i - 1]
    return prev if len(prev) > 1 and df.get(prev, 0) and _CJK.fullmatch(prev) else ""


_CJK = re.compile(r"[\u4e00-\u9fff]+")


def names(head: str, terms: list[str], clause: str) -> bool:
    """The clause names the thing: the noun itself, or known terms of it covering all of it
    (运输成本's 运输 alone is no cost: 成本 is a word no document uses)."""
    if head in clause:
        return True
    covered = set()
    for t in terms:
        if t in clause and (i := head.find(t)) >= 0:
            covered.update(range(i, i + len(t)))
    return len(covered) == len(head)
