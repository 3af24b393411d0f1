"""Measure words (units and 量词) by what they measure: the one table the answer checks build
their patterns from.

A check reads a figure's unit (「租金为每月每平方米12元」: 元, money) or the unit a question asks
(「多少吨」: weight; 「每平方米」: a per-unit figure), and compares classes: a money question is not
answered by 300套, a count of buildings (多少栋) not by 12万平方米. Each check states which classes it
reads and which words it leaves out (「多少个」 says nothing of what is counted; 项 starts 项目),
so a measure word is added here once and reaches every check that reads its class.

Ordinal markers (第二届, 一期, 第三批 as a batch's name) are not here: `constraints` reads them as
ordinals. Nor are ages and dates (岁, 年份): `checks` and `dates` own those.
"""

from __future__ import annotations

import re

CLASSES: dict[str, tuple[str, ...]] = {
    "money": ("元", "块", "美元", "港元", "澳元", "港币", "欧元"),
    "people": ("人次", "人", "名", "位"),
    "area": ("平方米", "平米", "㎡", "平方公里", "公顷", "亩"),
    "weight": ("吨", "公斤", "千克"),
    "share": ("%", "％", "成", "倍", "个百分点"),
    "count": (
        "个", "家", "户", "项", "套", "批", "栋", "幢", "座", "所", "辆", "辆次", "条", "间",
        "张", "台", "次", "艘", "架", "棵", "头", "只", "本", "册", "标箱",
    ),
    "energy": ("千瓦时",),  # not 度: 「一度」 is "once", 「力度」 no unit
    "time": ("个月", "月", "年", "天", "日", "小时", "周"),
}  # fmt: skip

# measure words of things no check compares by class (a length, a piece counted by its own word):
# they only make a Chinese numeral before them a figure (`numbers.CN_FIGURE`: 十五厘米, 九座,
# 十二枚, 一万二千余卷), and stay out of CLASSES so that no class check changes
FIGURE_ONLY: tuple[str, ...] = (
    "米", "厘米", "毫米", "公里", "千米", "英里", "公分", "公尺", "克", "斤", "升", "毫升",
    "枚", "粒", "卷", "部", "首", "篇", "件", "种", "场", "层", "秒", "分钟",
    "对", "株", "匹", "片", "颗", "支", "本", "集",
)  # fmt: skip

UNIT_CLASS: dict[str, str] = {u: kind for kind, units in CLASSES.items() for u in units}

# measure words named in English ("how many tonnes", "in mu", "how many flats"): the Chinese
# measure words above a figure in the documents carries, so an English question reaches the
# same table (CC-CEDICT glosses none of mu, tonnes, metres as the measure word, yuan as 元)
ENGLISH: dict[str, tuple[str, ...]] = {
    "yuan": ("元",), "rmb": ("元",), "renminbi": ("元",),
    "tonnes": ("吨",), "tonne": ("吨",), "tons": ("吨",), "ton": ("吨",),
    "kilograms": ("公斤", "千克"), "kilogram": ("公斤", "千克"),
    "mu": ("亩",), "hectares": ("公顷",), "hectare": ("公顷",),
    "metres": ("平方米", "平米", "㎡"), "meters": ("平方米", "平米", "㎡"),
    "households": ("户",), "flats": ("套",), "apartments": ("套",),
    "kilowatt-hours": ("千瓦时",),
}  # fmt: skip

# measure words that measure the same things: 「多少名人才」 is answered by 人才800人, 「几栋」 by 3座
SAME: tuple[tuple[str, ...], ...] = (
    ("栋", "幢", "座"),
    ("本", "册"),
    ("名", "人", "位"),
    ("平方米", "平米", "㎡"),
)

# a count asked in the key is also told by a figure in these (one way): CC-CEDICT has 户 for a
# household or family (商户, 个体户 a firm; the documents count 市场主体 and 企业 in 户) and 家 as the
# classifier for families or businesses, so what 户 counts 家 counts too — 「多少家企业」 by
# 企业1124户 —, while 家 also counts banks, hospitals and shops (银行, 医院, 商店: CL 家), which no
# 户 counts: 「多少户」 asks households, not 「3家银行」; 个 counts anything, so it answers neither
TOLD_ALSO: dict[str, tuple[str, ...]] = {"家": ("户",)}

# the kinds of amount: what a figure counts, weighs or costs (not a share, a span of time)
AMOUNTS = ("money", "people", "area", "weight", "count", "energy")


def words(*classes: str, also: tuple[str, ...] = (), without: tuple[str, ...] = ()) -> list[str]:
    """The measure words of `classes`, plus `also`, minus `without`, longest first."""
    chosen = {u for kind in classes for u in CLASSES[kind]} | set(also)
    return sorted(chosen - set(without), key=lambda u: (-len(u), u))


def alternation(*classes: str, also: tuple[str, ...] = (), without: tuple[str, ...] = ()) -> str:
    """A regex alternation of `words(...)`, longest first (辆次 before 辆, 人次 before 人)."""
    return "|".join(re.escape(u) for u in words(*classes, also=also, without=without))


def same(groups: tuple[tuple[str, ...], ...] = SAME) -> dict[str, str]:
    """Each measure word of `groups` mapped to the regex alternation of its group (名 -> 名|人|位):
    a figure in any of them answers a question asked in one."""
    return {u: "|".join(map(re.escape, group)) for group in groups for u in group}


def told_by(unit: str, groups: tuple[tuple[str, ...], ...] = SAME) -> str:
    """The regex alternation of the measure words a figure answering a count asked in `unit` may
    be in: its own, its `groups` fellows (名 -> 名|人|位) and `TOLD_ALSO`'s (家 -> 家|户)."""
    group = next((g for g in groups if unit in g), (unit,))
    return "|".join(map(re.escape, dict.fromkeys((*group, *TOLD_ALSO.get(unit, ())))))


def class_of_unit(unit: str) -> str | None:
    """The class of a measure word: 'money' for 元, 'count' for 栋, None when unknown."""
    return UNIT_CLASS.get(unit)


def english(word: str) -> tuple[str, ...]:
    """The measure words an English unit name stands for ("tonnes" -> 吨), or ()."""
    return ENGLISH.get(word.lower(), ())
