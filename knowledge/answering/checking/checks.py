"""Does the chosen evidence have what the question asks for? Answer-type and target/actual
checks on the quoted sentences, and the question's key term looked for in their context.

A question about a person (「谁」「哪位」) is not answered by a sentence that names nobody, a
「占比多少」 not by one without a share, a 「目标」 figure not by the actual one (nor the other way
round); and a question whose weightiest term is in neither the sentence nor what stands around
it asks about something next to what the documents say. These are the evidence features the
answer/refuse decision weighs (`decide.py`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.answering.core.support import context_of
from knowledge.retrieval.bm25 import term_weights
from knowledge.retrieval.hybrid import SearchResult
from knowledge.schema import DocumentInfo
from knowledge.text.memo import while_asking
from knowledge.text.normalise import normalise
from knowledge.text.numbers import CN_FIGURE
from knowledge.text.tokens import pos_tags

# the holder of a role (负责人, 记者, 主任 …): a question about one wants a person's name
ROLES = (
    r"负责人|记者|作者|撰文|编辑|主任|书记|局长|市长|区长|县长|经理|董事长|主持人|发言人|处长|科长"
    r"|主席|部长|厅长|院长|校长|总裁|创始人|导演|主演|教练|领导|组长"
)
# what a question asks for -> a pattern its answer sentence must match. A person is asked for
# by a role (「哪位负责人」「记者是谁」), not by any 谁 (「是谁的作品」 may be answered by a name
# no tagger knows); a date by the calendar (哪一年, 几月), not by 什么时候 (「四国征伐后」).
_ASKS = {
    "person": re.compile(rf"哪几?位(?:{ROLES})|(?:{ROLES})(?:是谁|叫什么|姓什么|是哪几?位)|谁(?:主持|撰写|写的)|由谁(?:担任|出任)"),
    "share": re.compile(r"占比|比例|比重|百分之几|几成|多大比例|增幅"),
    "number": re.compile(r"多少|(?<!哪)几[个位项次年天家所名倍条件种批期届户套人岁万亿]|数量|金额"),
    "date": re.compile(r"哪一?天|哪一?年|几月|几号|日期|哪个月"),
}  # fmt: skip
_SOME = r"|一半|半数|过半|多数|大部分|少数|全部|所有"
HAS = {
    "share": re.compile(r"\d[\d.]*\s*[%％]|百分之|[一二三四五六七八九十]成|个百分点|\d+\s*[:：比]\s*\d+|[一二三四五六七八九十]比[一二三四五六七八九十]" + _SOME),
    "number": re.compile(r"\d|[一二两三四五六七八九十百千万亿]+[个位项次年天家所名倍条件种批期届户套人岁万亿元吨亩日分成]|百分之" + _SOME + "|" + CN_FIGURE.pattern),
    "date": re.compile(r"\d{1,4}\s*[年月日]|\d{4}-\d{1,2}|[一二三四五六七八九十]+月|[〇零一二三四五六七八九]{4}年|季度|上半年|下半年|年底|年初|明年|今年|去年|世纪|年代"),
}  # fmt: skip
_ROLE_NAME = re.compile(
    rf"(?:{ROLES}|副主任|村民|老板)"
    r"\s*(?!坦言|直言|坦承|透露|强调|认为|提到|告诉|回应|解释|说明|表示|指出|介绍|称)"
    r"([\u4e00-\u9fff]{2,3})(?=[\s:：，,]|说|表示|介绍|指出|$)"
)
_FOREIGN = re.compile(r"[\u4e00-\u9fff]+[·・][\u4e00-\u9fff]+|\b[A-Z][a-z]+\b")
_PERSON_TAGS = {"nr", "nrfg", "nrt"}
_POLITE = re.compile(r"谢谢|感谢|多谢")
# a time asked loosely (什么时候): any date, or a time told by an event (「四国征伐后」), answers
_WHEN = re.compile(r"什么时候|何时|什么时间")
_RELATIVE = re.compile(
    r"[后前时间初末起](?=[，,。；;、\s]|$)|之际|期间|以来|当天|次日|届时|随即|年代|世纪|时期|朝|代"
    r"|早上|上午|中午|下午|晚上|夜间|凌晨|平日|工作日|周末|每[天日周月年]|[春夏秋冬][季天]|时候"
)
# a duration is no date: 合作期限为15年, 12个月内, 前5年, 15个工作日 (a year has four digits)
_DURATION = re.compile(
    r"(?<![\d.])\d{1,3}\s*(?:年|个月|天|小时|个?工作日)(?=内|以内|之内|以上|以下|后|[，,。；;、\s]|$)"
    r"|(?:期限|为期|长达|满|前|第)\s*\d{1,3}\s*(?:个)?(?:年|月|天)"
)


def dated(text: str) -> bool:
    """A date in `text` (2024年, 5月10日, 四季度), durations set aside (15年, 12个月内)."""
    return bool(HAS["date"].search(_DURATION.sub(" ", normalise(text))))


# a planned figure: what is aimed at, not what happened
_PLAN = re.compile(r"目标|计划|预计|力争|拟|将要|规划|预期|争取")


@lru_cache(maxsize=4096)
def names_person(text: str, question: str = "") -> bool:
    """Whether a sentence names a person (jieba's nr tags, or a name after a role: 记者 陈思远)
    other than one the question itself names (官渡 in 官渡—磨憨飞地产业园 is tagged nr too)."""
    text = _POLITE.sub("，", text)  # 「谢谢大家」: jieba reads 谢谢 as a name
    names = [p.word for p in pos_tags(text) if p.flag in _PERSON_TAGS and len(p.word) > 1]
    names += [m.group(1) for m in _ROLE_NAME.finditer(text)]
    names += _FOREIGN.findall(text)
    return any(n not in question for n in names)


# a share named, not asked: 「还按原来的比例分吗」 asks whether, and 「原分享比例」 answers it
# nor a share the question gives as the rule something follows: 「哪些指标按当年税收分享比例计入」
# asks the indicators (「按什么比例」 still asks the share)
_SHARE_NAMED = re.compile(
    r"(?:原来|原先|原有|同样|相同|同一|原)的?(?:分享|分配|分成)?比例"
    r"|[按依]照?(?:(?!什么|多大|多少|哪|几|怎)[^，,。？?]){0,10}?比例"
)
# nor when the question asks how it is set: 「期满后比例怎么定」 is answered by 「由双方重新协商确定」
_SHARE_HOW = re.compile(
    r"比例[^，,。？?]{0,6}?(?:怎么|如何|怎样|由谁|谁来?)(?:来)?(?:确?定|办|处理)"
)
# a time asked by the rule that fixes it: 「按哪一年计算」 is answered by 「按…的时间确定所属年度」
_BY_WHEN = re.compile(r"[按以依](?:照|据)?(?:哪一?[天年]|哪个月|什么时间)")
_TIME_RULE = re.compile(r"时间|之日|年度|日期|当[年月日天]")
# a share asked by the rule that fixes it — 「按什么比例计入双方」「依照哪种比例分担」 — is answered
# by a rule naming the ratio it follows, as a policy article sets one by another: 「由双方按照当年
# 税收分享比例分别计入」「统计指标分成比例与当年税收分享比例一致」「按照投入比例承担」; a share
# asked as a figure (「比例是多少」「几成」「占比」) still needs one
_BY_SHARE = re.compile(
    r"[按依](?:照|据)?(?:什么|多大|哪[个种一]?|何种)样?的?(?:分享|分配|分成)?比例"
)
_SHARE_RULE = re.compile(r"(?:[按依参]照|按|与)[^，,。；;：:？?]{2,14}?比例")
SHARE_BY_RULE = re.compile(f"{HAS['share'].pattern}|{_SHARE_RULE.pattern}")


# a share asked, not only named: 「按什么比例」「比例是多少」 ask it; 「调了分享比例，还得报哪个部门」
# 「谈不拢新的分享比例，由谁来定」 name it and ask another thing
_SHARE_ASKED = re.compile(
    r"占比|比重|百分之几|几成|多大比例|增幅|(?:什么|多大|多少|哪[个种一]|何种)(?:样的)?的?"
    r"(?:分享|分成|分配)?比例|比例(?:分别)?(?:是|为|有多|多|几|怎么|如何)"
)


@while_asking(fresh=set)
def asked_types(question: str) -> set[str]:
    q = _SHARE_HOW.sub("", _SHARE_NAMED.sub("", normalise(question)))
    found = {name for name, rx in _ASKS.items() if rx.search(q)}
    if "share" in found and not _SHARE_ASKED.search(q):
        found.discard("share")
    if "share" in found:
        found.discard("number")
    return found


# an organisation asked for by its kind (「哪家建筑公司」「哪所学校」) -> the words that end a name
# of that kind in the evidence (a 中学 is a school, a 集团 a company)
_ORG_KINDS = {
    "学校": "学校|中学|小学|大学|学院|附中|附小",
    "院校": "大学|学院|学校|职校|技校",
    "大学": "大学|学院",
    "医院": "医院|卫生院",
    "公司": "公司|集团",
    "企业": "公司|集团|企业|厂",
    "银行": "银行",
    "酒店": "酒店|宾馆",
}
_ORG_ASKED = re.compile(rf"哪一?[家所](?:[\u4e00-\u9fff]{{0,4}}?)(?P<kind>{'|'.join(_ORG_KINDS)})")
# or by its name asked of the kind: 「那家橡胶制品企业叫什么名字」「承建公司的全称是什么」 — the
# words before the kind are the question's description, no name
_ORG_NAME_ASKED = re.compile(
    rf"(?P<kind>{'|'.join(_ORG_KINDS)})(?:的)?"
    r"(?:(?:名字|名称|全称)(?:叫|是)(?:什么|啥)|叫(?:什么|啥)(?:名字)?)"
)


def org_missing(question: str, chosen: list[str]) -> bool:
    """A question asking which 公司/学校/医院… (「由哪家建筑公司承建」) whose quoted sentences
    name none but the ones the question itself names: the 分校 asked about is no answer to
    which school runs it. A name is told by its kind word and the four characters before."""
    q = normalise(question)
    if m := _ORG_ASKED.search(q):
        own = q.replace(m.group(), "|")  # the names the question gives, not the kind it asks
    elif m := _ORG_NAME_ASKED.search(q):
        own = q  # 「橡胶制品企业叫什么」: the kind with its description is the question's
    else:
        return False
    kind = re.compile(rf"(?<=[\u4e00-\u9fff\w]{{2}})(?:{_ORG_KINDS[m['kind']]})")
    for text in map(normalise, chosen):
        for found in kind.finditer(text):
            head = re.search(r"[\u4e00-\u9fff0-9a-z]{1,4}$", text[: found.start()])
            name = head.group() + found.group() if head else ""
            if name and name not in own and not _sibling(name, text, q):
                return False
    return True


def _sibling(name: str, text: str, q: str) -> bool:
    """`name` is listed beside the thing the question asks about (「跨境冷链物流中心、…和咖啡
    精深加工厂」 asked 「冷链物流中心由哪家企业建设」): one of its kind, not who runs it."""
    for clause in re.split(r"[，,。；;：:]", text):
        items = re.split(r"、|以及|和|及|与", clause)
        if len(items) > 1 and any(name in i for i in items):
            if any(name not in i and _tail_in(i.strip(), q) for i in items):
                return True
    return False


def _tail_in(item: str, q: str) -> bool:
    """The item ends with four characters or more of the question (分别是跨境冷链物流中心)."""
    for k in range(len(item) - 3):
        if item[k:] in q:
            return True
    return False


def share_by_rule(question: str) -> bool:
    """The question asks a share by the rule that fixes it (「按什么比例计入」): a rule naming the
    ratio it follows answers it (SHARE_BY_RULE), not only a share figure."""
    return "share" in asked_types(question) and bool(_BY_SHARE.search(normalise(question)))


def missing_type(question: str, best: str, chosen: list[str]) -> str | None:
    """The kind of answer asked for that the evidence lacks: a person named in none of the
    quoted sentences (a byline may sit beside the best one), an organisation of the kind asked
    (「哪所学校」) other than those the question names, a share, number or date absent from
    every quoted sentence, or a 什么时候 with neither a date nor a time told by an event; None
    when nothing asked for is missing."""
    q = normalise(question)
    if org_missing(question, chosen):
        return "org"
    if _WHEN.search(q) and "date" not in asked_types(question):
        if not any(dated(t) or _RELATIVE.search(t) for t in map(normalise, chosen)):
            return "date"
    for kind in sorted(asked_types(question)):
        if kind == "person":
            ok = any(names_person(t, q) for t in chosen)
        elif kind == "date" and _BY_WHEN.search(q):
            ok = any(HAS[kind].search(t) or _TIME_RULE.search(t) for t in map(normalise, chosen))
        elif kind == "share" and _BY_SHARE.search(q):
            ok = any(SHARE_BY_RULE.search(t) for t in map(normalise, [best, *chosen]))
        else:  # any quoted sentence: a provision's figure may be in its second sentence
            ok = any(HAS[kind].search(normalise(t)) for t in [best, *chosen])
        if not ok:
            return kind
    return None


def plan_asked(question: str, best_text: str) -> float:
    """1 when the question asks for a target figure (目标, 计划, 预计 and 多少) and the best
    sentence states none (an actual figure offered for a planned one), else 0."""
    q = normalise(question)
    if _PLAN.search(q) and {"number", "share"} & asked_types(question):
        return 0.0 if _PLAN.search(normalise(best_text)) else 1.0
    return 0.0


def plan_given(question: str, best_text: str) -> float:
    """1 when the question asks for a number without speaking of a plan and the best sentence
    gives a planned one (目标是…, 计划…, 预计…), else 0."""
    q = normalise(question)
    if _PLAN.search(q) or "number" not in asked_types(question):
        return 0.0
    return 1.0 if _PLAN.search(normalise(best_text)) else 0.0


def key_rarity(result: SearchResult, cand, docs: dict[str, DocumentInfo]) -> float:
    """How rare the rarest known question term that the sentence and its context lack is,
    against the question's rarest term (1: the most specific word of the question is missing)."""
    weights = term_weights(result.tokens, result.index)
    if not weights:
        return 0.0
    sentence, around = normalise(cand.text), context_of(cand, docs)
    lacking = [
        w
        for t, w in weights.items()
        if t not in sentence
        and t not in around
        and (result.index.df.get(t, 0) > 0 or t in result.scanned)
    ]
    return max(lacking, default=0.0) / (max(weights.values()) or 1.0)
