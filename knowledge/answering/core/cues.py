"""The kinds of answer a question asks for, as cues — a date, a number, a share, a duration, a
source or author, a list … — each with the sentence shape that answers it, and how well a
sentence's shape fits the cues asked (`_fit`, a bonus in sentence scoring)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.text.memo import while_asking
from knowledge.text.numbers import CN_FIGURE

_QUESTION_END = re.compile(r"[?？]\W*$")
_BYLINE = re.compile(
    r"(?:来源|來源|记者|記者|编辑|編輯|浏览次数)[:：\s\u3000]"
    r"|(?i:\bpress release\b|\bissued by\b|\bfor immediate release\b|\bmedia contact\b"
    r"|^\W*(?:source|reporter|editor|by)\s*:)"
)
# a date, or an era (二十世纪初期, 1970年代) as `checks.HAS["date"]` reads one
_DATE = r"\d{1,4}\s*[年月日]|\d{4}-\d{1,2}|[一二三四五六七八九十]+月|世纪|年代"
# a time told relative to the document's date or its year: a quarter (四季度, 下一季度), a
# half-year, a year's or a month's end, opening or part (年底前, 年内, 上旬, 月底), a coming year
# (明年) — what `checks.HAS["date"]` reads as a date, and a plan's time is most often said so
# (「计划今年四季度开工」「预计年底前陆续交付」「有关办法预计明年出台」); 3年内 is a span, not a time
_QUARTERS = r"[一二三四1-4]季度|下一?季度|[上下]半年"
_MONTH_PARTS = r"[上中下]旬|月[底初中]"
_RELATIVE_TIME = (
    rf"{_QUARTERS}|(?<![\d一二两三四五六七八九十百个])年[底初末内中]|{_MONTH_PARTS}|明年|后年"
)
_CLOCKED = _DATE + r"|\d{1,2}[:：]\d{2}"
_NUMBER = (
    r"\d|百分之|[一二三四五六七八九十百]{2,}分"  # 百分之二十, 七十五分 (not 十分: very)
    r"|[一二三四五六七八九十百千万亿两]+(?:[个位项次年天日家所名倍条万亿%成元人户套间吨亩米岁]|公[里斤顷])"
    r"|[一二三四五六七八九十]比[一二三四五六七八九十]"  # a ratio: 五比五
    "|" + CN_FIGURE.pattern  # 三分之一, 十五厘米, 一万二千余卷
)
_SHARE = (
    r"\d[\d.]*\s*[%％]|百分之|[一二三四五六七八九十]成|\d+\s*[:：比]\s*\d+"
    r"|[一二三四五六七八九十]比[一二三四五六七八九十]|一半|半数|过半"
)
# a span of time (2小时, 15个工作日, 3年内, 半个月); not a date (2023年, 10月, 8日)
_DURATION = (
    r"(?<!\d)(?:\d{1,3}|[一二两三四五六七八九十百半]+)\s*"
    r"(?:个月|个?(?:小时|钟头|分钟|天|周|星期|工作日)|日内|年(?![\d一二三四五六七八九十]{1,2}月))"
)
# a frequency asked — how often a thing is done: 「多长时间认定一次」「隔多久评一回」「一年考核几次」
# 「每个月开几回」 — is told by the period it recurs in (每季度, 每两年, 每15日, 按月, 一年一次), not
# by a span (前两年免收租金, 12个月内未开工): the duration cue gives way to it; a time limit
# (「几天之内过一遍」, 「多少天内开第一次会」) is no frequency
_ONCE = r"(?:次(?!性)|回|趟|遍)"
_HOW_LONG = r"多久|多长时间|多少时间|多长"
_OFTEN = rf"(?!(?:时间)?[内之以])(?=[^，。？?；;]{{0,12}}?(?<!第)[一1]{_ONCE})"
FREQUENCY_ASKED = re.compile(
    rf"(?:{_HOW_LONG}|(?:多少|几)个?(?:天|日|周|星期|月|年|季度)){_OFTEN}"
    rf"|(?:一|每)个?(?:年|月|季度|周|星期|天)[^，。？?；;]{{0,12}}?几{_ONCE}"
)
_FREQUENCY = (
    r"每隔?个?(?:[一二两三四五六七八九十半\d]+个?)?(?:季度|月|年|周|星期|天|日|工作日)"
    r"|按(?:月|季度?|年|周|日|天)(?![\d一二两三四五六七八九十])"
    rf"|[一二两三四五六七八九十半\d]+个?(?:季度|月|年|周|星期|天|日)[^，。；;]{{0,2}}?[一1]{_ONCE}"
)
FREQUENCY = re.compile(_FREQUENCY)


# a cause said outright (因为, 由于, 受…影响) or a result drawn from one (因此, 所以)
_CAUSAL = r"因此|因为|由于|为了|(?<!项)目的|旨在|具体行动|所以|原因|之所以|受[^，。；]{0,8}影响"
# a purpose or a reason told by what a measure settles, enables or prevents (是为了, 才能, 防止,
# 解决了…的顾虑, a clause 「为缩短等待时间，」) or by the lack it answers (缺少…出口前沿, 招商力量不足)
_PURPOSE = (
    r"是为|为的是|才能|防止|以免|以便|避免|便于|确保|调动|得益于|在于|顾虑"
    r"|解决[^，。；]{0,24}(?:问题|顾虑|难题|短板)|(?:^|[，,。；])为[^，,。；]{2,16}[，,]"
    r"|缺少|缺乏|不足|薄弱|(?<!补)短板"
)

# a cause told in a story's own words: 因脚有毛病, 因收视率受到好评使…, …从而增加尿液量
_CAUSED = r"因(?![此为而])|因而|从而|导致|以致|致使|使得|被迫|于是"


@dataclass(frozen=True)
class Cue:
    """An answer type: questions matching `asks` want sentences matching `has`."""

    name: str
    asks: re.Pattern
    has: re.Pattern
    bonus: float
    penalty: float = 0.0  # when the sentence lacks it
    field: bool = False  # a metadata line answers it outright


def _cue(name, asks, has, bonus, penalty=0.0, field=False) -> Cue:
    return Cue(name, re.compile(asks, re.I), re.compile(has), bonus, penalty, field)


CUES = (
    _cue(
        "source",
        r"来源|来自|出处|发布平台|哪个平台|哪家媒体|\bsource\b|publisher|published by|\bissued\b",
        r"来源[:：]|(?i:\bissued by\b|^\W*source\s*:)",
        0.6,
        field=True,
    ),
    _cue(
        "author",
        r"作者|撰文|记者|谁写|编辑是|author|editor|who wrote",
        r"(撰文|作者|编辑|记者)[:：]",
        0.6,
        field=True,
    ),
    _cue(
        "time",
        r"何时|什么时候|哪一?天|哪一?年|几月|几号|(?<![哪有这那下两三四五])几点|日期"
        r"|(?<!多长)(?<!多少)时间|\bwhen\b"
        r"|哪个?季度|哪个月|what date|which year",
        _CLOCKED + "|" + _RELATIVE_TIME,
        0.15,
        0.25,
    ),
    _cue(  # how long (多久, 多长时间): a span of time, not a date; not how often (多久…一次)
        "duration",
        rf"(?:{_HOW_LONG})(?!{_OFTEN})|how long",
        _DURATION,
        0.15,
        0.25,
    ),
    _cue("frequency", FREQUENCY_ASKED.pattern, FREQUENCY.pattern, 0.15, 0.25),
    _cue(
        "number",
        # 比例/数量/金额 when the question asks for it (按什么比例, 比例是多少), not when it only
        # names one (按比例计到县区名下，是为了打消什么担心)
        r"多少|几[个位项次年天家所名倍条成]|(?:什么|多大|多少|哪[个种])的?(?:数量|金额|比例)"
        r"|(?:数量|金额|比例)(?:是|为|有多|多|几)|多大|多高|多远|多重"
        r"|how (many|much)|number of",
        _NUMBER,
        0.15,
        0.25,
    ),
    _cue(  # a share (几成, 占比, 比例是多少): a figure of that shape, not any number — 「其中飞出地
        # 得六成」, not 「前五年向飞出地倾斜」
        "share",
        r"几成|占比|比重|百分之几|(?:什么|多大|多少|哪[个种])的?比例|比例(?:是|为|有多|多|几)",
        _SHARE,
        0.15,
        0.25,
    ),
    _cue(
        "why",
        r"为什么|为何|为啥|干嘛|怎么会|原因|(?<!项)目的|\bwhy\b",
        _CAUSAL,
        0.15,
    ),
    _cue(  # a list asked, by its count too (哪三类, 哪两个方面) or in English by what it lists
        "list",
        r"哪些|哪几|哪[两二三四五六七八九十]|有哪|包括(?:什么|哪)|which .* (are|were)|what are"
        r"|\bwhat (?:\w+ ){0,3}(?:types|kinds|categories|measures|conditions|requirements|steps"
        r"|changes|principles|circumstances|materials)\b",
        r"、.+、|、.+和",
        0.15,
    ),
)


# A Chinese why read wide, for the choice of the sentences quoted only (sentences/reason_first.py):
# also asked by 出于什么, 用意, 初衷, 理由, 图的是, 冲着什么, 凭什么 (not by a name asked, 「又称之为什么」),
# and told by a purpose, a lack or a story's cause as well as a connective; a sentence telling none
# loses, as a figure asked penalises a sentence with none — the claim the why restates
# (「前5年…飞出地分60%」) shares more of its words than the reason beside it does. The why cue
# above stays narrow: the sentence scoring the refusal reads and `closeness.type_held` read it.
WIDE_WHY = _cue(
    "why",
    r"(?<![称之名作成算聘改封选任立视列定认])为什么|为何|为啥|干嘛|怎么会|原因|(?<!项)目的"
    r"|出于什么|用意|初衷|理由|图的是|冲着什么|凭什么",
    _CAUSAL + "|" + _PURPOSE + "|" + _CAUSED,
    0.15,
    0.25,
)

# Kinds an English question asks in words the cues above do not read, for the cross-lingual
# sentence scoring only (`extractive.score_dense`): a bound — "the minimum investment", "at most
# how many", "the shortest term" — told by 不低于/不超过 and their kin, a place — "where can
# investors go", "where is the office based" — told by an address, a window or an office (a
# venue or site named — "which venue" — is left to `checks_en`'s place check, which needs the
# noun held, so that no window answers it by its shape alone), and a size or an
# amount — "how large", "what was the total investment", "what bonus does a district get" —
# told by a figure.
_MIN_ASKED = r"\b(?:minimum|min\.|at\s+least|lowest|shortest|smallest|least)\b"
_MAX_ASKED = (
    r"\b(?:maximum|max\.|at\s+most|upper\s+limit|ceiling|cap\s+on|no\s+more\s+than"
    r"|within\s+how)\b"
)
EN_CUES = (
    _cue(
        "minimum",
        _MIN_ASKED,
        r"不低于|不少于|不得低于|不得少于|至少|最低|最少|以上|(?i:\bat\s+least\b|\bminimum\b"
        r"|\bno\s+(?:less|fewer)\s+than\b|\bor\s+more\b)",
        0.15,
        0.25,
    ),
    _cue(
        "maximum",
        _MAX_ASKED,
        r"不超过|不得超过|不高于|不多于|最多|至多|以内|以下|上限|封顶|(?:小时|日|天|周|月|年)内"
        r"|(?i:\bat\s+most\b|\bmaximum\b"
        r"|\bup\s+to\b|\bno\s+more\s+than\b|\bwithin\b)",
        0.15,
        0.25,
    ),
    _cue(
        "place",
        r"(?:^|[.;,!?]\s*)where\b|\bwhere\s+(?:can|could|do|does|did|is|are|was|were|should|will"
        r"|would|must|to)\b",
        r"地点|地址|窗口|大厅|办公室|服务中心|设在|位于|(?<![\d.])\d{1,2}楼|[一二三四五六七八九十]楼"
        r"|(?i:\b(?:centre|center|hall|building|office|window|address|venue|floor)\b)",
        0.15,
        0.25,
    ),
    _cue(
        "number",
        r"\bhow\s+(?:large|big|far|high|heavy|tall|wide|deep|old)\b|\bwhat\s+(?:is|was|are|were)"
        r"\s+the\s+(?:total|combined|overall)\s+[a-z-]+|\bwhat\s+(?:[a-z-]+\s+){0,2}?(?:bonus|reward"
        r"|subsidy|grant|fine|fee|rent|price|cost|salary|wage|budget)\b|"
        + _MIN_ASKED
        + "|"
        + _MAX_ASKED,
        _NUMBER,
        0.15,
        0.25,
    ),
)


# An English why-question is scored by e5 similarity, which favours the English release's
# sentences (none of which gives a reason) over the Chinese one that does: there a sentence
# without a reason's shape — Chinese or English — is penalised, as a figure asked penalises a
# sentence with none. Its shapes add a purpose told by what it settles or enables
# (「解决了…的顾虑」, 「才能调动」, 「是为了」) and English reasons.
_WHY = next(c for c in CUES if c.name == "why")
SCALE_EN = 0.2  # the cues' fit weighs this much in the cross-lingual score (`score_dense`)
EN_WHY = _cue(
    "why",
    _WHY.asks.pattern,
    _WHY.has.pattern
    + r"|是为了|为的是|才能|防止|以免|以便|避免|解决[^，。；]{0,24}(?:问题|顾虑|难题|短板)"
    r"|(?i:\bbecause\b|\bso\s+that\b|\bin\s+order\s+to\b|\bdue\s+to\b|\breasons?\b"
    r"|\baims?\s+to\b)",
    0.15,
    0.25,
)


# An English when-question is answered as often by a quarter, a half-year or a year's end
# (「计划今年四季度开工」, 「年底前拨付」, 「下半年…约谈」) or an English date as by a dated
# figure; the time cue's shape (`_DATE`) reads none of them, so the Chinese sentence telling the
# time lost its bonus, and took the same penalty as an English release's sentence telling none.
_TIME = next(c for c in CUES if c.name == "time")
EN_TIME = _cue(
    "time",
    _TIME.asks.pattern,
    f"{_CLOCKED}|{_QUARTERS}|年[底初末内中]|{_MONTH_PARTS}"
    r"|(?i:\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b|\b(?:19|20)\d{2}\b|\bquarter\b|\bQ[1-4]\b)",
    _TIME.bonus,
    _TIME.penalty,
)
_EN = {"why": EN_WHY, "time": EN_TIME}


@while_asking(fresh=list)
def question_cues(question: str) -> list[Cue]:
    return [c for c in CUES if c.asks.search(question)]


def english_cues(question: str) -> list[Cue]:
    """`question_cues` (a why asked as `EN_WHY`, a time as `EN_TIME`) and the English-only kinds
    of `EN_CUES`, each name once."""
    cues = [_EN.get(c.name, c) for c in question_cues(question)]
    names = {c.name for c in cues}
    return cues + [c for c in EN_CUES if c.name not in names and c.asks.search(question)]


def _fit(text: str, cues: list[Cue]) -> tuple[float, bool]:
    """How well a sentence's shape fits the answer type asked for; and whether a field cue hit."""
    bonus, field = 0.0, False
    for cue in cues:
        if cue.has.search(text):
            bonus += cue.bonus
            field = field or cue.field
        else:
            bonus -= cue.penalty
    if _QUESTION_END.search(text):
        bonus -= 0.5  # a question in the text does not answer one
    if _BYLINE.search(text) and not any(c.name in ("source", "author", "time") for c in cues):
        bonus -= 0.3  # a page's 来源/记者 line answers only questions about the page
    if len(text) < 8:
        bonus -= 0.3
    return bonus, field
