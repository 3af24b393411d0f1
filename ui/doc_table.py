"""The document table of the app (no Streamlit): one row per document — and under a notice
issuing several documents a row for each (「└ 《…办法》」, its own 文种, date and status) —,
and the filter box."""

from __future__ import annotations

from knowledge.schema import DocumentInfo

COLUMNS = {
    "title": "标题",
    "doc_type": "文种",
    "issuer": "发文机关",
    "date": "日期",
    "status": "状态",
    "chunks": "段数",
    "added": "添加时间",
}
NARROW = ("doc_type", "date", "status", "chunks", "added")  # columns shown "small"
STATUS = {"current": "现行", "superseded": "已被替代"}


def doc_date(d: DocumentInfo) -> str:
    """成文日期 of a policy document, else the publication date of a news item."""
    return d.issued_on or d.published_on or (d.published or "")[:10]


def status_label(d: DocumentInfo, titles: dict[str, str]) -> str:
    label = STATUS.get(d.status, d.status)
    if d.superseded_by:
        label += f"（被《{titles.get(d.superseded_by, d.superseded_by)}》替代）"
    return label


def row(d: DocumentInfo, titles: dict[str, str]) -> dict[str, object]:
    title = f"└ 《{d.title}》" if d.part_of else d.title or d.source
    return {
        "doc_id": d.doc_id,
        "title": title,
        "doc_type": d.doc_type or "",
        "issuer": d.issuer or d.publisher or "",
        "date": doc_date(d),
        "status": status_label(d, titles),
        "chunks": d.chunks,
        "added": d.added_at[:10],
        "source": d.source,
        "part_of": d.part_of,  # a document a notice issues: removed with the notice only
    }


def matches(d: DocumentInfo, query: str) -> bool:
    """Every word of the query appears in the title, 文种, 发文机关, 文号, file name or date."""
    fields = [d.title, d.doc_type, d.issuer, d.publisher, d.doc_number, d.source, doc_date(d)]
    hay = " ".join(f for f in fields if f).casefold()
    return all(w in hay for w in query.casefold().split())


def table(docs: list[DocumentInfo], query: str = "") -> list[dict[str, object]]:
    """The rows shown for `query` (all when empty), newest added first; a notice's issued
    documents (rows with `part_of`, from `QAService.document_rows`) right under it."""
    titles = {d.doc_id: d.title for d in docs}
    shown = [d for d in docs if matches(d, query)]
    shown.sort(key=lambda d: d.added_at, reverse=True)
    under: dict[str, list[DocumentInfo]] = {}
    for d in shown:
        if d.part_of and any(t.doc_id == d.part_of for t in shown):
            under.setdefault(d.part_of, []).append(d)
    for rows in under.values():
        rows.sort(key=lambda d: int(d.doc_id.rpartition("#")[2] or 0))  # in the notice's order
    placed = {d.doc_id for rows in under.values() for d in rows}
    tops = [d for d in shown if d.doc_id not in placed]
    return [row(x, titles) for d in tops for x in [d, *under.get(d.doc_id, [])]]
