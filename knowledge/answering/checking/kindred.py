"""A figure of the same class that measures a kindred thing: the subject told, the figure asked not.

`siblings.py` judges money, people and areas. Here the figures whose unit alone cannot tell
them apart (Chinese questions):

- **weight by what it measures** — a throughput (吞吐量, 货运量, 运了, 进口, 处理), a
  capacity (库容, 容量, 仓储能力, 储存, 能放) and an output (产量, 产能) are all 吨:
  「冷链基地每年能周转多少吨」 is not told by 「冷库库容3.5万吨」. A question naming words of one
  family only is not answered when every bound figure in 吨 is labelled (its clause's words
  before it) by another family's word. A question asking 多少吨 whose bound figures are all of
  other known classes is not answered either.
- **a count by its stage** — 签约, 开工, 投产, 认定, 注册, 注销 are stages of a project or a
  company: 「已经开工的项目有几个」 is not told by 「累计签约项目44个」. A count question naming
  stages is not answered when every bound count's clause names stages, none of them asked. The
  words users say loosely for a project come (落地, 入驻, 落户, 引进: 「落地了多少个项目」 for the
  signed ones) are no stage, asked or told.
- **one direction of two-way trade** — 进口 or 出口 asked, every bound figure of the class asked
  labelled 进出口 (or the other direction); 进口和出口 asked together is 进出口.
- **a share of a total** — 「货运量里水果占多少」「市场主体里企业占多大比例」 asked, no bound figure a
  share (%, 成, 百分之) and no chosen sentence saying one in words (一半, 三分之一, 六比四, 大部分,
  多数).

A figure is bound to the subject as in `siblings.py`: its text up to the end of its clause,
with what stands before it (sentence before, heading, title), lacks fewer than
`focus.NOUNS_MISSING` of the question's other nouns (words of the families above not counted).

`missing` returns "number" or "share" for shapes.unmet; decide.py abstains with the nearest
evidence. Each rule may be switched off in RULES.
"""

from __future__ import annotations

import re

from knowledge.answering.checking.checks import asked_types
from knowledge.answering.checking.focus import question_nouns
from knowledge.answering.checking.siblings import clause, figures, is_bound
from knowledge.answering.core.support import context_of
from knowledge.text import units
from knowledge.text.normalise import normalise

# what a figure in 吨 measures: the flow through a place, what it can hold, what it makes
WEIGHT = {
    "flow": r"吞吐|运量|货运|运输|周转|进口|出口|进出|处理|(?<![营])运(?=[了出走进来到多几往])",
    "hold": r"库容|容量|仓储|储存|储量|存放|存储|能放|能存|能装|可放|可存|可装",
    "make": r"产量|产能|生产|(?<![\d〇一二三四五六七八九十])年产",
}
# the stages of a project or a company, each with the words a user may use for it
STAGES = {
    "sign": r"签约|签下|签订|签署|签了|新签",
    "start": r"开工|动工|开建|施工|在建",
    "run": r"投产|投入运营|投入营运|投运|试运行",
    "recognise": r"认定",
    "register": r"注册|登记",
    "close": r"注销|退出|关停",
}
# words users say loosely for a project or a firm come to the park — 落地了多少个项目 for the
# signed ones, 入驻企业 for the registered ones —: no stage, neither asked nor told
LOOSE = r"落地|入驻|进驻|落户|入园|引进|引来|招来"
_WEIGHT = {k: re.compile(v) for k, v in WEIGHT.items()}
# compiled once, for kindred and the English checks (checks_en_strict reads English stages beside)
STAGE_RX = {k: re.compile(v) for k, v in STAGES.items()}
_ASK = r"(?:多少|(?<![哪第])几)(?:[万亿千百])?"
_ASKS_WEIGHT = re.compile(_ASK + f"(?:{units.alternation('weight')})")
_WEIGHT_NOUN = re.compile(r"吞吐量|运量|库容|容量|仓储能力|储存能力|储量|产量|产能")
# the measure words of what has stages — projects, firms, batches —, not every count (套, 次)
_ASKS_COUNT = re.compile(_ASK + r"(?:个|家|户|项|批)")
# 占多少 + a measure word asks an amount (占地多少亩), not a share
_AMOUNT = f"(?!{units.alternation(*units.AMOUNTS)}|万|亿)"
_ASKS_SHARE = re.compile(
    rf"占(?:了)?(?:多少|多大|几成|百分之几|比例|比重){_AMOUNT}"
    rf"|(?:比重|占比|比例)(?:是|有|为)?(?:多少|多大|几){_AMOUNT}"
)
_SHARE_WORDS = re.compile(
    r"分之|一半|过半|大半|大部分|大多|多数|少数|[一二三四五六七八九十\d]比[一二三四五六七八九十\d]"
)
# a share labelled by a change is a rate, not a part of a total: 「同比增长21.6%」
_RATE = re.compile(r"增长|增加|下降|减少|提高|降低|增速|增幅|同比|环比")
_IMPORT = re.compile(r"进口")
_EXPORT = re.compile(r"(?<!进)出口")


def families(text: str, table: dict[str, re.Pattern]) -> set[str]:
    """The families of `table` whose words `text` holds: {'flow'} for 进出口货运量."""
    return {k for k, p in table.items() if p.search(text)}


def last_family(text: str, table: dict[str, re.Pattern]) -> str | None:
    """The family of the last such word in `text` (a figure's label): 「设冷库库容」 → 'hold'."""
    found = [(m.end(), k) for k, p in table.items() for m in p.finditer(text)]
    return max(found)[1] if found else None


def directions(text: str) -> set[str]:
    """The trade directions `text` names: 进出口 is both at once, its own direction."""
    if "进出口" in text:
        rest = text.replace("进出口", " ")
        return (
            {"both"}
            | ({"in"} if _IMPORT.search(rest) else set())
            | ({"out"} if _EXPORT.search(rest) else set())
        )
    named = ({"in"} if _IMPORT.search(text) else set()) | (
        {"out"} if _EXPORT.search(text) else set()
    )
    return named | {"both"} if len(named) == 2 else named  # 进口和出口 加起来: 进出口


def bound(q: str, ev) -> list[tuple[str | None, str, str, str]]:
    """(class, label, clause, its sentence) of each chosen figure bound to the question's
    subject (its sentence and what stands before it hold the question's nouns)."""
    family_words = "|".join([*WEIGHT.values(), *STAGES.values(), LOOSE, "进口", "出口"])
    nouns = {
        n: ts
        for n, ts in question_nouns(q, ev.result.tokens, ev.result.index).items()
        if not re.search(family_words, n)
    }
    out = []
    for c in ev.chosen:
        around = normalise(c.text) + "\n" + context_of(c, ev.docs, following=False)
        for kind, label, upto in figures(c.text, q):
            if is_bound(nouns, around):
                out.append((kind, label, clause(upto), normalise(c.text)))
    return out


def _weight(q: str, figs: list) -> bool:
    weights = [f for f in figs if f[0] == "weight"]
    if _ASKS_WEIGHT.search(q) and not weights and figs and all(f[0] for f in figs):
        return "class" in RULES  # 多少吨 asked, only figures of other classes told
    asked = families(q, _WEIGHT)
    if "weight" not in RULES or len(asked) != 1 or not weights:
        return False
    if not (_ASKS_WEIGHT.search(q) or _WEIGHT_NOUN.search(q)):  # 多少个项目 asks no weight
        return False
    return all((t := last_family(lab, _WEIGHT)) and t not in asked for _, lab, _, _ in weights)


def _stage(q: str, figs: list) -> bool:
    asked = families(q, STAGE_RX)
    counts = [f for f in figs if f[0] == "count"]
    if "stage" not in RULES or not asked or not _ASKS_COUNT.search(q) or not counts:
        return False
    return all((told := families(cl, STAGE_RX)) and not told & asked for _, _, cl, _ in counts)


def _direction(q: str, figs: list) -> bool:
    asked = directions(q)
    if "direction" not in RULES or not asked or "both" in asked:
        return False
    want = "weight" if _ASKS_WEIGHT.search(q) else "count" if _ASKS_COUNT.search(q) else None
    told = [f for f in figs if (f[0] == want if want else f[0] in ("weight", "money", "count"))]
    if any(directions(sentence.replace("进出口", " ")) & asked for *_, sentence in figs):
        return False  # the direction asked is named beside a figure: not decided here
    return any((d := directions(lab)) and not d & asked for _, lab, _, _ in told)


def _share(q: str, figs: list, sentences: list[str]) -> bool:
    if "share" not in RULES or not _ASKS_SHARE.search(q) or not figs:
        return False
    if any(_SHARE_WORDS.search(s) for s in sentences):
        return False  # a share said in words — 占了一半以上, 大部分 — in a chosen sentence
    # a share told, or a figure of no known class: not decided here
    return not any(k is None or (k == "share" and not _RATE.search(lab)) for k, lab, _, _ in figs)


def missing(q: str, ev) -> str | None:
    """ "share" when a share is asked and no bound figure is one, "number" when every bound
    figure measures a kindred thing (another weight family, stage or trade direction), else
    None."""
    if not ({"number", "share"} & asked_types(q)):
        return None
    figs = bound(q, ev)
    if not figs:
        return None
    if _share(q, figs, [normalise(c.text) for c in ev.chosen]):
        return "share"
    if _weight(q, figs) or _stage(q, figs) or _direction(q, figs):
        return "number"
    return None


RULES = frozenset({"class", "weight", "stage", "direction", "share"})  # each may be switched off
