"""A question about an article, chapter or attachment the documents in reach do not have
(「第三十条讲了什么？」 of a 办法 with twenty-one articles): said so, with the document's last
such element cited so the reader can check, instead of quoting whatever sentence is closest."""

from __future__ import annotations

import re

from knowledge.answering.core.citations import CitationBook
from knowledge.answering.core.draft import Draft
from knowledge.documents.articles import NUMERAL, article_number
from knowledge.documents.issued import cited_as
from knowledge.schema import SECTION_SEP, Chunk, DocumentInfo, ScoredChunk, Sentence
from knowledge.text.normalise import language
from knowledge.text.numbers import chinese_numeral, numeral

_KINDS = {"article": "条", "part": None, "attachment": "附件"}
_EN = {"条": "Article", "章": "Chapter", "节": "Section", "编": "Part", "附件": "Annex"}


def absent(
    question: str,
    asks: tuple[str, object],
    title: str,
    chunks: list[Chunk],
    docs: dict[str, DocumentInfo],
) -> Draft | None:
    """The abstention for `asks` (what structure_answers parsed) missing from the document
    `title` whose `chunks` are given in order; None when the document has no elements of that
    kind at all (then it is not the document asked about) or `asks` is about fields."""
    kind, arg = asks
    if kind not in _KINDS:
        return None
    if kind == "article":
        unit, n = "条", arg[0]
    elif kind == "part":
        unit, n = arg[:2]
    else:
        unit, n = "附件", arg
    last: tuple[int, Chunk] | None = None
    for c in chunks:
        for name in (c.section or "").split(SECTION_SEP):
            k = _number(name, unit)
            if k is not None and (last is None or k >= last[0]):
                last = (k, c)
    if last is None or n is None or n <= last[0]:
        return None
    book = CitationBook(docs)
    mark = book.cite(ScoredChunk(last[1], 0.0))
    title = cited_as(title, last[1].section) or title  # the 办法 a notice issues
    if language(question) == "zh":
        cn, total = chinese_numeral(n), chinese_numeral(last[0])
        asked = f"附件{n}" if unit == "附件" else f"第{cn}{unit}"
        have = f"附件共{total}个" if unit == "附件" else f"共{total}{unit}"
        text = f"《{title}》中没有{asked}（{have}）。"
    else:
        text = f"《{title}》 has no {_EN[unit]} {n} (its last is {_EN[unit]} {last[0]})."
    return Draft(text + f"[{mark}]", True, citations=book.citations(), sentences=[
        Sentence(text, (mark,))
    ])  # fmt: skip


def _number(name: str, unit: str) -> int | None:
    if unit == "条":
        return article_number(name)
    if unit == "附件":
        m = re.match(r"附件(\d{1,2}|[一二三四五六七八九十]{1,3})?(?: |$)", name)
        return (numeral(m[1]) if m[1] else 1) if m else None
    m = re.match(rf"^第({NUMERAL}){unit}(?: |$)", name)
    return numeral(m[1]) if m else None
