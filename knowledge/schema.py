"""Typed records shared by ingest, store, retrieval, answering, the CLI and the app: documents,
chunks, scopes and ingest results here; an answer's records in `answer_records` (re-exported)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from knowledge.answer_records import Answer, Citation, Sentence, Turn  # noqa: F401 (re-exported)
from knowledge.citing import SECTION_SEP, book_title, section_label  # noqa: F401 (re-exported)


@dataclass(frozen=True)
class Chunk:
    """A stored passage: `text == document_text[start:end]`."""

    chunk_id: str
    doc_id: str
    ordinal: int
    start: int
    end: int
    text: str
    title: str = ""
    source: str = ""
    section: str | None = None  # the path of the structure it belongs to, None outside one
    page: int | None = None  # 1-based, for paged formats

    def path(self) -> list[str]:
        """The names on its section path, outermost first ([] outside a structure)."""
        return self.section.split(SECTION_SEP) if self.section else []

    def metadata(self) -> dict[str, Any]:
        """Everything but the id and the text (Chroma metadata, LangChain Document metadata);
        keys whose value is None are left out (Chroma stores no None)."""
        meta = {
            "doc_id": self.doc_id,
            "ordinal": self.ordinal,
            "start": self.start,
            "end": self.end,
            "title": self.title,
            "source": self.source,
            "section": self.section,
            "page": self.page,
        }
        return {k: v for k, v in meta.items() if v is not None}


@dataclass(frozen=True)
class ScoredChunk:
    chunk: Chunk
    score: float  # fused (RRF) score, higher is better
    dense: float | None = None  # cosine similarity, when the dense search found it
    lexical: float | None = None  # BM25 score, when the keyword search found it


@dataclass(frozen=True)
class DocField:
    """A field of a 公文 as written (发文字号, 施行 clause, 抄送 …) and its span in the text."""

    name: str
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class IssuedPart:
    """A document a notice issues: 「印发《A》和《B》的通知」 carries two, a notice with an 办法
    as 附件 or after its 落款 one; its title, 文种, 施行 date, repealed titles and span."""

    number: int
    title: str
    doc_type: str | None
    effective_on: str | None
    start: int
    end: int
    repeals: tuple[str, ...] = ()
    chunks: int = 0  # of the notice's chunks, those that begin inside it


def part_id(doc_id: str, number: int) -> str:
    """The id of the row a notice's `number`th issued document has in the list: 「<id>#2」."""
    return f"{doc_id}#{number}"


_JSON_KEYS = (
    "doc_id title source chunks added_at published publisher issuer doc_number doc_type "
    "issued_on effective_on published_on status superseded_by pages"
).split()


@dataclass(frozen=True)
class DocumentInfo:
    doc_id: str
    title: str
    source: str
    chunks: int
    added_at: str
    published: str | None = None
    publisher: str | None = None
    chars: int = 0
    issuer: str | None = None  # 发文机关
    doc_number: str | None = None  # 发文字号 as written: 青政办〔2024〕12号
    doc_type: str | None = None  # 文种: 办法, 通知, 解读 …
    issued_on: str | None = None  # 成文日期, YYYY-MM-DD
    effective_on: str | None = None  # 施行日期, YYYY-MM-DD
    published_on: str | None = None  # news and web pages, YYYY-MM-DD
    status: str = "current"  # "current" | "superseded" (derived from the records, never stored)
    superseded_by: str | None = None  # doc_id of its direct successor
    pages: int | None = None
    repeals: tuple[str, ...] = ()  # titles of the documents it says it repeals
    replaces: tuple[str, ...] = ()  # doc_ids it was uploaded to replace (「替换」, --replace)
    superseded_as: str | None = None  # "repealed" (已废止) | "replaced" (已被替代), derived
    fields: tuple[DocField, ...] = ()  # its 公文 fields with their spans (structure answers)
    parts: tuple[IssuedPart, ...] = ()  # the documents a notice issues (印发《A》和《B》, 附件)
    part_of: str | None = None  # on a row of one of them (storage/parts.py): the notice's id

    def field(self, name: str) -> DocField | None:
        return next((f for f in self.fields if f.name == name), None)

    def to_json(self) -> dict[str, Any]:
        """The record as `list --json` prints it (the contract keys among them); a document a
        notice issues has `part_of` (the notice's id), a notice issuing several `issues`."""
        out = {k: getattr(self, k) for k in _JSON_KEYS}
        out.update(repeals=list(self.repeals), replaces=list(self.replaces))
        out.update(superseded_as=self.superseded_as, part_of=self.part_of)
        return out | ({"issues": [part_id(self.doc_id, p.number) for p in self.parts]}
                      if len(self.parts) > 1 and not self.part_of else {})  # fmt: skip

    @property
    def current(self) -> bool:
        return self.status != "superseded"

    def status_label(self) -> str:
        """「已废止」 (repealed), 「已被替代」 (replaced by a newer version), else empty."""
        return STATUS_LABELS.get(self.superseded_as or "", "") if not self.current else ""

    def date(self) -> str | None:
        """The date a scope compares (ISO): 成文日期, else 施行, else publication."""
        return self.issued_on or self.effective_on or self.published_on


STATUS_LABELS = {"repealed": "已废止", "replaced": "已被替代"}
UNTITLED_PASTE = "pasted.txt"  # the file name of pasted text given no title


@dataclass(frozen=True)
class Scope:
    """Which documents a question may be answered from (all None: every document). `issuer`
    matches part of the 发文机关 (or the publisher); `since`/`until` (ISO dates, inclusive)
    the document's date, so an undated document is out of a dated scope; `doc_type` the 文种
    (办法, 通知 …); `doc_ids` exact documents."""

    issuer: str | None = None
    since: str | None = None
    until: str | None = None
    doc_type: str | None = None
    doc_ids: tuple[str, ...] | None = None

    @property
    def empty(self) -> bool:
        return not (self.issuer or self.since or self.until or self.doc_type or self.doc_ids)

    def matches(self, doc: DocumentInfo) -> bool:
        if self.doc_ids and doc.doc_id not in self.doc_ids:
            return False
        if self.issuer and not any(self.issuer in (x or "") for x in (doc.issuer, doc.publisher)):
            return False
        if self.doc_type and self.doc_type not in (doc.doc_type or ""):
            return False
        date = doc.date()
        if (self.since or self.until) and not date:
            return False
        return not (self.since and date < self.since) and not (self.until and date > self.until)


@dataclass(frozen=True)
class ScopeOptions:
    """What a scope can choose from in the store now (a sidebar's choices)."""

    issuers: list[str]
    doc_types: list[str]
    earliest: str | None  # ISO dates of the oldest and newest dated documents
    latest: str | None


@dataclass(frozen=True)
class IngestResult:
    source: str
    status: str  # "added" | "present" | "error"
    doc_id: str | None = None
    title: str | None = None
    chunks: int = 0
    message: str = ""


@dataclass(frozen=True)
class OtherReindex:
    """A re-embedding of the store run by another process, as a second run waiting for it
    sees it: its owner (host:pid:start), chunks done of total as its lease last said (None:
    not said yet), and how long this one has waited."""

    owner: str
    done: int | None
    total: int | None
    waited_s: float

    def line(self) -> str:
        host, _, rest = self.owner.partition(":")
        how = (
            f"它已完成 {self.done}/{self.total} 段"
            if self.done is not None and self.total
            else f"已等待 {self.waited_s:.0f} 秒"
        )
        return (
            f"另一个进程（{host}，进程 {rest.partition(':')[0]}）正在重新生成向量，等待它完成"
            f"（{how}）… (another re-embedding is running: waiting for it)"
        )
