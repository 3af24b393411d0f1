"""Which documents a structure question is about: the retrieved ones that have a structure or
公文 fields, in rank order; one named in 《》 (read even if not retrieved, the closest title
first) or by its 文种 (「这个办法」「…办法第三条」, a 「关于印发…办法的通知」 being the 办法 it
issues) first, and among those the one whose title the question quotes the most of. A notice
issuing several documents (「关于印发《A》和《B》的通知」) is one view per document it issues."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from knowledge.documents.issued import cited_as, issued_title, issued_titles
from knowledge.retrieval.keyword_index import Snapshot
from knowledge.schema import Chunk, DocField, DocumentInfo, ScoredChunk

TITLE_Q = re.compile(r"《([^《》]{2,80})》")
TYPE_Q = re.compile(r"办法|规定|通知|意见|决定|方案|细则|条例|规则|解读|措施|指引|指南")
_OWN = frozenset({"effective", "validity", "repeals"})  # each issued document has its own
_MIN_QUOTED = 4
_VERB_BEFORE = re.compile(
    r"(?:怎么|怎样|如何|是否|有何|有没有|作出|做出|所|对此|专门|明确)$"
)  # characters of a title a question must share to be taken as naming it


@dataclass
class Doc:
    info: DocumentInfo
    chunks: list[Chunk] = field(default_factory=list)  # in order
    part: str | None = None  # the document this view is of, in a notice issuing several

    def at(self, offset: int) -> Chunk | None:
        return next((c for c in self.chunks if c.start <= offset < c.end), None)

    def cited(self, chunk: Chunk) -> str:
        """The title the chunk's article is cited under (the 办法 a notice issues), else the
        document's."""
        return cited_as(self.info.title, chunk.section) or self.info.title

    def field(self, name: str) -> DocField | None:
        """The record's field; of a view, the one inside the document viewed when there is
        one (each 办法 a notice issues has its own 施行 and 有效期 clause)."""
        found = [f for f in self.info.fields if f.name == name]
        mine = [c for c in self.chunks if self.part and c.path()[:1] == [self.part]]
        inside = [f for f in found if any(c.start <= f.start < c.end for c in mine)]
        if self.part and name in _OWN:
            return inside[0] if inside else None  # another 办法's 有效期 is not this one's
        return (inside or found or [None])[0]

    @property
    def title(self) -> str:
        """The title the question names it by: the one issued (by a 印发 notice), else its own."""
        return self.part or issued_title(self.info.title) or self.info.title


def documents(question: str, hits: list[ScoredChunk], snap: Snapshot) -> list[Doc]:
    """The retrieved documents that have a structure or 公文 fields, in rank order; a document
    named in 《》 or by its 文种 (这个办法) first, and only the named one when 《》 names one."""
    named = TITLE_Q.findall(question)  # a document named is read even if not retrieved
    order = list(dict.fromkeys(h.chunk.doc_id for h in hits))
    order += sorted(d for d in snap.live if named and d in snap.docs and d not in order)
    structured = {h.chunk.doc_id for h in hits if h.chunk.section}
    docs = {
        d: Doc(snap.docs[d])
        for d in order
        if d in snap.docs and (snap.docs[d].fields or d in structured)
    }
    for d, doc in docs.items():  # in the index's order, as a walk over every chunk found them
        # a repealed 细则 a current notice issued: not
        doc.chunks.extend(c for c in snap.indexed_of(d) if snap.admits(c))
    out = sorted(docs.values(), key=lambda d: order.index(d.info.doc_id))
    for doc in out:
        doc.chunks.sort(key=lambda c: c.ordinal)
    out = [v for d in out for v in _views(d, hits)]
    if named:  # the closest title first: 《管理办法》 is the 办法, not its 解读
        out = [d for d in out if any(n in d.info.title or d.info.title in n for n in named)]
        out.sort(key=lambda d: (d.part and not any(n in d.part for n in named), len(d.title)))
    else:  # the one whose title the question quotes: 「农机作业补贴管理办法第四条」
        quoted = {id(d): title_quoted(question, d.title) for d in out}
        best = max(quoted.values(), default=0)
        out = [d for d in out if quoted[id(d)] == best]  # no other document answers for it
    kinds = named_kinds(question)  # a title ends with its 文种: 「办法实施细则」 is a 细则
    return sorted(out, key=lambda d: bool(kinds) and doc_kind(d) != kinds[-1])


def named_kinds(question: str) -> list[str]:
    """The 文种 the question names, in order; 「规定」 right after another (「办法规定的比例」), after
    怎么/如何/是否/所… or before 了 is the verb, no 文种."""
    found = list(TYPE_Q.finditer(question))
    return [
        m[0]
        for k, m in enumerate(found)
        if not (
            m[0] == "规定"
            and (
                (k and found[k - 1].end() == m.start())
                or _VERB_BEFORE.search(question[: m.start()])
                or question[m.end() : m.end() + 1] == "了"
            )
        )
    ]


def _views(doc: Doc, hits: list[ScoredChunk]) -> list[Doc]:
    """One view per document a notice issues (its own passages, the notice's too), the one
    the first retrieved passage is in first; the document itself for any other."""
    parts = issued_titles(doc.info.title)
    if not parts:
        return [doc]
    first = next((h.chunk.path()[:1] for h in hits if h.chunk.doc_id == doc.info.doc_id), [])
    parts.sort(key=lambda p: [p] != first)
    views = [
        Doc(
            doc.info,
            [c for c in doc.chunks if c.path()[:1] in ([p], []) or c.path()[0] not in parts],
            p,
        )
        for p in parts
    ]
    held = [v for v in views if any(c.path()[:1] == [v.part] for c in v.chunks)]
    return held or views  # a document whose passages do not answer (superseded) has no view


def title_quoted(question: str, title: str) -> int:
    """The longest run of the title's characters the question writes (0 below four)."""
    m = SequenceMatcher(None, question, title, autojunk=False)
    n = m.find_longest_match(0, len(question), 0, len(title)).size
    return n if n >= _MIN_QUOTED else 0


def doc_kind(doc: Doc) -> str | None:
    if doc.part:
        named = TYPE_Q.findall(doc.part)
        return named[-1] if named else None
    return kind(doc.info)


def kind(info: DocumentInfo) -> str | None:
    """The 文种 a question means by the document: of the 办法 a 「关于印发…办法的通知」 issues
    (its articles are the notice's structure), else the document's own."""
    issued = issued_title(info.title)
    named = TYPE_Q.findall(issued) if issued else []
    return named[-1] if named else info.doc_type
