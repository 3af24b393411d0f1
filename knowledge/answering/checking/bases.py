"""A year's change asked, and that year told only as another year's base: Chinese (used by
shapes.py).

「2023年磨憨口岸进出口货运量同比增长了多少」 answered by 「2024年，…货运量达到871.9万吨，比2023年的
628.4万吨增长38.8%」: the sentence names 2023 only as what 2024 is compared with, so its growth
is 2024's. A change asked (增长, 同比, 增幅, 比…多) of one year needs a figure-carrying sentence
naming that year otherwise than after 比/较/同 (the base), or naming no other year; when every
figure-carrying sentence that tells a change and holds the asked year holds it only as a base
beside a year of its own, the documents do not give the change asked.
"""

from __future__ import annotations

import re

from knowledge.answering.checking.constraints import asked
from knowledge.answering.checking.focus import figure_in
from knowledge.text.normalise import normalise

_CHANGE = re.compile(r"增长|增加|增幅|增速|涨幅|降幅|下降|减少|同比|环比|比[^，。？?]{1,12}[多少]")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_BASE = r"(?:比|较|同比|相比|比起)\s*{}\s*年"
_TOLD = re.compile(r"增长|增加|下降|减少|同比|环比|比[^，。；]{1,20}(?:增|减|多|少|翻|高|低)|翻")


def missing(q: str, ev) -> str | None:
    """'compare' when a change of one year is asked and that year stands in the evidence only
    as the base of another year's comparison (see the module), else None."""
    want = asked(q)
    if len(want.years) != 1 or want.months or not _CHANGE.search(q):
        return None
    year = next(iter(want.years))
    if re.search(_BASE.format(year), q):
        return None  # the year asked is itself the base (「比2023年增长了多少」)
    based = 0
    for c in ev.chosen:
        text = normalise(c.text)
        if str(year) not in text or not figure_in("number", text, q) or not _TOLD.search(text):
            continue  # no change told here (the year's own level is no answer either way)
        own = {int(y) for y in _YEAR.findall(re.sub(_BASE.format(r"\d{4}"), "", text))}
        if year in own or not own:
            return None  # the year's own figure, or a sentence of no other year
        based += 1
    return "compare" if based else None
