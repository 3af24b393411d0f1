"""A figure of a sibling attribute: the subject is told, the attribute asked is not (Chinese).

A question often asks a figure the documents do not give of a subject they describe, and the
sentence chosen gives another attribute of it: 「冷链基地要招多少工人」 answered by its total
investment, 「标准厂房的物业费」 by the rent, 「订单班要花多少钱」 by the 800 people it trains,
「工资总额」 by the output value and the tax. So, for a question asking money, people or an area:

- **the unit class** — asked by the unit after the asking word (多少钱, 多少元, 多少人, 几名, 多少亩,
  多大面积) or by the attribute's head word (费, 工资, 投资, 租金 … are money; 员工, 老师, 游客,
  岗位 … people; 面积 an area) — must be the class of some figure bound to the subject: a
  figure in a chosen sentence whose text up to the end of its clause, with what stands before
  it (the sentence before, heading, title), lacks fewer than `focus.NOUNS_MISSING` of the
  question's other nouns. 元 is money, 人/名/位/人次 people (个 too before or after 岗位, 员工 …),
  亩/平方米 an area; 吨, %, 个/户/项, 年/天 are other classes; a figure with no unit is of
  none known, and then nothing is decided. A sum asked in other words than 元 may be answered by
  a share (「按市场价的50%」 tells a rent), one asked in 元 may not.
- **the attribute itself** — when the attribute asked is one of those head words, a figure
  of its class whose label (its clause's words before it, what follows 按/按照 — a rate's base
  — and link words such as 达到, 为, 每月 dropped: 「租金为每月每平方米12元」 → 租金, 「按新增税收的
  百分之二十给予奖励」 → nothing) names last another such word, of another family of words a
  user may use for one another (工资/薪酬, 补贴/奖励, 员工/就业, 投资/资金/经费), neither inside
  the other and with no English gloss word in common (CC-CEDICT: 房租 and 租金 are "rent"), is
  a sibling's and does not tell it; every bound figure of the class must be a sibling's. A
  label naming no attribute word (「建成标准厂房12万平方米」) decides nothing. A rent is no
  price (售价, 出售价格) and a building cost (造价, 成本) no rent nor fund — unless a word of the
  question shares a gloss word with the told one (「租用价格」: 租用 is "rent", as 租金). A money
  head word jieba tags a verb (「造价是多少」) is read from beside the asking word (facet63).

Binding measured on every tune file of eval/corpus (1130 questions): fewer than two nouns
missing (focus's NOUNS_MISSING) 943 passed, fewer than half 942, none missing 941; kept two.

Why narrower than `attributes.RULES["new"/"known"]` (off): those required the attribute's
words by every figure-carrying sentence, so generic attribute words (数量, 总量 of 「货运总量」),
a subject's synonym (经营主体 for 市场主体) and misread adverbs (「多少钱专门支持」) refused answers.
Here the attribute is judged only through a closed set of head words, and only against a
figure labelled by another of them.

`missing` returns "number" (no figure of the class asked) or the attribute asked (a sibling's
figure) for shapes.unmet; decide.py abstains with the nearest evidence.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import things
from knowledge.answering.checking.attributes import (
    FIGURE_ASK,
    LINK,
    figure_ask,
    figure_attribute,
    tagged,
)
from knowledge.answering.checking.checks import asked_types
from knowledge.answering.checking.focus import NOUNS_MISSING, figure_text, question_nouns
from knowledge.answering.core.support import context_of, neighbours
from knowledge.text import units
from knowledge.text.crosslingual import characters, english_words, glosses
from knowledge.text.normalise import normalise

# attribute head words by the class of their figures, in families of words a user may use
# for one another (工资 for 薪酬, 补贴 for 奖励, 员工 for 就业); a word is of a class when it
# ends with one (物业管理费, 工资总额 once 总额 is dropped, 工作人员, 地方留成税收)
FAMILIES = {
    "money": (
        "费 押金 保证金|工资 薪酬 薪资 薪水|收入 营收 营业额 收益|利润|资本"
        "|投资 资金 经费 花费 开支 支出 拨款 预算|成本 造价|价格 地价 房价 售价 出让金|租金 房租"
        "|税收 税款|产值|补贴 补助 奖励 奖金"
    ),
    "people": "员工 职工 工人 雇员 人员 人才 劳动力 岗位 就业|老师 教师|学生|医生 护士|游客 旅客"
    "|人口 居民 村民",
    "area": "面积 占地",
}
_FAMILY = {
    h: i for kind, fs in FAMILIES.items() for i, f in enumerate(fs.split("|")) for h in f.split()
}
HEADS = {kind: fs.replace("|", " ").split() for kind, fs in FAMILIES.items()}
_GENERIC = re.compile(r"(?:总额|总量|总数|人数|数量|金额|标准|水平|规模|情况|数)$")
_UNIT_CLASS = units.UNIT_CLASS
_NUM = (
    r"(?:\d[\d.,]*|(?<=百分之)[零〇一二两三四五六七八九十点]+"
    r"|[零〇一二两三四五六七八九十百千]+(?=[万亿千百]?[余多]?(?:{u})))"
)
_ALL_UNITS = units.alternation(*units.CLASSES)
_FIGURE = re.compile(
    _NUM.format(u=_ALL_UNITS) + rf"\s*[余多]?\s*(?:[万亿千百])?\s*[余多]?\s*(?P<unit>{_ALL_UNITS})?"
)
_NOUN_AFTER = re.compile(r"\s*([^\s的和与及、是有在，,。；;？?！!]{1,6})")
# the unit after the asking word (多少钱, 多少万元, 几名, 多少个岗位), or money spent (花了多少)
_ASKED_UNIT = re.compile(
    rf"(?:多少|(?<![哪第])几)(?:[万亿千百])?(?P<unit>钱|{_ALL_UNITS})|(?P<spent>花了?多少)"
)
_EXPLICIT_YUAN = re.compile(r"(?:多少|几)(?:[万亿千百])?(?:元|块)")
# words between a figure and its label: 「租金为每月每平方米12元」「亩均税收不低于每年8万元」
_LINK_TAIL = re.compile(
    r"(?:达到|达|为|是|约为|约|共计|共|累计|合计|总计|实现|下达|安排|超过|突破|不少于|不低于|不超过"
    r"|高达|近|逾|超|有|计|了|已|仅|只有|大约|按|给予|一次性|每[^\d，,。；;、]{1,4}?)+$"
)
_PER = re.compile(rf"每(?:一)?(?:{units.alternation('people', 'area', 'weight', 'count', 'time')})")
_BASE = re.compile(r"按照|依照|参照|按")
_CLAUSE_END = re.compile(r"[，,；;。！？!?]")
_LIGHT = frozenset("one person thing way kind make up out off sum value".split())
_LINK_FLAGS = {"d", "uj", "ul", "p", "x"}
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")


def _people_after(text: str, at: int) -> bool:
    """The noun after a count is a people word: 个就业岗位, not 套人才公寓."""
    return bool((m := _NOUN_AFTER.match(text, at)) and class_of(m.group(1)) == "people")


def class_of(word: str) -> str | None:
    """The class of the figures an attribute word has (money, people, area), else None."""
    for w in (word, _GENERIC.sub("", word)):
        for kind, heads in HEADS.items():
            if w and any(w.endswith(h) for h in heads):
                return kind
    return None


def _head(word: str) -> str:
    """The head word `word` ends with (工资 of 工资总额), else the word."""
    for w in (word, _GENERIC.sub("", word)):
        if ends := [h for hs in HEADS.values() for h in hs if w.endswith(h)]:
            return max(ends, key=len)
    return word


def asked(q: str) -> tuple[str | None, str, bool]:
    """(class, attribute word, a sum asked in 元) of a figure question: ('money', '物业费',
    False); the class by the unit after the asking word, else by the attribute's head word;
    None for a unit of another class (多少套, 多少吨)."""
    attr = figure_attribute(_PER.sub("", q))  # 物业费每平方米多少钱: 物业费
    word = attr[-1] if attr else _head_next(q)
    yuan = bool(_EXPLICIT_YUAN.search(q))
    if m := _ASKED_UNIT.search(q):
        unit = m.group("unit") or ""
        kind = "money" if unit == "钱" or m.group("spent") else _UNIT_CLASS.get(unit)
        if kind == "count" and _people_after(q, m.end()):
            kind = "people"  # 多少个就业岗位
        if kind not in HEADS:
            return None, "", False
        return kind, word if class_of(word) == kind else "", yuan
    kind = class_of(word) if word else None
    return kind, word if kind else "", yuan


def _head_next(q: str) -> str:
    """A money head word standing next to the asking word that jieba tags a verb (「造价是多少」,
    「要花多少造价」): the attribute asked, else ''."""
    if not (m := figure_ask(q)):
        return ""  # 多久拨付一次, 几年: a length of time
    after = [w for w, _ in tagged(q[m.end() :]) if len(w) > 1][:1]
    before = [w for w, f in tagged(q[: m.start()]) if len(w) > 1 or f not in _LINK_FLAGS]
    while before and before[-1] in LINK:
        before.pop()
    found = [w for w in after + before[-1:] if _CJK_WORD.fullmatch(w) and class_of(w) == "money"]
    return found[0] if found else ""


# a deed asked for its money (「盖一平米厂房要花多少钱」「卖多少钱」) by its CC-CEDICT gloss: the
# attribute it asks, of its own family
_DEEDS = {"rent": "租金", "sell": "售价", "buy": "售价", "build": "造价", "construct": "造价"}


def deed(q: str) -> str:
    """The attribute a money question with no attribute word asks by its deed: 租金 of 租,
    售价 of 卖/出售, 造价 of 盖/建/修建; '' for none or more than one."""
    m = FIGURE_ASK.search(q)
    found = set()
    for w, _ in tagged(q[: m.start()] if m else q):
        if len(w) > 1:
            said = {x for g in glosses(w) for x in english_words(g)}
        else:
            said = {e for e in _DEEDS if w in characters(e)}
        found |= {_DEEDS[e] for e in said if e in _DEEDS}
    return found.pop() if len(found) == 1 else ""


def _counted(q: str) -> bool:
    """A count asked by its measure word (几个, 多少家, 几批), not of people."""
    m = _ASKED_UNIT.search(q)
    unit = m.group("unit") if m else None
    return bool(unit) and _UNIT_CLASS.get(unit) == "count" and not _people_after(q, m.end())


def figures(text: str, question: str) -> list[tuple[str | None, str, str]]:
    """(class, label, text up to the end of its clause) of each figure in `text` (dates,
    references and the question's own numbers left out): ('money', '标准厂房租金', …)."""
    t = figure_text(text, question)
    out = []
    for m in _FIGURE.finditer(t):
        if not re.search(r"\d|[一二两三四五六七八九十]", m.group()):
            continue
        kind = _UNIT_CLASS.get(m.group("unit") or "")
        if t[max(m.start() - 3, 0) : m.start()].endswith("百分之"):
            kind = "share"  # 百分之二十
        label = label_at(t, m.start())
        if kind == "count" and (_people_after(t, m.end()) or class_of(label) == "people"):
            kind = "people"  # 3100个就业岗位, 岗位500个
        out.append((kind, label, upto(t, m.end())))
    return out


def label_at(t: str, at: int) -> str:
    """The label of a figure starting at `at` in `t`: its clause's words before it, link words
    (达到, 为, 每月) dropped: 「标准厂房租金为每月每平方米12元」 → 标准厂房租金."""
    start = max((e.end() for e in _CLAUSE_END.finditer(t, 0, at)), default=0)
    # what follows 按/按照 is the base of a rate, not the attribute told: 「租金按市场价的60%」
    # is a rent, 「按新增税收的百分之二十给予奖励」 no tax
    return _LINK_TAIL.sub("", _BASE.split(t[start:at])[0].strip())


def upto(t: str, end: int) -> str:
    """`t` up to the end of the clause a figure ending at `end` stands in."""
    return t[: e.start()] if (e := _CLAUSE_END.search(t, end)) else t


def clause(upto: str) -> str:
    """The clause a figure stands in (`upto` runs to its end)."""
    ends = [m.end() for m in _CLAUSE_END.finditer(upto)]
    return upto[ends[-1] :] if ends else upto


def _words(word: str) -> set[str]:
    return {w.rstrip("s") for g in glosses(word) for w in english_words(g) if w not in _LIGHT}


def sibling(label: str, attr: str, question: str = "") -> bool:
    """`label` (its clause's words before a figure) names last an attribute word of the same
    class as `attr` but of another family: 租金 for 物业费 or 售价, 产值 for 工资总额, 学生 for 老师;
    not 总投资 for 投资, 奖励 for 奖金, 房租 for 租金 (nor two words sharing an English gloss word),
    nor 租金 for the 价格 of 「租用价格」: a word of the `question` sharing a gloss word with it."""
    kind, want = class_of(attr), _head(attr)
    found = [(label.rfind(h) + len(h), len(h), h) for h in HEADS.get(kind or "", []) if h in label]
    told = max(found)[2] if found else ""  # the last named: 「租金按市场价的」 → 租金
    if not told or want not in _FAMILY or told in attr or want in label:
        return False
    if _FAMILY[told] == _FAMILY[want]:
        return False
    words = {w for w, _ in tagged(question) if len(w) > 1 and w != attr} if question else set()
    return not (_words(told) & (_words(want) | _words(attr)).union(*map(_words, words)))


def _funds(label: str, attr: str) -> bool:
    """A building cost asked, the label names last a fund (投资, 资金 …)."""
    heads = [(label.rfind(h) + len(h), len(h), h) for h in HEADS["money"] if h in label]
    return attr == "造价" and bool(heads) and _FAMILY[max(heads)[2]] == _FAMILY["投资"]


def _held(noun: str, terms: list[str], text: str) -> bool:
    return noun in text or any(t in text for t in terms)


def other_nouns(q: str, ev, attr: str) -> dict[str, list[str]]:
    """The question's nouns (with their known terms) other than the attribute asked."""
    nouns = question_nouns(q, ev.result.tokens, ev.result.index)
    return {n: ts for n, ts in nouns.items() if not (attr and (n in attr or attr in n))}


def is_bound(others: dict[str, list[str]], around: str) -> bool:
    """A figure whose clause and what stands before it (`around`) lack fewer than
    focus.NOUNS_MISSING of the question's other nouns is bound to the question's subject."""
    return sum(not _held(n, ts, around) for n, ts in others.items()) < NOUNS_MISSING


def names_family(label: str, attr: str) -> bool:
    """`label` names the attribute asked or a word of its family last among the head words of
    its class: 「共投入帮扶资金」 for 投资, 「标准厂房租金」 for 房租; not 「标准厂房租金」 for 押金."""
    kind, want = class_of(attr), _head(attr)
    found = [(label.rfind(h) + len(h), len(h), h) for h in HEADS.get(kind or "", []) if h in label]
    if not found:
        return False
    told = max(found)[2]
    return told in attr or want in label or _FAMILY.get(told, -1) == _FAMILY.get(want, -2)


def missing(q: str, ev) -> str | None:
    """ "number" when no figure bound to the question's subject is of the class asked, the
    attribute asked when every such figure is a sibling attribute's, else None."""
    kind, attr, yuan = asked(normalise(q))
    if not kind and "thing" in RULES and _counted(normalise(q)):
        kind = "count"  # 几个项目: only the thing rule reads a count
    if not kind or "number" not in asked_types(q):  # 哪几位 asks for names
        return None
    others = other_nouns(q, ev, attr)
    bound = []
    for c in ev.chosen:
        before = context_of(c, ev.docs, following=False)
        prev = normalise(neighbours(c.hit.chunk.text, c.local)[0])
        whole = normalise(c.text) + "\n" + before
        for fig_kind, label, text in figures(c.text, q):
            if is_bound(others, text + "\n" + before):
                bound.append((fig_kind, label, things.other(q, text + "\n" + prev, whole)))
    if not bound or any(k is None for k, _, _ in bound):
        return None  # nothing bound, or a figure of no known class: not decided here
    fit = [
        (lab, other)
        for k, lab, other in bound
        if k == kind or (kind == "money" and k == "share" and not yuan)
    ]
    if not fit:
        return "number" if "class" in RULES and kind != "count" else None
    if "thing" in RULES and all(other for _, other in fit):
        return "number"  # every figure of the class asked is of another batch, place or park
    fit = [lab for lab, _ in fit]
    if "sibling" in RULES and attr and all(sibling(lab, attr, q) for lab in fit):
        return attr
    # a deed's money (造价 of 盖) is told by a rent or a price of another deed, not by the
    # investment or funds a building costs
    done = deed(normalise(q)) if kind == "money" and not attr and "sibling" in RULES else ""
    if done and all(sibling(lab, done, q) and not _funds(lab, done) for lab in fit):
        return done
    return None


RULES = frozenset({"class", "sibling", "thing"})  # each may be switched off to measure it
