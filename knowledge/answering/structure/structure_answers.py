"""Questions about a policy document's structure, answered from it and cited: 「第十条讲了什么？」
「第十条第二款」「附件2是什么？」「第三章有哪几条？」「什么时候开始施行？有效期多久？」
「发文字号是多少？」「由哪个部门印发？」. Nothing is re-parsed: the chunk paths and the record's
fields (with their spans) that ingest stored are enough. None when the question asks none of
this or no retrieved document has it; the sentence selection then answers as usual."""

from __future__ import annotations

import re

from knowledge.answering.checking import attributes
from knowledge.answering.core.citations import CitationBook
from knowledge.answering.core.draft import Draft
from knowledge.answering.structure import structure_fields
from knowledge.answering.structure import structure_items as items
from knowledge.answering.structure import structure_locate as locate
from knowledge.answering.structure import structure_makeup as makeup
from knowledge.answering.structure import structure_outline as outline
from knowledge.answering.structure.structure_absent import absent
from knowledge.answering.structure.structure_docs import Doc, documents
from knowledge.answering.structure.structure_refs import chinese_refs
from knowledge.answering.structure.structure_unstated import unstated
from knowledge.documents.articles import NUMERAL, article_number, clause_spans
from knowledge.retrieval.keyword_index import Snapshot
from knowledge.schema import (
    SECTION_SEP,
    Chunk,
    ScoredChunk,
    Sentence,
    section_label,
)
from knowledge.text.numbers import chinese_numeral, numeral
from knowledge.text.sentences import sentence_units

MAX_QUOTE = 800  # characters of an article quoted whole
LAST = -1  # 「最后一条」: the highest article number of the document (or attachment)
MAX_LISTED = 12  # articles quoted (their first sentence) for 「第三章有哪几条」
# what may follow a reference to an article or chapter (not 「第一条高速公路」「第二节课」)
_REF_END = (
    r"(?=第|讲|规定|说|是|的|内容|有|共|怎|写|中|里|提|要求|明确|什么|呢|吗|包括|包含|涉及|分为|叫|标题|名称"
    r"|[？?，,。、\s]|$)"
)
_ARTICLE_Q = re.compile(
    rf"第(?P<n>{NUMERAL})条(?:第(?P<k>{NUMERAL})款)?"
    rf"(?:第?[（(](?P<i>{NUMERAL})[）)]项?|第(?P<i2>{NUMERAL})项)?(?:第(?P<j>{NUMERAL})目)?{_REF_END}"
)
_ATTACHMENT_Q = re.compile(r"附件[ \t]*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})")
_LAST_Q = re.compile(r"最后一条|末条|最末一条")  # the article numbered last (附则's 施行)
_PART_Q = re.compile(rf"第(?P<n>{NUMERAL})(?P<kind>[编章节]){_REF_END}")


def answer(question: str, hits: list[ScoredChunk], snapshot: Snapshot) -> Draft | None:
    """The answer from the structure of the first retrieved document that has what is asked
    (asked in Chinese, or in English: "Article 30", "Annex 2", "when does it take effect")."""
    refs = chinese_refs(question)
    asks = _asks(refs)
    scores = {h.chunk.chunk_id: h.score for h in hits}
    if asks is None and (kind := locate.asks(question)):
        return _located(question, kind, hits, snapshot, scores)
    if asks is None and makeup.asks(question):  # 「一共有几章几条」「分哪几章」
        if got := makeup.draft(question, hits, snapshot, scores, _in_doc):
            return got
    if asks is None:
        return _outline(question, hits, snapshot, scores) if outline.asks(question) else None
    found = documents(refs, hits, snapshot)
    if got := unstated(refs, asks, found, hits, snapshot.docs):  # the named one lacks it
        return got
    for doc in found:
        book = CitationBook(snapshot.docs)
        if asks[0] == "article" and asks[1][4] and not asks[1][3]:  # 「第十条第2目」
            n, clause, attachment, _, sub = asks[1]
            holding = _holding(doc, n, attachment)
            if got := items.subitem(doc, holding, clause, sub, book, scores):
                return got
            continue
        lead, quotes = _answer(doc, asks, question, book, scores)
        if quotes:
            return items.draft(lead, quotes, book)
    for doc in found[:1]:  # the document asked about has no such article, chapter or attachment
        return absent(question, asks, doc.info.title, doc.chunks, snapshot.docs)
    return None


def _located(question: str, kind: str, hits, snap: Snapshot, scores: dict) -> Draft | None:
    """「哪一章讲利益分享」: the part whose heading names the topic, its articles listed;
    「哪一条规定了……」: the first retrieved article of the document, quoted whole."""
    terms = locate.topic_terms(question)
    for doc in documents(question, hits, snap):
        book = CitationBook(snap.docs)
        if kind == "条":
            mine = [h.chunk for h in hits if h.chunk.doc_id == doc.info.doc_id]
            names = [x for c in mine[:1] for x in _in_doc(doc, c) if article_number(x)]
            lead, quotes = (
                _article(doc, article_number(names[0]), None, None, book, scores)
                if names
                else ("", [])
            )
        else:
            names = [x for c in doc.chunks for x in _in_doc(doc, c)]
            best = locate.best_heading(terms, names, kind) if terms else None
            lead, quotes = _part(doc, *best, None, book, scores) if best else ("", [])
        if quotes:
            return items.draft(lead, quotes, book)
    return None


def _outline(question: str, hits, snapshot: Snapshot, scores: dict) -> Draft | None:
    """A part of the document named by its heading (「主要任务有哪些？」), from the outline."""
    book = CitationBook(snapshot.docs)
    docs = [(d.info.title, d.chunks) for d in documents(question, hits, snapshot)]
    lead, quotes = outline.answer(question, docs, book, scores)
    return items.draft(lead, quotes, book) if quotes else None


def _asks(question: str) -> tuple[str, object] | None:
    """What the question asks of a structure: an article (number, 款), an attachment, a
    chapter (kind, number), or document fields; None for anything else."""
    if m := _ARTICLE_Q.search(question):
        att = _ATTACHMENT_Q.search(question[: m.start()])
        item = m["i"] or m["i2"]
        item, sub = item and numeral(item), m["j"] and numeral(m["j"])  # 「第十条第2目」 too
        return "article", (numeral(m["n"]), m["k"] and numeral(m["k"]), _number(att), item, sub)
    if m := _LAST_Q.search(question):
        att = _number(_ATTACHMENT_Q.search(question[: m.start()]))
        return "article", (LAST, None, att, None, None)
    if m := _ATTACHMENT_Q.search(question):
        return "attachment", _number(m)
    if parts := list(_PART_Q.finditer(question)):  # 「第三章第二节」: the 节 within the 章
        m, outer = parts[-1], parts[-2] if len(parts) > 1 else None
        within = (outer["kind"], numeral(outer["n"])) if outer else None
        return "part", (m["kind"], numeral(m["n"]), within)
    names = [name for name, pattern in structure_fields.FIELD_Q if pattern.search(question)]
    # 「试行期满后会不会转为正式办法」 asks a decision, not the 有效期: left to the sentences
    return ("fields", names) if names and not attributes.future_verb(question) else None


def _number(m: re.Match | None) -> int | None:
    return (numeral(m["n"]) if m["n"] else 1) if m else None


def _answer(doc, asks, question, book, scores) -> tuple[str, list[Sentence]]:
    kind, arg = asks
    if kind == "article":
        n, clause, attachment, item, sub = arg
        if clause and not item and items.paren_item(question, _holding(doc, n, attachment), clause):
            item, clause = clause, None  # "Article 4(3)" of an article with one 款: its 项 3
        return _article(doc, n, clause, attachment, book, scores, item, sub)
    if kind == "attachment":
        return _attachment(doc, arg, book, scores)
    if kind == "part":
        return _part(doc, *arg, book, scores)
    quotes = structure_fields.quotes(doc, arg, question, book, scores)
    return f"《{doc.part or doc.info.title}》：", quotes


def _attachment_no(name: str) -> int | None:
    m = re.match(r"附件(\d{1,2}|[一二三四五六七八九十]{1,3})?(?: |$)", name)
    return (numeral(m[1]) if m[1] else 1) if m else None


def _in_part(chunk: Chunk, attachment: int | None) -> list[str]:
    """The chunk's path names below the attachment asked for (the body's: outside any)."""
    names = chunk.path()
    if not names or names[0] == "版记":
        return []
    at = _attachment_no(names[0])
    if at != attachment:
        return []
    return names[1:] if at is not None else names


def _article(
    doc: Doc, n, clause, attachment, book, scores, item=None, sub=None
) -> tuple[str, list[Sentence]]:
    """The article quoted whole (or the 款 asked for), 款 by 款, each cited; the 项 (目) asked
    for alone when a chunk of the article holds it."""
    holding = _holding(doc, n, attachment)
    if item and holding and (part := items.item(doc, holding, clause, item, sub, book, scores)):
        return part
    quotes: list[Sentence] = []
    used = 0
    for c in holding:
        spans = clause_spans(c.section, c.text) or [(1, *_trimmed(c.text))]
        for k, s, e in spans:
            if (clause and k != clause) or (quotes and used + e - s > MAX_QUOTE):
                continue
            quotes.append(Sentence(c.text[s:e], (book.cite_chunk(c, scores, (s, e)),)))
            used += e - s
    if not quotes:
        return "", []
    lead = doc.cited(holding[0]) == doc.info.title  # 附件1第三条, unless cited as the 附件's title
    path = SECTION_SEP.join(holding[0].path()[:-1] + [_article_name(holding[0])])
    label = section_label(path, lead=lead)
    label += f"第{chinese_numeral(clause)}款" if clause else ""
    return f"《{doc.cited(holding[0])}》{label}：", quotes


def _holding(doc: Doc, n: int, attachment: int | None) -> list[Chunk]:
    """The chunks of article `n` (LAST: the highest number) of the body or an attachment."""
    if n == LAST:
        names = [x for c in doc.chunks for x in _in_part(c, attachment) if article_number(x)]
        n = max((article_number(x) or 0 for x in names), default=LAST)
    got = [c for c in doc.chunks if any(article_number(x) == n for x in _in_part(c, attachment))]
    if got or attachment is not None:
        return got
    for k in dict.fromkeys(_attachment_no(c.path()[0]) for c in doc.chunks if _carried(doc, c)):
        if got := _holding(doc, n, k):  # 「…办法第四条」 of the 办法 a notice carries as 附件1
            return got
    return []


def _in_doc(doc: Doc, c: Chunk) -> list[str]:
    """The chunk's path names in the body, or in an attachment cited under its own title."""
    return _in_part(c, None) or (c.path()[1:] if _carried(doc, c) else [])


def _carried(doc: Doc, c: Chunk) -> bool:
    """Whether the chunk is in an attachment that is a document cited under its own title."""
    names = c.path()
    return bool(names) and names[0].startswith("附件") and doc.cited(c) != doc.info.title


def _article_name(c: Chunk) -> str:
    return next(x for x in reversed(c.path()) if article_number(x))


def _trimmed(text: str) -> tuple[int, int]:
    return len(text) - len(text.lstrip()), len(text.rstrip())


def _attachment(doc: Doc, n: int, book, scores) -> tuple[str, list[Sentence]]:
    """An attachment's title and its first lines, or its line in the 附件说明."""
    holding = [c for c in doc.chunks if c.path() and _attachment_no(c.path()[0]) == n]
    if holding:
        first = holding[0]
        name = first.path()[0]
        label, _, title = name.partition(" ")
        at = first.text.find(title) if title else -1
        span = (at, at + len(title)) if at >= 0 else _trimmed(first.text)
        quotes = [
            Sentence(f"{label}是《{title or label}》。", (book.cite_chunk(first, scores, span),))
        ]
        body = [(s, e) for s, e in sentence_units(first.text, 240) if s >= span[1]][:3]
        quotes += [
            Sentence(first.text[s:e], (book.cite_chunk(first, scores, (s, e)),)) for s, e in body
        ]
        return f"《{doc.info.title}》的{label}：", quotes
    note = doc.info.field("attachments")  # listed but not part of the file
    if note is None:
        return "", []
    lines = note.value.split("\n")
    for i, line in enumerate(lines):
        m = re.match(r"^(\d{1,2})[．.、]\s*(.+)$", line.strip())
        if (m and int(m[1]) == n) or (not m and n == 1 and len(lines) == 1):
            title = m[2] if m else line.strip()
            start = note.start + sum(len(x) + 1 for x in lines[:i]) + line.find(title)
            chunk = doc.at(start)
            if chunk is None:
                return "", []
            span = (start - chunk.start, start - chunk.start + len(title))
            text = f"附件{n}：{title}（附件说明所列）。"
            return f"《{doc.info.title}》", [
                Sentence(text, (book.cite_chunk(chunk, scores, span),))
            ]
    return "", []


def _part(doc: Doc, kind: str, n: int, within, book, scores) -> tuple[str, list[Sentence]]:
    """The articles of a 编/章/节 (`within` another: (kind, n) or None): how many, which, and
    the first sentence of each, cited."""
    part, articles = None, {}
    for c in doc.chunks:
        names = _in_doc(doc, c)
        if within and not any(_part_number(x, within[0]) == within[1] for x in names):
            continue
        hit = next((x for x in names if _part_number(x, kind) == n), None)
        if hit is None:
            continue
        part = part or hit
        for x in names:
            if article_number(x):
                articles.setdefault(x, c)
    if not articles:
        return "", []
    quotes = []
    for c in list(articles.values())[:MAX_LISTED]:
        spans = clause_spans(c.section, c.text) or [(1, *_trimmed(c.text))]
        s, e = next((u for u in sentence_units(c.text, 240) if u[0] >= spans[0][1]), spans[0][1:])
        quotes.append(Sentence(c.text[s:e], (book.cite_chunk(c, scores, (s, e)),)))
    listed = "、".join(articles)
    lead = f"《{doc.cited(next(iter(articles.values())))}》{part}共{len(articles)}条：{listed}。"
    return lead, quotes


def _part_number(name: str, kind: str) -> int | None:
    m = re.match(rf"^第({NUMERAL}){kind}(?: |$)", name)
    return numeral(m[1]) if m else None
