"""A plan told where what happened is asked: Chinese questions (used by shapes.py).

- **a planned date for a done event** — 「跨境冷链物流中心是哪一天开工的」 answered by 「计划
  今年四季度开工」: when every chosen sentence that dates an event of the kind asked (开工, 投产,
  交付 …) plans it, and the question asks no plan, the documents lack the date;
- **a target for a figure reached** — 「到2025年底累计引进了多少个」 answered by 「力争到2025
  年底引进50个以上」: a figure reached (了, 已, 实际), with no plan nor future asked, is not
  told by sentences that plan their figure — in each, the figure of the clause holding
  most of the question's nouns (「新建服务站12个，人均收入预计达到2.1万元」 plans the 收入
  asked); only the sentences holding most of the question's nouns count (「订单班去年培养了
  多少人」: the plan of 800 decides, not 人才公寓300套 beside it); a total reached (收了,
  一共, 去年) is not told by a unit rate either (「去年收了多少租金」: 每月每平方米12元);
  English as well (「How many … did the classes train」: did, have …ed, actually, so far);
- **a plan for a status** — 「是否已经投产」「目标实现了吗」「已经出台了吗」 answered by a plan
  or a target: a status asked (已经…了吗, …了吗) needs a sentence about the question's subject
  (half its nouns) that tells the thing done — 已 or 正式 just before it, or no plan word
  (计划, 预计, 目标, 将, 推动) before it in the sentence —, of the ordinal asked (第三批 is not
  answered by 第二批 done).
"""

from __future__ import annotations

import re

from knowledge.answering.checking import checks_en
from knowledge.answering.checking.checks import asked_types
from knowledge.answering.checking.checks import dated as dated_text
from knowledge.answering.checking.constraints import asked, ordinals_in
from knowledge.answering.checking.focus import figure_in, question_nouns
from knowledge.answering.checking.occasion import EVENTS
from knowledge.answering.checking.planned import DONE as _DONE
from knowledge.answering.checking.planned import PLAN_EN as _PLAN_EN
from knowledge.answering.checking.planned import PLANNED as _PLANNED
from knowledge.text.normalise import normalise
from knowledge.text.tokens import jieba_module, pos_tags

# --- a planned date for a done event -------------------------------------------------------
_WHEN_ASKED = re.compile(r"什么时候|何时|什么时间|哪一?天|哪一?年|几月|几号|日期|哪个月")


def planned_date(q: str, ev) -> str | None:
    """「哪一天开工的」 answered by 「计划今年四季度开工」: the time an event happened, asked,
    is not told by the time it was planned for. Every chosen sentence dating an event of the
    kind asked (开工, 投产, 交付 …) plans it: the documents lack the date."""
    if not _WHEN_ASKED.search(q) or _PLAN_ASKED.search(q):
        return None
    kinds = [rx for rx in EVENTS.values() if re.search(rx, q)]
    if not kinds:
        return None
    told = re.compile("|".join(kinds))
    dated = [t for t in map(normalise, (c.text for c in ev.chosen)) if dated_text(t)]
    events = [t for t in dated if told.search(t)]
    if events and all(_PLANNED.search(t[: told.search(t).start()]) for t in events):
        return "date"
    return None


# --- a target for a figure reached --------------------------------------------------------
_REACHED_ASKED = re.compile(r"了|已经?|实际|最终|最后|完成|去年|上一?年|至今|到现在|到目前")
# a total asked (not a rate: 每月, 平均, 单价); a rate told: 每月每平方米12元, 每年3亿元
_TOTAL_ASKED = re.compile(r"一共|总共|合计|共计|全年|去年|收了|花了|拨了|付了")
_RATE_ASKED = re.compile(r"每|平均|人均|单价|标准(?=是|为|多少|怎么|如何|[？?])|比例|多少钱一")
_RATE_TOLD = re.compile(r"每[^，。；\d]{0,6}$|/$|／$")
# a future asked: 将, 会, 能, 要, 可以 as words, not inside 可支配, 管委会, 新能源, 主要
_FUTURE = re.compile(
    r"将|(?<![管委员布议社大])会(?![议长员])|(?<![新功性效动智产技])能(?![源力效耗])"
    r"|(?<![主重需必只纲摘])要(?![素求点])|可以|可(?!支配)"
)
_FIRST_FIGURE = re.compile(r"\d")
# a figure aimed at (not 推动, 加快: deeds, whose figures happened)
_TARGET = re.compile(r"计划|预计|力争|目标|争取|预期|规划|打算|有望|拟")


def target_given(q: str, ev) -> str | None:
    """「到2025年底累计引进了多少个」 answered by 「力争到2025年底引进50个以上」: a figure
    reached, asked, is not told by a target; every figure-carrying sentence plans its figure
    (a plan word before it), so the documents lack the figure reached."""
    asks = asked_types(q)
    if "number" not in asks or not _REACHED_ASKED.search(q):
        return None
    if _PLAN_ASKED.search(q) or _FUTURE.search(q):
        return None
    carriers = [normalise(c.text) for c in ev.chosen if figure_in("number", c.text, q)]
    nouns = question_nouns(q, ev.result.tokens, ev.result.index)
    return _unreached(carriers, nouns, q, _TOTAL_ASKED.search(q) and not _RATE_ASKED.search(q))


def _unreached(
    carriers: list[str], nouns: dict[str, list[str]], q: str, total, leads: bool = False
) -> str | None:
    """`actual` when the carriers holding most of the question's nouns each plan their figure
    or, a total asked, when every amount told (in money when money is asked) is a rate, else
    None."""
    if not carriers:
        return None
    if total and (kinds := _amounts(carriers, _MONEY_ASKED.search(q) is not None)) and all(kinds):
        return "actual"
    unit = m[1] if (m := _UNIT_ASKED.search(q)) else ""
    if unit and not (carriers := _in_unit(carriers, unit)):
        return None
    most = max(_held(t, nouns) for t in carriers)
    for t in (t for t in carriers if _held(t, nouns) == most):
        m = _figure_of(_undated(t), nouns, q, unit)
        if m is None:
            return None
        if not (_aimed(t[:m], leads) or (total and _RATE_TOLD.search(_CLAUSE.split(t[:m])[-1]))):
            return None
    return "actual"


# the unit asked (多少年, 几个, 多少亩): only figures in it answer (not 300亩 for 多少年)
_UNIT_ASKED = re.compile(r"(?:多少|几)[名位]?([年人个亩吨套户元家项次天月])")


def _undated(text: str) -> str:
    """`text` with its dates blanked (their digits are no figure), offsets kept."""
    return _DATES.sub(lambda d: " " * len(d.group()), text)


def _in_unit(carriers: list[str], unit: str) -> list[str]:
    told = re.compile(rf"\d\s*(?:万|亿)?\s*{unit}")
    return [t for t in carriers if told.search(_undated(t))]


_MONEY_ASKED = re.compile(r"租金|房租|钱|资金|收入|费|元|rent|money|fund|income|revenue|spen[dt]")
_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?\s*(?P<u>元|人次|人|个|吨|亩|套|户|平方米|家)")


def _amounts(carriers: list[str], money: bool) -> list[bool]:
    """Each amount the carriers tell (in 元 when `money`), as whether it is a rate (每月每平方米
    before it in its clause); durations, ordinals and shares are no amount."""
    out = []
    for t in carriers:
        for m in _AMOUNT.finditer(t):
            if money and m["u"] != "元":
                continue
            out.append(bool(_RATE_TOLD.search(_CLAUSE.split(t[: m.start()])[-1])))
    return out


_CLAUSE = re.compile(r"[，,；;。]")


def _aimed(before: str, leads: bool = False) -> bool:
    """A plan word in the figure's own clause (「今年计划培养…800人」), or leading the
    sentence (「力争到2025年底，…引进50个以上」); not 「将在…规划300亩土地，合作期限为15年」.
    `leads`: also in a clause without a figure of its own between the sentence's start and the
    figure's clause (「通过实施《管理办法》，力争到2025年底，…引进飞地项目50个以上」)."""
    clauses = _CLAUSE.split(before)
    lead = (
        clauses[0]
        if len(clauses) > 1 and not _FIRST_FIGURE.search(_DATES.sub("", clauses[0]))
        else ""
    )
    if _TARGET.search(clauses[-1]) or _TARGET.search(lead):
        return True
    for clause in reversed(clauses[:-1] if leads else []):
        if _FIRST_FIGURE.search(_DATES.sub("", clause)):
            return False
        if _TARGET.search(clause):
            return True
    return False


# English: a figure reached asked (did … train, have … trained, actually, so far, last year)
_REACHED_EN = re.compile(
    r"\b(?:did|have|has|had)\b|\b(?:actually|so\s+far|to\s+date|last\s+year|in\s+the\s+end)\b"
)
_TOTAL_EN = re.compile(r"\b(?:collect\w*|total|in\s+all|altogether|last\s+year|spen[dt])\b")
_RATE_EN = re.compile(r"\b(?:per|each|every|a\s+month|a\s+year|average|rate|price)\b")


def target_given_en(question: str, ev) -> str | None:
    """「How many people did the vocational classes train in 2024」 answered by 「今年计划培养
    …800人」: an English figure reached, asked, is not told by a target (nor a total by a
    rate); the best-scored figure-carrying sentence decides, as English questions share no
    nouns with Chinese sentences."""
    q = question.lower()
    if "number" not in checks_en.asked_types(question) or not _REACHED_EN.search(q):
        return None
    if _PLAN_EN.search(q):
        return None
    carriers = [c for c in ev.chosen if checks_en.carries_figure(c.text, question)]
    if not carriers:
        return None
    if total := _TOTAL_EN.search(q) and not _RATE_EN.search(q):
        texts = [normalise(c.text) for c in carriers if not c.text.isascii()]
        return _unreached(texts, {}, q, total) if texts else None
    best = normalise(max(carriers, key=lambda c: c.score).text)
    if best.isascii():
        return None  # English evidence: its own words, not read here
    return _unreached([best], {}, "多少", None, leads=True)


def _held(text: str, nouns: dict[str, list[str]]) -> int:
    """How many of the question's nouns (or their known terms) `text` holds."""
    return sum(n in text or any(k in text for k in ts) for n, ts in nouns.items())


def _figure_of(text: str, nouns: dict[str, list[str]], q: str, unit: str = "") -> int | None:
    """Where the figure of the clause holding most of the question's nouns starts in `text`
    (「打造了3个示范村，人均收入预计达到1.86万元」: the 1.86 of 人均收入), or None; with
    `unit`, only clauses with a figure in it (15年 of 多少年, not 300亩)."""
    best, at, start = -1, None, 0
    for clause in re.split(r"([，,；;])", text):
        wanted = clause not in "，,；;" and (not unit or _in_unit([clause], unit))
        if wanted and figure_in("number", clause, q):
            if (n := _held(clause, nouns)) > best and (m := _FIRST_FIGURE.search(clause)):
                best, at = n, start + m.start()
        start += len(clause)
    return at


# --- a plan for a status --------------------------------------------------------------------
_STATUS_ASKED = re.compile(
    r"(?:是否|有没有|有无)(?:已经|已)(?P<a>[^，。？?吗]{2,12}?)了?(?:吗|没有|没)?[？?]?$"
    r"|(?:已经|已)(?P<c>[^，。？?吗]{2,12}?)了?(?:吗|没有|没)[？?]?$"
    r"|(?P<b>[^，。？?]{2,12}?)了(?:吗|没有|没)[？?]?$"
)
_DATES = re.compile(r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?|\d{1,2}\s*月")
_PLAN_ASKED = re.compile(r"计划|预计|打算|准备|拟|将在|将于|目标|力争|争取|规划")
_VERB_TAGS = {"v", "vn", "vd", "vi"}


def asks_plan(q: str) -> bool:
    """Whether a (normalised) question asks a plan or a future: 计划, 打算, 安排, 将, 要 …"""
    return bool(_PLAN_ASKED.search(q) or _FUTURE.search(q) or "安排" in q)


def status_verbs(q: str) -> list[str]:
    """The verb of a status asked: [投产] of 「是否已经投产」, [运行] of 「投入运行了吗」, the
    last two characters when jieba tags no verb ([开学] of 「开学了吗」); [] when no status is
    asked."""
    m = _STATUS_ASKED.search(normalise(q))
    if not m:
        return []
    phrase = m["a"] or m["c"] or m["b"]
    jieba_module()
    toks = [p for p in pos_tags(phrase) if p.word.strip()]
    verbs = [p.word for p in toks if p.flag in _VERB_TAGS and len(p.word) > 1]
    if verbs:
        return verbs[-1:]
    tail = phrase[-2:]
    return [tail] if re.fullmatch(r"[\u4e00-\u9fff]{2}", tail) else []


def status_missing(q: str, ev) -> str | None:
    verbs = status_verbs(q)
    if not verbs or {"number", "share", "date", "person"} & asked_types(q):
        return None
    nouns = question_nouns(q, ev.result.tokens, ev.result.index)
    nouns = {n: ts for n, ts in nouns.items() if not any(v in n or n in v for v in verbs)}
    want = asked(q)
    for c in ev.chosen:
        text = normalise(c.text)
        if want.ordinals and (own := ordinals_in(text)) and not want.ordinals & own:
            continue  # 第二批 done is no answer for 第三批
        held = [n for n, ts in nouns.items() if n in text or any(t in text for t in ts)]
        if nouns and len(held) * 2 < len(nouns):
            continue
        for sentence in re.split(r"[。；;！!？?]", text):
            if _done(sentence, verbs):
                return None
    return "status"


def _done(sentence: str, verbs: list[str]) -> bool:
    """A verb of `verbs` told as done in `sentence`: 已/正式 just before it, or no plan word
    (计划, 目标, 将 …) before it in the sentence."""
    for v in verbs:
        for m in re.finditer(re.escape(v), sentence):
            before = sentence[: m.start()]
            if _DONE.search(before) or not _PLANNED.search(before):
                return True
    return False
