"""The shape of the answer a question asks for, and whether the evidence has it: Chinese.

A sentence close to the question often carries a figure or a fact of the right subject in the
wrong shape, and quoting it passes a neighbouring fact off as the answer:

- **a period inside another** — 「2024年下半年签约了多少个」 answered by the count 截至12月底,
  「12月的货运量」 by the whole year's: a period that does not start in January (下半年, 四季度,
  a single month) needs a figure-carrying sentence naming that same period, not one that ends
  with the same month;
- **an end date computed** — 「合作哪一年到期」 answered by 「合作期限为15年」: an end asked
  where the evidence tells only how long something lasts, and no date it ends;
- **a comparison never made** — 「比2023年多了多少户」 answered by 2024's figure alone: a
  difference or a growth asked needs a comparison (比…增长, 同比, 翻一番) in a sentence that
  holds a noun of the question; an amount of change asked (「多了多少万吨」, a unit after the
  asking word) needs the change told as an amount (增加218家), not only a rate (增长21.6%); a
  change asked against a named base (比2023年) is not told by one against another (比托管前:
  `baselines.py`);
- **a rate from counts** — 「开工率是多少」 answered by 「已开工项目16个」: a rate (…率) asked
  needs a share (%, 几成, 一半) in the evidence, and a share asked one about the thing asked
  (`shares.py`: a share of the tax is no share of the projects);
- **a reason never given** — 「为什么货运量创新高」 answered by the record: a why asked needs a
  sentence (or the one before it) that gives a cause or a purpose (因为, 之所以, 为了, 受…影响),
  and a why asked of a rule the evidence restates (免收, 不超过, 定在…) one said outright
  (`reasons.py`);
- **a per-unit figure from a total** — 「平均每个项目实现产值多少」 answered by the total: an
  average or a figure per item (平均, 人均, 每个, 每亩) needs a per-unit figure (平均, 每, 均);
- **a count in another state, not in a state, or left** — 「已经投产的项目有几个」 answered by
  「2个项目已开工」, 「还没投产的有几个」 by the two counts it could be worked out from;
- **a flow from a stock** — 「2024年新签约了多少个」 answered by 「截至12月底累计签约38个」;
- **a running total from one period's figure** — 「累计下达专项资金多少」 answered by
  「全年下达…2.4亿元」 (`cumulative.py`);
- **a planned date for a done event** — 「哪一天开工的」 answered by 「计划四季度开工」;
- **a plan for a status** — 「是否已经投产」「目标实现了吗」 answered by a plan or a target: a
  status asked (已经…了吗, …了吗) needs a sentence about the question's subject that tells the
  thing done, not planned (计划, 预计, 目标, 将, 推动).

The period rule lives in `periods.py`, the thing measured told only for another date or batch
(2024年's 产值 asked, 2025年's told beside 2024年's 税收) in `elsewhen.py`, the counts (state, left, flow) in `counts.py`, the
planned date and the status in `plans.py`, the attribute asked (注册资本, 承建, a future
decided) in `attributes.py`, a party's share of a split total, an amount done and an undated
future deed in `parts.py`, a figure of another unit class or of a sibling attribute (物业费
asked, the rent told; 多少工人 asked, only money told) in `siblings.py`, a named tax (增值税)
told only as tax in general or as another kind in `tax_kinds.py`, a figure of the same
class measuring a kindred thing (a capacity in 吨 for a throughput, a count of another stage, one
trade direction for both, a share of a total) in `kindred.py`, a whole's figure for one unit
asked (a village, a park) in `subunits.py`, a figure of a group the question counts (「首批23个飞地
项目的协议投资」) told only for a larger whole in `groups.py`, a length of time or a number of times
asked by its measure word (几天, 几年, 几次) and none told in `spans.py`, the bearer of a cost
(「请第三方机构的费用由谁承担」) told only for another cost in `bearers.py`, a named place or institution
(瑞丽口岸, 呈贡区) told only of another of its kind (磨憨口岸, 官渡区) in `namesakes.py`. `unmet` returns what is missing (a key of decide._WHAT, or the
question's own words for a period); `decide.py` abstains with the nearest evidence. Each rule
may be switched off in RULES.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import (
    attributes,
    baselines,
    bases,
    bearers,
    cumulative,
    elsewhen,
    groups,
    kindred,
    namesakes,
    parts,
    reasons,
    shares,
    siblings,
    spans,
    subunits,
    tax_kinds,
)
from knowledge.answering.checking.checks import asked_types
from knowledge.answering.checking.counts import about, flow_missing, number_carriers, state_missing
from knowledge.answering.checking.focus import figure_in, question_nouns
from knowledge.answering.checking.periods import period_missing, whole_year_missing, year_missing
from knowledge.answering.checking.plans import planned_date, status_missing, target_given
from knowledge.answering.checking.surroundings import context
from knowledge.text import units
from knowledge.text.normalise import normalise

RULES = frozenset(
    {
        "period",
        "year",
        "whole_year",
        "elsewhen",
        "end",
        "compare",
        "base",
        "baseline",
        "rate",
        "share",
        "reason",
        "per_unit",
        "state",
        "flow",
        "cumulative",
        "planned",
        "target",
        "status",
        "attribute",
        "parts",
        "siblings",
        "tax",
        "kindred",
        "subunit",
        "group",
        "span",
        "bearer",
        "namesake",
    }
)

# --- an end date computed -------------------------------------------------------------------
_WHEN = r"(?:哪一?年|什么时候|何时|哪一?天|几月|哪个月|什么时间|哪年哪月)"
_END_WORDS = r"(?:到期|届满|期满|结束|截止|终止|失效|满期)"
_END_ASKED = re.compile(
    rf"{_WHEN}[^，。？?]{{0,4}}{_END_WORDS}|{_END_WORDS}(?:的)?(?:时间|日期|年份)?(?:是|在)?{_WHEN}"
    rf"|(?:到|至){_WHEN}(?:为止|结束|截止|止)"
    rf"|(?:还有|还剩|剩下|距离?)[^，。？?]{{0,6}}(?:多久|多长时间|几年|几个月)[^，。？?]{{0,3}}{_END_WORDS}"
)
_DURATION = re.compile(
    r"(?:期限|有效期|为期|合作期|期满)[^，。；]{0,4}(?:\d+|[一二三四五六七八九十]+)\s*(?:年|个月)"
)
_END_TOLD = re.compile(
    rf"(?:19|20)\d{{2}}\s*年[^，。；]{{0,10}}{_END_WORDS}"
    r"|(?:有效期|期限)[^，。；]{0,4}(?:至|到)\s*(?:19|20)\d{2}\s*年"
    r"|(?:至|到)\s*(?:19|20)\d{2}\s*年[^，。；]{0,8}(?:止|为止)"
    rf"|\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号]\s*(?:{_END_WORDS}|止)"
)


def _end_missing(q: str, ev) -> str | None:
    if not _END_ASKED.search(q):
        return None
    texts = [normalise(c.text) for c in ev.chosen]
    if any(_END_TOLD.search(t) for t in texts) or not any(_DURATION.search(t) for t in texts):
        return None
    return "end"


# --- a comparison never made ----------------------------------------------------------------
_MORE = r"(?:增加|增长|多|少|减少|下降|提高|降低|上升|涨|高|低|变化)了?(?:多少|几|百分之几|多大)"
_COMPARE_ASKED = re.compile(
    rf"(?:比|较|相比|相较|比起)[^，。？?]{{0,16}}{_MORE}"
    rf"|(?:和|与|跟|同)[^，。？?]{{1,16}}(?:相比|比较|比起来?)[，,]?[^？?]{{0,16}}{_MORE}"
    r"|(?:同比|环比)(?:增长|增加|下降|减少|提高)?了?(?:多少|几|百分之几)"
    r"|(?:增速|增幅|涨幅|降幅)(?:是|为|有|达到)?(?:多少|几|百分之几|多大|多快)"
)
_COMPARED = re.compile(
    r"同比|环比|比[^，。；]{1,20}(?:增|减|多|少|下降|提高|降低|上升|翻|高|低|倍)"
    r"|较[^，。；]{0,12}(?:增|减|多|少|下降|提高|降低|上升|翻)|增长\s*\d|增幅|翻了?一?番|\d\s*倍|一倍"
)


# an amount of change asked (「多了多少元」「增加了几户」): a unit after the asking word; a
# growth rate (增长38.8%) does not tell it, a change told as an amount of that unit (增加218家)
_UNIT = re.compile(rf"(?:万|亿)?({units.alternation(*units.AMOUNTS)})")
_CHANGED = (
    r"(?:增加|增长|新增|净增|多|少|减少|下降|提高|上升)了?\s*(?:近|约|超过|逾)?\s*\d[\d.]*\s*"
)


def _held(text: str, nouns: dict[str, list[str]]) -> int:
    """How many of the question's nouns `text` holds (a noun or one of its known terms)."""
    return sum(n in text or any(t in text for t in ts) for n, ts in nouns.items())


def _about_most(text: str, nouns: dict[str, list[str]]) -> bool:
    """`text` holds more than half the question's nouns (合作区's 收入 grown is not its 游客),
    or there are none."""
    return not nouns or _held(text, nouns) * 2 > len(nouns)


# a comparison whose own comma-clause names its subject before it (「协议投资236.5亿元，签约项目数比
# 5月份翻了一番多」) compares that subject; time words are no subject
_COMPARE_WORD = re.compile(r"同比|环比")
_TIME = re.compile(
    r"\d{4}年|\d{1,2}[—\-~至到]?\d{0,2}月份?|[一二三四1-4]季度|[上下]半年|全年|今年|去年|同期"
    r"|前\d+个?月|年[初底末]|月[初底末]|截至|[，,\s]"
)


def _ours(clause: str, nouns: dict[str, list[str]]) -> bool:
    """Some comparison in `clause` is of the thing asked: its comma-clause names no subject of
    its own before it, or one holding a noun of the question."""
    for m in _COMPARED.finditer(clause):
        own = _TIME.sub("", re.split(r"[，,]", clause[: m.start()])[-1])
        if len(re.findall(r"[\u4e00-\u9fff]", own)) < 2 or not nouns or _held(own, nouns):
            return True
    return False


def _compare_missing(q: str, ev) -> str | None:
    if not (m := _COMPARE_ASKED.search(q)):
        return None
    unit = _UNIT.match(q[m.end() :])
    amount = re.compile(rf"{_CHANGED}(?:万|亿)?{unit.group(1)}") if unit else None
    asked = _COMPARE_WORD.sub("，", q.replace(m.group(), "，"))
    nouns = question_nouns(asked, ev.result.tokens, ev.result.index)
    # the thing compared: the last noun before the comparison (协议投资 of 「协议投资同比增长」)
    before = question_nouns(
        _COMPARE_WORD.sub("，", q[: m.start()]), ev.result.tokens, ev.result.index
    )
    head = dict([list(before.items())[-1]]) if before else {}
    for c in ev.chosen:
        around = context(c, ev.docs)[0]  # the subject may stand in the sentence before
        for clause in re.split(r"[。；;！!？?]", normalise(c.text)):
            if not _ours(clause, nouns) or (nouns and not _held(clause, nouns)):
                continue  # the comparison names at least the thing compared
            if head and not _held(clause, head):
                continue  # 用电量's growth beside 协议投资 told in the sentence before
            if _about_most(f"{clause}\n{around}", nouns) and (not amount or amount.search(clause)):
                return None
    return "compare"


# --- a rate from counts ---------------------------------------------------------------------
_RATE_ASKED = re.compile(
    r"(?<![效频概])([\u4e00-\u9fff]{1,3}率)(?:是|为|有|达到|能达到|大概|大约)*(?:多少|多高|几|百分之几)"
)


def _rate_missing(q: str, ev) -> str | None:
    if not (m := _RATE_ASKED.search(q)):
        return None
    told = re.compile(re.escape(m.group(1)) + r"[^，。；]{0,6}\d")  # 收视率为7.07
    nouns = question_nouns(q.replace(m.group(1), "，"), ev.result.tokens, ev.result.index)
    for c in ev.chosen:
        text = normalise(c.text)
        if told.search(text) or (figure_in("share", text, q) and about(text, nouns)):
            return None
    return "share"


# --- a per-unit figure from a total ---------------------------------------------------------
_PER_ASKED = re.compile(
    rf"平均|人均|户均|亩均|每(?:一)?(?:村|{units.alternation('people', 'area', 'weight', 'count')})"
)
_PER_TOLD = re.compile(r"平均|人均|户均|亩均|均|每|单个|单项|/|／")


def _per_unit_missing(q: str, ev) -> str | None:
    if not _PER_ASKED.search(q) or not ({"number", "share"} & asked_types(q)):
        return None
    carriers = number_carriers(q, ev)
    if not carriers or any(_PER_TOLD.search(t) for t in carriers):
        return None
    return "per_unit"


def unmet(question: str, ev) -> str | None:
    """What the evidence lacks to answer the question in the shape it asks (see the module's
    rules), or None."""
    return found[1] if (found := unmet_rule(question, ev)) else None


def unmet_rule(question: str, ev) -> tuple[str, str] | None:
    """`unmet`'s finding with the name of the rule (of RULES) that made it."""
    if not ev.chosen or ev.lang != "zh":
        return None
    q = normalise(question)
    for rule, check in (
        ("period", period_missing),
        ("year", year_missing),
        ("whole_year", whole_year_missing),
        ("elsewhen", elsewhen.missing),
        ("end", _end_missing),
        ("compare", _compare_missing),
        ("base", bases.missing),
        ("baseline", baselines.missing),
        ("rate", _rate_missing),
        ("share", shares.missing),
        ("reason", reasons.missing),
        ("per_unit", _per_unit_missing),
        ("state", state_missing),
        ("flow", flow_missing),
        ("cumulative", cumulative.missing),
        ("planned", planned_date),
        ("target", target_given),
        ("status", status_missing),
        ("attribute", attributes.missing),
        ("parts", parts.missing),
        ("siblings", siblings.missing),
        ("tax", tax_kinds.missing),
        ("kindred", kindred.missing),
        ("subunit", subunits.missing),
        ("group", groups.missing),
        ("span", spans.missing),
        ("bearer", bearers.missing),
        ("namesake", namesakes.missing),
    ):
        if rule in RULES and (what := check(q, ev)):
            return rule, what
    return None
