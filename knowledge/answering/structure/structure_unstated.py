"""A 公文 field asked of a document that does not state it — the 有效期 of a 细则 with no such
clause, the 文号 of a news report or a 解读, the attachments of a notice with none: said so
(「《…》中没有写明有效期。」), the document's nearest passage cited, instead of another document's
field or another field. Only when the question names the document (its title's words, or 《》)
and no document it names as well has the field."""

from __future__ import annotations

from knowledge.answering.core.citations import CitationBook
from knowledge.answering.core.draft import Draft
from knowledge.answering.structure.structure_docs import (
    TITLE_Q,
    Doc,
    doc_kind,
    named_kinds,
    title_quoted,
)
from knowledge.schema import DocumentInfo, ScoredChunk, Sentence
from knowledge.text.normalise import language

# the fields a document may lack (施行, 发文机关, 成文日期 and 废止 are read elsewhere too)
LABELS = {
    "validity": "有效期",
    "doc_number": "发文字号",
    "attachments": "附件",
    "cc": "抄送机关",
    "recipients": "主送机关",
}
_EN = {
    "validity": "period of validity",
    "doc_number": "document number",
    "attachments": "annexes",
    "cc": "copy recipients",
    "recipients": "addressees",
}
RULE = "structure:unstated"


def unstated(
    question: str,
    asks: tuple[str, object],
    found: list[Doc],
    hits: list[ScoredChunk],
    docs: dict[str, DocumentInfo],
) -> Draft | None:
    """The abstention when the document the question names lacks every field asked (or, for
    「附件2是什么」, has no attachment at all); None otherwise."""
    kind, arg = asks
    if kind == "fields":
        names = [n for n in arg if n in LABELS]
        if not names or len(names) != len(arg):
            return None
    elif kind == "attachment":
        names = ["attachments"]
    else:
        return None
    named = _named(question, found)
    if not named or any(_has(d, n) for d in named for n in names):
        return None
    doc = named[0]
    book = CitationBook(docs)
    mine = [h for h in hits if h.chunk.doc_id == doc.info.doc_id]
    nearest = mine[0] if mine else (ScoredChunk(doc.chunks[0], 0.0) if doc.chunks else None)
    if nearest is None:
        return None
    mark = book.cite(nearest)
    title = doc.part or doc.info.title
    title = title if title.startswith("《") else f"《{title}》"  # a 解读's title quotes the 办法
    if language(question) != "zh":
        text = f"{title} does not state its {' or '.join(_EN[n] for n in names)}."
    elif names == ["attachments"]:
        text = f"{title}没有附件。"
    else:
        text = f"{title}中没有写明{'、'.join(LABELS[n] for n in names)}。"
    return Draft(
        text + f"[{mark}]",
        True,
        citations=book.citations(),
        sentences=[Sentence(text, (mark,))],
        rule=RULE,
    )


def _named(question: str, found: list[Doc]) -> list[Doc]:
    """The documents the question names: in 《》, or by four characters of its title in a row,
    of the 文种 it names last when it names one."""
    quoted = TITLE_Q.findall(question)
    kinds = named_kinds(question)
    return [
        d
        for d in found
        if (any(n in d.info.title or d.info.title in n for n in quoted) if quoted
            else title_quoted(question, d.title) > 0)
        and (not kinds or doc_kind(d) == kinds[-1])
    ]  # fmt: skip


def _has(doc: Doc, name: str) -> bool:
    if name == "attachments":
        return doc.field(name) is not None or any(
            c.path()[:1] and c.path()[0].startswith("附件") for c in doc.chunks
        )
    return doc.field(name) is not None
