"""What a sentence's context says beside its own words: its document's title, the question line a
Q&A answer follows, the head of the sentence a clause after 「；」 continues, and the headings an
item of a list sits under. Sentence scoring reads the question's words found there at half
weight (`extractive.score_lexical`)."""

from __future__ import annotations

import operator
import re

from knowledge.answering.core.qa_context import asked_before
from knowledge.documents.articles import is_item
from knowledge.schema import Chunk
from knowledge.text.normalise import normalise
from knowledge.text.sentences import clause_head
from knowledge.text.tokens import question_content

_NOT_GRAM = re.compile(r"[^0-9a-z\u4e00-\u9fff\u3400-\u4dbf]+")


def char_grams(text: str) -> set[str]:
    """Characters and character bigrams of the letters/digits/CJK in `text`."""
    t = _NOT_GRAM.sub("", text)
    return set(t) | set(map(operator.add, t, t[1:]))


def held_grams(text: str, asked: set[str]) -> set[str]:
    """`char_grams(text) & asked` for `asked` holding characters and bigrams only (a question's
    char_grams), without making every gram of `text`: a bigram is one of its grams exactly when
    it stands in the text with the non-letters taken out (3× faster on a sentence)."""
    t = _NOT_GRAM.sub("", text)
    return {g for g in asked if g in t}


def head(chunk: Chunk, start: int) -> str:
    """The head of the sentence a clause after 「；」 continues ('' for any other sentence)."""
    return clause_head(chunk.text, start)


def headings(chunk: Chunk, text: str) -> str:
    """The headings an item of a list sits under (「二、申报条件」 for 「（二）固定资产投资强度
    不低于每亩150万元；」): what its items are, which they do not say ('' for any other
    sentence: a provision or a table's note says what it is about itself)."""
    return " ".join(chunk.path()) if is_item(text) else ""


def context_grams(chunk: Chunk, start: int, text: str, asked: set[str]) -> set[str]:
    """The grams of `asked` (a question's char_grams) in the question line, clause head and
    headings of the sentence `text` at `start` in `chunk` (the title's are the caller's: one
    set per document)."""
    line = asked_before(chunk.text, start)
    parts = (line or "", head(chunk, start), headings(chunk, text))
    return set().union(*(held_grams(normalise(question_content(p)), asked) for p in parts if p))
