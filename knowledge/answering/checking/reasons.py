"""A reason never given, asked of a figure or of a rule: Chinese (used by shapes.py).

- **the why of a figure or a change** — 「为什么货运量创新高」「为什么只招了1260名」「增速为什么比
  上年低」 answered by the record itself: a why asked of a figure needs a sentence about the
  question's subject that gives a cause or a purpose (因为, 之所以, 为了, 受…影响), or one before it
  tied to the thing asked: about the subject too, or a connective (`CAUSE`) — the sentence before
  the school's 「首批招收学生1260名」 tells of 补短板 projects, no reason of the intake;
- **the why of a rule** — 「为什么前两年免收租金」「为什么每个项目不超过20套」 answered by the
  provision restated (「已认定的飞地项目…前两年免收租金，第三年减半收取」): a why whose words
  hold a rule's own verb (免收, 不超过, 不得, 取消, 计入 …) that a chosen sentence about the
  question's subject holds too needs a cause or a purpose in such a sentence or the one before
  it — 「签约后12个月内未开工的项目将被取消认定，防止只签约不落地」 answers. The causal words
  here are the narrow ones (a 「工作要求」 heading or a 「由…」 is no reason for a rule).

A why of a deed in a story (「港滇通为什么看好磨憨」) is often answered without a causal word
and is left alone.
"""

from __future__ import annotations

import re

from knowledge.answering.checking.counts import about
from knowledge.answering.checking.focus import question_nouns
from knowledge.answering.checking.surroundings import before, context
from knowledge.text import units
from knowledge.text.normalise import normalise
from knowledge.text.numbers import CN_FIGURE_OR_SPAN

# not 「被称为什么」「更名为什么」: 为 + 什么
WHY_ASKED = re.compile(
    r"(?<![称之名作成算聘改封选任立视列定认])为什么|为何|什么原因|原因是什么|原因何在|何以|凭什么|出于什么"
    r"|为啥|怎么会|(?:目的|用意|初衷|考虑)是什么"
)
REASON = re.compile(
    r"(?:^|[，,。；])为[\u4e00-\u9fff]{2,10}[，,]|证明|表明|体现"
    r"|因为|由于|之所以|因此|所以|为了|是为|旨在|(?<!项)目的|原因|得益于|受益于|受[^，。]{1,12}影响|缘于"
    r"|源于|归功于|就是要|才能|以便|从而|导致|使得|在于|鉴于|考虑到|为此|正因|否则|如果|只有"
    r"|意味着|需要|不足|薄弱|短板|缺少|缺乏|难以|瓶颈|有利于|因|遂|于是|以防|以免|被迫|故|致|乃"
    r"|造成|希望|担心|害怕|不满|决定|认为|觉得|要求|想|见|由"
)

# the why of a figure or a change: 「为什么只招了1260名」「为什么能创下新高」
_WHY_FIGURE = re.compile(
    rf"\d[\d.]*\s*(?:万|亿)?\s*(?:{units.alternation(*units.AMOUNTS, 'share')})"
    r"|新高|最高|最低|纪录|翻番|翻了|增长|下降"
    r"|增加|减少|提高|降低|上升|下滑|[快慢多少]了"
    r"|比(?:上年|去年|往年|以前|过去|同期|[一-龥]{0,4}(?:时|前))[^，。？]{0,2}[高低快慢]"
)
_HEADING = re.compile(r"[^，,。；;！!？?]{1,24}")

# a rule's own verbs: what a provision lays down, asked back in a why
_RULE_VERB = re.compile(
    r"免收|免征|免交|减半|收取|不超过|不低于|不少于|不高于|不得|不予|不再|取消|计入|纳入|视同"
    r"|负责|公示|集中认定|集中开展|每季度|原则上|一次性|限定|限制|只能|必须|应当|不收"
)
_SAID = {"不收": "免收"}  # a rule's verb as a question says it, as the rule says it
# a figure a rule sets, asked back (「租金为什么定在每月每平方米12元」「为什么最多只能延6个月」):
# the evidence restates the figure, not the word
_SET = re.compile(
    r"定为|定在|定成|设为|设在|限为|限定为|最多只能|最多|最长|最高|最少|最低只能|只能"
)
# a figure asked back, in digits or in Chinese numerals with its measure word (每间客房五千元, 十五年)
_FIGURE = re.compile(rf"\d+(?:\.\d+)?|{CN_FIGURE_OR_SPAN.pattern}")
# a cause or a purpose said outright (not a heading's 要求, not a 由 of who does it)
CAUSE = re.compile(
    r"(?:^|[，,。；\n])为[\u4e00-\u9fff“”]{2,16}[，,]|因为|由于|之所以|因此|所以|为了|是为|旨在|(?<!项)目的"
    r"|原因是|原因在于|主要原因|得益于|受[^，。]{1,12}影响|缘于|源于|就是要|才能|以便|从而|为此|正因"
    r"|否则|以防|以免|防止|避免|解决了|调动|确保|便于|有利于|意味着|考虑到|鉴于|在于|顾虑|积极性"
)


# a sentence giving the cause of the one before it (「之所以这样设计，是因为…」)
_BACK = re.compile(r"^(?:之所以|这是因为|这主要是因为|主要是因为|原因是|这样做|这么做|这样设计)")


# a lack being made good is no reason: 「民生补短板项目」
_MENDED = re.compile(r"补(?:齐)?短板")


def _figure_why(ev, nouns) -> str | None:
    for c in ev.chosen:
        text = normalise(c.text)
        around = context(c, ev.docs)[0]
        if not about(text, nouns) and not (_BACK.match(text) and about(around, nouns)):
            continue  # a cause of something else
        if REASON.search(_MENDED.sub("", text)):
            return None
        if _HEADING.fullmatch(text):  # a heading's sentence before is another section's
            continue
        prev, title = before(c), normalise(c.hit.chunk.title)
        if CAUSE.search(f"{prev}\n{title}"):
            return None  # a connective ties a reason to the sentence it comes before
        # a reason in the sentence before, about the thing asked too; a purpose opening it
        # (「为…，」, REASON's ^) is of its own deed, read after the line that parts it
        if about(prev, nouns) and REASON.search(_MENDED.sub("", f"\n{prev}")):
            return None
    return "reason"


def _rule_why(q: str, ev, nouns) -> str | None:
    """ "reason" or "told" when the question asks the why of a rule a chosen sentence restates;
    None when it asks no rule's why."""
    verbs = {_SAID.get(v, v) for v in _RULE_VERB.findall(q)}
    if _SET.search(q):
        verbs |= set(_FIGURE.findall(q))
    if not verbs:
        return None
    told = [c for c in ev.chosen if about(normalise(c.text), nouns)]
    if not any(v in normalise(c.text) for c in told for v in verbs):
        return None  # the rule asked is not what the evidence restates
    for c in ev.chosen:  # a cause in a sentence about the subject, or right after the rule
        own, near = normalise(c.text), f"{before(c)}\n{normalise(c.hit.chunk.title)}"
        after = about(own, nouns) or any(v in near for v in verbs)
        if after and CAUSE.search(context(c, ev.docs)[0]):
            return "told"
    return "reason"


def missing(q: str, ev) -> str | None:
    """ "reason" when a why is asked of a rule the evidence restates or of a figure, and no
    sentence about the question's subject (or the one after it) gives a cause or a purpose;
    else None."""
    if not WHY_ASKED.search(q):
        return None
    # the asking words are no subject (目的 of 「目的是什么」)
    nouns = question_nouns(WHY_ASKED.sub("，", q), ev.result.tokens, ev.result.index)
    if found := _rule_why(q, ev, nouns):
        return None if found == "told" else found
    if _WHY_FIGURE.search(q):
        return _figure_why(ev, nouns)
    return None
