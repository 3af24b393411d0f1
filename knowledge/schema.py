"""Typed records shared by ingest, store, retrieval, answering, the CLI and the app."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SECTION_SEP = " › "  # between the parts of a section path: 「第三章 利益分享机制 › 第十条」


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

    def metadata(self) -> dict[str, Any]:
        """Everything but the id and the text (Chroma metadata, LangChain Document metadata)."""
        return {
            "doc_id": self.doc_id,
            "ordinal": self.ordinal,
            "start": self.start,
            "end": self.end,
            "title": self.title,
            "source": self.source,
        }


@dataclass(frozen=True)
class ScoredChunk:
    chunk: Chunk
    score: float  # fused (RRF) score, higher is better
    dense: float | None = None  # cosine similarity, when the dense search found it
    lexical: float | None = None  # BM25 score, when the keyword search found it


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

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "source": self.source,
            "chunks": self.chunks,
            "added_at": self.added_at,
            "published": self.published,
            "publisher": self.publisher,
        }


@dataclass(frozen=True)
class Citation:
    marker: int
    doc_id: str
    title: str
    source: str
    chunk_id: str
    text: str
    start: int  # character span of the chunk in the cleaned document text
    end: int
    score: float
    highlights: tuple[tuple[int, int], ...] = ()  # sentence spans used, relative to `text`
    publisher: str | None = None
    published: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["highlights"] = [list(h) for h in self.highlights]
        return data


@dataclass(frozen=True)
class Sentence:
    text: str
    citations: tuple[int, ...]
    supported: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "citations": list(self.citations), "supported": self.supported}


@dataclass(frozen=True)
class Answer:
    """A complete answer, built once by the answer pipeline; the UI, CLI and API render it."""

    question: str
    answer: str
    abstained: bool
    mode: str = "extractive"
    notice: str | None = None
    citations: list[Citation] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    confidence: float = 0.0
    retrieval_query: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "mode": self.mode,
            "notice": self.notice,
            "citations": [c.to_json() for c in self.citations],
            "sentences": [s.to_json() for s in self.sentences],
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
            "confidence": round(self.confidence, 4),
            "retrieval_query": self.retrieval_query,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Answer:
        cites = []
        for c in data.get("citations", []):
            c = dict(c)
            c["highlights"] = tuple(tuple(h) for h in c.get("highlights", []))
            cites.append(Citation(**c))
        sents = [
            Sentence(s["text"], tuple(s["citations"]), s.get("supported", True))
            for s in data.get("sentences", [])
        ]
        return cls(
            question=data["question"],
            answer=data["answer"],
            abstained=data["abstained"],
            mode=data.get("mode", "extractive"),
            notice=data.get("notice"),
            citations=cites,
            sentences=sents,
            timings_ms=dict(data.get("timings_ms", {})),
            confidence=data.get("confidence", 0.0),
            retrieval_query=data.get("retrieval_query"),
        )


@dataclass(frozen=True)
class Turn:
    """A previous exchange of the conversation: what was asked and the answer's text."""

    question: str
    answer: str = ""


@dataclass(frozen=True)
class IngestResult:
    source: str
    status: str  # "added" | "present" | "error"
    doc_id: str | None = None
    title: str | None = None
    chunks: int = 0
    message: str = ""
