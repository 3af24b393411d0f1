"""A 项 or 目 of an article asked for, answered from the structure: 「第十条第二款第（三）项第2目」
quoted alone under the article's name; 「第十条第2目」 asked without its 项 — the one 项 whose
目 list has it, else the reader is told the reference is ambiguous (each 项's 目 quoted) or that
the article lists no such 目 —; English "Article 4(3)" read as item 3 when Article 4 has a single
款 with numbered 项 (otherwise it is paragraph 3, 第四条第三款)."""

from __future__ import annotations

import re

from knowledge.answering.core.citations import CitationBook
from knowledge.answering.core.draft import Draft
from knowledge.answering.structure.structure_docs import Doc
from knowledge.documents.articles import (
    article_number,
    clause_spans,
    item_span,
    items_with_subitem,
)
from knowledge.schema import SECTION_SEP, Chunk, Sentence, section_label
from knowledge.text.numbers import chinese_numeral

# "Article 4(3)" alone, not "Article 10(2)(3)" (款 and 项)
_PAREN = re.compile(r"\barticle\s+(?:\d{1,3}|[ivxl]{1,6})\s*\(\s*\d{1,2}\s*\)(?!\s*\()", re.I)


def draft(lead: str, quotes: list[Sentence], book: CitationBook, abstained=False) -> Draft:
    sentences = ([Sentence(lead, ())] if lead else []) + quotes
    text = "\n".join(s.text + "".join(f"[{m}]" for m in s.citations) for s in sentences)
    return Draft(text, abstained, citations=book.citations(), sentences=sentences)


def article_name(c: Chunk, doc: Doc | None = None) -> str:
    """「第十条」 (「附件1第三条」, but 「第三条」 when the attachment is cited under its own
    title): the chunk's path down to its article, as cited."""
    names = c.path()
    upto = max(k for k, x in enumerate(names) if article_number(x) is not None)
    lead = doc is None or doc.cited(c) == doc.info.title
    return section_label(SECTION_SEP.join(names[: upto + 1]), lead=lead)


def item(doc: Doc, holding, clause, number, sub, book, scores) -> tuple[str, list[Sentence]]:
    """「第十条第二款第（三）项第2目」: that 项 or 目 quoted, cited, under the article's name."""
    for c in holding:
        got = item_span(c.section, c.text, clause, number, sub)
        if got is None:
            continue
        s, e, label = got
        quote = Sentence(c.text[s:e], (book.cite_chunk(c, scores, (s, e)),))
        return f"《{doc.cited(c)}》{article_name(c, doc)}{label}：", [quote]
    return "", []


def paren_item(question: str, holding: list[Chunk], number: int) -> bool:
    """Whether an English "Article 4(3)" means item 3: the article has a single 款, and a 项 3."""
    if not holding or not _PAREN.search(question):
        return False
    clauses = {k for c in holding for k, _, _ in clause_spans(c.section, c.text)}
    has = any(item_span(c.section, c.text, None, number) for c in holding)
    return clauses <= {1} and has


def subitem(doc: Doc, holding, clause, sub, book, scores) -> Draft | None:
    """「第十条第2目」: the 目 of the one 项 that has it; when several 项 have one, each quoted
    after a lead that says the reference is ambiguous; when none, an abstention saying so."""
    if not holding:
        return None
    named = f"第{chinese_numeral(clause)}款" if clause else ""
    found = [
        (c, k, i, label.removeprefix(named) if named else label)
        for c in holding
        for k, i, label in items_with_subitem(c.section, c.text, clause, sub)
    ]
    where = article_name(holding[0], doc) + named
    title = doc.cited(holding[0])
    if len(found) == 1:
        c, k, i, _ = found[0]
        return draft(*item(doc, [c], k, i, sub, book, scores), book)
    if not found:
        c = holding[0]
        text = f"《{title}》{where}没有列出第{sub}目。"
        mark = book.cite_chunk(c, scores, (0, len(c.text.rstrip())))
        return draft("", [Sentence(text, (mark,))], book, abstained=True)
    labels = "、".join(label for *_, label in found)
    lead = (
        f"「{where}第{sub}目」所指不明确：《{title}》{where}的{labels}都列有第{sub}目，"
        f"请指明是哪一项，例如「{where}{found[0][3]}第{sub}目」。分别是："
    )
    quotes = []
    for c, k, i, label in found:
        s, e, _ = item_span(c.section, c.text, k, i, sub)
        mark = book.cite_chunk(c, scores, (s, e))
        quotes.append(Sentence(f"{label}第{sub}目：{c.text[s:e].strip()}", (mark,)))
    return draft(lead, quotes, book)
