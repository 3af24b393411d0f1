"""A batch or ordinal asked (第三批, 第二届, 首期) with a figure or a date: the figure's own
sentence must name it (Chinese).

「第三批飞地项目认定了多少个」 was answered by 「还有4个项目签约已超过10个月仍未开工」, and
「第三批飞地项目认定什么时候完成」 by 「4月28日，第二批15个飞地项目……」, because the sentence
beside them, 「下半年，合作区将……同时推动第三批飞地项目认定申报」, names the third batch:
`constraints.verdict` reads the ordinal from every chosen sentence (and the one before it), so a
neighbour that names it makes the whole quotation pass, and `constraints.absent` finds it in the
passage. What the question asks, though, is a figure *of* that batch.

So, when a number, share or date is asked together with an ordinal, some chosen sentence that
carries a figure of that kind (in the unit asked, if one is: 多少亿元; the ordinal itself
blanked: 「第三批」 is no count) must name the
ordinal asked in itself or in the heading it sits under (a line before it that ends no sentence,
the chunk's title or section) — not in a neighbouring sentence — and not only as the object of
a plan (将, 推动, 计划 … before it in the sentence: 「同时推动第三批飞地项目认定申报」 tells what is
planned for the batch, no figure of it), unless the question asks a plan itself (打算, 计划, 安排,
将 …) or that very deed (「什么时候推动第三批……」 is answered by 「下半年……同时推动第三批……」). When carriers exist and none does,
the documents lack the figure of that batch: `missing` returns the question's words for it
(第三批) and decide.py abstains with the nearest evidence.

Any measure word makes an ordinal (session 38): 「第二份共建协议是哪个区签的」 asks for the second
agreement, 「第三家」「第二轮」「首个」 for that member; 头一 is 首 (头一份, 头一批) and 最后一批 / 末批
the last. A member counted one by one (份, 个, 家, 次, 轮, 所, 座) is of one kind whatever its
word (首个 is told by 第一份), a batch, phase or session (批, 期, 届) of its own. A question asking
which or who (哪个区, 谁) of a member needs a chosen sentence, or the heading above one, naming
it. A figure's sentence may take its member from the sentence just before it when it names no
ordinal itself and points back to it (「……签订的第一份共建协议。根据协议，……合作期限为15年」).
"""

from __future__ import annotations

import re

from knowledge.answering.checking.checks import HAS, asked_types
from knowledge.answering.checking.constraints import asked, in_unit, ordinals_in
from knowledge.answering.checking.focus import figure_in
from knowledge.answering.checking.planned import planned_by
from knowledge.answering.checking.plans import asks_plan
from knowledge.answering.core.support import neighbours
from knowledge.text.normalise import normalise
from knowledge.text.numbers import numeral

_NTH = r"首|头一|第[一二三四五六七八九十\d]{1,3}"
# a member counted one by one (第二份, 首家, 第三次, 第二轮; not 第一个月: a time) — one kind
_MEMBER = r"(?:[份家轮所座]|个(?![月季年工周星小])|(?<=第.)次|(?<=第..)次)"
# an ordinal as a word of its own: 首批, 第三批, 第二届, 首期, 一期 (not 12期: a count of
# issues), 第二份, 头一家, 最后一批, 末批
_ORDINAL = re.compile(
    rf"(?P<n>{_NTH}|[一二三四五六七八九十])(?P<k>批|期|届)|(?P<m>{_NTH})(?P<j>{_MEMBER})"
    r"|(?P<last>最后一|最末一|末)(?P<l>批|期|届)"
)
# one asked: 首批, 第三批, 第二届, 首期, 二期, 第二份, 最后一批 — not 三批 or 一届 alone (分三批,
# 每一届: counts)
_ASKED = re.compile(
    rf"(?P<n>{_NTH}|(?<![每同这那哪上下本近几多])[一二三四五六七八九十](?=期))(?P<k>批|期|届)"
    rf"|(?P<m>{_NTH})(?P<j>{_MEMBER})|(?P<last>最后一|最末一|末)(?P<l>批|期|届)"
)
# which or who is asked (哪个区签的, 第二家是谁): the member itself, not a figure of it (哪些
# asks a list: the list checks')
_WHICH = re.compile(r"哪(?:个|家|位|一|所|座|方|里)|谁")
_LAST = -1
# the first member is said many ways: 首份, 第一份, 首个, 首次, 首播, 首发 (not 首先, 首都)
_FIRST_MEMBER = re.compile(r"首(?![先都府长])|第一|头一")
_WHEN = re.compile(r"什么时候|何时|什么时间")
# a line that ends no sentence: a heading (「一、第二批认定完成，项目库扩容」)
_ENDS_SENTENCE = re.compile(r"[。！？!?；;，,：:…][”’」』)）\s]*$")
_HEADING_CHARS = 40


def kinds_asked(question: str) -> set[str]:
    """The kinds of figure the question asks (number, share, date) that this rule checks."""
    found = asked_types(question) & {"number", "share", "date"}
    return found | ({"date"} if _WHEN.search(normalise(question)) else set())


def without_ordinals(text: str) -> str:
    """`text` with its ordinals blanked (第三批 -> spaces): no count and no date in them."""
    return _ORDINAL.sub(lambda m: " " * len(m.group()), text)


def carries_figure(kinds: set[str], text: str, question: str) -> bool:
    """Whether `text` (its ordinals blanked) carries a figure of one of `kinds`."""
    t = without_ordinals(normalise(text))
    if any(figure_in(k, t, question) for k in kinds & {"number", "share"}):
        return True
    return "date" in kinds and bool(HAS["date"].search(t))


def headings(cand) -> list[str]:
    """What a candidate sits under: the line before it when that ends no sentence (a
    heading), and its chunk's title and section."""
    chunk = cand.hit.chunk
    prev = normalise(neighbours(chunk.text, cand.local)[0]).strip()
    out = [prev] if prev and len(prev) <= _HEADING_CHARS and not _ENDS_SENTENCE.search(prev) else []
    return out + [normalise(t) for t in (chunk.title, getattr(chunk, "section", "") or "") if t]


def ordinals_asked(question: str) -> set[tuple[str, int]]:
    """(kind, n) of the ordinals a question asks: ('批', 3) of 第三批, ('期', 1) of 首期."""
    return {_read(m) for m in _ASKED.finditer(normalise(question))} - {("", 0)}


def named(text: str) -> list[tuple[int, tuple[str, int]]]:
    """(start, (kind, n)) of each ordinal `text` names (首批 -> ('批', 1)), in order."""
    return [(m.start(), _read(m)) for m in _ORDINAL.finditer(text)]


def _read(m: re.Match) -> tuple[str, int]:
    if m.group("last"):
        return (m.group("l"), _LAST)
    if m.group("m"):
        num, kind = m.group("m"), "个"
    else:
        num, kind = m.group("n"), m.group("k")
    n = 1 if num in ("首", "头一") else numeral(num.removeprefix("第"))
    return (kind, n) if n else ("", 0)


def names_ordinal(ords: set, text: str, question: str, heading: bool = False) -> bool:
    """Whether `text` names one of the ordinals asked — not only after a plan word
    (「推动第三批」) unless the question asks a plan (打算, 安排, 将 …) or that very deed
    (「什么时候推动第三批」), or `text` is a heading (what stands under it is of the batch)."""
    q = normalise(question)
    starts = [m.start() for m in _ORDINAL.finditer(text) if _read(m) in ords]
    if ("个", 1) in ords:  # the first member: 首份, 第一份, 首次, 首播
        starts += [m.start() for m in _FIRST_MEMBER.finditer(text)]
    for start in starts:
        word = planned_by(text, start)
        if heading or not word or word in q or asks_plan(q):
            return True
    return False


def holds(ords: set, cand, question: str, kinds: set[str] = frozenset()) -> bool:
    """Whether the candidate names an ordinal of `ords`, itself — as its figure's own batch
    when `kinds` are given — or in a heading above it."""
    t = normalise(cand.text)
    if names_ordinal(ords, t, question) and (not kinds or own_batch(ords, t, kinds, question)):
        return True
    if any(names_ordinal(ords, h, question, heading=True) for h in headings(cand)):
        return True
    return bool(kinds) and points_back(ords, cand, question)


# a sentence opening on what the one before named: 根据协议, 按照该协议, 该项目, 此次, 其中
_BACK = re.compile(r"^(?:根据|按照|依据|依照)?(?:该|此|这|其|上述)?")


def points_back(ords: set, cand, question: str) -> bool:
    """The candidate names no ordinal and opens on the thing the sentence before it names, with
    the ordinal asked: 「这是……签订的第一份共建协议。根据协议，……合作期限为15年」 tells the
    first agreement's term. The thing is the noun right after the ordinal in the question
    (共建协议 -> 协议, its last two characters)."""
    t = normalise(cand.text).strip()
    if named(t):
        return False
    prev = normalise(neighbours(cand.hit.chunk.text, cand.local)[0]).strip()
    if not prev or not names_ordinal(ords, prev, question):
        return False
    opening = t[_BACK.match(t).end() :][:6]
    return any(noun and noun in opening for noun in _nouns_after(question))


def _nouns_after(question: str) -> set[str]:
    """The last two characters of the word after each ordinal in the question (第一份共建协议
    -> 协议; 首批飞地项目 -> 项目 when the word is read whole)."""
    q = normalise(question)
    out = set()
    for m in _ASKED.finditer(q):
        word = re.match(r"[\u4e00-\u9fff]{2,}?(?=的|[是中有在里哪什多几]|$)", q[m.end() :])
        if word:
            out.add(word.group()[-2:])
    return out


def own_batch(ords: set, text: str, kinds: set[str], question: str) -> bool:
    """Whether a figure of `kinds` in `text` is of a batch asked: it follows that ordinal with
    no other ordinal between (「与首批以商贸物流为主不同，第二批中……共有6个」 tells the second
    batch's 6, not the first's), or every figure stands before the first ordinal named
    (「4月28日，第二批……」)."""
    marks = named(text) + [(len(text), ("", 0))]
    after = False
    for (start, o), (end, _) in zip(marks, marks[1:]):
        if carries_figure(kinds, text[start:end], question):
            if o in ords:
                return True
            after = True
    return not after and carries_figure(kinds, text[: marks[0][0]], question)


def missing(question: str, ev) -> str | None:
    """The question's words for the ordinal asked (第三批) when figures of the asked kind are
    quoted and none of their sentences names it; else None."""
    if not ev.chosen or ev.lang != "zh":
        return None
    ords, kinds = ordinals_asked(question), kinds_asked(question)
    if not ords:
        return None
    if not kinds:
        return _member_missing(ords, question, ev)
    want = asked(question)
    carriers = [
        c for c in ev.chosen if carries_figure(kinds, c.text, question) and in_unit(want, c.text)
    ]
    if not carriers:
        return None
    if any(holds(ords, c, question, kinds) for c in carriers):
        return None
    return _said(want.label, question)


def _member_missing(ords: set, question: str, ev) -> str | None:
    """Which or who asked of a member (第二份协议是哪个区签的): no chosen sentence, nor the
    heading above one, names it -> the question's words for it; else None. The which or who
    must sit in the ordinal's clause: 「明年第二批……300亩，这是谁说的」 asks a speaker."""
    clauses = re.split(r"[，,；;：:。？?！!]", normalise(question))
    if not any(_WHICH.search(c) and _ASKED.search(c) for c in clauses):
        return None
    if any(holds(ords, c, question) for c in ev.chosen):
        return None
    return _said(asked(question).label, question)


def _said(label: str, question: str) -> str:
    """What the documents lack in the question's words: constraints' label (2025年, 第三批)
    unless constraints reads no ordinal there (第二份), or only part of it (一批 of 最后一批)."""
    own = _label(question)
    read = ordinals_in(normalise(question))
    return own if not label or label in own or not read else label


def _label(question: str) -> str:
    """The question's words for the ordinal asked (第二份), when constraints reads none."""
    m = _ASKED.search(normalise(question))
    return m.group() if m else "所问的批次"
