"""What an answering step produces: the text, its sentences and citations, before the pipeline
adds the question, confidence and timings and builds the one `Answer`."""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.schema import Citation, Sentence


@dataclass(frozen=True)
class Draft:
    answer: str  # the text, with [n] markers
    abstained: bool
    mode: str = "extractive"  # "extractive" | "llm"
    citations: list[Citation] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    notice: str | None = None
    rule: str | None = None  # an abstention's gate (decide.RULES), e.g. "model", "shapes:year"
