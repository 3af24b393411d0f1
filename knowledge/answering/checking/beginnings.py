"""A founding, a post taken or a course ended, asked by a time question (Chinese): the kinds of
event `occasion.py` reads when they are asked only.

「港滇通是哪一年成立的」 is not answered by the day the firm signed an agreement, nor 「王海涛是哪
一年出任局长的」 by a figure dated 截至9月底 beside his words, nor 「订单班的学员什么时候毕业」 by
this year's plan to train them: the documents date another event. A sentence's 设立 or 建立 says
too little to be another event's date, so these kinds count as told only when they are asked.
"""

from __future__ import annotations

import re

KINDS = {
    "成立": r"成立|设立|组建|创办|创立|创建|始建|建立|建校|创刊|开办|挂牌|揭牌",
    "任职": r"出任|担任|就任|就职|上任|任职|接任|升任|调任|当选|履新|任命",
    "毕业": r"毕业|结业",
}
_RX = {k: re.compile(v) for k, v in KINDS.items()}
# between the event word and the asking words: 「成立于哪一年」「成立时间是哪一年」
_AT_WHEN = r"(?:于|在|是|的)?(?:时间|日期|年份)?(?:是|为)?$"


def asked(q: str, when: re.Pattern) -> set[str]:
    """The kinds a time question asks: the word after the asking words (「是哪一年成立的」
    「什么时候能毕业」) or right before them (「成立于哪一年」), not a word describing a thing
    (「已经设立满五年的园区从哪一年起…」「成立领导小组的通知是哪天发的」)."""
    if not (m := when.search(q)):
        return set()
    after, before = q[m.start() :], q[: m.start()]
    return {
        k
        for k, v in KINDS.items()
        if _RX[k].search(after) or re.search(f"(?:{v}){_AT_WHEN}", before)
    }


def told(kinds: set[str], texts: list[str]) -> set[str]:
    """The kinds asked (`kinds`) that one of `texts` tells."""
    return {k for k in kinds & set(KINDS) if any(_RX[k].search(t) for t in texts)}
