"""A rule's figure counted from a moment of its own. Chinese evidence.

「备案材料递上去以后，发改委几天之内得先过一遍手续？」 asks a period a rule sets: 「市发展改革委
收到备案申请后，应当在五个工作日内完成形式审查」. The question names the moment in the asker's
words (递上去以后); the rule names it in its own (收到…后, 自…之日起). A figure reported for a
moment (「托管前有多少户」) needs that moment named (occasion.py); a rule's does not: it holds
whenever its moment comes, and the asker's 「…以后」 is that rule's condition told otherwise.

A rule here is a sentence of an article (its section names 第…条) or one bound by 应当, 必须,
不得; its own moment a 后 or 之日起 (for 以后, 之后, 后 asked) or a 前 not opening a count
(前五年 is a span) for 前, 之前, 以前 asked.
"""

from __future__ import annotations

import re

_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇\d]+条")
_OBLIGED = re.compile(r"应当|必须|不得|须在|应于|应在")
_FROM = re.compile(r"(?<![最然])后(?![期续来])|之日起")
_BEFORE = re.compile(r"前(?![\d一二两三四五六七八九十几])")


def rule_from_a_moment(word: str, text: str, section: str) -> bool:
    """`text` is a rule (an article's sentence, or one bound by 应当/必须/不得) whose figure runs
    from or up to a moment of its own (收到申请后, 自签订之日起, 开工前): the moment a question
    names in its own words (递上去以后, 签完以后) is that rule's condition, not the time of a
    figure reported then."""
    if not (_ARTICLE.search(section) or _OBLIGED.search(text)):
        return False
    return bool((_BEFORE if word.endswith("前") else _FROM).search(text))
