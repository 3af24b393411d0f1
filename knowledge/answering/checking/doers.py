"""A person asked by the deed they did: Chinese questions (decide's gate "doer").

「主持那场发布会的是谁」「代表官渡区在协议上签字的是谁」 ask for a person by a deed, with no
role word (checks.py reads 「主持人是谁」, not these). Near the question stands a sentence that
names an organisation doing a kindred thing (「新闻办公室举行新闻发布会」「官渡区人民政府…签订
共建协议」) or a person doing another (张立 answering a question): no answer. The asker may stand first too:
「谁主持了发布会」「由哪位领导主持」「谁代表呈贡区签署协议」. So a deed that only
a person does (主持, 致辞, 发言, 带队, 揭牌, 撰写, 签字 …, or any deed done 代表 someone) asked with
是谁 or 叫什么 needs a quoted sentence that tells the deed (its stem: 主持 of 主持人, 签 of 签署)
and names a person; 「主持人：…谢谢大家」 names no one (jieba reads 谢谢 as a name).
"""

from __future__ import annotations

import re

from knowledge.answering.checking.checks import names_person
from knowledge.text.normalise import normalise

# a deed -> the stems a sentence telling it holds
_DEEDS = {
    "主持": "主持",
    "致辞": "致辞|讲话",
    "讲话": "讲话|致辞",
    "发言": "发言|表示|说",
    "带队": "带队|率队|带领|率领",
    "率队": "带队|率队|带领|率领",
    "带领": "带队|率队|带领|率领",
    "揭牌": "揭牌",
    "剪彩": "剪彩",
    "撰写": "撰写|撰文|记者|作者",
    "采写": "采写|记者",
    "签字": "签",
    "签名": "签",
    "签署": "签",
    "出席": "出席",
    "解读": "解读",
}
_WHO = r"[^，,。？?]{0,20}?(?:的人|的)?(?:是谁|是哪位|叫什么|叫啥)"
_ASKED = re.compile(rf"({'|'.join(_DEEDS)})(?!人|者){_WHO}")  # 主持人是谁: a role
# a deed done for someone else: 「代表呈贡区签署协议的是谁」
_FOR = re.compile(rf"代表[^，,。？?]{{1,16}}?(签[署约订字]?|出席|发言|致辞|讲话|参加|接受){_WHO}")
_POLITE = re.compile(r"谢谢|感谢|多谢")
# the asker before the deed: 「谁主持了…」「由哪位领导主持」「谁在会上解读了…」「谁代表呈贡区签署…」
_WHO_FIRST = re.compile(
    r"(?:由|是)?(?:谁|哪几?位[^，,。？?]{0,6}?)(?:来|又|在[^，,。？?]{1,16}?|代表[^，,。？?]{1,16}?)?"
    rf"({'|'.join(_DEEDS)})(?!人|者)"
)
# a role filled, asked by 由谁担任: 「领导小组组长由谁担任」 needs a sentence naming that role
_FILLED = re.compile(r"([\u4e00-\u9fff]{2})由谁(?:来)?(?:担任|出任)")


def deed(question: str) -> str:
    """The stems of a person-only deed the question asks the doer of, '' when none."""
    q = normalise(question)
    if m := _FOR.search(q):
        return _DEEDS.get(m.group(1), m.group(1)[0] if m.group(1).startswith("签") else m.group(1))
    if m := _ASKED.search(q) or _WHO_FIRST.search(q):
        return _DEEDS[m.group(1)]
    return ""


def unnamed(question: str, chosen_texts: list[str]) -> bool:
    """A person is asked by a deed and no quoted sentence tells the deed beside a name; or a
    role is asked by 由谁担任 and no quoted sentence names the role (「主任由飞出地人员担任」
    answers 「联合管理委员会主任由谁担任」 though it names no one)."""
    q = normalise(question)
    if m := _FILLED.search(q):
        return not any(m.group(1) in t for t in map(normalise, chosen_texts))
    if not (stems := deed(question)):
        return False
    told = re.compile(stems)
    return not any(
        told.search(t) and names_person(_POLITE.sub("，", t), q)
        for t in map(normalise, chosen_texts)
    )
