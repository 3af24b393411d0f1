"""Chat models chosen by settings, and calling one: its text, or `LLMUnavailable` with a notice."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from knowledge.errors import LLMUnavailable
from knowledge.settings import LLMSettings, Settings

if TYPE_CHECKING:  # LangChain's model classes load ~0.3 s; only an LLM back-end needs them
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import BaseMessage

log = logging.getLogger(__name__)

DEFAULT_MODELS = {"openai": "gpt-4o-mini", "ollama": "qwen2.5:7b"}
# The fake model's reply when a test gives none: the answer prompt's Chinese refusal sentence
# (answering.generation.REFUSALS["zh"]; tests/test_chat_models.py keeps the two equal).
FAKE_DEFAULT_REPLY = "根据所提供的资料无法回答这个问题。"


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

            return FakeListChatModel(responses=list(replies) or [FAKE_DEFAULT_REPLY])
        case other:
            raise ValueError(f"unknown LLM provider: {other}")


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
