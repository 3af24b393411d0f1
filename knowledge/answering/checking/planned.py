"""Whether a figure or date stands as a plan: the plan words of a Chinese sentence before it
(将, 计划, 预计, 力争 … with no 已/正式 just before it) and an English question asking a plan or
a future (plan, expect, aim, will …). Read by `plans`, `batches`, `batches_en` and `people_en`
(which `plans`, reading `checks_en`, cannot be imported by)."""

from __future__ import annotations

import re

PLANNED = re.compile(
    r"将|计划|预计|拟|力争|目标|争取|研究|推动|准备|预期|规划|打算|有望|加快|尽快|确保"
)
DONE = re.compile(r"(?:已经?|正式|均已|全部|顺利)[^，。；]{0,4}$")


def planned_by(sentence: str, start: int) -> str:
    """The plan word (将, 推动, 计划 …) nearest before `start` in its sentence when what
    stands there is planned (no 已/正式 just before it), else ''."""
    before = re.split(r"[。！!？?]", sentence[:start])[-1]
    found = PLANNED.findall(before)
    return found[-1] if found and not DONE.search(before) else ""


PLAN_EN = re.compile(
    r"\b(?:plan\w*|expect\w*|forecast\w*|project(?:ed|ion)s?|target\w*|aim\w*|goal|will|"
    r"would|going\s+to|intend\w*|estimat\w*|should|meant|supposed|set\s+to)\b"
)


def asks_plan_en(question: str) -> bool:
    """Whether an English question asks a plan or a future: plan, expect, aim, will …"""
    return bool(PLAN_EN.search(question.lower()))
