"""Is the figure (date, person) the evidence offers bound to what the question asks about?

A sentence near the question often carries a figure of the asked kind that belongs to
something else: 「用于道路管网建设的有多少」 is answered by the whole fund (「专项资金3亿元，主要
用于…道路管网」), 「投资最大的是哪个项目」 by the total, 「进口和出口各是多少」 by one 进出口
figure, 「被取消认定的有多少个」 by the 12个月 the question itself says. So the figure must
come with the question's focus:

- a figure counts only when the question did not already say it, and a date or an article
  number (第十九条, 〔2024〕22号) is no count;
- a part asked of a whole (「X中，Y有多少」, 「X里用于Y的」, 「光是Y就」, 「Y自己拿到」, 「其中Y」)
  needs Y in the figure's own clause (portion.py), and a whole given by its figure (「16个项目
  里」) that figure in the sentence or the one before;
- fields counted or named (几个行业, 哪几个领域) need fields told, of the group asked (fields.py);
- a superlative asked (最大的是哪个, 哪个最多) needs a superlative or a ranking in the evidence;
- a breakdown asked (「A和B各是多少」) needs each of A and B beside the figures;
- the sentence that carries the figure, or what stands just before it (the sentence before,
  the section heading, the document title), does not lack two or more of the question's nouns
  (「延安医院磨憨分院哪一年开业」 is not answered by the date the town was put in trust).

`unbound` says what is missing (in the question's words); `decide.py` abstains with the
nearest evidence. Chinese only: other languages keep their own checks.

Measured and not kept: abstaining when a single specific noun is missing there. It refused
8 more unanswerable tune questions but lost 4 answerable ones to paraphrase (县区 for 飞出地,
实际交给 for 安排), and on held-out gained 1 refusal for 4 answers lost. With two nouns missing
(NOUNS_MISSING) it fires on 3 unanswerable tune questions and no answerable one, nor on any
CMRC trial question answered in corpus. Nor kept: requiring the thing measured (「…的注册资本
是多少」) beside the figure — one more tune refusal, one held-out answer lost — nor a third
of the question's nouns missing (three more tune refusals, one tune and one held-out answer
lost, no held-out refusal gained).
"""

from __future__ import annotations

import re

from knowledge.answering.checking import fields, portion
from knowledge.answering.checking.checks import (
    HAS,
    ROLES,
    SHARE_BY_RULE,
    asked_types,
    names_person,
    share_by_rule,
)
from knowledge.answering.core.support import context_of
from knowledge.text.normalise import normalise
from knowledge.text.tokens import jieba_module, pos_tags, question_content

_DATE = re.compile(
    r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    r"|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*[—–\-~～至到]\s*\d{1,2}\s*月"
)
_REF = re.compile(
    r"第\s*[\d一二三四五六七八九十百零〇]+\s*[条章款项节]|[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号"
)
_FIGURE = {"number": HAS["number"], "share": HAS["share"]}
# a count may be answered by naming the things counted: 「A、B、C和D」
_ENUMERATION = re.compile(r"、[^，。；]*[、和及与]")
_QUESTION_NUM = re.compile(r"\d+(?:\.\d+)?")

_SUPERLATIVE_ASKED = re.compile(
    r"(?:哪|中|里)[^，,。？?]{0,12}最[大多高早少低强长快]|最[大多高早少低强长快]的(?:一个|一家|一项|是|项目|企业)"
    r"|排名第|排第几|第一名|第几名"
)
_RANKED = re.compile(r"最|第一|首位|居首|榜首|之最|排名|排在|位列|位居|领先|冠军|头号|前[三五十]")
_EACH = re.compile(r"(各|分别)(?:是|有|为|达到|占)?(?:多少|几)")
_JOIN = re.compile(r"和|与|及|以及|、|跟")


def figure_in(kind: str, text: str, question: str, lists: bool = True) -> bool:
    """Whether `text` carries a figure of `kind` (number or share) that the question did not
    already say; dates and article or document numbers are no figure. `lists=False`: an
    enumeration (「规划、土地供应、基础设施配套」) is no count either."""
    t = figure_text(text, question)
    listed = lists and kind == "number" and bool(_ENUMERATION.search(t))
    return bool(_FIGURE[kind].search(t)) or listed


def figure_text(text: str, question: str) -> str:
    """`text` normalised, its dates, article or document numbers and the numbers the question
    already says blanked out."""
    t = _REF.sub(" ", _DATE.sub(" ", normalise(text)))
    for n in sorted(set(_QUESTION_NUM.findall(normalise(question))), key=len, reverse=True):
        t = re.sub(rf"(?<![\d.]){re.escape(n)}(?![\d.])", " ", t)
    return t


def known_terms(tokens: list[str], index) -> list[str]:
    """The question's terms the corpus knows: not one character, not a number."""
    out = []
    for t in dict.fromkeys(tokens):
        if len(t) > 1 and index.df.get(t, 0) and not t.replace(".", "").isdigit():
            out.append(t)
    return out


def _carriers(kind: str, question: str, chosen: list) -> list:
    """The chosen sentences that carry a figure (date, person) of the asked kind."""
    by_rule = kind == "share" and share_by_rule(question)  # 「按照…分享比例」 tells 「按什么比例」
    if kind in _FIGURE:
        return [
            c
            for c in chosen
            if figure_in(kind, c.text, question)
            or (by_rule and SHARE_BY_RULE.search(figure_text(c.text, question)))
        ]
    if kind == "date":
        return [c for c in chosen if HAS["date"].search(normalise(c.text))]
    return [c for c in chosen if names_person(c.text, question)]


RULES = frozenset(
    {"echo", "rank", "field", "each", "part", "nouns"}
)  # each may be switched off to measure it


def unbound(question: str, ev) -> str | None:
    """What the evidence lacks to bind its figure to the question's focus: "rank" (no
    superlative or ranking for one asked), the asked kind (its only figures are the question's
    own, or dates for a count), or the question's own words (进口, 用于道路管网建设);
    None when a chosen sentence carries the figure with the focus."""
    return found[1] if (found := unbound_rule(question, ev)) else None


def unbound_rule(question: str, ev) -> tuple[str, str] | None:
    """`unbound`'s finding with the name of the rule (of RULES) that made it."""
    q = normalise(question)
    if not ev.chosen:
        return None
    if "rank" in RULES and _SUPERLATIVE_ASKED.search(q):
        if not any(_RANKED.search(normalise(c.text)) for c in ev.chosen):
            return "rank", "rank"
    if "field" in RULES and fields.missing(q, [c.text for c in ev.chosen]):
        return "field", "number" if "number" in asked_types(question) else "names"
    kinds = asked_types(question) & {"number", "share", "date", "person"}
    if not kinds:
        return None
    kind = "share" if "share" in kinds else ("number" if "number" in kinds else min(kinds))
    carriers = _carriers(kind, q, ev.chosen)
    if not carriers:  # checks.missing_type has passed: only echoes or dates are there
        return ("echo", kind) if "echo" in RULES and kind in _FIGURE else None
    if "each" in RULES and (m := _EACH.search(q)):
        if missing := _each_missing(q[: m.start()], ev.result.tokens, carriers):
            return "each", missing
    if "part" in RULES and kind in _FIGURE and (asked := portion.restriction(q))[0]:
        words = portion.wanted(*asked, ev.result.tokens)
        texts = [c.text for c in carriers]
        figs = portion.whole_figures(asked[1])
        if any(portion.of_whole(figs, c.text) for c in ev.chosen):  # that whole is told
            before = {id(c): context_of(c, ev.docs, following=False) for c in carriers}
            texts = [c.text for c in carriers if portion.of_whole(figs, c.text + before[id(c)])]
        # a figure of the part: a list naming the part among others (「重点发展进出口加工、商贸物流…」)
        # counts none of it
        counted = _FIGURE[kind]
        if words and portion.unheld(q, texts, lambda cl: counted.search(figure_text(cl, q)), words):
            return "part", asked[0]
    if "nouns" in RULES and (missing := _nouns_missing(q, ev, carriers)):
        return "nouns", missing
    return None


NOUNS_MISSING = 2  # this many of the question's nouns absent: the figure is another thing's
_NOUN_TAGS = {"n", "nz", "nt", "ns", "nr", "vn", "j", "l", "an"}
_ROLE = re.compile(rf"(?:{ROLES})|责人")


def question_nouns(q: str, tokens: list[str], index) -> dict[str, list[str]]:
    """The question's nouns (jieba's tags; not its words about the source, not the role a
    person is asked by) that the corpus knows, each with its known terms (注册资本: 注册)."""
    jieba_module()
    known = known_terms(tokens, index)
    out: dict[str, list[str]] = {}
    for p in pos_tags(question_content(q)):
        if p.flag in _NOUN_TAGS and len(p.word) > 1 and not _ROLE.search(p.word):
            if inner := [t for t in known if t in p.word]:
                out[p.word] = inner
    return out


def _nouns_missing(q: str, ev, carriers: list) -> str | None:
    """The question's nouns that no figure-carrying sentence, nor the sentence before it, its
    section heading or its document title holds, when there are NOUNS_MISSING of them."""
    nouns = question_nouns(q, ev.result.tokens, ev.result.index)
    fewest: list[str] | None = None
    for c in carriers:
        text = normalise(c.text) + "\n" + context_of(c, ev.docs, following=False)
        gone = [
            n for n, inner in nouns.items() if n not in text and not any(t in text for t in inner)
        ]
        if fewest is None or len(gone) < len(fewest):
            fewest = gone
    return "、".join(fewest[:3]) if fewest and len(fewest) >= NOUNS_MISSING else None


def _each_missing(before: str, tokens: list[str], carriers: list) -> str | None:
    """An item of 「A和B各是多少」 that no carrying sentence names."""
    parts = _JOIN.split(before)
    if len(parts) < 2:
        return None
    left = [t for t in tokens if parts[-2].endswith(t)]
    right = [t for t in tokens if parts[-1].startswith(t)]
    items = [max(x, key=len) for x in (left, right) if x]
    text = "\n".join(normalise(c.text) for c in carriers)
    for item in items:
        if item not in text:
            return item
    return None
