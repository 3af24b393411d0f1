"""A part of a whole asked, the whole told: Chinese questions (focus.py's "part" rule).

A sentence near a question that asks for a part of something often tells the whole:
「2024年磨憨口岸的货运量中走中老铁路的有多少万吨」 answered by the port's 871.9万吨,
「帮扶资金里有多少钱用在修路上」 by all the aid money, 「磨站村自己拿到了多少帮扶资金」 by the
sum for every village. The question restricts what it measures, and says so:

- a partitive after a counted or measured whole: 「15个项目中，商贸物流类有几个」,
  「货运量中走中老铁路的」, 「3.9万实有人口里，老挝人」, 「…中有多少是飞出地引进的」;
- 其中: 「871.9万吨货运量，其中铁路运了多少」;
- 光是, 单是, 仅 … 就: 「光是走中老铁路的货」, 「光水果就有」, 「单是尚冈村一个村就」;
- a member on its own: 「磨站村自己拿到了」, 「磨站村小组单独拿到了」;
- a use or a destination of money: 「用在修路上」, 「用于道路管网的」, 「拨给飞出地」;
- a sub-group by origin, ownership or sex with no partitive: 「外资企业有多少户」, 「老挝游客」.

The restriction (its words the corpus knows, less those of the whole: 游客 of 「游客里，老挝
游客」) must then stand in the figure's own clause — or in the clause the figure's completes
(「第二批中新能源和生物医药项目明显增多，共有6个」) — each word or a word sharing an English gloss
with it (`crosslingual.glosses`). 「首批项目中，商贸物流类9个」, 「其中5个项目建成投产」,
「飞出地分得2520万元」 and 「其中六成以上用于产业项目」 hold theirs.

A whole the question gives by its figure (「已开工的16个项目里，农产品精深加工的有几个」) is that
whole, not another: a clause holding the part answers only when its sentence, or the one just
before, says that figure (「首批23个飞地项目…首批项目中，农产品精深加工类6个」 tells the part of
another whole) — `of_whole`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from knowledge.text.crosslingual import glosses
from knowledge.text.normalise import normalise
from knowledge.text.tokens import jieba_module

# 「资金中用于道路的」「项目里，最大的」「货运量中走铁路的」: not 其中, 集中, 途中, 年中, 心中 …
_PART = re.compile(r"(?<![其集空途期年月心手家哪这那])(?:之中|当中|中|里)([，,])?\s*")
# the whole of 「X中」 is counted (15个项目中, 3100多人中) or measured (货运量中): not a scene (在比赛中，)
_COUNTED = re.compile(
    r"\d+\s*(?:多|余)?\s*[个项家批类种所名户人位]|[一二两三四五六七八九十]+[个项家批类种所名户]|量|额|资金|收入"
    r"|税收|产值|人口|游客|人次|投资|项目|企业|市场主体|首批|\d\s*[万亿]"
)
_ASKING = re.compile(
    r"(?:的)?(?:一共|总共|共|又|还|就|能|会|要|才)?(?:(?:有|是|占|为)了?)?(?:多少|几|百分之几|哪)"
    r"|的?占比|的?比例|的?比重"
)
# 「有多少是飞出地引进的」: the part said after what is asked
_ASKED_IS = re.compile(r"(?:多少|几)\s*[个项家批类种所名户]?(?:钱|人)?\s*([^，,。？?]{2,16})")
_OF_THEM = re.compile(r"其中\s*[，,]?\s*([^，,。？?]{2,16})")
_ONLY = re.compile(
    r"(?:光是|单是|仅是|单单|仅仅|光|单|仅)([\u4e00-\u9fff]{2,14}?)(?:一个村|一家|一项)?就"
    r"|(?:光是|单是|仅是|单单|仅仅)([^，,。？?]{2,14}?)(?=的?(?:货物|货)?(?:就|有|是|占|达|多少))"
)
# a member on its own getting or holding its share: not 「办法本身规定」
_ALONE = re.compile(
    r"([\u4e00-\u9fff]{2,10}?)(?:自己|单独|本身|一个村|自身)(?:就|能|又|一共|总共|实际)?"
    r"(?:拿到|拿了|分到|分得|分了|得到|获得|留下|留了|收到|有|占)"
)
# a sub-group named by its origin, ownership or sex, no partitive: 「外资企业有多少户」「老挝游客
# 有多少人次」「住在合作区的老挝人」 — a whole's figure (企业1124户, 游客86.5万人次) is no answer
_GROUP = re.compile(
    r"(?:外资|外商|外籍|外国|境外|国外|海外|港资|台资|民营|国有|私营|女性|男性|老挝|越南|泰国|缅甸)"
    r"(?:的)?(?:游客|旅客|客人|客商|企业|公司|人员|员工|职工|工人|学生|居民|人口|商户|务工人员|人)"
)
_USE_WORDS = "用于|用在|用到|花在|投向|投到|拨给|分给|划给|付给"
_USE = re.compile(_USE_WORDS)
_USE_END = re.compile(r"[，,。？?；;]|上|里|方面|那部分|的|是|有")
_LEAD = re.compile(
    rf"^(?:的|了|各|每个|就|都|是|已经|要|光是|单是|光|单|仅|{_USE_WORDS})+|(?:的|了|这边|那边|方面|上)+$"
)
# a clause that only completes the one before (「…项目明显增多，共有6个」)
_COMPLETES = re.compile(r"^\s*(?:共有|共计|共|合计|总计|一共|总共|累计)")
_CLAUSE = re.compile(r"[，,；;。！？!?：:\n]")
# a length of time (前两年, 三年累计, 12个月内) measures no part: 「以修路为主」 beside 前两年
_SPAN = re.compile(r"[前近后头]?(?:\d+|[一二两三四五六七八九十]+)\s*个?(?:年|月|天|周|季度)(?!\d)")
_SPAN_ASKED = re.compile(r"多久|多长|几年|多少年|几个月|多少天|几天|几周")
# words of the measure or the asking, no restriction: 「走中老铁路的货」's 货
_LIGHT = {"货物", "多少", "一共", "总共", "资金", "钱数", "金额", "数量", "总量", "拿到", "分到"}


def part_asked(q: str) -> str:
    """The words by which the question restricts what it measures to a part (商贸物流类 of
    「15个项目中，商贸物流类有几个」, 修路 of 「资金里有多少钱用在修路上」, 磨站村 of
    「磨站村自己拿到了多少」), '' when it asks for no part."""
    return restriction(q)[0]


def restriction(q: str) -> tuple[str, str]:
    """(the part, the whole it is taken from or '') a question asks, as `part_asked`."""
    q = normalise(q)
    for m in _PART.finditer(q):
        whole = re.split(r"[，,。？?]", q[: m.start()])[-1]
        if "在" in whole[:2] or not _COUNTED.search(whole):
            continue  # a scene (在比赛中), a place (园区里) or a time, not a whole
        rest = q[m.end() :]
        part = _ASKING.split(rest)[0].strip()
        if not part and (said := _ASKED_IS.search(rest)):
            part = said.group(1)
        if part := _trim(part):
            return part, whole
    if (m := _OF_THEM.search(q)) and (part := _trim(_ASKING.split(m.group(1))[0])):
        return part, re.split(r"[，,。？?]", q[: m.start()].rstrip("，, "))[-1]
    if m := _ONLY.search(q):
        return _trim(m.group(1) or m.group(2)), ""
    if m := _ALONE.search(q):
        head = re.split(r"[，,。？?]|\d{4}年|今年|去年|上半年|下半年", q[: m.end(1)])[-1]
        return _trim(head), ""
    if m := _USE.search(q):
        text = q[m.end() :]
        text = text[: e.start()] if (e := _USE_END.search(text)) else text
        return _trim(text), ""
    if m := _GROUP.search(q):
        return m.group(), ""
    return "", ""


def _trim(part: str) -> str:
    """The restricting words of `part`: 农产品精深加工 of 「农产品精深加工的项目」 (the thing
    measured after the last 的 is no restriction)."""
    part = _LEAD.sub("", part.strip())
    part = part.rpartition("的")[0] or part
    return part if len(part) >= 2 else ""


# the figures a whole is given by: 16 of 「已开工的16个项目」, not 2024 of 「2024年底」
# (nor 1 of a span of months, 「1—9月新增的签约项目」)
_WHOLE_FIGURE = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])(?!\s*(?:年|月|日|号|季度))"
    r"(?!\s*[—–\-~～至到]\s*\d{1,2}\s*月)"
)


def whole_figures(whole: str) -> list[str]:
    """The figures the question gives its whole by (16 of 「截至2024年底已开工的16个项目」)."""
    return _WHOLE_FIGURE.findall(normalise(whole))


def of_whole(figures: list[str], text: str) -> bool:
    """Whether `text` (a sentence with the one before it) says one of the whole's `figures`;
    True when the whole is given by none."""
    return not figures or any(
        re.search(rf"(?<![\d.]){re.escape(f)}(?![\d.])", normalise(text)) for f in figures
    )


# a party named by its side (港方, 中方, 外方) before its deed: jieba may cut it apart (中港 方)
_PARTY = re.compile(
    r"(?![双各多对两三四])[\u4e00-\u9fff]方(?=出资|投资|投入|承担|负担|分得|分到|拿|占|出了)"
)


def wanted(part: str, whole: str, terms: Iterable[str]) -> list[str]:
    """The question's `terms` that restrict: in the part, not in the whole, no measure; a term
    no document uses (外国 of 外国游客) too, as no figure's clause can hold it; and a party
    named by its side (港方 of 「总投资中港方出资多少」), however jieba cut it."""
    found = [
        t
        for t in dict.fromkeys(terms)
        if len(t) > 1 and not t.replace(".", "").isdigit()
        and t in part and t not in whole and t not in _LIGHT
    ]  # fmt: skip
    sides = [m.group() for m in _PARTY.finditer(part) if m.group() not in whole]
    return found + [w for w in sides if w not in found]


def clauses(text: str) -> list[str]:
    """`text`'s clauses, a clause that only completes the one before joined to it."""
    out: list[str] = []
    for cl in _CLAUSE.split(normalise(text)):
        if out and _COMPLETES.search(cl):
            out[-1] += "，" + cl
        else:
            out.append(cl)
    return out


def holds(clause: str, words: list[str]) -> bool:
    """Whether `clause` says every one of `words`, itself or a word sharing a gloss."""
    missing = [w for w in words if w not in clause]
    if not missing:
        return True
    said = set().union(*(glosses(w) for w in set(jieba_module().lcut(clause)) if len(w) > 1))
    return all(glosses(w) & said for w in missing)


def unheld(q: str, texts: Iterable[str], figure: Callable[[str], bool], words: list[str]) -> bool:
    """Whether no clause of `texts` that carries a figure (`figure`; a length of time only when
    the question asks one) holds `words`."""
    spans = not _SPAN_ASKED.search(normalise(q))
    return not any(
        figure(_SPAN.sub(" ", cl) if spans else cl) and holds(cl, words)
        for t in texts
        for cl in clauses(t)
    )
