"""A streamed answer as server-sent `chat.completion.chunk` events.

`QAService.ask_stream` yields text pieces as they are written, then the final Answer, whose text
is authoritative. It can differ from what was streamed: after a chat model fails mid-reply the
extractive answer follows the model's partial text, a model's refusal is replaced by the bot's
own, and the checked text may differ from the raw reply. A client cannot take back what it was
sent, so the stream stays append-only and always ends with the authoritative text visible:

- the final text continues what was streamed: only the rest is sent;
- the final text is the extractive fallback sent as the last piece after a model's partial
  reply: a blank line goes before it (the notice in the sources list says why);
- otherwise the final text is sent again after a blank line.

The final chunk (`finish_reason: "stop"`) carries `answer` (the authoritative text, for clients
that replace what they showed), `citations`, `abstained` and `notice` as top-level fields.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from knowledge.api.errors import from_exception
from knowledge.api.openai_schema import answer_fields, chunk, sources_footer, usage
from knowledge.schema import Answer


def _same(a: str, b: str) -> bool:
    return "".join(a.split()) == "".join(b.split())


def content_pieces(items: Iterable[str | Answer]) -> Iterator[str | Answer]:
    """The pieces to send for `ask_stream`'s items, then the final Answer (see the module
    docstring). Pieces pass one behind, to tell the fallback answer from the model's text."""
    sent = ""
    held: str | None = None
    for item in items:
        if not isinstance(item, Answer):
            if held:
                sent += held
                yield held
            held = item
            continue
        final = item.answer
        if held:
            if sent and _same(held, final) and not _same(sent + held, final):
                held = "\n\n" + held  # the extractive fallback after a model's partial text
            sent += held
            yield held
        if _same(sent, final) or (sent.endswith(final) and final):
            pass
        elif final.startswith(sent):
            yield final[len(sent) :]
        else:
            yield "\n\n" + final if sent else final
        yield item
        return


def sse(data: dict[str, Any] | str) -> str:
    payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return f"data: {payload}\n\n"


def chat_events(
    items: Iterable[str | Answer], head: dict[str, Any], prompt: str, include_usage: bool
) -> Iterator[str]:
    """The SSE events of one streamed answer: a role chunk, the content pieces, the sources
    list, the final chunk with the citations, optionally a usage chunk, then `[DONE]`. An error
    after the stream began is sent as an OpenAI-style `error` event (the status is already
    sent)."""
    yield sse(chunk(head, {"role": "assistant", "content": ""}))
    text = ""
    try:
        final: Answer | None = None
        for item in content_pieces(items):
            if isinstance(item, Answer):
                final = item
            elif item:
                text += item
                yield sse(chunk(head, {"content": item}))
        if final is None:
            raise RuntimeError("the answer stream ended without an answer")
        if footer := sources_footer(final):
            text += footer
            yield sse(chunk(head, {"content": footer}))
        yield sse(chunk(head, {}, "stop", answer=final.answer, **answer_fields(final)))
        if include_usage:
            yield sse({**chunk(head, {}), "choices": [], "usage": usage(prompt, text)})
    except Exception as exc:  # the status line is gone: report it in the stream
        yield sse(from_exception(exc).body())
    yield sse("[DONE]")
