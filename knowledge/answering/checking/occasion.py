"""Evidence that answers another question: another moment, another event, a count instead of
names, a figure of another owner. Chinese questions.

A sentence close to the question often answers a neighbouring one:

- **another moment** — 「托管前有多少户」 answered by 「达到2960户，比托管前增长近一倍」: the
  figure is today's, the earlier one only implied. A figure asked for a moment told by an event
  (托管前, 签约之前, 投产以后) needs a figure-carrying sentence that names that moment other
  than as the base of a comparison (比托管前, 较投产前); a rule's figure counted from a moment of
  its own (「收到申请后，应当在五个工作日内」, an article's 「自签订之日起二十个工作日内」)
  answers such a moment asked in the asker's words (递上去以后, 签完以后): a rule holds then;
- **another event** — 「从哪天开始公示」 answered by 「公示期满」, 「哪天开工」 by the day it
  was signed or delivered. A time asked for an event of a known kind (开工, 投产, 签约, 交付,
  竣工, 开业; a founding 成立, a post taken 出任, a course ended 毕业) or for the start or
  the end of something is not answered when every dated sentence tells only another kind of
  event, or only the other end;
- **a count instead of names** — 「8个县区分别是哪些」 answered by 「8个县（市）区…签约」: names
  asked (分别是哪些, 是哪几个, 是哪三个村) need a list of names in the evidence — items joined by 、和及,
  not counts (商贸物流类9个、进出口加工类8个), not the question's own words — as many as the
  question counts, up to three;
- **another owner** — 「投资促进局有多少名工作人员」 answered by the staff a 飞出地 must send:
  a count asked of an organisation (…局, …中心, …管委会) needs one figure-carrying sentence
  holding both the organisation (or in what stands before it) and the thing counted
  (`org_counts.py`).

`mismatch` returns what is missing (a key of decide._WHAT, or the question's own words);
`decide.py` abstains with the nearest evidence. Each rule may be switched off in RULES.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import beginnings, org_counts
from knowledge.answering.checking.checks import HAS, asked_types
from knowledge.answering.checking.focus import figure_in
from knowledge.answering.checking.rule_moment import moment_words, rule_from_a_moment
from knowledge.answering.core.support import context_of
from knowledge.text import units
from knowledge.text.normalise import normalise
from knowledge.text.numbers import numeral
from knowledge.text.tokens import jieba_module, pos_tags

RULES = frozenset({"moment", "event", "names", "owner"})

# --- another moment -------------------------------------------------------------------------
_MOMENT_WORDS = {"前", "之前", "以前", "以后", "之后", "后"}
_VERBISH = {"v", "vn", "n", "nz", "j", "l"}
_NUMERAL_AFTER = re.compile(r"^[\d一二两三四五六七八九十几]")
_NOT_EVENT = {"目前", "当前", "此前", "之前", "以前", "年前", "提前", "事前", "眼前", "面前"}


def _pos(q: str) -> list[tuple[str, str]]:
    jieba_module()
    return [(p.word, p.flag) for p in pos_tags(q)]


def moment_asked(question: str) -> tuple[str, str] | None:
    """(event, word) of a moment told by an event: ('托管', '前') of 「托管前有多少户」; None
    for 前三季度, 目前, 年前 and the like."""
    toks = _pos(normalise(question))
    for i, (w, _) in enumerate(toks):
        if w not in _MOMENT_WORDS or i == 0:
            continue
        stem, flag = toks[i - 1]
        after = "".join(t for t, _ in toks[i + 1 : i + 2])
        if len(stem) < 2 or flag not in _VERBISH or stem + w in _NOT_EVENT:
            continue
        if _NUMERAL_AFTER.match(after) or re.search(r"[\d年月日天]$", stem):
            continue
        return stem, w
    return None


_BASE_BEFORE = re.compile(r"(?:比|较|相比|相较|与|同|跟|和|于|比起)$")
_BASE_AFTER = re.compile(r"^(?:相比|相较|比较|比起来|比)")


def compared_with(stem: str, word: str, question: str) -> bool:
    """The question asks a change since the moment (「比托管前多了多少」「和托管前相比」): the
    moment is the base of the comparison asked, not the time of the figure."""
    for m in re.finditer(rf"{re.escape(stem)}{re.escape(word)}", question):
        before, after = question[max(m.start() - 2, 0) : m.start()], question[m.end() :]
        if _BASE_BEFORE.search(before) or _BASE_AFTER.match(after):
            return True
    return False


def _names_moment(stem: str, word: str, text: str, as_base: bool = False) -> bool:
    """`text` names the moment (托管前, 托管之前) other than as a comparison's base (比托管前);
    `as_base`: as the base too (the question asks the comparison)."""
    side = "前|之前|以前|之日前" if word.endswith("前") else "后|之后|以后|之日起|起|以来"
    for m in re.finditer(rf"{re.escape(stem)}(?:{side})", text):
        if as_base or not _BASE_BEFORE.search(text[max(m.start() - 2, 0) : m.start()]):
            return True
    return False


def _moment_missing(q: str, ev) -> str | None:
    if not ({"number", "share"} & asked_types(q)) or not (moment := moment_asked(q)):
        return None
    kind = "share" if "share" in asked_types(q) else "number"
    carriers = [c for c in ev.chosen if figure_in(kind, c.text, q)]
    if not carriers:
        return None
    stem, word = moment
    if compared_with(stem, word, q):  # the change since the moment: told beside the figure
        if any(_names_moment(stem, word, normalise(c.text), as_base=True) for c in carriers):
            return None
        return f"{stem}{word}"
    words = moment_words(q, stem, word)
    for c in carriers:
        if _names_moment(stem, word, normalise(c.text) + "\n" + context_of(c, ev.docs, False)):
            return None
        if rule_from_a_moment(word, normalise(c.text), c.hit.chunk.section or "", words):
            return None
    return f"{stem}{word}"


# --- another event --------------------------------------------------------------------------
EVENTS = {
    "开工": r"开工|动工|开建|破土|奠基|开始施工|开始建设|开始兴建",
    "投产": r"投产|投入运营|投运|投入使用|交付使用|正式运营|开始运营|通车|开通",
    "签约": r"签约|签订|签署|签下|签了",
    "交付": r"交付|交房|移交",
    "竣工": r"竣工|完工|建成",
    "开业": r"开业|开张|开门营业",
    # a result or a rule made public, put in force, and the end of its term: three moments
    # (「认定结果哪天公布」 is not answered by 「公示期满」, nor 「哪天施行」 by 「印发」)
    "公布": r"公布|发布|印发|出台|公告",
    "施行": r"施行|生效",
    "期满": r"期满|届满|到期",
}
_EVENT_RX = {k: re.compile(v) for k, v in EVENTS.items()}
_START = re.compile(r"开始|(?<=[日月年天])起|启动|始于|开启|首日")
_END = re.compile(r"截止|截至|结束|期满|届满|到期|为止|终止|止于")
_ASK_START = re.compile(
    r"(?:从|自)?(?:哪|什么|何)[^，。？?]{0,4}开始|从(?:哪|什么|何)[^，。？?]{0,4}起|起始|开始(?:于|的)?(?:哪|什么|何)"
)
_ASK_END = re.compile(
    r"(?:到|至)(?:哪|什么|何)[^，。？?]{0,4}(?:结束|截止|为止|止)|截止|结束|期满|到期|届满"
)
_WHEN = re.compile(r"什么时候|何时|什么时间|哪一?天|哪一?年|几月|几号|日期|哪个月")
_DATED = re.compile(HAS["date"].pattern + r"|[后前时初末起](?=[，,。；;、\s]|$)|中旬|上旬|下旬")


def event_asked(q: str) -> tuple[set[str], str]:
    """The kinds of event a time question asks about ({'开工'}) and the end asked ('start',
    'end' or '')."""
    kinds = {k for k, rx in _EVENT_RX.items() if rx.search(q)} | beginnings.asked(q, _WHEN)
    if "投产" in kinds:  # 建成投产, 交付使用: the one event, told by its last word
        kinds -= {"竣工", "交付"}
    phase = "end" if _ASK_END.search(q) else ("start" if _ASK_START.search(q) else "")
    return kinds, phase


_OBJECT_BEFORE = re.compile(
    r"([\u4e00-\u9fff]{2})(?:是|于)?(?:从|自|到|至)?(?:哪|什么|何)[^，。？?]{0,4}(?:开始|截止|结束)"
)
_OBJECT_AFTER = re.compile(r"(?:开始|截止|结束)([\u4e00-\u9fff]{2})")


def phase_object(q: str) -> str:
    """What a start or an end is asked of: 公示 of 「从哪天开始公示」, 申报 of 「申报哪天截止」."""
    m = _OBJECT_AFTER.search(q) or _OBJECT_BEFORE.search(q)
    return m.group(1) if m else ""


def _event_missing(q: str, ev) -> str | None:
    if not _WHEN.search(q) or {"number", "share", "person"} & asked_types(q):
        return None
    kinds, phase = event_asked(q)
    if not kinds and not phase:
        return None
    dated = [t for t in map(normalise, (c.text for c in ev.chosen)) if _DATED.search(t)]
    if not dated:
        return None
    if kinds:
        told = {k for k, rx in _EVENT_RX.items() for t in dated if rx.search(t)}
        told |= beginnings.told(kinds, dated)  # a founding, a post: told when asked only
        if told and not kinds & told:
            return "date"
    if phase and (thing := phase_object(q)):  # the dated sentences about what starts or ends
        dated = [t for t in dated if thing in t] or dated
    if phase == "start" and any(_END.search(t) for t in dated):
        if not any(_START.search(t) for t in dated):
            return "date"
    if phase == "end" and any(_START.search(t) for t in dated):
        if not any(_END.search(t) for t in dated):
            return "date"
    return None


# --- a count instead of names ---------------------------------------------------------------
_NAMES_ASKED = re.compile(
    r"(?:分别|具体|都|各)(?:是|为|有|叫|包括)?(?:哪些|哪几|什么)|(?:是|有|包括)哪几[个家项所位类座]"
    r"|哪(?:[两三四五六七八九十]|\d+)\s*[个家项所位类座村]|哪几[所家]"  # 「是哪三个村」「哪几所」
)
# names of a kind hold its word: a village's 尚冈村, a school's …学院, a 科室's 儿科
_NAME_ENDS = {
    "村": "村|寨|社区",
    "院校": "大学|学院|学校|职校|技校",
    "学校": "学校|中学|小学|大学|学院",
    "医院": "医院|卫生院|分院",
    "公司": "公司|集团",
    "企业": "公司|集团|企业|厂",
    "科室": "科",
}
_KINDS = "|".join(_NAME_ENDS)
# the kind asked: 「示范村都叫什么」「科室分别是什么」「哪几所职业院校」
_KIND = re.compile(
    rf"({_KINDS})(?=(?:都|分别|具体|各)?(?:是|叫|有|包括)?(?:哪|什么))"
    rf"|哪(?:几|[两三四五六七八九十]|\d+)?\s*[个家所位座]?[\u4e00-\u9fff]{{0,4}}?({_KINDS})"
)
_COUNT_IN_Q = re.compile(r"(\d+|[两三四五六七八九十]+)\s*[个家项所位类座]")
_COUNT_ITEM = re.compile(
    r"(?:\d[\d.]*|[一二两三四五六七八九十百千万]+)\s*(?:[万亿])?"
    rf"(?:{units.alternation(*units.AMOUNTS, 'share', also=('类', '期'))})"
)
_LIST_MARK = re.compile(
    r"[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d][)）]|^\s*\d[.、]"
    # 「一个是嫡传可汗，一个是那海」「一家名为A……；另一家名为B」: one by one, kind word or none
    r"|一[个家位所座种名][^。]{1,80}?[，,；;]\s*另?一[个家位所座种名]"
)


def names_asked(q: str) -> int:
    """How many names a question asks for (分别是哪些: 2; 「8个县区分别是哪些」: 3, at most),
    0 when it asks for none."""
    if not _NAMES_ASKED.search(q) or {"number", "share"} & asked_types(q) or _WHEN.search(q):
        return 0
    if re.search(r"什么(?:时候|时间|意思|含义|作用|原因|关系|区别|要求|条件)", q):
        return 0
    m = _COUNT_IN_Q.search(q)
    n = (numeral(m.group(1)) or 3) if m else 2
    return max(2, min(n, 3))


def _names_in(text: str, q: str) -> int:
    """The most names listed in one clause of `text`: items joined by 、 和 及 与, not counts,
    not the question's own words; each holding the kind's word (青河职业学院) when the question
    asks a kind of `_NAME_ENDS` (「哪几所职业院校」: not 「正在和昆明的职业院校合作」)."""
    m = _KIND.search(q)
    kind = re.compile(_NAME_ENDS[m.group(1) or m.group(2)]) if m else None
    best = 0
    for clause in re.split(r"[，,；;。：:！？!?\n]", text):
        if "、" not in clause and not re.search(r"和|及|与", clause):
            continue
        items = [s.strip() for s in re.split(r"、|以及|和|及|与", clause)]
        names = [s for s in items if len(s) >= 2 and not _COUNT_ITEM.search(s) and s not in q]
        names = [s for s in names if not kind or kind.search(s)]
        best = max(best, len(names))
    return best


def _names_missing(q: str, ev) -> str | None:
    if not (want := names_asked(q)):
        return None
    texts = [normalise(c.text) for c in ev.chosen]
    if any(_LIST_MARK.search(t) for t in (*texts, "；".join(texts))):
        return None  # 一是…二是…, （一）…: a list told item by item (across clauses cut at ；)
    return None if any(_names_in(t, q) >= want for t in texts) else "names"


def mismatch(question: str, ev) -> str | None:
    """What the evidence lacks to answer *this* question rather than a neighbouring one (see
    the module's rules), or None."""
    return found[1] if (found := mismatch_rule(question, ev)) else None


def mismatch_rule(question: str, ev) -> tuple[str, str] | None:
    """`mismatch`'s finding with the name of the rule (of RULES) that made it."""
    if not ev.chosen or ev.lang != "zh":
        return None
    q = normalise(question)
    for rule, check in (
        ("moment", _moment_missing),
        ("event", _event_missing),
        ("names", _names_missing),
        ("owner", org_counts.missing),
    ):
        if rule in RULES and (what := check(q, ev)):
            return rule, what
    return None
