"""The shape of answer a question asks when it asks for no figure, name or date, and the words it
asks it with: read by closeness.py below the refusal model's threshold.

- handling (怎么处理, 怎么办, 会怎样): a rule's consequence — a condition clause closed by 的 and
  what follows it (「逾期未报的项目，纳入下一季度集中认定」, 「协商不成的，可以申请人民调解」,
  「公示有异议的，由…核查」); a lapse asked (没赶上截止日期, 迟迟没交) is what the rule's 逾期 or
  期满 states.
- definition (是怎么回事, 什么意思, 指的是什么, 什么叫X): a sentence defining the asked term — the
  term itself before 是指/即/就是/指的是 (「本办法所称X，是指」) or after 所谓 (「所谓“X”，是」),
  not a longer term ending in it (「重点“飞地园区”，是指」 defines 重点飞地园区), or the answer to a
  问 line that asks what the term is.

A question asking no kind of answer (closeness.asked) whose sentence has the shape asked is read
as one asking a kind the sentence carries, and the words it asks the shape with (回事, 大白话,
后来, 截止日期) are no subject the sentence must hold (`held`). Measured and left out (bench/
RESULTS.md, list53): a prohibition (不能 told by 不得/不予/不属于) and a list introduced by a colon
or numbers (下列…：, 一是, 亮点一): the list reading answered one more CMRC out-of-corpus question.
- body (由谁来扛, 归哪边, 算谁的, 哪一方来搞): a rule naming who bears, owns or does it (「由双方…
  分担」, 「全部归飞入地」, 「X负责…」);
- may (能不能, 可以…吗, 还用…吗, 算不算): a rule's modality (不得, 不予, 不再, 只能, 可以, 应当,
  不占用, 不计入).
Both only of a rule (rule_shapes.py): an article's sentence or one bound by 应当/不得/必须/只能, where
a policy question asked in everyday words (「分成的钱能不能先在我们县的账上转一道」) is answered by the
rule's own modality, not by a figure, name or date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.answering.checking import rule_kinds, rule_shapes, troubles
from knowledge.answering.core.cues import FREQUENCY, FREQUENCY_ASKED
from knowledge.answering.core.qa_context import asked_before
from knowledge.answering.core.support import neighbours
from knowledge.text.normalise import normalise

_HANDLING = re.compile(
    r"怎么办|咋办|[怎如][么何样]处理|怎么处置|如何处置|会怎[样么]|会[有受]什么(?:后果|处理)"
)
_CONSEQUENCE = re.compile(
    r"的[\u4e00-\u9fff]{0,4}[，,](?:[^。；;，,]{0,10}?)"
    r"(?:视为|退回|取消|不予|纳入|暂停|停止|追回|收回|申请|移交|处以|责令|不再|予以|由)"
)
_LAPSE = re.compile(r"逾期|超期|过期|期满|届满|未按(?:期|时|规定时间)|超过[^，。；]{0,6}期限")
_DEFINITION = re.compile(
    r"怎么回事|什么意思|啥意思|何意|指的是什么|是指什么|指什么|指的是哪些|指哪些"
)
_WHAT_IS = re.compile(r"什么[是叫]|何谓")
_QUOTED = re.compile(r"[“「\"『]([^”」\"』]{2,16})[”」\"』]")
_TERM_END = re.compile(r"(?:到底|究竟|具体|又)?(?:是)?$")

# the words a question asks a shape with, held once the sentence has that shape
_ASKS = {
    "handling": re.compile(r"^(?:后来|之后|以后|后果|结果|处理|处置)$"),
    "lapse": re.compile(r"截止|日期|期限|时限|赶上|按时|过期|迟迟|拖延|晚了|错过"),
    "definition": re.compile(r"^(?:回事|意思|含义|大白话|白话|通俗|简单|到底|究竟)$"),
    **rule_shapes.ASKS,
    **rule_kinds.ASKS,
    "trouble": re.compile(r"(?!)"),  # its words are troubles.asking_word's
}


def term(question: str) -> str:
    """The term a definition question asks about: the quoted one, else the words between the
    last comma and the asking phrase (飞地园区 of 「用大白话讲，飞地园区到底是怎么回事」); '' when
    the question asks no definition."""
    q = normalise(question)
    what_is = _WHAT_IS.search(q)
    asking = _DEFINITION.search(q)
    if not (what_is or asking):
        return ""
    if quoted := _QUOTED.search(q):
        return quoted.group(1)
    if what_is:
        return re.split(r"[？?，,。]", q[what_is.end() :])[0].removeprefix("所谓").strip()
    head = re.split(r"[，,。：:]", q[: asking.start()])[-1]
    head = _TERM_END.sub("", head).strip()
    head = head.rpartition("的")[2] if len(head.rpartition("的")[2]) >= 2 else head  # 解读中的X
    return head if 2 <= len(head) <= 12 else ""


@lru_cache(maxsize=256)
def asked(question: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The shapes of answer the question asks for, each with the pattern a sentence (with the 问
    line before it for a definition) that has it matches. Read once per question: `held` asks
    it for every word the sentence may lack."""
    q = normalise(question)
    out: list[tuple[str, re.Pattern]] = []
    if _HANDLING.search(q):
        out.append(("handling", _CONSEQUENCE))
    if name := term(question):
        t = re.escape(normalise(name))
        definition = re.compile(
            rf"(?<![\u4e00-\u9fff“「\"『]){t}[”」\"』]?[，,]?(?:是指|即|就是|指的是)"
            rf"|(?<![\u4e00-\u9fff])[“「\"『]{t}[”」\"』][，,]?(?:是指|即|就是|指的是)"
            rf"|(?:所谓|所称|称为)[“「\"『]?{t}[”」\"』]?[，,]?(?:是|即|就是|指)"
            rf"|(?:什么[是叫]|何谓)[“「\"『]?{t}[”」\"』]?[？?]"
            # a glossary line 「X：指…」「X：老年人持…」 (名词解释), 「X，指…」
            rf"|^[*\s“「\"『]*{t}[”」\"』*]*\s*[：:]"
            rf"|(?<![\u4e00-\u9fff]){t}[”」\"』]?[，,]指(?![出导标定挥])"
        )
        out.append(("definition", definition))
    if troubles.asked(q):  # 最发愁的是什么, 存在什么问题: told by a sentence naming a trouble
        out.append(("trouble", _ASKS["trouble"]))
    return tuple(out) + rule_shapes.asked(q) + rule_kinds.asked(q)


SHAPES = frozenset(_ASKS) - {"lapse"}


def has(kind: str, rx: re.Pattern, cand) -> bool:
    """Whether the candidate sentence has the shape `kind` (its pattern `rx`): a consequence in
    the sentence or the next one (第七条's deadline, then 「逾期未申请的，视为…」), a definition in
    the sentence or the 问 line it answers."""
    if kind == "trouble":
        return troubles.tells(cand)
    text = normalise(cand.text)
    if rx.search(text):
        return True
    if kind == "handling":
        return bool(rx.search(normalise(neighbours(cand.hit.chunk.text, cand.local)[1])))
    if kind == "definition":
        return bool(rx.search(normalise(asked_before(cand.hit.chunk.text, cand.local[0]))))
    if kind in rule_kinds.ASKS:
        return rule_kinds.has(rx, cand)
    if kind in rule_shapes.ASKS:
        return rule_shapes.has(rx, cand)
    return False


def prefer(question: str, cands: list, bonus: float) -> None:
    """A definition asked: the sentences defining the asked term score `bonus` more (the
    glossary line 「飞出地：指…」 shares no more of the question's words than its neighbours)."""
    for kind, rx in asked(question):
        if kind == "definition":
            for c in cands:
                if has(kind, rx, c):
                    c.score += bonus


def met(question: str, cand) -> bool:
    """The question asks a shape of answer (handling, definition) the sentence has."""
    return any(has(kind, rx, cand) for kind, rx in asked(question))


# the words asking a frequency (「一年认定几回」: 一年, 几回), held by a sentence telling one
_OFTEN_WORD = re.compile(r"^(?:几|多少)[次回趟遍]$|^(?:一|每)个?(?:年|月|季度|周|星期|天)$")


def held(word: str, question: str, cand) -> bool:
    """The question's `word` asks a shape the sentence has: a word saying how the question asks
    (回事 of 怎么回事, 允许 of 不允许, 后来, 几回 and 一年 of 「一年认定几回」 where 每季度…一次 is
    told), or a lapse (截止日期, 迟迟) the rule's 逾期 states."""
    if _OFTEN_WORD.search(word) and FREQUENCY_ASKED.search(normalise(question)):
        return bool(FREQUENCY.search(normalise(cand.text)))
    for kind, rx in asked(question):
        if not has(kind, rx, cand):
            continue
        if _ASKS[kind].search(word) or (kind == "trouble" and troubles.asking_word(word, question)):
            return True
        lapse = kind == "handling" and _ASKS["lapse"].search(word)
        if lapse and _LAPSE.search(
            normalise(cand.text + neighbours(cand.hit.chunk.text, cand.local)[1])
        ):
            return True
    return False


def defines(question: str, cand) -> bool:
    """A sentence defining the term a question asks: it speaks of the question's subject whatever
    the question's head words (closeness reads it below the refusal bar)."""
    return bool(term(question)) and met(question, cand)
