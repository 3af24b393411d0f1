"""Is a sentence's figure the one an English question asks for, by its unit and modifiers?

A figure near the thing asked is often a near twin of it: the rural residents' income for
"urban residents", the rent as "50% of market price" for "the rent in yuan", the city's fund
for "the provincial government's fund". As `focus.py` binds a Chinese question's figure to
the thing asked, an English question's figure must be told by a sentence that

- gives a figure in the unit asked ("in yuan", "how many tonnes", "in square metres"): 元 or
  RMB, 吨, 平方米 after the number, not a share or a count of flats;
- does not contradict a modifier asked with its opposite (urban: 农村 and no 城镇; provincial:
  市级 and no 省级; new: 累计 and no 新增; foreign: 当地 or 内资 and no 外资);
- says "per" when a per-unit figure is asked (per capita: 人均; per square metre: 每平方米; a day —
  "on an average day", "each day", "daily" —: 日均, 每天, not a half-year's total);
- gives a count of the stage asked of projects or firms ("in production": 投产), read as
  `kindred.py` reads a Chinese question's: 「累计签约项目46个」 is no count of producing ones.

Units named in English (mu, tonnes, yuan) are read from `text/units.py`, the table the Chinese
checks use; a modifier opening a hyphenated compound ("new-energy") is no modifier.

`checks_en.lacking` keeps only such sentences as the places a figure asked may come from.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import kindred
from knowledge.answering.checking.siblings import clause, figures
from knowledge.text import units
from knowledge.text.normalise import language

_NUM = r"[\d一二两三四五六七八九十百千万亿]"


def _named(kind: str) -> str:
    """The English names of a class's measure words (`units.ENGLISH`): tonnes, tons, ton."""
    names = [w for w, said in units.ENGLISH.items() if units.class_of_unit(said[0]) == kind]
    return "|".join(sorted(map(re.escape, names), key=len, reverse=True))


def _given(kind: str, english: str) -> str:
    """A figure in one of the class's measure words (units.py; not 块, a plot as often as a
    yuan), or said in English."""
    said = units.alternation(kind, without=("块",))
    return rf"{_NUM}\s*(?:[万亿千百]\s*)?(?:余|多)?\s*(?:{said})|{english}"


# unit asked -> (how the question asks it, how a sentence gives a figure in it)
_UNITS = {
    "money": (
        rf"\bin\s+(?:{_named('money')})\b|\bhow\s+many\s+(?:{_named('money')})\b",
        _given("money", r"人民币|\b(?:rmb|yuan|cny)\b|¥"),
    ),
    "tonnes": (
        rf"\bhow\s+many\s+(?:{_named('weight')})\b|\bin\s+(?:{_named('weight')})\b",
        _given("weight", r"\d\s*(?:million\s+|thousand\s+)?(?:tonnes|tons)\b"),
    ),
    "area": (
        r"\bin\s+square\s+(?:metres|meters|kilometres|kilometers)\b|\bhow\s+many\s+square\b"
        r"|\bhow\s+many\s+(?:mu|hectares)\b|\bin\s+(?:mu|hectares)\b",
        _given("area", r"\bsquare\s+(?:metres|meters)\b|\b\d[\d,.]*\s+(?:mu|hectares)\b"),
    ),
    "people": (
        r"\bhow\s+many\s+(?:people|persons|workers|employees|staff|residents|students|jobs)\b",
        rf"{_NUM}\s*(?:[万千]\s*)?(?:余|多)?\s*(?:人|名|位)|\b\d[\d,.]*\s+(?:people|persons"
        r"|workers|employees|residents|students|jobs)\b",
    ),
}
_UNITS_RX = {k: (re.compile(a), re.compile(g)) for k, (a, g) in _UNITS.items()}

# modifier asked -> (the sentence says it, the sentence says its opposite); in English the
# modifier itself says it, and the opposite's English word contradicts it
_OPPOSITES = {
    "urban": ("城镇|城市居民|城区|城市", "农村|乡村|rural"),
    "rural": ("农村|乡村", "城镇|城区|城市居民|urban"),
    "provincial": ("省级|省财政|全省|省政府|省里", "市级|全市|县级|区级|municipal"),
    "municipal": ("市级|全市|市财政|市政府", "省级|省财政|县级|provincial"),
    "foreign": ("外资|外国|外籍|境外|外商|港资|老挝", "内资|国内|当地|本地|domestic|local"),
    "domestic": ("内资|国内|本地", "外资|外国|外籍|境外|外商|港资|foreign"),
    "new": ("新增|新签|新开|新建|新注册|新引进", "累计|cumulative"),
    "cumulative": ("累计|总计", "新增|新签"),
    "monthly": ("每月|月租|月均|/月|(?:a|per|each) month", "每年|全年|年均|年租|annual|yearly"),
    "annual": ("每年|全年|年均|年度|(?:a|per|each) year|annually", "每月|月均|月租|monthly"),
}
_OPPOSITES_RX = {
    k: (re.compile(rf"{a}|\b{k}\b"), re.compile(rf"{b}(?![a-z])"))
    for k, (a, b) in _OPPOSITES.items()
}
# a modifier, not the first part of a compound ("new-energy projects" ask no new ones)
# not in a compound written open: "new energy" is 新能源, as "new-energy"
_MODIFIER = re.compile(rf"\b({'|'.join(_OPPOSITES)})\b(?![-‐])(?!\s+energy\b)")
# a per-unit figure asked, and how a sentence says per
# (a day's figure: "on an average day", "each day", "daily" — not a period's total)
_PER_ASKED = re.compile(
    r"\bper[\s-]+(?:capita|person|head|square|mu|hectare|tonne|month|year|day|week)\b"
    r"|\b(?:on\s+an?\s+average|each)\s+(?:day|week)\b|\bdaily\b"
)
_PER_SAID = re.compile(r"人均|每|均|/|\bper\b|\beach\b|\baverage\b")


# a modifier asked that the sentence neither says nor contradicts: not the thing asked either
LACKING = True


def units_asked(question: str) -> list[str]:
    q = question.lower()
    return [k for k, (asked, _) in _UNITS_RX.items() if asked.search(q)]


def fits(question: str, sentence: str) -> bool:
    """Whether a (normalised) sentence with a figure can tell the figure asked: in the unit
    asked, not of a modifier's opposite, per unit when a per-unit figure is asked, a count of
    the stage asked."""
    q = question.lower()
    for unit in units_asked(q):
        if not _UNITS_RX[unit][1].search(sentence):
            return False
    for m in _MODIFIER.finditer(q):
        said, opposite = _OPPOSITES_RX[m[1]]
        if not said.search(sentence) and (LACKING or opposite.search(sentence)):
            return False
    if _PER_ASKED.search(q) and not _PER_SAID.search(sentence):
        return False
    return not _other_stage(q, sentence)


# the stages of a project or firm (kindred.STAGES) as an English question or release says them
_STAGES_EN = {
    "sign": r"\bsign(?:s|ed|ing)?\b|\bsign-?ups?\b",
    "start": r"\b(?:start(?:ed|ing)?|beg[au]n|began)\s+(?:construction|building|work)\b"
    r"|\bunder\s+construction\b|\bbr(?:oke|eak)\s+ground\b|\bconstruction\s+(?:has\s+|had\s+)?"
    r"(?:start|begun|began)",
    "run": r"\bin\s+(?:production|operation)\b|\bproducing\b|\boperating\b"
    r"|\b(?:put|gone|went)\s+into\s+(?:production|operation)\b",
    "recognise": r"\bcertif(?:ied|ication)\b|\brecogni[sz]ed\b",
    "register": r"\bregist(?:er|ered|ration)\b",
}
_STAGES_EN_RX = {k: re.compile(v) for k, v in _STAGES_EN.items()}
# a count of what has stages (kindred's 个/家/户/项/批): projects, firms, batches
_COUNT_ASKED = re.compile(
    r"\bhow\s+many\s+(?:[a-z'’-]+\s+){0,3}?(?:projects?|compan(?:y|ies)|firms?|enterprises?"
    r"|businesses|entities|batch(?:es)?)\b"
)
# a count in an English sentence: a number before a noun that is no unit (46 projects)
_COUNT_EN = re.compile(
    r"\b(?:\d+(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|dozens?)\s+(?!(?:million"
    r"|billion|thousand|tonnes|tons|yuan|rmb|per|percent|square|mu|hectares|years?|months?"
    r"|days?|hours?)\b)[a-z]"
)


def stages_asked(question: str) -> set[str]:
    """The stages an English count question names: "in production" -> {'run'}."""
    q = question.lower()
    if not _COUNT_ASKED.search(q) or units_asked(q):
        return set()
    return kindred.families(q, _STAGES_EN_RX)


def _other_stage(q: str, sentence: str) -> bool:
    """No count of the stage asked, as kindred.py reads a Chinese question's: the sentence
    gives no count, or every count it gives stands in a clause naming stages, none of them
    asked (「累计签约项目46个」 for "how many were in production")."""
    asked = stages_asked(q)
    if not asked:
        return False
    if language(sentence) != "zh":
        told = kindred.families(sentence, _STAGES_EN_RX)
        return not _COUNT_EN.search(sentence) or (bool(told) and not told & asked)
    counts = [upto for kind, _, upto in figures(sentence, q) if kind == "count"]
    stages = [kindred.families(clause(upto), kindred.STAGE_RX) for upto in counts]
    return all(told and not told & asked for told in stages)  # no count: True


def strict(question: str) -> bool:
    """Whether the question asks a unit, a modifier with an opposite or a per-unit figure."""
    q = question.lower()
    return bool(units_asked(q) or _MODIFIER.search(q) or _PER_ASKED.search(q) or stages_asked(q))
