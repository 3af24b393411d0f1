"""「这个办法有几章几条？」「原办法一共多少章？」: how many chapters and articles a policy has,
counted from the chunk paths ingest stored (its attachments' articles left out) and cited at
its last article. The document is the structure answers' first (the old version when the
question asks for it: validity's `old_asked` put its passages first)."""

from __future__ import annotations

import re

from knowledge.answering.citations import CitationBook
from knowledge.answering.draft import Draft
from knowledge.answering.structure_docs import Doc
from knowledge.answering.structure_items import draft
from knowledge.documents.articles import article_number
from knowledge.schema import Sentence
from knowledge.text.numbers import chinese_numeral

# the count of chapters asked (with or without the articles'); not 「第几章」 (which one)
_ASKS = re.compile(r"(?<!第)(?:几|多少)(?:个)?(?:章|编)")
_CHAPTER = re.compile(r"^第[一二三四五六七八九十百]+章")
_ATTACHMENT = re.compile(r"^附件")
# what another document says of it (「解读里说《管理办法》一共有几章几条」): that one's sentence
_RETOLD = re.compile(r"解读|报道|新闻|文章|发布会|答记者问")


def asks(question: str) -> bool:
    return bool(_ASKS.search(question)) and not _RETOLD.search(question)


def answer(doc: Doc, book: CitationBook, scores: dict) -> Draft | None:
    """「《title》共四章十二条。」 cited at its last article; None when it has no chapters."""
    chapters: list[str] = []
    last = None
    top = 0
    for c in doc.chunks:
        names = c.path()
        if not names or any(_ATTACHMENT.match(n) for n in names):
            continue
        chapters += [n for n in names if _CHAPTER.match(n) and n not in chapters]
        for n in names:
            if (k := article_number(n)) is not None and k >= top:
                top, last = k, c
    if not chapters or last is None:
        return None
    title = doc.title.replace("《", "〈").replace("》", "〉")
    lead = f"《{title}》共{chinese_numeral(len(chapters))}章{chinese_numeral(top)}条。"
    text = last.text.strip()
    quote = text[text.find("第") :] if "第" in text else text
    at = last.text.find(quote)
    cite = book.cite_chunk(last, scores, (at, at + len(quote)))
    return draft(lead, [Sentence(quote, (cite,))], book)
