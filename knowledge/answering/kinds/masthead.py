"""Questions about a report or page itself, not about what it reports: who wrote it
(「这篇稿子是哪位记者写的？」, "Who wrote the report on the border villages?"), when it was
published or updated (「这篇文章是哪天几点发布的？」「常见问题那个页面是哪天更新的？」), where it came
from (「这篇报道来源是哪里？」), who edited it (「审核是谁？」, from its 编辑/审核 line).

They are answered from the document's masthead — the lines under its title that carry the
dateline, the 来源 and the byline — quoted and cited, instead of from a sentence of the body that
happens to mention a 记者 (「记者从合作区管委会获悉……」). The document is the one the question
names in 《》, else the one whose title shares the most of the question's words (「观察」文章,
「常见问题」页面) and that it points at by date or kind (`doc_refs`: 「2023年11月那篇报道」, "the
May 2024 article"), retrieved ones first among equals, else the first retrieved. None when the question is not about a
document's masthead or the document has no such line; the usual answer path then answers.
"""

from __future__ import annotations

import re

from knowledge.answering.core.citations import CitationBook
from knowledge.answering.core.draft import Draft
from knowledge.answering.structure import doc_refs
from knowledge.retrieval.keyword_index import Snapshot
from knowledge.schema import Chunk, DocumentInfo, ScoredChunk, Sentence
from knowledge.text.dates import find_dates
from knowledge.text.normalise import language, normalise, simplified

_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")
HEAD_CHARS = 400  # the masthead is within the first characters of a document
_NAME = r"[\u4e00-\u9fff]{2,4}"
_EDITOR_LABELS = "责任编辑|编辑|审核|审校|校对|终审"
# the question speaks of a document (not of something the document reports)
_DOC_REF = re.compile(
    r"《[^《》]{2,80}》|这篇|那篇|该篇|本篇|这份|那份|该文|本文|原文|文章|稿子|稿件|报道|新闻稿"
    r"|页面|网页|帖子|推文|新闻(?!发布|中心|办)"
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
    "editor": re.compile(
        rf"(?:{_EDITOR_LABELS})(?:是谁|叫什么|姓什么|是哪[位个]|名字)|谁(?:编辑|审核|审校|校对)的?"
    ),
}
_EN_DOC_REF = re.compile(
    r"\b(?:article|report|story|piece|release|page|news|post|coverage|write-?up)s?\b", re.I
)
_EN_ASKS = {
    "author": re.compile(
        r"\bwho\s+(?:wrote|authored|filed|penned)\b|\b(?:author|reporter|journalist|byline)\b",
        re.I,
    ),
    "updated": re.compile(r"\b(?:last\s+)?updated\b|\bupdate\s+date\b", re.I),
    "published": re.compile(
        r"\bwhen\b.*\b(?:published|released|posted|put out|came out|come out)\b"
        r"|\b(?:publication|release)\s+(?:date|time)\b",
        re.I,
    ),
    "source": re.compile(
        r"\b(?:which|what)\s+(?:outlet|media|newspaper|paper|publication|publisher|platform"
        r"|website|site|source)\b|\bwhere\b.*\b(?:published|carried|from)\b",
        re.I,
    ),
    "editor": re.compile(r"\bwho\s+edited\b|\beditor\b", re.I),
}
_ROLE = rf"(?:通讯员|实习生|摄影|摄像|{_EDITOR_LABELS}|制图)"
_NAMES = rf"{_NAME}(?:[ \t　、，,]+(?!{_ROLE}){_NAME})*"
_BYLINE = re.compile(
    rf"(?:记者|作者|撰文|撰稿|文)\s*[:：|/｜]?\s+(?P<names>{_NAMES})"
    rf"|(?:记者|作者|撰文|撰稿)[:：|/｜]\s*(?P<names2>{_NAMES})"
)
_EDITOR = re.compile(rf"(?P<label>{_EDITOR_LABELS})\s*[:：]\s*(?P<names>{_NAMES})")
_UPDATED = re.compile(r"(?:更新(?:日期|时间)?|最后修改)\s*[:：]?\s*(?P<value>[^\s　|｜]{6,25})")
_SOURCE = re.compile(r"来源\s*[:：]\s*(?P<value>[^\s　|｜]{2,30})")
_LEAD = {
    "author": ("记者/作者", "Reporter"),
    "updated": ("更新日期", "Updated"),
    "published": ("发布时间", "Published"),
    "source": ("来源", "Source"),
    "editor": ("编辑", "Editor"),
}


def asks(question: str) -> list[str]:
    """The masthead fields a question asks for (empty unless it speaks of a document)."""
    q = normalise(question)
    if _DOC_REF.search(q):
        found = [name for name, rx in _ASKS.items() if rx.search(q)]
    elif _EN_DOC_REF.search(q):
        found = [name for name, rx in _EN_ASKS.items() if rx.search(q)]
    else:
        return []
    return [f for f in found if not (f == "published" and "updated" in found)]


def answer(
    question: str,
    hits: list[ScoredChunk],
    snap: Snapshot,
    expansion: dict[str, list[str]] | None = None,
) -> Draft | None:
    """The masthead lines asked for, quoted and cited; when the question clearly names a
    report or page (its title's words, its date, 《》) that has no such line, says so
    (abstained) rather than quote another document's line. `expansion`: an English question's words as
    Chinese terms (to match a Chinese title)."""
    fields = asks(question)
    if not fields or not hits:
        return None
    doc, named = _document(question, hits, snap, expansion or {})
    if doc is None:
        return None
    mine = sorted(snap.indexed_of(doc.doc_id), key=lambda c: c.ordinal)
    scores = {h.chunk.chunk_id: h.score for h in hits}
    book = CitationBook(snap.docs)
    zh = language(question) == "zh"
    quotes: list[Sentence] = []
    for name in fields:
        found = _editor(question, mine) if name == "editor" else _find(name, doc, _head(mine))
        if found:
            chunk, (s, e), value = found
            marker = book.cite_chunk(chunk, scores, (s, e))
            line = chunk.text[s:e].strip()
            lead = _LEAD[name][0 if zh else 1]
            if name == "editor":  # the label the line gives: 审核, 责任编辑 …
                label, value = value.split("：", 1)
                lead = label if zh else lead
            text = f"{lead}：{value}（「{line}」）" if zh else f"{lead}: {value} (“{line}”)"
            quotes.append(Sentence(text, (marker,)))
    if not quotes:  # said so only of a report or page: a book's 作者 may be in the body
        report = _DOC_REF.search(re.sub(r"《[^《》]*》", " ", normalise(question)))
        if named and mine and (report or not zh):
            return _unstated(doc, fields, mine, scores, zh)
        return None
    lead = Sentence(f"《{doc.title}》：" if zh else f"“{doc.title}”:", ())
    sentences = [lead, *quotes]
    text = "\n".join(s.text + "".join(f"[{m}]" for m in s.citations) for s in sentences)
    return Draft(text, False, citations=book.citations(), sentences=sentences)


def _unstated(
    doc: DocumentInfo, fields: list[str], mine: list[Chunk], scores: dict[str, float], zh: bool
) -> Draft:
    """「《标题》没有写明记者/作者。」, citing the document's first line."""
    book = CitationBook({doc.doc_id: doc})
    first = mine[0]
    end = first.text.find("\n")
    marker = book.cite_chunk(first, scores, (0, end if end > 0 else len(first.text)))
    if zh:
        what = "、".join(_LEAD[f][0] for f in fields)
        text = f"《{doc.title}》没有写明{what}。"
    else:
        what = " or ".join(_LEAD[f][1].lower() for f in fields)
        text = f"“{doc.title}” does not state its {what}."
    sentence = Sentence(text, (marker,))
    return Draft(f"{text}[{marker}]", True, citations=book.citations(), sentences=[sentence])


def _document(
    question: str, hits: list[ScoredChunk], snap: Snapshot, expansion: dict[str, list[str]]
) -> tuple[DocumentInfo | None, bool]:
    """The document named in 《》 (the closest title), else the one whose title holds most of
    the question's own two-character pieces (its words for a document and a field left out;
    an English word counts by its Chinese terms) and that the question points at by its date
    or kind (`doc_refs`: 「2023年11月那篇报道」, "the March 2025 report"), retrieved ones first
    among equals, else the first retrieved; and whether the
    question named it (by 《》, title words or date) rather than it being only retrieved."""
    q = normalise(question)
    live = [d for i, d in snap.docs.items() if i in snap.live]
    if named := re.findall(r"《([^《》]{2,80})》", q):
        titled = [d for d in live if any(n in normalise(d.title) for n in named)]
        return min(titled, key=lambda d: len(d.title), default=None), True
    rest = _DOC_REF.sub(" ", q)
    for rx in _ASKS.values():
        rest = rx.sub(" ", rest)
    pieces = {p for i in range(len(rest) - 1) if _CJK2.fullmatch(p := rest[i : i + 2])}
    words = [
        [w, *terms]
        for w, terms in expansion.items()
        if not (_EN_DOC_REF.fullmatch(w) or any(rx.fullmatch(w) for rx in _EN_ASKS.values()))
    ]
    refs = doc_refs.referenced(question, snap)  # its date or kind: 「2023年11月那篇报道」
    order = list(dict.fromkeys(h.chunk.doc_id for h in hits))

    def key(d: DocumentInfo) -> tuple[int, int]:
        t = normalise(d.title)
        rank = order.index(d.doc_id) if d.doc_id in order else len(order)
        found = sum(1 for p in pieces if p in t) + sum(1 for w in words if any(x in t for x in w))
        return found + (2 if d.doc_id in refs else 0), -rank

    best = max(live, key=key, default=None)
    if best is not None and key(best)[0]:
        return best, True
    return (snap.docs.get(order[0]) if order else None), False


def _head(mine: list[Chunk]) -> list[Chunk]:
    return [c for c in mine if c.start < HEAD_CHARS]


def _editor(question: str, mine: list[Chunk]) -> tuple[Chunk, tuple[int, int], str] | None:
    """The last 编辑/审核 line of the document with the label the question asks for (责任编辑,
    审核 …; a plain 编辑 is asked by 编辑 or by "editor")."""
    q = normalise(question)
    asked = re.search(r"责任编辑|审核|审校|校对|终审", q)
    want = asked.group() if asked else "编辑"
    found = None
    for chunk in mine:
        for m in _EDITOR.finditer(simplified(chunk.text)):
            label = m["label"]
            if label == want or (want == "编辑" and label == "责任编辑" and found is None):
                value = " ".join(re.split(r"[ \t　、，,]+", _as_written(chunk.text, m, "names")))
                found = (
                    chunk,
                    _line(chunk.text, m.start()),
                    f"{_as_written(chunk.text, m, 'label')}：{value}",
                )
    return found


def _find(
    name: str, doc: DocumentInfo, head: list[Chunk]
) -> tuple[Chunk, tuple[int, int], str] | None:
    """The head chunk, the span of the line that states the field, and the field's value."""
    for chunk in head:
        limit = HEAD_CHARS - chunk.start
        text = chunk.text[:limit]
        read = simplified(text)  # the labels in simplified (本報記者, 來源); values as written
        value, at = None, None
        if name == "author" and (m := _BYLINE.search(read)):
            names = _as_written(text, m, "names" if m["names"] else "names2")
            value, at = " ".join(re.split(r"[ \t　、，,]+", names)), m.start()
        elif name == "updated" and (m := _UPDATED.search(read)):
            value, at = _as_written(text, m, "value"), m.start()
        elif name == "source" and (m := _SOURCE.search(read)):
            value, at = _as_written(text, m, "value"), m.start()
        elif name == "published" and doc.published:
            value, at = doc.published, _written(text, doc.published[:10])
        if value is not None and at is not None:
            return chunk, _line(chunk.text, at), value
    return None


_SPACED = re.compile(r"(?<!\d)(\d{4})\s+(\d{1,2})/(\d{1,2})(?!\d)")  # 「2025 03/18」


def _written(text: str, day: str) -> int | None:
    """Where the text writes the ISO `day`, in whatever form (2024年07月17日, 2024 11/26)."""
    if (i := text.find(day)) >= 0:
        return i
    found = [s for s, _e, v in find_dates(text) if v == day]
    found += [m.start() for m in _SPACED.finditer(text) if f"{m[1]}-{m[2]:0>2}-{m[3]:0>2}" == day]
    return min(found, default=None)


def _as_written(text: str, m: re.Match, group: str) -> str:
    """A group matched in the simplified reading, in the document's own characters."""
    return text[m.start(group) : m.end(group)]


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, end if end >= 0 else len(text)
