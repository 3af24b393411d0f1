"""What the figure measures, and whom or where the question is about: Chinese questions.

A sentence close to the question often carries a figure of something else: 「跨境冷链物流中心
总投资多少」 answered by the total of the three projects it was signed with, 「第二批里新能源项目
有几个」 by the count of 新能源和生物医药 together, 「晋宁区是哪天签的协议」 by the day 官渡区
signed. So, for a question asking a number:

- the question's subject standing in a list with things the question does not name, beside a
  collective figure (共有, 总投资, 合计), is a figure for the group, not for it;

and for any question, a place or organisation name (晋宁区, 某某公司) that no document uses
and no retrieved passage holds means the documents do not speak of it.

Measured and not kept ("measure", off in RULES): the thing counted or measured (游客 after 多少,
注册资本 before 是多少) required in a figure-carrying sentence or what stands before it. On tune
it fired on 9 unanswerable questions and no answerable one, but cost one held-out answer and
refused no held-out question more.

Nor kept ("money", off): money asked (多少钱, 投资多少, 多少亿元) wanting a sum of money in a
figure-carrying sentence. It changed nothing on the eval sets' tune and held-out nor on CMRC
trial, refused one more probe question, but cost one policy held-out answer (a sum asked may be
answered by a share of something).

`unmeasured` returns what is missing (a key of decide._WHAT, or the question's own words);
`decide.py` abstains with the nearest evidence. Each rule may be switched off in RULES.
"""

from __future__ import annotations

import re

from knowledge.answering.checking.checks import asked_types
from knowledge.answering.checking.focus import figure_in
from knowledge.answering.core.support import context_of
from knowledge.text.normalise import normalise
from knowledge.text.tokens import jieba_module, pos_tags

RULES = frozenset({"group", "name"})  # "measure", "money": measured, not kept (below)

_MONEY_ASKED = re.compile(
    r"多少钱|多少资金|多少经费|多少(?:万|亿)?(?:元|美元|港元|港币)|(?:投资|投入|花费|花了|耗资|资金|经费|税收)[^，,。？?]{0,3}多少"
)
_MONEY = re.compile(
    r"(?:\d|[一二两三四五六七八九十百千万亿])\s*[万亿千百]?\s*[\u4e00-\u9fff]{0,2}?(?:元|圆|镑|币|法郎|卢布|卢比|比索|马克|美金)"
)
_COUNT_WORDS = {
    "多少",
    "几",
    "几个",
    "几位",
    "几名",
    "几家",
    "几项",
    "几次",
    "几年",
    "几批",
    "几种",
    "几所",
}
_SKIP_BEFORE = {
    "是",
    "有",
    "为",
    "达到",
    "达",
    "共",
    "一共",
    "总共",
    "共有",
    "了",
    "要",
    "能",
    "约",
    "大约",
    "累计",
    "的",
    "总",
    "还有",
    "占",
}
_NOUN = {"n", "nz", "vn", "nt", "nr", "ns", "j", "l", "an"}
_COLLECTIVE = re.compile(r"共有|共计|合计|一共|总计|总投资|总额|总共|共\s*\d|分别是")
_JOINS = "、和与及"
# a month (「10月中旬的…园区」「7月至9月」) dates a sentence and counts nothing: such a sentence
# naming the subject is no figure for it beside the group's
_MONTH = re.compile(r"(?<![\d.个])\d{1,2}\s*月(?:份|中旬|上旬|下旬|底|初|末)?(?:至|到|—|-)?")


def _pos(q: str) -> list[tuple[str, str]]:
    jieba_module()
    return [(p.word, p.flag) for p in pos_tags(q)]


def measure(question: str) -> str:
    """The noun the asked count or amount is of: 游客 in 「接待了多少游客」, 工作人员 in 「有多少名
    工作人员」, 注册资本 in 「注册资本是多少」; '' when there is none of two characters."""
    toks = _pos(normalise(question))
    for i, (w, _) in enumerate(toks):
        if w not in _COUNT_WORDS:
            continue
        j = i + 1
        while j < len(toks) and toks[j][1] in {"q", "m"}:
            j += 1
        after = []
        while j < len(toks) and toks[j][1] in _NOUN:
            after.append(toks[j][0])
            j += 1
        if after and len("".join(after)) > 1:
            return "".join(after)
        k = i - 1
        while k >= 0 and toks[k][0] in _SKIP_BEFORE:
            k -= 1
        before = []
        while k >= 0 and toks[k][1] in _NOUN:
            before.insert(0, toks[k][0])
            k -= 1
        if before and len("".join(before)) > 1:
            return "".join(before)
        return ""
    return ""


def _held(noun: str, text: str, known: list[str]) -> bool:
    """`noun` or one of its known terms is in `text`."""
    return noun in text or any(t in noun and t in text for t in known)


def _grouped(q: str, text: str, term: str) -> bool:
    """`term`, widened to the longest stretch of the question around it, stands in a list
    (、和与及) beside words the question lacks, in a sentence with a collective figure."""
    if not _COLLECTIVE.search(text):
        return False
    for m in re.finditer(re.escape(term), text):
        s, e = m.span()
        while e < len(text) and text[s : e + 1] in q:
            e += 1
        while s > 0 and text[s - 1 : e] in q:
            s -= 1
        left, right = text[max(s - 3, 0) : s], text[e : e + 3]
        if right[:1] in _JOINS and len(right) == 3 and right[1:] not in q:
            return True
        if left[-1:] in _JOINS and len(left) == 3 and left[:2] not in q:
            return True
    return False


_NAME_TAGS = {"ns", "nt", "nr", "nrt", "nz"}
_SUFFIX = {"区", "县", "市", "镇", "乡", "村", "州", "公司", "集团", "银行", "大学", "学院", "医院"}
_ORG_SUFFIX = {"公司", "集团", "银行", "大学", "学院", "医院"}


def unknown_name(question: str, ev) -> str | None:
    """A place or organisation name of the question (晋宁区: a name jieba tags, then 区, 县,
    公司 …) whose stem no document uses and no retrieved passage holds."""
    q = normalise(question)
    if not any(s in q for s in _SUFFIX):
        return None  # no name ends so: jieba's tags are not needed (words are the text's parts)
    toks = _pos(q)
    index = ev.result.index
    texts = "\n".join(normalise(h.chunk.text) for h in ev.hits)
    pairs = list(zip(toks, toks[1:] + [("", "")]))
    for (stem, flag), (suffix, _) in pairs:
        if flag not in _NAME_TAGS:
            continue
        if suffix not in _SUFFIX and len(stem) > 2 and stem[-1] in _SUFFIX:
            stem, suffix = stem[:-1], stem[-1]  # 北川县 as one word
        if len(stem) < 2 or suffix not in _SUFFIX:
            continue
        grams = {stem[i : i + 2] for i in range(len(stem) - 1)}
        if any(g in texts or index.df.get(g, 0) or g in ev.result.scanned for g in grams):
            continue  # 台湾 of 台湾地区: a name the documents use
        return "org" if suffix in _ORG_SUFFIX else "place"
    return None


def unmeasured(question: str, ev) -> str | None:
    """What the evidence lacks for the figure asked (see the module's rules), or None."""
    return found[1] if (found := unmeasured_rule(question, ev)) else None


def unmeasured_rule(question: str, ev) -> tuple[str, str] | None:
    """`unmeasured`'s finding with the name of the rule (of RULES) that made it."""
    if not ev.chosen or ev.lang != "zh":
        return None
    if "name" in RULES and (what := unknown_name(question, ev)):
        return "name", what
    if "number" not in asked_types(question):
        return None
    q = normalise(question)
    carriers = [normalise(c.text) for c in ev.chosen if figure_in("number", c.text, q)]
    if not carriers:
        return None
    known = [t for t in ev.result.tokens if len(t) > 1 and ev.result.index.df.get(t, 0)]
    if "money" in RULES and _MONEY_ASKED.search(q):
        if not any(_MONEY.search(t) for t in carriers):
            return "money", "number"
    if "measure" in RULES and (noun := measure(q)):
        inner = [t for t in known if t in noun]
        around = [
            normalise(c.text) + "\n" + context_of(c, ev.docs, following=False)
            for c in ev.chosen
            if figure_in("number", c.text, q)
        ]
        if inner and not any(_held(noun, t, inner) for t in around):
            return "measure", noun
    if "group" in RULES:
        df = ev.result.index.df
        counted = [t for t in carriers if figure_in("number", _MONTH.sub(" ", t), q)]
        present = {t for t in known if t in q and any(t in c for c in counted)}
        for t in sorted(present, key=lambda t: (df.get(t, 0), -len(t), t))[:3]:  # the rarest
            if all(_grouped(q, c, t) for c in counted if t in c):
                return "group", "number"
    return None
