"""What a document says it repeals (废止), as spans of its body: 「原《…》同时废止」, a 决定's
「废止《…》（…令第12号）、《…》」, or an old document named by its 文号 alone
(「桐城管规〔2019〕2号文件同时废止」); and the titles such a clause names."""

from __future__ import annotations

import re

from knowledge.text.doc_numbers import BRACKETED_NUMBER

REPEAL = re.compile(r"(?:同时|即行|自行|一并)?(?:废止|停止执行|不再执行|失效)")
BOOK = re.compile(r"《([^《》\n]{2,80})》")

# a repeal naming the old document by its 文号 alone: 「…起施行，桐城管规〔2019〕2号文件同时废止」
_NUMBERS_REPEALED = re.compile(
    r"(?:^|(?<=[。；;，,：:\s\u3000]))原?(?:(?:"
    + BRACKETED_NUMBER.pattern
    + r")[、和及与]?)+(?:文件|文)?[ \t\u3000]*$"
)

# what a 决定 repeals after the verb: 「废止《…》（…令第12号）、《…》」
_REPEALED = re.compile(
    r"[ \t\u3000]*(?:《[^《》\n]{2,80}》(?:[（(][^（）()\n]{0,40}[）)])?[、和及与]?)+"
)


def _opens_clause(body: str, at: int) -> bool:
    """「一、废止《…》」「决定废止《…》」: the verb starts an item or follows the decision."""
    return at == 0 or body[at - 1] in "、。；;：:\n\t 　" or body[max(0, at - 2) : at] == "决定"


def spans(body: str) -> list[tuple[int, int]]:
    """The (start, end) of each repeal clause in body."""
    out: list[tuple[int, int]] = []
    for m in REPEAL.finditer(body):
        start = max(body.rfind(ch, 0, m.start()) for ch in "。；\n") + 1
        books = BOOK.findall(body[start : m.start()])
        if books:
            first_book = body.index("《", start)
            begin = first_book - 1 if body[first_book - 1 : first_book] == "原" else first_book
            out.append((begin, m.end()))
        elif (named := _REPEALED.match(body, m.end())) and _opens_clause(body, m.start()):
            out.append((m.start(), named.end() - (body[named.end() - 1] in "、和及与")))
        elif numbered := _NUMBERS_REPEALED.search(body, start, m.start()):
            begin = numbered.start() + len(numbered.group()) - len(numbered.group().lstrip())
            out.append((begin, m.end()))
    return out


def repealed_titles(clause: str) -> list[str]:
    return BOOK.findall(clause)
