"""A trouble asked: a worry, difficulty, problem, shortcoming or risk (「最发愁的是什么」「打消了县区的
什么担心」「存在什么问题」「有什么不利条件」「最怕碰上什么事」) — a shape of answer, not a figure, name
or date, so closeness.asked finds no kind in it and the words asking it (发愁, 担心, 问题) weigh as
missing when the sentence says the trouble in its own word (「最担心的是找不到地」「…”的顾虑」「主要
挑战」「本地招商力量不足」). Which words name a trouble is read from CC-CEDICT: a word with a whole
gloss of `GLOSSES` (担心 worry, 顾虑 misgivings, 难处 difficulty, 短板 shortcoming, 不足 insufficient,
风险 risk, 挑战 challenge, 不利 unfavorable …), plus the one-character 怕 and 愁 the dictionary's
reverse index leaves out and a 难 closing a short act (招工难, 融资难).

A sentence tells the trouble when it, or the heading it sits under (「四、差距和短板仍然存在」), names
one; answer_shapes reads it as the shape asked (closeness.type_held) and the question's trouble
words as held, and evidence.py lifts the sentences naming one for the quoting.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.text.crosslingual import glosses
from knowledge.text.normalise import normalise
from knowledge.text.tokens import jieba_module

# CC-CEDICT whole glosses that name a trouble; a word is one when at least half of its glosses
# are (担心 3 of 4, 短板 2 of 3; not 问题 — issue, question, topic — nor 将军's "to challenge")
GLOSSES = frozenset(
    "worry worried anxious anxiety apprehensions misgivings fret concerned distressed vexed "
    "headache difficulty difficult problem trouble troublesome inconvenient shortcoming "
    "deficiency lack shortage shortfall risk hazard danger dangerous challenge bottleneck "
    "obstacle barrier hindrance impediment obstruction disadvantage disadvantageous "
    "disadvantaged inferior unfavorable defect weak failing".split()
) | frozenset({"weak point", "difficult problem", "difficult situation"})
SHARE = 0.5
# 问题 names a trouble when it is what one has or faces: 存在什么问题, 面临哪些问题, 遇到了啥问题
_PROBLEM = re.compile(
    r"(?:存在|面临|遇到|碰到|碰上|出现|还有)[了着]?(?:什么|哪些|哪几个|啥)(?:样的)?问题"
)
_ONE_CHAR = re.compile(r"怕|愁|[\u4e00-\u9fff]{2}难(?=[，,。；;、”」\s]|$)")
_ASKING = r"什么|啥|哪|如何|怎样|怎么样"
# the trouble is what is asked: the asking word just before it (什么担心, 哪种顾虑, 什么先天的不利
# 条件) or just after it in the same clause (最发愁的两件事是什么, 最怕碰上什么事, 难在哪); 「企业
# 反映磨憨招工难，合作区有什么打算」 asks the plan, not the trouble
_BEFORE = re.compile(rf"(?:{_ASKING})[^，,。；;？?]{{0,4}}$")
_AFTER = re.compile(rf"^[^，,。；;？?]{{0,8}}?(?:{_ASKING})")


@lru_cache(maxsize=4096)
def is_trouble(word: str) -> bool:
    """A word naming a trouble: at least SHARE of its whole CC-CEDICT glosses are GLOSSES."""
    found = glosses(word) if len(word) > 1 else frozenset()
    return bool(found) and len(found & GLOSSES) >= SHARE * len(found)


def words(text: str) -> list[str]:
    """The trouble words of a text (jieba's words), with 怕, 愁 and an act's 难 (招工难)."""
    t = normalise(text)
    found = [w for w in jieba_module().lcut_for_search(t) if is_trouble(w)]
    return found + [m.group(0) for m in _ONE_CHAR.finditer(t)]


@lru_cache(maxsize=256)
def asking_span(question: str) -> str:
    """The words asking a trouble, from the verb before the asking word to the trouble word
    (「存在什么问题」「消除了哪种顾虑」) or from the trouble word to the asking word (「最怕碰上什么」);
    '' when the question asks no trouble."""
    q = normalise(question)
    if problem := _PROBLEM.search(q):
        return problem.group(0)
    for w in dict.fromkeys(words(q)):
        at = q.find(w)
        if at < 0:
            continue
        if before := _BEFORE.search(q[:at]):
            return q[max(0, before.start() - 3) : at + len(w)]
        if after := _AFTER.search(q[at + len(w) :]):
            return q[at : at + len(w) + after.end()]
    return ""


def asked(question: str) -> bool:
    """The question asks what a trouble is: it names one and asks what (什么, 啥, 哪, 怎样)."""
    return bool(asking_span(question))


def untold_rule(question: str, ev) -> tuple[str, str] | None:
    """("untold", "trouble") when a trouble is asked and no quoted sentence, nor the heading it
    sits under, names one (decide's gate "shapes"): 「磨憨实验学校开学时最担心的是什么」 answered
    with the school's enrolment. None otherwise."""
    if ev.lang != "zh" or not ev.chosen or not asked(question):
        return None
    return None if any(tells(c) for c in ev.chosen) else ("untold", "trouble")


def tells(cand) -> bool:
    """The candidate sentence, or the section heading it sits under, names a trouble."""
    if words(cand.text):
        return True
    # the article path's headings, not a title: 「常见问题解答」 names no trouble of its answers
    return bool(cand.hit.chunk.section and words(cand.hit.chunk.section))


def asking_word(word: str, question: str = "") -> bool:
    """A question's word that asks the trouble (发愁, 顾虑, 问题, 最怕) or stands in the words
    asking it (存在, 消除, 碰上, 哪种): held once a trouble is told."""
    if is_trouble(word) or _ONE_CHAR.search(word):
        return True
    return bool(question) and normalise(word) in asking_span(question)


def prefer(question: str, cands: list, bonus: float) -> None:
    """A trouble asked: the sentences naming one score `bonus` more (「市场分析员亦提醒…主要挑战」
    shares fewer of the question's words than the figures beside it)."""
    if asked(question):
        for c in cands:
            if words(c.text):
                c.score += bonus
