"""Who bears a cost, asked of a cost no quoted rule names: Chinese (used by shapes.py).

「退出清算请第三方机构的费用由谁承担？」 answered by 「园区管理机构和平台公司的债务清偿方案，由
合作双方按照投入比例承担」, 「AED做性能检测的费用由谁承担？」 by 「设备购置费用由市、区两级财政按照
6:4的比例分担」: the question asks who bears (由谁承担, 谁来出, 谁掏, 哪一方负担, 从哪里出) a cost
(费用, 清算费, 经费, 开支, 这笔钱) named in the asking clause itself (「…成本扣得超过…了，超出的
那块谁来扛」 asks who bears the excess, no cost), and the quoted sentences tell who bears *another* cost — the
article next to the one asked. The cost asked is read as its head, the word before the cost noun
with the noun standing right before it (第三方机构 of 「请第三方机构的费用」, 性能检测 of 「性能检测的
费用」, 维护 of 「维护费用」), and the question's other content words. A quoted sentence tells the
bearer of that cost when it names a bearer (由…承担, 负担, 分担, 支付, 列支, 负责, 归…) and the
cost it binds — the words of its clause before the bearer, or of the clause before when the
bearer's clause opens with it (「更换电池和电极片等耗材的费用计入…，由设备管理单位承担」) —
hold the head, or two of the question's words (电池, 电极 of 「电池和电极片到期了，换新的费用」). A
question naming no cost (「园区债务由谁承担」「碳排放核算结果由谁来承担」) is not read here.
A wage is a cost too, and paying it out (发, 发放) bears it: 「县区派驻的工作人员工资由谁来发」 is not
told by the article posting them (「向合作区派驻工作人员不少于2名」).
"""

from __future__ import annotations

import re

from knowledge.text.normalise import normalise
from knowledge.text.tokens import jieba_module, pos_tags

# who bears it: 由谁承担, 谁来出, 谁掏, 归哪边承担, 哪一方负担, 从哪里出; a wage: 由谁来发
_ASK = re.compile(
    r"(?:谁|哪(?:一|个)?(?:方|边|家|级|部门|单位))(?:来|去|给)?"
    r"(?:承担|负担|分担|支付|出钱|掏钱|出|掏|付|扛|买单|埋单|兜底|报销|发放|发)"
    r"|从哪(?:里|儿)?(?:出|列支|支出|开支)"
)
# the cost asked: a word ending in one of these (费用, 清算费, 维护费用, 经费) or 钱
_COST = ("费用", "经费", "开支", "支出", "成本", "费", "钱", "工资", "薪酬", "薪水")
_NOT_COST = ("免费", "浪费", "消费", "收费")
# the body bound to bear it, in a quoted sentence
_TOLD = re.compile(
    r"承担|负担|分担|支付|出资|列支|保障|自理|自付|自筹|筹集|负责(?!人)|垫付|买单|兜底|报销"
    r"|缴纳|收取|发放|归(?=[\u4e00-\u9fff]{2})"
)
_CLAUSE = re.compile(r"[，,。；;！!？?\n]|(?<!\d)[:：]|[:：](?!\d)")  # not 6:4
# no content of the cost: pronouns, function words, numerals, measure words, adverbs
_NO_WORD = ("r", "p", "u", "c", "x", "d", "q", "f", "y", "o")
_NOUNISH = ("n", "m", "vn", "eng", "j", "nz")


def _words(question: str) -> list[tuple[str, str]]:
    jieba_module()
    return [(p.word, p.flag) for p in pos_tags(question)]


def _cost_at(word: str) -> str | None:
    """What stands before the cost noun in `word` ('维护' of 维护费用, '' of 费用), None when
    `word` names no cost."""
    if word in _NOT_COST or any(word.endswith(n) for n in _NOT_COST):
        return None
    for noun in _COST:
        if word.endswith(noun):
            return word[: -len(noun)]
    return None


def asked(question: str) -> tuple[str, list[str]] | None:
    """(head, words) of the cost whose bearer `question` asks: ('第三方机构', ['退出', '清算',
    '第三方', '机构']) of 「退出清算请第三方机构的费用由谁承担」; None when no bearer of a cost
    is asked."""
    q = normalise(question)
    ask = _ASK.search(q)
    if not ask:
        return None
    toks = _words(q[: ask.start()])
    own = len(_words(_CLAUSE.split(q[: ask.start()])[-1]))  # the asking clause's own words
    head, at = "", -1
    for i in range(len(toks) - 1, len(toks) - 1 - own, -1):  # its cost: 「超出的那块谁来扛」 none
        rest = _cost_at(toks[i][0])
        if rest is None:
            continue
        at = i
        if len(rest) >= 2:
            head = rest
        break
    if at < 0:
        return None
    if not head:  # the word before the cost noun (skipping 的), with a noun right before it
        j = at - 1
        if j >= 0 and toks[j][1].startswith("u"):
            j -= 1
        if j >= 0 and len(toks[j][0]) >= 2 and not toks[j][1].startswith(_NO_WORD):
            head = toks[j][0]
            if j >= 1 and len(toks[j - 1][0]) >= 2 and toks[j - 1][1].startswith(_NOUNISH):
                head = toks[j - 1][0] + head
    words = list(
        dict.fromkeys(
            w
            for w, f in toks[:at]
            if len(w) >= 2 and not f.startswith(_NO_WORD) and _cost_at(w) is None
        )
    )
    return (head, words) if head or words else None


def _bound_costs(text: str) -> list[str]:
    """The costs a sentence binds a bearer to: for each bearer it names, its clause up to the
    bearer, with the clause before when the bearer's clause opens with it (由…承担)."""
    text = normalise(text)
    out = []
    for m in _TOLD.finditer(text):
        starts = [c.end() for c in _CLAUSE.finditer(text, 0, m.start())]
        start = starts[-1] if starts else 0
        own = text[start : m.start()]
        if (not own or own.startswith(("由", "归"))) and starts:
            start = starts[-2] if len(starts) >= 2 else 0  # 「…的费用，由X承担」: the clause before
        out.append(text[start : m.start()])
    return out


def told(head: str, words: list[str], text: str) -> bool:
    """`text` binds a bearer to the cost asked: a cost it binds holds the head, or two of the
    question's words."""
    for cost in _bound_costs(text):
        if head and head in cost:
            return True
        if sum(w in cost for w in words) >= 2:
            return True
    return False


def missing(q: str, ev) -> str | None:
    """The string "bearer" when a cost's bearer is asked and no quoted sentence binds a bearer to that
    cost, else None."""
    if not ev.chosen or not (cost := asked(q)):
        return None
    head, words = cost
    if any(told(head, words, c.text) for c in ev.chosen):
        return None
    return "bearer"
