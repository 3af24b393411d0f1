"""Numbers in text: Arabic numerals and counted Chinese numerals (十四个, 三万人) as values."""

from __future__ import annotations

import re

from knowledge.text import units

_NUM = re.compile(r"\d+(?:\.\d+)?")
_CN_NUM = re.compile(
    r"[零〇一二两三四五六七八九十百千万亿]+(?=[个位项次年天家所名倍条户人元岁届期%])"
)
# a figure in Chinese numerals with its measure word, or a fraction (三分之一, 十五厘米, 九座,
# 一万二千余卷, 六百余米, 两千多人): what a number asked is answered by when a text writes no
# digits; a bare 一 before a measure word is "a" (一座天后宫), a numeral after 第 an ordinal
# (第三批), and one after 几 or 数 or opening on 百/千/万 no figure (跑几百公里, 千米, 万人空巷)
# spans of time are read by the date and duration checks (and 四周 is "around", not four weeks)
_CN_RUN = r"[零〇一二两三四五六七八九十百千万亿]"


def _cn_figure(*classes: str) -> re.Pattern[str]:
    words = sorted((*units.words(*classes), *units.FIGURE_ONLY), key=lambda u: (-len(u), u))
    return re.compile(
        rf"(?<![第几数零〇一二两三四五六七八九十百千万亿])(?=[一二两三四五六七八九十])"
        rf"(?:{_CN_RUN}+分之{_CN_RUN}+"
        rf"|(?!一(?![零〇一二两三四五六七八九十百千万亿余多])){_CN_RUN}+[余多]?(?:{'|'.join(words)}))"
    )


CN_FIGURE = _cn_figure(*(k for k in units.CLASSES if k != "time"))
# the same with spans of time (十五年, 三十天): a rule's figure asked back in a why
# (「合作期限为什么定为十五年」) is restated by the rule whatever it measures
CN_FIGURE_OR_SPAN = _cn_figure(*units.CLASSES)
_CN_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9)))
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10**4, "亿": 10**8}


def cn_number(text: str) -> int:
    """Value of a Chinese numeral such as 十四, 一百零二, 三万."""
    total = section = digit = 0
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (digit or 1) * _CN_UNITS[ch]
            digit = 0
        elif ch in _CN_BIG:
            total += (section + digit) * _CN_BIG[ch]
            section = digit = 0
    return total + section + digit


def numbers_in(text: str) -> list[float]:
    """Arabic numbers (dates' parts included) and counted Chinese numerals greater than one."""
    plain = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    values = [float(n) for n in _NUM.findall(plain)]
    return values + [float(v) for m in _CN_NUM.findall(text) if (v := cn_number(m)) > 1]


_CN_YEAR = re.compile(
    r"(?=[〇零○◯0OＯО]*[一二三四五六七八九])[〇零○◯0OＯО一二三四五六七八九]{4}(?=\s*年)"
)
_ZERO = dict.fromkeys("○◯0OＯО", 0)  # the zeros typed or scanned for 〇 (二○二四年)


def chinese_years_to_digits(text: str) -> str:
    """二〇二四年 -> 2024年 (digit by digit; the length of the text is kept)."""
    digits = _CN_DIGITS | _ZERO
    return _CN_YEAR.sub(lambda m: "".join(str(digits[c]) for c in m.group()), text)


def warm_up() -> None:
    """Import cn2an (about 0.7 s, its patterns compiled at import) now rather than in the first
    question naming an ordinal (首批, 第二届)."""
    numeral("十二")


def numeral(text: str) -> int | None:
    """An ordinal as written in a heading or reference (十二, 二十一, 〇, 12) as an int, read by
    cn2an; None when it is no number."""
    import cn2an

    text = text.strip()
    if text.isdigit():
        return int(text)
    try:
        return int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def chinese_numeral(n: int) -> str:
    """12 -> 十二 (as in 第十二条)."""
    import cn2an

    return cn2an.an2cn(n)


# a counted or ordinal Chinese numeral in a question's word (第六年, 十一个月, 两年, 十亿)
_COUNTED = re.compile(
    r"(?<=第)[零〇一二两三四五六七八九十百千]+"
    r"|[零〇一二两三四五六七八九十百千]+(?=[个位项次年天家所名倍条户人元岁届期月亩周万亿])"
)


def digit_forms(word: str) -> list[str]:
    """How documents write a question's word whose numeral is in characters: in digits (第六年 ->
    第6年, 两年 -> 2年, 十亿 -> 10亿), and N months counted from January as the range they name
    (十一个月 -> 11个月, 1—11月). Empty when the word holds no such numeral."""
    if not _COUNTED.search(word):
        return []
    digits = _COUNTED.sub(lambda m: str(cn_number(m.group())), word)
    forms = [digits]
    months = re.search(r"(\d+)个月", digits)
    if months:
        n = months.group(1)
        forms += [f"1{dash}{n}月" for dash in "—–-~至"]
    return forms
