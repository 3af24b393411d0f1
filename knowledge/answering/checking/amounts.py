"""An amount of money asked, and no quoted sentence gives one (decide's gate "amount").

「县区能拿到多少亿税收分成」「第6年起合作区税收分成能拿多少钱」 ask a sum of money; near them
stand sentences that give the rule of the split (「按飞出地60%、合作区40%的比例分享」「能分到
六成的地方税收」): a share is not an amount, and the kind gate (checks.missing_type) passes it
because a share carries a number. Likewise a rate (「增长8.5%」) for 「增加了多少元」, or a count
(「民生补短板项目48个」) for 「花了多少钱」. So a question asking money (measures.asked: 多少钱,
税收有多少, 多少万元; or 多少亿/多少万 beside a money noun) needs a quoted sentence giving a figure
in money: a number with 元 (or another currency), or with 万/亿 not followed by another measure
(「3亿」 told bare is money, 「502.7万吨」 is not).
"""

from __future__ import annotations

import re

from knowledge.answering.checking import checks, measures
from knowledge.text import units
from knowledge.text.normalise import normalise

_MONEY = units.alternation(
    "money",
    also=("块钱", "美金", "英镑", "镑", "法郎", "卢布", "马克", "里拉", "比索"),
    without=("块",),
)
# 多少亿 / 多少万 / 几十万 with no measure word after: the question's money noun says the measure
_BARE = re.compile(
    r"(?:多少|几)(?:十|百|千)?(?:万|亿)(?![\u4e00-\u9fff]{0,3}?(?:吨|人|户|个|平方|亩|次|辆|套))"
)
_MONEY_NOUN = re.compile(
    r"钱|税|资金|投资|产值|收入|补贴|经费|预算|成本|金额|分成|租金|工资|费用|奖励"
)
_BEFORE_NOUN = re.compile(
    r"多少(?:万|亿)?[^，,。？?个人户项次吨亩]{0,6}?(?:税收|钱|资金|补贴|经费|租金|收入|分成|奖金|奖励)"
)
_UNIT_ASKED = re.compile(r"(?:多少|几)(?:十|百|千)?(?:钱|块|万|亿|元|美元)")
_ENDS = re.compile(r"(?:多少|几)[？?]?$")
_COUNTED = re.compile(r"(?:多少|几)(?:个|项|家|户|人|次|批)")
# a share of a price or value (市场价的多少), an hour or a date asked
_NOT_MONEY = re.compile(
    r"百分之(?:多少|几)|百分比|几成|占比|比重|(?:多大|什么|多少)的?比例|[价额值]的(?:多少|几)|几点|几时|几号|几月|什么时候|哪一?天|哪一?年"
)
_NUM = r"\d[\d.,]*\s*(?:多|余)?\s*"
# a figure in money: 2520万元, 12元, 3亿 (万/亿 bare: no other measure follows)
_GIVEN = re.compile(
    rf"{_NUM}(?:万|亿|千|百)?(?:{_MONEY})"
    rf"|{_NUM}(?:万|亿)(?![\u4e00-\u9fff]?(?:吨|人|户|个|平方|亩|次|辆|套|千米|公里|立方))"
    rf"|[一二两三四五六七八九十百千]+(?:万|亿)?(?:{_MONEY})"
)


# a party that gets a part of a sum: the share-out's receiver, before the verb of getting or
# after 给; a 县区 is what the documents call a 飞出地
_PARTY = (
    r"(飞出地|县区|县（市）区|合作区|市里|市级|[\u4e00-\u9fff]{1,2}[出入进在]地"
    r"|[\u4e00-\u9fff]{2,3}(?:区|县|市))"
)
_TAKER = re.compile(_PARTY + r"[^，,。？?]{0,12}?(?:分到|分得|拿到|留下|得到|能拿|拿了|分了|留了)")
_GIVEN_TO = re.compile(r"(?:分给|给|拨付给|拨给)" + _PARTY)
_NAMED = ("飞出地", "县区", "合作区")
_ALIASES = {"县区": "县区|飞出地", "飞出地": "飞出地|县区"}


def money_asked(question: str) -> bool:
    """The question asks a sum of money (多少钱, 税收有多少, 多少万元, 多少亿税收分成); not a
    share of a price (「租金按市场价的几成收」「租金是市场价的多少」) nor an hour (「投资窗口下午几点
    开门」: measures.asked reads 投资…几 as money)."""
    q = normalise(question)
    if "share" in checks.asked_types(q) or _NOT_MONEY.search(q):
        return False
    units_asked = measures.asked(q)
    if units_asked or _COUNTED.search(q):
        return any("元" in unit.split("|") for unit in units_asked)
    if _BARE.search(q) and _MONEY_NOUN.search(q):
        return True
    # 「分到了多少留成税收」; 「地方留成税收，合作区自己留下了多少」
    return bool(_BEFORE_NOUN.search(q) or receiver(q) and _MONEY_NOUN.search(q) and _ENDS.search(q))


def money_given(text: str) -> bool:
    """`text` (normalised) gives a figure in money (2520万元, 12元, 3亿 bare)."""
    return bool(_GIVEN.search(text))


def receiver(question: str) -> str:
    """The party a sum asked goes to (「合作区自己留下了多少」「分给飞出地的是多少」), '' when the
    question asks no share-out to a party."""
    q = normalise(question)
    m = _TAKER.search(q) or _GIVEN_TO.search(q)
    if not m:
        return ""
    party = m.group(1)
    named = [p for p in _NAMED if party.endswith(p)]  # 「分享中飞出地」「各飞出地」
    return named[0] if named else party.lstrip("年月日的在和是这那中各其从向")


def unmet(question: str, chosen_texts: list[str]) -> bool:
    """Money is asked and no quoted sentence gives a figure in money; or money a party gets is
    asked and no money figure's clause names that party (「飞出地分得2520万元」 is no answer to
    how much 合作区 kept, nor 「实现地方留成税收3150万元」, the whole to be shared, to how much
    飞出地 gets)."""
    if not money_asked(question):
        return False
    texts = [normalise(t) for t in chosen_texts]
    # 「有多少用在了产业项目上」 names no unit: 「六成」 answers it; 「多少万元」「多少钱」 do not
    strict = _UNIT_ASKED.search(normalise(question))
    if strict and not any(_GIVEN.search(t) and not _whole_of_part(question, t) for t in texts):
        return True
    if not any(_GIVEN.search(t) for t in texts):
        return False
    if all(_of_other_thing(question, t) for t in texts if _GIVEN.search(t)):
        return True
    if not (party := receiver(question)):
        return False
    names = _ALIASES.get(party, party)
    for t in texts:
        for m in _GIVEN.finditer(t):
            clause = re.split(r"[，,。；;！？?]", t[: m.start()])[-1]
            if re.search(rf"(?:{names})(?!的?(?:项目|企业))", clause):  # 园区项目: the whole
                return False
    # a table's row: the party, a tab, a bare figure (「漳屿县\t5\t290」 under 金额（万元）)
    row = re.compile(rf"(?:{names})[\s|｜:：]{{1,3}}\d[\d.,]*(?![\d.,]*\s*(?:[%％]|成))")
    return not any(row.search(t) for t in texts)


# the thing a money noun belongs to: the Han characters just before it (标准厂房租金, 发展专项资金),
# less words of frequency or manner (每月, 人均, 一次性) and cut after a verb, a question word or a
# time word (「项目能拿多少奖励」「达产后亩均税收」 name no thing)
_NOUN = re.compile(r"租金|资金|投资|产值|收入|支出|补贴|经费|税收|工资|费用|奖励")
_FILLER = re.compile(
    r"每(?:个)?(?:[月年天亩]|平方米)|[人户亩]均|一次性|的|共|总|实现|预计|全年|当年|今年"
)
_STOP = re.compile(r"[多少几能拿得交给予要是有了在来到把为后前时起]")


def _things(text: str, asked: bool = False) -> list[str]:
    """What each money noun of `text` belongs to (人均可支配收入: 可支配); `asked`: only the
    nouns a question word stands next to (「租金是多少」「多少亿元专项资金」)."""
    found = []
    for m in _NOUN.finditer(text):
        near = text[max(0, m.start() - 8) : m.end() + 8]
        if asked and not re.search(
            r"(?:多少|几)[^，,。；;]*" + m.group() + "|" + m.group() + r"[^，,。；;]*(?:多少|几)",
            near,
        ):
            continue
        run = re.search(r"[\u4e00-\u9fff]{0,8}$", text[: m.start()]).group()
        found.append(_STOP.split(_FILLER.sub("", run))[-1])
    return found


def _of_other_thing(question: str, text: str) -> bool:
    """Every money figure of `text` belongs to another thing than the one asked, read from the
    figure's own clause: 「标准厂房租金为每月每平方米12元」 is 标准厂房's rent, no answer to how
    much 人才公寓's rent is, though the two stand in one answer. The clause names its thing just
    before its money noun (厂房租金, 专项资金, 可支配收入) and the question does not name it, while
    the question names its own thing before its money noun (宿舍的租金, 消费支出) and the
    figure's sentence does not. A figure whose clause names no thing (「总投资24.8亿元」) is
    the thing asked's, as far as can be told."""
    q = normalise(question)
    asked = [a[-4:] for a in _things(q, asked=True) if len(a) >= 2]
    if not asked or "\t" in text:  # a table's figures are read by row (unmet's row rule)
        return False
    figures = list(_GIVEN.finditer(text))
    for m in figures:
        start = max(text.rfind(c, 0, m.start()) for c in "，,；;。：:") + 1
        named = _things(text[start : m.start()])
        thing = named[-1][-2:] if named else ""
        if len(thing) < 2 or thing in q:
            return False
        if not any(a[i : i + 2] not in text for a in asked for i in range(len(a) - 1)):
            return False
    return bool(figures)


def _whole_of_part(question: str, text: str) -> bool:
    """Every money figure of `text` is a whole whose part the question asks, the part told only
    as a share after it (「共投入帮扶资金6800万元，其中六成以上用于产业项目」 for 用于产业项目的
    资金有多少): a later clause of the sentence holds a share and three characters of the
    question that the figure's own clause does not."""
    q = normalise(question)
    figures = list(_GIVEN.finditer(text))
    for m in figures:
        start = max(text.rfind(c, 0, m.start()) for c in "，,；;。") + 1
        own = text[start : m.end()]
        rest = re.split(r"[。；;]", text[m.end() :])[0]
        parts = [c for c in re.split(r"[，,]", rest) if checks.HAS["share"].search(c)]
        if not any(_shared_words(q, c, own) for c in parts):
            return False
    return bool(figures)


def _shared_words(question: str, clause: str, own: str) -> bool:
    """Three characters running in `clause` and the question but not in `own`."""
    return any(
        (w := clause[i : i + 3]) in question and w not in own and not re.search(r"\d", w)
        for i in range(len(clause) - 2)
    )


# a change asked in a measure (「增加了多少万吨」「多了多少人」), and a change told in one
_CHANGE = r"(?:增加|增长|增多|多了|减少|下降|少了|提高|降低|扩大)"
_WORD = units.alternation("count", "people", "area", "weight", "money", also=("人次",))
_CHANGE_ASKED = re.compile(rf"{_CHANGE}了?(?:多少|几)(?:十|百|千)?(?:万|亿)?(?:{_WORD})")
_CHANGE_TOLD = re.compile(
    rf"(?:{_CHANGE}|多|少)了?(?:约|近|超过|逾)?\s*[\d一二两三四五六七八九十百千]+[\d.,]*\s*"
    rf"(?:多|余)?(?:万|亿)?(?:{_WORD})"
)


def change_unmet(question: str, chosen_texts: list[str]) -> bool:
    """A change is asked in a measure (「上半年口岸货运量增加了多少万吨」) and no quoted sentence
    tells a change in one: a level (「货运量502.7万吨」) or a rate (「同比增长21.6%」) is no
    amount of change."""
    if not _CHANGE_ASKED.search(normalise(question)):
        return False
    return not any(_CHANGE_TOLD.search(normalise(t)) for t in chosen_texts)
