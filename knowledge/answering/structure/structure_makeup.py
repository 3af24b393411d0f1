"""A question about a policy document's makeup as a whole — 「一共有几章几条？」「分为几章？」
「有多少条？」「分哪几章？」「各章分别是什么？」 — answered from the articles and chapters ingest
stored in the chunk paths: how many chapters and articles, each chapter's title with the articles
it holds, the last article cited (its number is the count a reader can check). A document with no
parsed articles answers nothing here; the sentence selection then answers as usual."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.answering.core.citations import CitationBook
from knowledge.answering.core.draft import Draft
from knowledge.answering.structure import structure_items as items
from knowledge.answering.structure.structure_docs import Doc, documents, title_quoted
from knowledge.documents.articles import article_number, clause_spans
from knowledge.retrieval.keyword_index import Snapshot
from knowledge.schema import Chunk, ScoredChunk, Sentence
from knowledge.text.numbers import chinese_numeral

# how many chapters or articles: 「几章几条」「多少条」「分为几章」 — the count word right before
# 章/条 and nothing after it but an end or 规定/条文 (not 「多少条措施」「几条高速公路」)
_COUNT = re.compile(
    r"(?:几|多少)个?(?:章|条)(?=规定|条文|内容|[、，,。？?呢吗]|$)"
    r"|(?:几|多少)章(?:几|多少)条"
)
# which chapters: 「分哪几章」「有哪些章」「各章分别是什么」「章节怎么安排」
_WHICH = re.compile(r"(?:哪几|哪些|什么)章(?!程)|各章|每一?章|章节|章名")
# the 章 of a seal, not a chapter: 「还要盖个什么章」「加盖哪个章」「用什么章」
_SEAL = re.compile(r"(?:盖|用|刻|印)[个了的上]?(?:什么|哪个|哪些|哪几个?|啥)章")
_CHAPTER = re.compile(r"^第[一二三四五六七八九十百]+章")

Names = Callable[[Chunk], list[str]]  # a chunk's path names in the document's body


# two versions compared (「新办法比原办法多出了几章几条」): one document's makeup is no answer
_COMPARED = re.compile(r"比.{1,12}(?:多|少)|相比|对比|比较|和.{1,12}比")


def asks(question: str) -> bool:
    found = _COUNT.search(question) or _WHICH.search(question)
    return bool(found) and not _COMPARED.search(question) and not _SEAL.search(question)


def draft(
    question: str,
    hits: list[ScoredChunk],
    snap: Snapshot,
    scores: dict,
    in_doc: Callable[[Doc, Chunk], list[str]],
) -> Draft | None:
    """The makeup of the first document asked about that has articles (`in_doc`: a chunk's
    path names in the document's body), cited; None when none has."""
    for doc in documents_asked(question, hits, snap):
        book = CitationBook(snap.docs)
        names = lambda c, doc=doc: in_doc(doc, c)  # noqa: E731
        lead, quotes = answer(doc.cited, doc.chunks, names, book, scores)
        if quotes:
            return items.draft(lead, quotes, book)
    return None


def documents_asked(question: str, hits: list[ScoredChunk], snap: Snapshot) -> list[Doc]:
    """The documents a makeup question may be about (structure_docs.documents), or the one
    whose title it writes more of than of any of those, read even when not retrieved."""
    found = documents(question, hits, snap)
    if title := quoted_title(question, [d.title for d in found], snap):
        return documents(f"《{title}》", hits, snap) or found
    return found


def quoted_title(question: str, found: list[str], snap: Snapshot) -> str | None:
    """The title of a document in reach that the question writes more of (four characters
    or more in a row: 「暂行办法分成哪几章」) than of any document the search found, else None."""
    best = max((title_quoted(question, t) for t in found), default=0)
    titles = {snap.docs[d].title for d in snap.live if d in snap.docs}
    scored = sorted(((title_quoted(question, t), t) for t in titles), reverse=True)
    if scored and scored[0][0] > best:  # title_quoted is 0 below four characters
        if len(scored) == 1 or scored[1][0] < scored[0][0]:  # one document, not a tie
            return scored[0][1]
    return None


def answer(
    title: Callable[[Chunk], str],
    chunks: list[Chunk],
    names: Names,
    book: CitationBook,
    scores: dict,
) -> tuple[str, list[Sentence]]:
    """The lead line (「《X》共五章十五条：第一章 总则（第一条至第三条）；…」) and the last
    article's first 款, cited; ('', []) when the document has no articles."""
    articles: dict[str, Chunk] = {}
    chapters: dict[str, list[str]] = {}
    for c in chunks:
        path = names(c)
        chapter = next((x for x in path if _CHAPTER.match(x)), None)
        for x in path:
            if not article_number(x):
                continue
            articles.setdefault(x, c)
            if chapter is not None and x not in chapters.setdefault(chapter, []):
                chapters[chapter].append(x)
    if not articles:
        return "", []
    last = max(articles, key=lambda x: article_number(x) or 0)
    holding = articles[last]
    count = f"{chinese_numeral(len(chapters))}章" if chapters else ""
    lead = f"《{title(holding)}》共{count}{chinese_numeral(len(articles))}条"
    if chapters:
        parts = [f"{ch}（{_span(arts)}）" for ch, arts in chapters.items()]
        lead += "：" + "；".join(parts) + "。"
    else:
        lead += f"（{_span(list(articles))}），不分章。"
    spans = clause_spans(holding.section, holding.text) or [(1, 0, len(holding.text.rstrip()))]
    _, s, e = spans[0]
    s += len(holding.text[s:e]) - len(holding.text[s:e].lstrip())
    return lead, [Sentence(holding.text[s:e], (book.cite_chunk(holding, scores, (s, e)),))]


def _span(articles: list[str]) -> str:
    first, last = _short(articles[0]), _short(articles[-1])
    return first if first == last else f"{first}至{last}"


def _short(name: str) -> str:
    """「第七条」 of a path name that may carry more after the number."""
    m = re.match(r"^第[^条]+条", name)
    return m[0] if m else name
