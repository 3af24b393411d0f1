"""Dates as Chinese documents write them (二〇二四年五月八日, 2024年5月8日, 2024-05-08) as ISO
`YYYY-MM-DD`, with their exact spans in the text."""

from __future__ import annotations

import re
from datetime import date

from knowledge.text.normalise import normalise
from knowledge.text.numbers import numeral

# the zero of a year in Chinese numerals as typed and scanned: 〇, 零, the circle ○ (Word's
# symbol), the digit 0 and the letter O (二○二四年, 二0二四年 — OCR mixes them)
_ZEROS = "〇零○◯0OＯО"
_CN_YEAR = f"(?=[{_ZEROS}一二三四五六七八九]*[一二三四五六七八九])[{_ZEROS}一二三四五六七八九]{{4}}"
_CN_SMALL = "[一二三四五六七八九十]{1,3}"
DATE = re.compile(
    rf"(?P<y>\d{{4}}|{_CN_YEAR})[ \t\u3000]*年[ \t\u3000]*(?P<m>\d{{1,2}}|{_CN_SMALL})[ \t\u3000]*月"
    rf"[ \t\u3000]*(?P<d>\d{{1,2}}|{_CN_SMALL})[ \t\u3000]*[日号]"
    r"|(?<![\d.])(?P<y2>\d{4})(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?![\d])"
)


def _year(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    import cn2an

    text = re.sub(f"[{_ZEROS}]", "〇", text)
    return int(cn2an.cn2an(text, "direct"))  # digit by digit: 二〇二四 -> 2024


def iso(match: re.Match) -> str | None:
    """The ISO date of a DATE match; None when it is no calendar date."""
    y = _year(match["y"] or match["y2"])
    m, d = numeral(match["m"] or match["m2"]), numeral(match["d"] or match["d2"])
    try:
        return date(y, m, d).isoformat() if y and m and d else None
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO date) of every calendar date written in `text`, in order."""
    return [(m.start(), m.end(), v) for m in DATE.finditer(text) if (v := iso(m))]


def parse_date(text: str) -> str | None:
    """The ISO form of the first date in `text` (None when there is none)."""
    found = find_dates(text)
    return found[0][2] if found else None


_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MON = "|".join(rf"{m.capitalize()}|{m[:3].capitalize()}\.?" for m in _MONTHS)
# 18 April 2025 · April 18, 2025 · 18 Apr. 2025
ENGLISH_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MON}),?\s+(?P<y>\d{{4}})\b"
    rf"|\b(?P<mon2>{_MON})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})\b"
)


def english_date(text: str) -> str | None:
    """The ISO form of the first English calendar date in `text` (a press release's dateline:
    「Kunming, 18 April 2025」); None when there is none."""
    for m in ENGLISH_DATE.finditer(text):
        month = [x[:3] for x in _MONTHS].index((m["mon"] or m["mon2"])[:3].lower()) + 1
        try:
            return date(int(m["y"] or m["y2"]), month, int(m["d"] or m["d2"])).isoformat()
        except ValueError:
            continue
    return None


def first_months() -> dict[str, tuple[int, int]]:
    """The first months of a year named in words, as (1, last month): 前9个月, 头十个月, 前两个月,
    前两季度 — the spans 1—9月, 1—10月 … tell."""
    from knowledge.text.numbers import chinese_numeral

    out: dict[str, tuple[int, int]] = {}
    for n in range(2, 12):
        names = {str(n), chinese_numeral(n)} | ({"两"} if n == 2 else set())
        for head in ("前", "头"):
            out |= {f"{head}{name}{unit}": (1, n) for name in names for unit in ("个月", "月")}
            if n <= 3:
                out |= {
                    f"{head}{name}{u}": (1, 3 * n) for name in names for u in ("个季度", "季度")
                }
    return out


def year_figure(years: set[int], sentence: str) -> bool:
    """The sentence gives a figure right after one of `years`, no month between (2023年的628.4万吨,
    「2024年，货运量达到871.9万吨」)."""
    text = normalise(sentence)
    rx = r"\s*年(?:全年|的)?[^，。；;月\d]{0,10}\d|\s*年[，,][^。；;月\d]{0,16}\d"
    return any(re.search(rf"{y}(?:{rx})", text) for y in years)
