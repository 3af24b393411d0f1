"""The records of an answer: the `Answer` the pipeline builds once and every front end renders,
its `Citation`s (a passage, where it sits, how it is named) and `Sentence`s, and the `Turn`s of a
conversation. Imported through `knowledge.schema` like every other record."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from knowledge.citing import book_title, section_label


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
    published: str | None = None  # as the document writes it
    date: str | None = None  # the document's own date, ISO (published, else 成文日期)
    section: str | None = None  # 「第三章 审核程序 › 第五条 › 第二款」, None without a structure
    page: int | None = None  # 1-based, None when not paged
    status: str = "current"  # of its document: "current" | "superseded"
    superseded_by: str | None = None  # the doc_id of the document that replaced it
    status_label: str = ""  # 「已废止」 / 「已被替代」 for a superseded document
    dense: float | None = None  # cosine to the question, when the dense search found it
    relevance: str | None = None  # 高 | 中 | 低 against the answer's best source
    matched: tuple[str, ...] = ()  # the question's terms found in the passage
    # the title it is cited under when not the document's: an article of the 办法 that a
    # 「关于印发…办法的通知」 (the document) carries is cited 《…办法》第十条
    cited_as: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["highlights"] = [list(h) for h in self.highlights]
        data["matched"] = list(self.matched)
        return data

    def name(self) -> str:
        """「《标题》第十条第二款」 when the section is known (plus 「第3页」 when paged), else the
        title; the title is `cited_as` when there is one (the 办法 a notice issues)."""
        where = section_label(self.section, lead=not self.cited_as) if self.section else ""
        page = f"第{self.page}页" if self.page else ""
        title = self.cited_as or self.title
        return f"{book_title(title)}{where}{page}" if where or page else title

    def label(self) -> str:
        """How a source line names it: `name()` and a superseded document's status."""
        return self.name() + (f"（{self.status_label}）" if self.status_label else "")


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
    refusal_rule: str | None = None  # an abstention's gate: "model", "shapes:year", "roles" …
    # the question's everyday words read as the documents' terms: (("卖地", "土地出让"), …)
    read_as: tuple[tuple[str, str], ...] = ()

    def read_as_text(self) -> str:
        """「卖地 → 土地出让；两边 → 双方」 ('' when no word was read otherwise)."""
        return "；".join(f"{a} → {b}" for a, b in self.read_as)

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
            "refusal_rule": self.refusal_rule,
            "read_as": [list(pair) for pair in self.read_as],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Answer:
        cites = []
        for c in data.get("citations", []):
            c = dict(c)
            c["highlights"] = tuple(tuple(h) for h in c.get("highlights", []))
            c["matched"] = tuple(c.get("matched", ()))
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
            refusal_rule=data.get("refusal_rule"),
            read_as=tuple((str(a), str(b)) for a, b in data.get("read_as", ())),
        )


@dataclass(frozen=True)
class Turn:
    """A previous exchange of the conversation: what was asked and the answer's text."""

    question: str
    answer: str = ""
