"""The question a sentence of a Q&A text answers: in a 答记者问, an FAQ page or a 解读 written as
questions, 「答：应当提前24小时提出申请。」 says nothing of what it answers — its 「问：预约通关
需要提前多久申请？」 line does. Read as the sentence's context when scoring it."""

from __future__ import annotations

import re

LOOK_BACK = 400  # characters before a sentence searched for its question
_QUESTION_LINE = re.compile(
    r"^[ \t\u3000]*(?:(?:问|提问|记者问|Q)[ \t\u3000]*\d*[:：．.]|[一二三四五六七八九十\d]+[、.．]|"
    r"（[一二三四五六七八九十]+）)?[^\n。！!]{2,80}?[？?][ \t\u3000]*$",
    re.M,
)
_ASKED_LINE = re.compile(r"^[ \t\u3000]*(?:问|提问|Q)[ \t\u3000]*\d*[:：．.]", re.M)


def asked_before(text: str, start: int) -> str:
    """The question line a sentence starting at `start` of `text` answers ('' for none): the
    last line before it that ends with a question mark or opens with 问：, when no other
    question comes between."""
    window_start = max(0, start - LOOK_BACK)
    window = text[window_start:start]
    if not any(mark in window for mark in "？?问Q"):  # no question line can stand there
        return ""
    line_start = text.rfind("\n", 0, start) + 1
    if _QUESTION_LINE.match(text, line_start) and line_start <= start:
        line_end = text.find("\n", start)
        if (
            text[line_start : line_end if line_end >= 0 else len(text)]
            .strip()
            .endswith(("？", "?"))
        ):
            return ""  # the sentence is itself on the question line
    found = list(_QUESTION_LINE.finditer(window)) + list(_ASKED_LINE.finditer(window))
    if not found:
        return ""
    last = max(found, key=lambda m: m.start())
    line_end = window.find("\n", last.start())
    return window[last.start() : line_end if line_end >= 0 else len(window)].strip()
