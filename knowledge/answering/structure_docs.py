"""Which documents a structure question is about: the retrieved ones that have a structure or
公文 fields, in rank order; one named in 《》 (read even if not retrieved, the closest title
first) or by its 文种 (「这个办法」「…办法第三条」, a 「关于印发…办法的通知」 being the 办法 it
issues) first."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.documents.issuers import cited_as, issued_title
from knowledge.retrieval.keyword_index import Snapshot
from knowledge.schema import Chunk, DocumentInfo, ScoredChunk

_TITLE_Q = re.compile(r"《([^《》]{2,80})》")
_TYPE_Q = re.compile(r"办法|规定|通知|意见|决定|方案|细则|条例|规则|解读|措施|指引|指南")


@dataclass
class Doc:
    info: DocumentInfo
    chunks: list[Chunk] = field(default_factory=list)  # in order

    def at(self, offset: int) -> Chunk | None:
        return next((c for c in self.chunks if c.start <= offset < c.end), None)

    def cited(self, chunk: Chunk) -> str:
        """The title the chunk's article is cited under (the 办法 a notice issues), else the
        document's."""
        return cited_as(self.info.title, chunk.section) or self.info.title


def documents(question: str, hits: list[ScoredChunk], snap: Snapshot) -> list[Doc]:
    """The retrieved documents that have a structure or 公文 fields, in rank order; a document
    named in 《》 or by its 文种 (这个办法) first, and only the named one when 《》 names one."""
    named = _TITLE_Q.findall(question)  # a document named is read even if not retrieved
    order = list(dict.fromkeys(h.chunk.doc_id for h in hits))
    order += sorted(d for d in snap.live if named and d in snap.docs and d not in order)
    structured = {h.chunk.doc_id for h in hits if h.chunk.section}
    docs = {
        d: Doc(snap.docs[d])
        for d in order
        if d in snap.docs and (snap.docs[d].fields or d in structured)
    }
    for c in snap.chunks:
        if c.doc_id in docs:
            docs[c.doc_id].chunks.append(c)
    out = sorted(docs.values(), key=lambda d: order.index(d.info.doc_id))
    for doc in out:
        doc.chunks.sort(key=lambda c: c.ordinal)
    if named:  # the closest title first: 《管理办法》 is the 办法, not its 解读
        out = [d for d in out if any(n in d.info.title or d.info.title in n for n in named)]
        out.sort(key=lambda d: len(d.info.title))
    kinds = _TYPE_Q.findall(question)  # a title ends with its 文种: 「办法实施细则」 is a 细则
    return sorted(out, key=lambda d: bool(kinds) and kind(d.info) != kinds[-1])


def kind(info: DocumentInfo) -> str | None:
    """The 文种 a question means by the document: of the 办法 a 「关于印发…办法的通知」 issues
    (its articles are the notice's structure), else the document's own."""
    issued = issued_title(info.title)
    named = _TYPE_Q.findall(issued) if issued else []
    return named[-1] if named else info.doc_type
