"""Questions about a report or page itself, not about what it reports: who wrote it
(「这篇稿子是哪位记者写的？」), when it was published or updated (「这篇文章是哪天几点发布的？」
「常见问题那个页面是哪天更新的？」), where it came from (「这篇报道来源是哪里？」).

They are answered from the document's masthead — the lines under its title that carry the
dateline, the 来源 and the byline — quoted and cited, instead of from a sentence of the body that
happens to mention a 记者 (「记者从合作区管委会获悉……」). The document is the one the question
names in 《》, else the retrieved one whose title shares the most of the question's words
(「观察」文章, 「常见问题」页面), else the first retrieved. None when the question is not about a
document's masthead or the document has no such line; the usual answer path then answers.
"""

from __future__ import annotations

import re

from knowledge.answering.citations import CitationBook
from knowledge.answering.draft import Draft
from knowledge.retrieval.keyword_index import Snapshot
from knowledge.schema import Chunk, DocumentInfo, ScoredChunk, Sentence
from knowledge.text.normalise import normalise

_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")
HEAD_CHARS = 400  # the masthead is within the first characters of a document
# the question speaks of a document (not of something the document reports)
_DOC_REF = re.compile(
    r"《[^《》]{2,80}》|这篇|那篇|该篇|本篇|这份|那份|该文|本文|原文|文章|稿子|稿件|报道|新闻稿"
    r"|页面|网页|帖子|推文"
)
_ASKS = {
    "author": re.compile(
        r"哪[位个名]记者|记者(?:是谁|叫什么|姓什么|是哪[位个]|名字)|谁(?:写的|撰写|采写|执笔)"
        r"|作者(?:是谁|叫什么|是哪[位个])|署名"
    ),
    "updated": re.compile(
        r"(?:哪天|哪一天|什么时候|何时|几号|日期|时间)[^，。？?]{0,6}更新|更新(?:日期|时间|于)"
    ),
    "published": re.compile(
        r"(?:哪天|哪一天|什么时候|何时|几点|几号|日期|时间)[^，。？?]{0,6}(?:发布|发表|刊发|刊登|推送|发出|上线|发的)"
        r"|(?:发布|发表|刊发)(?:日期|时间|于)"
    ),
    "source": re.compile(r"来源|出自哪|哪家媒体|哪个媒体|哪个平台|刊发在|发在哪|登在哪"),
}
_NAME = r"[\u4e00-\u9fff]{2,4}"
_BYLINE = re.compile(
    rf"(?:记者|作者|撰文|撰稿|文)\s*[:：|/｜]?\s+(?P<names>{_NAME}(?:[ \t　、，,]+{_NAME})*)"
    rf"|(?:记者|作者|撰文|撰稿)[:：|/｜]\s*(?P<names2>{_NAME}(?:[ \t　、，,]+{_NAME})*)"
)
_UPDATED = re.compile(r"(?:更新(?:日期|时间)?|最后修改)\s*[:：]?\s*(?P<value>[^\s　|｜]{6,25})")
_SOURCE = re.compile(r"来源\s*[:：]\s*(?P<value>[^\s　|｜]{2,30})")
_LEAD = {
    "author": "记者/作者",
    "updated": "更新日期",
    "published": "发布时间",
    "source": "来源",
}


def asks(question: str) -> list[str]:
    """The masthead fields a question asks for (empty unless it speaks of a document)."""
    q = normalise(question)
    if not _DOC_REF.search(q):
        return []
    found = [name for name, rx in _ASKS.items() if rx.search(q)]
    return [f for f in found if not (f == "published" and "updated" in found)]


def answer(question: str, hits: list[ScoredChunk], snap: Snapshot) -> Draft | None:
    fields = asks(question)
    if not fields or not hits:
        return None
    doc = _document(question, hits, snap)
    if doc is None:
        return None
    head = _head(doc.doc_id, snap.chunks)
    scores = {h.chunk.chunk_id: h.score for h in hits}
    book = CitationBook(snap.docs)
    quotes: list[Sentence] = []
    for name in fields:
        if found := _find(name, doc, head):
            chunk, (s, e), value = found
            marker = book.cite_chunk(chunk, scores, (s, e))
            line = chunk.text[s:e].strip()
            quotes.append(Sentence(f"{_LEAD[name]}：{value}（「{line}」）", (marker,)))
    if not quotes:
        return None
    lead = Sentence(f"《{doc.title}》：", ())
    sentences = [lead, *quotes]
    text = "\n".join(s.text + "".join(f"[{m}]" for m in s.citations) for s in sentences)
    return Draft(text, False, citations=book.citations(), sentences=sentences)


def _document(question: str, hits: list[ScoredChunk], snap: Snapshot) -> DocumentInfo | None:
    """The document named in 《》 (the closest title), else the one whose title holds most of
    the question's own two-character pieces (its words for a document and a field left out),
    retrieved ones first among equals, else the first retrieved."""
    q = normalise(question)
    live = [d for i, d in snap.docs.items() if i in snap.live]
    if named := re.findall(r"《([^《》]{2,80})》", q):
        titled = [d for d in live if any(n in normalise(d.title) for n in named)]
        return min(titled, key=lambda d: len(d.title), default=None)
    rest = _DOC_REF.sub(" ", q)
    for rx in _ASKS.values():
        rest = rx.sub(" ", rest)
    pieces = {p for i in range(len(rest) - 1) if _CJK2.fullmatch(p := rest[i : i + 2])}
    order = list(dict.fromkeys(h.chunk.doc_id for h in hits))

    def key(d: DocumentInfo) -> tuple[int, int]:
        t = normalise(d.title)
        rank = order.index(d.doc_id) if d.doc_id in order else len(order)
        return sum(1 for p in pieces if p in t), -rank

    best = max(live, key=key, default=None)
    if best is not None and key(best)[0]:
        return best
    return snap.docs.get(order[0]) if order else None


def _head(doc_id: str, chunks: list[Chunk]) -> list[Chunk]:
    mine = sorted((c for c in chunks if c.doc_id == doc_id), key=lambda c: c.ordinal)
    return [c for c in mine if c.start < HEAD_CHARS]


def _find(
    name: str, doc: DocumentInfo, head: list[Chunk]
) -> tuple[Chunk, tuple[int, int], str] | None:
    """The head chunk, the span of the line that states the field, and the field's value."""
    for chunk in head:
        limit = HEAD_CHARS - chunk.start
        text = chunk.text[:limit]
        value, at = None, None
        if name == "author" and (m := _BYLINE.search(text)):
            value, at = " ".join(re.split(r"[ \t　、，,]+", m["names"] or m["names2"])), m.start()
        elif name == "updated" and (m := _UPDATED.search(text)):
            value, at = m["value"], m.start()
        elif name == "source" and (m := _SOURCE.search(text)):
            value, at = m["value"], m.start()
        elif name == "published" and doc.published and (i := text.find(doc.published)) >= 0:
            value, at = doc.published, i
        if value is not None and at is not None:
            return chunk, _line(chunk.text, at), value
    return None


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, end if end >= 0 else len(text)
