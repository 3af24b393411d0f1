"""Versions and validity, derived from the document records alone: which documents a newer one
superseded. Nothing is written when a version arrives or goes, so there is nothing to leave
half-done: a record's status follows from the set of records, in whatever order they came, and
removing the newer document makes the older current again.

A document is superseded by
1. one uploaded to replace it (`replaces`, the CLI's --replace, the API's `replace` field);
2. a normative document (not a 解读) that repeals it: 「原《…》（…号）同时废止」 names its title
   (compared without 《》, spaces, 试行/暂行/修订 marks) and, when the clause gives 文号, its
   number; a clause naming no title (「…号文件同时废止」) names it by its 文号 alone; a repeal
   never reaches a document dated after the one repealing it;
3. a later version of the same title and 文种: both 公文 (a 文种 — 解读 and 问答 too — or a
   文号), or both uploaded under the same file name (a 常见问题 page or a report uploaded again);
   ordered by date (成文, 施行, published; an undated one first), then by when they were added.
   News reports under different file names never supersede each other: different reports can
   share a headline. A paste without a title (「pasted.txt」) names no file.

A document a notice issues is a version under its own title and 文种, not only the notice's:
the 办法 of 「关于印发修订后管理办法的通知」 (after its 落款 or as 附件) is a later version of the
one 「关于印发《…办法》的通知」 issued, and its 「原《…》同时废止」 reaches that notice. A notice
issuing several documents has a row for each (`part_rows`): each is a version on its own, and
the notice is superseded once all of them are. The passages of a row (`row_id`) carry its
status, so a repealed 细则 stops answering while the 办法 issued beside it still answers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from knowledge.errors import PART_NOT_REMOVABLE, PartRemovalError
from knowledge.schema import UNTITLED_PASTE, DocumentInfo, ScopeOptions, part_id
from knowledge.text.doc_numbers import BRACKETED_NUMBER

NOT_NORMATIVE = {"解读", "答记者问", "问答"}  # they describe another document's effect
_MARKS = re.compile(
    r"[（(](?:试行|暂行|修订|修订稿|修正|\d{4}年(?:修订|修正|版)|\d{4}版)[）)]|暂行|试行"
)
_NOISE = re.compile(r"[\s\u3000《》〈〉「」“”\"'·]+")
_BY_NUMBER = re.compile(
    r"号(?:文件|文)?[ \t\u3000]*(?:同时|即行|自行|一并)?(?:废止|停止执行|不再执行|失效)"
)
_BRACKETS = str.maketrans("[［【(（]］】)）", "〔〔〔〔〔〕〕〕〕〕")


def title_key(title: str) -> str:
    """A title as versions compare it: 《青禾市园区合作共建暂行办法》 and 「青禾市园区合作共建办法
    （2024年修订）」 are the same document's versions."""
    return _MARKS.sub("", _NOISE.sub("", title or ""))


def number_key(number: str) -> str:
    return re.sub(r"[\s第]", "", (number or "").translate(_BRACKETS))


def resolve(docs: list[DocumentInfo], rows: bool = False) -> list[DocumentInfo]:
    """The records with `status`, `superseded_by` and `superseded_as` set (same order); with
    `rows`, each notice issuing several documents followed by a row for each (`part_rows`)."""
    every = [r for d in docs for r in [d, *part_rows(d)]]
    successor: dict[str, tuple[str, str]] = {}  # old doc_id -> (new doc_id, how)

    def link(old: DocumentInfo, new: DocumentInfo, how: str) -> None:
        if _owner(old.doc_id) == _owner(new.doc_id) or old.doc_id in successor:
            return
        step = new.doc_id
        while step in successor:  # would close a circle: the newer one is older already
            step = successor[step][0]
            if step == old.doc_id:
                return
        successor[old.doc_id] = (new.doc_id, how)

    by_id = {d.doc_id: d for d in every}
    by_title: dict[str, list[DocumentInfo]] = {}
    for d in every:
        for key in _names(d):
            by_title.setdefault(key, []).append(d)
    for new in every:
        for old_id in new.replaces:
            if old_id in by_id:
                link(by_id[old_id], new, "replaced")
    by_number: dict[str, list[DocumentInfo]] = {}
    for d in every:
        if d.doc_number and not d.part_of:
            by_number.setdefault(number_key(d.doc_number), []).append(d)
    for new in every:
        if new.doc_type in NOT_NORMATIVE or len(new.parts) > 1:
            continue  # a notice issuing several: each of its rows repeals what it says
        clause = " ".join(f.value for f in new.fields if f.name == "repeals")
        numbers = {number_key(m[0]) for m in BRACKETED_NUMBER.finditer(clause)}
        for title in new.repeals:
            for old in by_title.get(title_key(title), []):
                if old.doc_number and numbers and number_key(old.doc_number) not in numbers:
                    continue
                if _date(old) and _date(new) and _date(old) > _date(new):
                    continue
                link(old, new, "repealed")
        if new.repeals or not _BY_NUMBER.search(clause):
            continue
        for old in (d for key in numbers for d in by_number.get(key, [])):
            if not (_date(old) and _date(new) and _date(old) > _date(new)):
                link(old, new, "repealed")  # 「桐城管规〔2019〕2号文件同时废止」: by 文号 alone
    for key, same in by_title.items():
        for chain in _same_document(same, key):
            ordered = sorted(chain, key=_order)
            for old, new in zip(ordered, ordered[1:]):
                link(old, new, "replaced")
    for d in docs:  # a notice whose every document has a later version is superseded with them
        ids = [part_id(d.doc_id, p.number) for p in d.parts] if len(d.parts) > 1 else []
        if ids and d.doc_id not in successor and all(i in successor for i in ids):
            successor[d.doc_id] = successor[ids[0]]
    out = [_with(d, successor.get(d.doc_id), rows) for d in (every if rows else docs)]
    return out


def part_rows(d: DocumentInfo, single: bool = False) -> list[DocumentInfo]:
    """A row for each document a notice issuing several carries: its own title, 文种, 施行
    date, repealed titles and chunks, the notice's 文号, 发文机关 and dates, `part_of` the
    notice; none for a notice issuing one (its row is that document's), unless `single`."""
    if len(d.parts) < (1 if single else 2):
        return []
    return [
        replace(
            d,
            doc_id=part_id(d.doc_id, p.number),
            title=p.title,
            doc_type=p.doc_type,
            effective_on=p.effective_on or d.effective_on,
            repeals=p.repeals,
            replaces=(),
            chunks=p.chunks,
            fields=tuple(f for f in d.fields if p.start <= f.start and f.end <= p.end),
            parts=(),
            part_of=d.doc_id,
        )  # fmt: skip
        for p in d.parts
    ]


def listing(docs: list[DocumentInfo]) -> list[DocumentInfo]:
    """The rows a document list shows: `resolve` with rows, and after a notice issuing one
    document under another title (「关于印发…办法的通知」 whose body is the 办法) a row for that
    document too — its title, 文种 and 施行 date; the notice's 文号, 发文机关, dates and status
    — so it is listed under its own name. Passages still answer for the notice."""
    out = []
    for d in resolve(docs, rows=True):
        out.append(d)
        if len(d.parts) == 1 and not d.part_of and _names(d)[0] != _names(d)[1]:
            out += part_rows(d, single=True)
    return out


def with_rows(docs: dict[str, DocumentInfo]) -> dict[str, DocumentInfo]:
    """The records by id with, when a notice issues several documents, a record for each of
    them under its row id (「<id>#2」), every status derived with the rows: a 细则 a later one
    repealed is superseded while the notice and the 办法 it also issued stay current. `docs`
    itself when no notice issues several (nothing to add)."""
    if not any(len(d.parts) > 1 for d in docs.values()):
        return docs
    records = [d for d in docs.values() if not d.part_of]  # rows already there are made again
    return {d.doc_id: d for d in resolve(records, rows=True)}


def row_id(docs: Mapping[str, DocumentInfo], doc_id: str, offset: int) -> str:
    """The row a passage at `offset` of `doc_id` answers for: in a notice issuing several
    documents, the row of the one it lies in (when `docs` holds the rows, see `with_rows`);
    else, and in the notice's own text, the document itself."""
    info = docs.get(doc_id)
    if info is None or len(info.parts) < 2:
        return doc_id
    part = next((p for p in info.parts if p.start <= offset < p.end), None)
    row = part_id(doc_id, part.number) if part else doc_id
    return row if row in docs else doc_id


def part_removal(rows: list[DocumentInfo], row: str) -> bool:
    """Removing the row of a document a notice issues (「<id>#2」, among `rows`): it is part of
    the notice's text and record, so it is not removed alone — PartRemovalError says why and
    what to do (supersede it, or remove the notice); False when there is no such row."""
    if (message := part_message(rows, row, PART_NOT_REMOVABLE)) is None:
        return False
    raise PartRemovalError(message)


def part_message(rows: list[DocumentInfo], row: str, template: str) -> str | None:
    """`template` (PART_NOT_REMOVABLE, PART_NOT_REPLACED) told of the document a notice issues
    at `row` (「<id>#2」, among `rows`) and of that notice; None when there is no such row."""
    part = next((d for d in rows if d.doc_id == row and d.part_of), None)
    notice = next((d for d in rows if part and d.doc_id == part.part_of), None)
    if part is None or notice is None:
        return None
    return template.format(part=part.title, notice=notice.title, notice_id=notice.doc_id)


def _owner(doc_id: str) -> str:
    return doc_id.partition("#")[0]


def _names(d: DocumentInfo) -> list[str]:
    """The title keys a record is a version under: its own title's, and that of the one
    document a notice carries (「关于印发修订后管理办法的通知」 is also the 办法 it issues)."""
    keys = [title_key(d.title)]
    return keys + [title_key(d.parts[0].title)] if len(d.parts) == 1 else keys


def _same_document(same_title: list[DocumentInfo], key: str) -> list[list[DocumentInfo]]:
    """Versions of one document among records of the same title: the 公文 of each 文种 (of the
    document a notice issues when that is the title matched), and the others (news, pages
    without a 文种) uploaded under the same file name."""
    groups: dict[tuple, list[DocumentInfo]] = {}
    for d in same_title:
        if d.doc_type or d.doc_number:
            carried = len(d.parts) == 1 and key != title_key(d.title)
            group: tuple = ("formal", d.parts[0].doc_type if carried else d.doc_type)
        elif (name := d.source.strip().casefold()) and name != UNTITLED_PASTE:
            group = ("file", name)
        else:
            continue
        groups.setdefault(group, []).append(d)
    return [g for g in groups.values() if len(g) > 1]


def _date(d: DocumentInfo) -> str:
    return d.issued_on or d.effective_on or d.published_on or ""


def _order(d: DocumentInfo) -> tuple[str, str]:
    return _date(d) or "0000", d.added_at


def _with(d: DocumentInfo, succ: tuple[str, str] | None, rows: bool) -> DocumentInfo:
    """The record with its status; a successor's id is the notice's, or with `rows` the row
    of the document it issues."""
    if succ is not None and not rows:
        succ = (_owner(succ[0]), succ[1])
    if succ is None:
        if d.status == "current" and d.superseded_by is None and d.superseded_as is None:
            return d  # as read: most documents
        return replace(d, status="current", superseded_by=None, superseded_as=None)
    return replace(d, status="superseded", superseded_by=succ[0], superseded_as=succ[1])


def history(docs: list[DocumentInfo]) -> list[tuple[DocumentInfo, list[DocumentInfo]]]:
    """Each current document (in the given order) with the versions it superseded, newest
    first, down the chain; for a list that shows the version history."""
    before: dict[str, list[DocumentInfo]] = {}
    for d in docs:
        if d.superseded_by:
            before.setdefault(d.superseded_by, []).append(d)
    out = []
    for d in docs:
        if d.current:
            chain, todo = [], list(before.get(d.doc_id, []))
            while todo:
                old = todo.pop(0)
                chain.append(old)
                todo = before.get(old.doc_id, []) + todo
            out.append((d, chain))
    return out


def scope_options(docs: list[DocumentInfo]) -> ScopeOptions:
    """The issuers, 文种 and date range of `docs` (what a scope can choose from)."""
    dates = sorted(d.date() for d in docs if d.date())
    return ScopeOptions(
        issuers=sorted({d.issuer for d in docs if d.issuer}),
        doc_types=sorted({d.doc_type for d in docs if d.doc_type}),
        earliest=dates[0] if dates else None,
        latest=dates[-1] if dates else None,
    )
