"""An answer written by a chat model: the prompt's inputs, its reply streamed with markers
renumbered, then checked sentence by sentence (`verify`); a refusal stays a refusal."""

from __future__ import annotations

import re
from collections.abc import Generator, Sequence
from typing import TYPE_CHECKING

from knowledge.answering.core.citations import strip_markers
from knowledge.answering.core.draft import Draft
from knowledge.answering.core.refusal import refusal
from knowledge.answering.llm.prompts import answer_prompt
from knowledge.answering.llm.replies import MarkerStream, clean_reply
from knowledge.answering.llm.verify import Verifier
from knowledge.errors import LLMUnavailable
from knowledge.models.chat import generate, unavailable_notice
from knowledge.protocols import ChatModel
from knowledge.schema import DocumentInfo, ScoredChunk
from knowledge.text.normalise import language

if TYPE_CHECKING:
    from langchain_core.messages import BaseMessage

# The fixed sentences the model must reply with when the passages lack the answer.
REFUSALS = {
    "zh": "根据所提供的资料无法回答这个问题。",
    "en": "The provided passages do not contain the answer to this question.",
}
# Exactly the variables the code passes to each template (tests/test_prompts.py checks the files).
ANSWER_SYSTEM_VARS = frozenset({"refusal"})
ANSWER_USER_VARS = frozenset({"question", "passages"})
OPEN, CLOSE = "<passages>", "</passages>"

_DELIMITER = re.compile(r"<\s*/?\s*passages\s*>", re.I)
_NON_WORD = re.compile(r"[\W_]+")


def neutralise(text: str) -> str:
    """Defang <passages> delimiters inside data so it cannot close or open the block."""
    return _DELIMITER.sub(lambda m: m.group().replace("<", "‹").replace(">", "›"), text)


def format_passages(hits: Sequence[ScoredChunk]) -> str:
    """`[n] title` then the passage text, one block per retrieved chunk."""
    blocks = [
        f"[{i}] {neutralise(h.chunk.title)}\n{neutralise(h.chunk.text)}"
        for i, h in enumerate(hits, 1)
    ]
    return "\n\n".join(blocks)


def answer_inputs(question: str, hits: Sequence[ScoredChunk]) -> dict[str, str]:
    """The values for the answer prompt (keys: ANSWER_SYSTEM_VARS | ANSWER_USER_VARS)."""
    return {
        "refusal": REFUSALS[language(question)],
        "question": neutralise(question),
        "passages": format_passages(hits),
    }


def answer_messages(question: str, hits: Sequence[ScoredChunk]) -> list[BaseMessage]:
    prompt = answer_prompt(language(question))
    return prompt.invoke(answer_inputs(question, hits)).to_messages()


def is_refusal(reply: str) -> bool:
    """Whether the reply is (essentially only) one of the fixed refusal sentences."""
    got = _NON_WORD.sub("", strip_markers(reply)).lower()
    for text in REFUSALS.values():
        want = _NON_WORD.sub("", text).lower()
        if want in got and len(got) <= 2 * len(want):
            return True
    return False


def respond(
    model: ChatModel,
    question: str,
    hits: Sequence[ScoredChunk],
    closest: Sequence[ScoredChunk],
    docs: dict[str, DocumentInfo],
    verifier: Verifier,
    stream: bool,
) -> Generator[str, None, Draft]:
    """Ask the model about `hits`; yield its text as it arrives (markers already renumbered),
    return the verified draft (a refusal cites the `closest` passages). Raises LLMUnavailable
    when there is no usable reply."""
    markers = MarkerStream(len(hits))
    parts: list[str] = []
    for piece in generate(model, answer_messages(question, hits), stream):
        parts.append(piece)
        if stream and (out := markers.feed(piece)):
            yield out
    if stream and (tail := markers.flush()):
        yield tail
    reply = clean_reply("".join(parts))
    if not strip_markers(reply):
        raise LLMUnavailable(unavailable_notice(None))
    if is_refusal(reply):
        draft = refusal(question, list(closest), docs)
        return Draft(draft.answer, True, "llm", draft.citations)
    return verifier.draft(reply, hits, docs)
