"""A past year's amount asked in English is not told by a standing rule's yearly rate.

「市级财政自2024年起每年安排专项资金3亿元」 is a rule — what is set aside each year — and
「市级财政全年下达专项资金2.4亿元」 what was handed out in 2024. On e5 similarity and shared
terms both fit "How much funding did the city give the parks in 2024?" alike, and the rule,
which names the year as its start, wins. A figure asked of one past year ("did … in 2024",
"during 2024", "actually") and not of each year ("every year", "annual", "per year") is not
told by a rate (每年/每月/年均 before the figure): such sentences move down by MOVE. Only the
sentences' order changes (the refusal checks read the chosen sentences as before). Moving
them up when each year is asked changed no tune question and is left out.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import checks_en

MOVE = 0.1  # 0.05 moved no answer on tune
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_EACH_YEAR = re.compile(r"\b(?:each|every|per|a)\s+year\b|\bannual(?:ly)?\b|\byearly\b", re.I)
_PAST = re.compile(r"\b(?:did|was|were|had|actually|during|over|whole\s+of)\b", re.I)
# a rate told: 每年/每月/年均 (or per year) with a figure after it in the same clause
_RATE = re.compile(r"(?:每年|每月|年均|(?i:\b(?:each|every|per|a)\s+year\b))[^，。；,;]{0,24}\d")


def year_asked(question: str) -> bool:
    """Whether an English question asks a figure of one past year, not of each year."""
    return (
        bool({"number", "share"} & checks_en.asked_types(question))
        and not _EACH_YEAR.search(question)
        and bool(_YEAR.search(question) and _PAST.search(question))
    )


def prefer(question: str, cands: list) -> None:
    """A past year's figure asked: the sentences telling a rate move down by MOVE."""
    if year_asked(question):
        for c in cands:
            if _RATE.search(c.text):
                c.score -= MOVE
