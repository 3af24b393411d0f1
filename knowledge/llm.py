"""Chat models chosen by settings, the answer prompt's inputs, and turning failures into notices."""

from __future__ import annotations

import logging
import re
from collections.abc import Generator, Iterator, Sequence
from typing import TYPE_CHECKING

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import BaseMessage

from knowledge import answer as extractive
from knowledge.citations import strip_markers
from knowledge.prompts import answer_prompt, prompt_lang
from knowledge.replies import MarkerStream, clean_reply
from knowledge.schema import Answer, ScoredChunk
from knowledge.settings import LLMSettings, Settings
from knowledge.verify import Verifier

if TYPE_CHECKING:
    from knowledge.service import Evidence

log = logging.getLogger(__name__)

# The fixed sentences the model must reply with when the passages lack the answer.
REFUSALS = {
    "zh": "根据所提供的资料无法回答这个问题。",
    "en": "The provided passages do not contain the answer to this question.",
}
# Exactly the variables the code passes to each template (tests/test_prompts.py checks the files).
ANSWER_SYSTEM_VARS = frozenset({"refusal"})
ANSWER_USER_VARS = frozenset({"question", "passages"})
OPEN, CLOSE = "<passages>", "</passages>"
DEFAULT_MODELS = {"openai": "gpt-4o-mini", "ollama": "qwen2.5:7b"}

_DELIMITER = re.compile(r"<\s*/?\s*passages\s*>", re.I)
_NON_WORD = re.compile(r"[\W_]+")


class LLMUnavailable(Exception):
    """The chat model gave no usable reply; str() is the notice (Chinese) to show the user."""


def make_chat_model(
    settings: Settings | LLMSettings, replies: Sequence[str] = ()
) -> BaseChatModel | None:
    """The configured chat model, or None for extractive answers; only the chosen back-end is
    imported, and nothing touches the network until the model is called."""
    cfg = settings.llm if isinstance(settings, Settings) else settings
    match cfg.provider:
        case "none":
            return None
        case "openai":
            from langchain_openai import ChatOpenAI

            return ChatOpenAI(
                base_url=cfg.base_url or None,
                model=cfg.model or DEFAULT_MODELS["openai"],
                api_key=cfg.api_key or "none",
                temperature=cfg.temperature,
                timeout=cfg.timeout_s,
                max_retries=0,
            )
        case "ollama":
            from langchain_ollama import ChatOllama

            return ChatOllama(
                base_url=cfg.base_url or None,
                model=cfg.model or DEFAULT_MODELS["ollama"],
                temperature=cfg.temperature,
                client_kwargs={"timeout": cfg.timeout_s},
            )
        case "fake":
            from langchain_core.language_models.fake_chat_models import FakeListChatModel

            return FakeListChatModel(responses=list(replies) or [REFUSALS["zh"]])
        case other:
            raise ValueError(f"unknown LLM provider: {other}")


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
        "refusal": REFUSALS[prompt_lang(question)],
        "question": neutralise(question),
        "passages": format_passages(hits),
    }


def answer_messages(question: str, hits: Sequence[ScoredChunk]) -> list[BaseMessage]:
    prompt = answer_prompt(prompt_lang(question))
    return prompt.invoke(answer_inputs(question, hits)).to_messages()


def is_refusal(reply: str) -> bool:
    """Whether the reply is (essentially only) one of the fixed refusal sentences."""
    got = _NON_WORD.sub("", strip_markers(reply)).lower()
    for refusal in REFUSALS.values():
        want = _NON_WORD.sub("", refusal).lower()
        if want in got and len(got) <= 2 * len(want):
            return True
    return False


def generate(model: BaseChatModel, messages: list[BaseMessage], stream: bool) -> Iterator[str]:
    """The reply's text pieces (one piece unless streaming); failures become LLMUnavailable."""
    try:
        if not stream:
            yield model.invoke(messages).text
            return
        for chunk in model.stream(messages):
            if chunk.text:
                yield chunk.text
    except Exception as exc:  # any back-end error: connection, timeout, HTTP status, bad reply
        log.warning("chat model failed: %r", exc)
        raise LLMUnavailable(unavailable_notice(exc)) from exc


def respond(
    model: BaseChatModel,
    question: str,
    ev: Evidence,
    hits: Sequence[ScoredChunk],
    verifier: Verifier,
    stream: bool,
) -> Generator[str, None, Answer]:
    """Ask the model about `hits`; yield its text as it arrives (markers already renumbered),
    return the verified Answer. Raises LLMUnavailable when there is no usable reply."""
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
        ans = extractive.refusal(question, ev.hits, ev.docs)
        ans.mode = "llm"
        return ans
    return verifier.answer(question, reply, hits, ev.docs)


def unavailable_notice(exc: BaseException | None) -> str:
    return f"大模型暂时不可用（{_reason(exc)}），已改为直接从文档中摘录作答。"


def _reason(exc: BaseException | None) -> str:
    if exc is None:
        return "模型返回了空回复"
    chain = [exc]
    while chain[-1].__cause__ is not None and len(chain) < 5:
        chain.append(chain[-1].__cause__)
    for err in chain:
        name = type(err).__name__.lower()
        status = getattr(err, "status_code", None)
        if "timeout" in name or isinstance(err, TimeoutError):
            return "请求超时"
        if isinstance(status, int):
            return f"模型服务返回错误 {status}"
        if "connect" in name or isinstance(err, ConnectionError):
            return "无法连接到模型服务"
    return f"调用出错：{type(exc).__name__}"
