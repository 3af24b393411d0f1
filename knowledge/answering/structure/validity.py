"""Which documents answer: a question's scope (issuer, dates, 文种, documents), and current
versions before superseded ones. A superseded document answers only when no current one in
scope does, and the answer then says so — the same for each document a notice issuing several
carries (its row, 「<id>#2」: a repealed 细则 is superseded while the 办法 beside it is not); a
question that names the old version (its 文号, a title no current document bears, 「暂行办法」
when only the old one was 暂行, 「原办法」 「修订前」) searches every version at once."""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.answering.core.draft import Draft
from knowledge.documents.gongwen_fields import doc_type
from knowledge.documents.issued import issued_title, issued_titles
from knowledge.errors import NO_SCOPE_MATCH, ScopeError
from knowledge.retrieval.keyword_index import Snapshot
from knowledge.schema import DocumentInfo, Scope, Sentence, part_id
from knowledge.storage.versions import number_key, row_id, title_key
from knowledge.text.tokens import OLD_WORDS

OLD_VERSION = re.compile(
    r"旧版|老版|原来的|原先|修订前|修改前|废止前|之前的版本|以前的版本|上一版|原办法|原规定|"
    r"原《|已废止|被废止|废止的|被替代的|被取代的|" + OLD_WORDS
)


def scoped(snap: Snapshot, scope: Scope | None) -> Snapshot:
    """The snapshot narrowed to the documents in `scope`; ScopeError when none is. A row of the
    list named (「<id>#2」, a document a notice issues) leaves the notice's other documents out."""
    if scope is None or scope.empty:
        return snap
    ids = {d for d in snap.live if (info := snap.docs.get(d)) and in_scope(scope, info)}
    if not ids:
        raise ScopeError(NO_SCOPE_MATCH.format(describe(scope)))
    named = set(scope.doc_ids or ())
    notices = {i.partition("#")[0] for i in named if "#" in i} - named
    others = {part_id(n, p.number) for n in notices if n in snap.docs for p in snap.docs[n].parts}
    return snap.scoped(ids, frozenset(others - named))


def in_scope(scope: Scope, info: DocumentInfo) -> bool:
    """Whether the document is in scope; a 文种 asked for is also that of a document the notice
    carries (「关于印发…办法的通知」 is in a scope of 办法, its articles being the 办法's); a
    document's row in the list (「<id>#2」, one a notice issues) names the notice."""
    if scope.doc_ids and any("#" in i for i in scope.doc_ids):
        scope = replace(scope, doc_ids=tuple(i.partition("#")[0] for i in scope.doc_ids))
    if scope.matches(info):
        return True
    if not scope.doc_type:
        return False
    titles = issued_titles(info.title) or [t for t in [issued_title(info.title)] if t]
    carried = {doc_type(t) for t in titles} | {p.doc_type for p in info.parts}
    return scope.doc_type in carried and scope.matches(replace(info, doc_type=scope.doc_type))


def describe(scope: Scope) -> str:
    """A scope in words: 「发文机关含“财政局”，日期 2024-01-01 至 …，文种 办法」."""
    parts = [f"发文机关含“{scope.issuer}”"] if scope.issuer else []
    if scope.since or scope.until:
        parts.append(f"日期 {scope.since or '…'} 至 {scope.until or '…'}")
    parts += [f"文种 {scope.doc_type}"] if scope.doc_type else []
    parts += [f"{len(scope.doc_ids)} 个指定文档"] if scope.doc_ids else []
    return "，".join(parts)


def current_first(question: str, snap: Snapshot) -> Snapshot | None:
    """The snapshot with the current documents only, to be tried first; None when there is
    nothing to prefer (no superseded document in reach, none current, or the question asks
    for an old version). A superseded row of a current notice is left out by its passages."""
    old = snap.superseded
    if not old:  # most stores: nothing superseded, no walk over the documents
        return None
    current = snap.in_force_ids
    if not current or asks_old(question, old, snap.in_force):
        return None
    return snap.scoped(current, frozenset(d.doc_id for d in old if d.part_of))


# a version named by its year: 「2021年版」「2021版」「2021年那版」「2021年的那个版本」
_EDITION = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:的)?(?:那一?|这一?)?(?:个)?版(?:本)?")
_EVERYDAY = re.compile(r"原来的|原先")  # 「按原来的比例」 is no version


def old_asked(question: str, snap: Snapshot) -> frozenset[str]:
    """The superseded documents in reach when the question plainly asks for an old version
    (旧版, 原办法, its 文号 …; their passages answer first); empty otherwise."""
    old = snap.superseded
    question = _EVERYDAY.sub("", question)
    if not old or not asks_old(question, old, snap.in_force):
        return frozenset()
    return frozenset(d.doc_id for d in old)


def asks_old(question: str, old: list[DocumentInfo], current: list[DocumentInfo]) -> bool:
    if OLD_VERSION.search(question):
        return True
    for mark in ("暂行", "试行"):  # 「暂行办法」 when only an old version is 暂行
        if mark in question and any(mark in d.title for d in old):
            if not any(mark in d.title for d in current):
                return True
    numbers = number_key(question)
    if any(d.doc_number and number_key(d.doc_number) in numbers for d in old):
        return True
    for year in _EDITION.findall(question):  # 「2021年版办法」: the version of that year
        if any((d.date() or "")[:4] == year for d in old) and all(
            (d.date() or "")[:4] != year for d in current
        ):
            return True
    asked = title_key(question)
    titles = {title_key(d.title) for d in current}
    return any(len(k := title_key(d.title)) >= 4 and k in asked and k not in titles for d in old)


def marked(draft: Draft, docs: dict[str, DocumentInfo]) -> Draft:
    """An answer drawn from superseded documents says so first: 「注意：以下内容出自已废止的
    《…》（…号），它已被《…》（…号）替代。」 (the extractive text starts with it; a model's
    answer, already streamed, carries it as the notice)."""
    if draft.abstained:
        return draft
    cited = [c for c in draft.citations if c.status == "superseded"]
    old = dict.fromkeys(row_id(docs, c.doc_id, c.start) for c in cited)
    notes = [note(docs[d], docs) for d in old if d in docs]
    if not notes:
        return draft
    text = "".join(notes)
    if draft.mode != "extractive":
        return replace(draft, notice=" ".join(filter(None, [text, draft.notice])))
    sentences = [Sentence(text, ()), *draft.sentences]
    return replace(draft, answer=f"{text}\n{draft.answer}", sentences=sentences)


def note(old: DocumentInfo, docs: dict[str, DocumentInfo]) -> str:
    new = docs.get(old.superseded_by or "")
    then = f"《{old.title}》{_which(old)}"
    now = f"《{new.title}》{_which(new)}" if new else "新版本"
    if old.superseded_as == "repealed":
        return f"注意：以下内容出自已废止的{then}，它已被{now}替代。"
    return f"注意：以下内容出自已被替代的旧版{then}，现行版本为{now}。"


def _which(d: DocumentInfo) -> str:
    tag = d.doc_number or d.issued_on or d.published_on
    return f"（{tag}）" if tag else ""
