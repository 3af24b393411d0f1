"""OpenAI's chat-completions wire format as this bot speaks it: the request and the history it
carries, the completion, its stream chunks and the sources that travel with an answer.

An answer's text keeps its [n] markers. Its sources travel twice: as `citations` (a list of
objects) beside the text, and, for clients that only show text, as a short list appended to the
content (`sources_footer`), which `strip_footer` removes again when the client sends the
conversation back as history.
"""

from __future__ import annotations

import re
import time
import uuid
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from knowledge.api.errors import invalid
from knowledge.schema import Answer, Citation, Scope, Turn, book_title

SOURCES = "来源"
CLOSEST = "最接近的段落"  # an abstention cites the passages closest to the question
NOTICE = "注意"


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str = "text"
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None

    def text(self) -> str:
        """The message's text (the text parts of a multi-part content, joined)."""
        if isinstance(self.content, list):
            return "".join(p.text or "" for p in self.content if p.type == "text")
        return self.content or ""


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")
    include_usage: bool = False


class ScopeFilter(BaseModel):
    """The `scope` extension: answer only from matching documents (`issuer` part of the 发文
    机关, `since`/`until` dates inclusive, `type` the 文种, `doc_ids` exact documents)."""

    model_config = ConfigDict(extra="forbid")
    issuer: str | None = None
    since: date | None = None
    until: date | None = None
    type: str | None = None
    doc_ids: list[str] | None = None

    def to_scope(self) -> Scope:
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        ids = tuple(self.doc_ids) if self.doc_ids else None
        return Scope(self.issuer or None, iso(self.since), iso(self.until), self.type or None, ids)


class ChatCompletionRequest(BaseModel):
    """OpenAI's request; sampling fields (temperature, max_tokens, …) are accepted and ignored,
    `top_k` (passages an answer draws on) and `scope` (which documents answer) are this bot's
    own extensions."""

    model_config = ConfigDict(extra="allow")
    model: str
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool | None = False
    stream_options: StreamOptions | None = None
    top_k: int | None = Field(default=None, ge=1, le=50)
    scope: ScopeFilter | None = None


def question_and_history(messages: list[ChatMessage]) -> tuple[str, list[Turn]]:
    """The last message is the question and must be the user's; each earlier user message and
    the assistant reply after it become one Turn (system and tool messages are ignored, the
    sources list this API appended to a reply is removed)."""
    talk = [m for m in messages if m.role in ("user", "assistant")]
    if not talk or talk[-1].role != "user":
        raise invalid("The last message must be the user's question.", "messages")
    turns: list[Turn] = []
    asked: str | None = None
    for m in talk[:-1]:
        if m.role == "user":
            if asked is not None:  # two questions in a row: the first went unanswered
                turns.append(Turn(asked))
            asked = m.text()
        elif asked is not None:  # an assistant message before any question is dropped
            turns.append(Turn(asked, strip_footer(m.text())))
            asked = None
    if asked is not None:
        turns.append(Turn(asked))
    return talk[-1].text(), turns


# ---- sources ---------------------------------------------------------------------------------
def citation_json(c: Citation) -> dict[str, Any]:
    """One source as it travels in a response: every field of the CLI's `ask --json` citation
    (`Citation.to_json`: document, title, source file, span, highlights, score, relevance,
    matched, date, publisher, `section` — the article path —, `page`, status, `cited_as` — the
    title of the 办法 a notice issues, for its articles, else null), and under the
    names the API has carried from the start, `matched_terms` (= `matched`) and `path` (the
    article path within a policy document, = `section`; null outside one)."""
    data = c.to_json()
    data["matched_terms"] = data["matched"]
    data["path"] = c.section
    return data


def answer_fields(answer: Answer) -> dict[str, Any]:
    """What a response carries besides the text: the sources, whether the bot abstained, and
    a notice (e.g. the chat model failed and the answer is extractive)."""
    return {
        "citations": [citation_json(c) for c in answer.citations],
        "abstained": answer.abstained,
        "notice": answer.notice,
    }


def source_line(c: Citation) -> str:
    """`[1] 《title》（publisher，date，file，字符 839–1036）`; a superseded document's status
    first (「已废止」「已被替代」). An article of the 办法 a notice issues is named as cited,
    `[1] 《…办法》第十条（载于《关于印发…办法的通知》，…）`."""
    meta = [c.status_label] if c.status_label else []
    meta += [f"载于{book_title(c.title)}"] if c.cited_as else []
    meta += [x for x in (c.publisher, (c.published or "")[:10], c.source) if x and x != c.title]
    meta.append(f"字符 {c.start}–{c.end}")
    name = c.name() if c.cited_as else f"《{c.title or c.source}》"
    return f"[{c.marker}] {name}（{'，'.join(meta)}）"


def sources_footer(answer: Answer) -> str:
    """The notice and the numbered sources, appended to the content for text-only clients."""
    parts = []
    if answer.notice:
        parts.append(f"{NOTICE}：{' '.join(answer.notice.split())}")
    if answer.citations:
        head = CLOSEST if answer.abstained else SOURCES
        parts.append("\n".join([f"{head}：", *(source_line(c) for c in answer.citations)]))
    return "".join(f"\n\n{p}" for p in parts)


_FOOTER = re.compile(
    rf"(?:\n\n{NOTICE}：[^\n]*)?(?:\n\n(?:{SOURCES}|{CLOSEST})：(?:\n\[\d+\] 《[^\n]*)+)?\s*$"
)


def strip_footer(content: str) -> str:
    """A reply of this API without the notice and sources list `sources_footer` appended."""
    return _FOOTER.sub("", content.replace("\r\n", "\n")).strip()


# ---- responses -------------------------------------------------------------------------------
def new_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex[:24]}"


def usage(prompt: str, completion: str) -> dict[str, int]:
    """Rough counts: characters stand in for tokens (a Chinese character is about one)."""
    p, c = len(prompt), len(completion)
    return {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}


def completion(model: str, answer: Answer, prompt: str) -> dict[str, Any]:
    """The non-streaming response: the content is the answer plus its sources list; the
    message carries `citations`, `abstained` and `notice` too."""
    content = answer.answer + sources_footer(answer)
    message = {"role": "assistant", "content": content, "refusal": None, **answer_fields(answer)}
    return {
        "id": new_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": "stop", "logprobs": None}],
        "usage": usage(prompt, content),
    }


def chunk(
    head: dict[str, Any],
    delta: dict[str, Any],
    finish_reason: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """One `chat.completion.chunk`; `head` holds the id, created and model every chunk shares."""
    choice = {"index": 0, "delta": delta, "finish_reason": finish_reason, "logprobs": None}
    return {**head, "object": "chat.completion.chunk", "choices": [choice], **extra}


def chunk_head(model: str) -> dict[str, Any]:
    return {"id": new_id(), "created": int(time.time()), "model": model}


def model_card(name: str, created: int) -> dict[str, Any]:
    return {"id": name, "object": "model", "created": created, "owned_by": "knowledge"}
