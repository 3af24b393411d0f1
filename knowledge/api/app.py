"""The ASGI app: OpenAI-compatible chat completions and models over one QAService, the document
endpoints, an optional bearer key and optional CORS.

Questions run the service synchronously in the thread pool (`run_in_threadpool`, and a streamed
answer's pieces through StreamingResponse's own thread pool iteration), so many clients are
served at once; QAService is safe for concurrent asks.
"""

from __future__ import annotations

import hmac
import time
from itertools import chain
from typing import Any

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, StreamingResponse

from knowledge.api import errors
from knowledge.api.documents import documents_router
from knowledge.api.openai_schema import (
    ChatCompletionRequest,
    chunk_head,
    completion,
    model_card,
    question_and_history,
)
from knowledge.api.streaming import chat_events
from knowledge.schema import Answer, Turn
from knowledge.service import QAService
from knowledge.settings import Settings


class BearerKey:
    """Every HTTP request must carry `Authorization: Bearer <key>` (401 otherwise). Sits inside
    the CORS middleware, so a browser's preflight is answered and a 401 carries CORS headers."""

    def __init__(self, app: Any, key: str) -> None:
        self.app, self.key = app, key.encode()

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            given = dict(scope["headers"]).get(b"authorization", b"")
            scheme, _, token = given.partition(b" ")
            if scheme.lower() != b"bearer" or not hmac.compare_digest(token.strip(), self.key):
                err = errors.bad_key(bool(given))
                response = JSONResponse(
                    err.body(), status_code=401, headers={"WWW-Authenticate": "Bearer"}
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _first(items: Any) -> list[str | Answer]:
    """The first item of an answer stream, pulled before the response starts, so a bad
    question or an empty store still gets its status code."""
    for item in items:
        return [item]
    return []


def _prompt(question: str, history: list[Turn]) -> str:
    return "".join(t.question + t.answer for t in history) + question


def create_app(service: QAService, settings: Settings | None = None) -> FastAPI:
    """The API over `service`; `settings.api` holds the key, the CORS origins and the model
    name (default: the service's own settings)."""
    cfg = (settings or service.settings).api
    name, started = cfg.model_name, int(time.time())
    app = FastAPI(
        title="政策文件问答 API",
        description="OpenAI-compatible chat completions over cited Chinese policy documents.",
        version="1",
    )
    errors.install(app)
    if cfg.key:
        app.add_middleware(BearerKey, key=cfg.key)
    if cfg.cors_origins:  # added last: outermost
        app.add_middleware(
            CORSMiddleware,
            allow_origins=cfg.cors_origins,
            allow_methods=["GET", "POST", "DELETE", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.state.service = service

    @app.get("/v1/models")
    def list_models() -> dict[str, Any]:
        return {"object": "list", "data": [model_card(name, started)]}

    @app.get("/v1/models/{model}")
    def get_model(model: str) -> dict[str, Any]:
        if model != name:
            raise errors.unknown_model(model)
        return model_card(name, started)

    @app.post("/v1/chat/completions", response_model=None)
    async def chat_completions(req: ChatCompletionRequest) -> dict[str, Any] | StreamingResponse:
        """The last message is the question, earlier user/assistant pairs its history. The
        answer keeps its [n] markers; `citations` travel on the message (on the final chunk
        when streaming) and a sources list ends the content."""
        if req.model != name:
            raise errors.unknown_model(req.model)
        question, history = question_and_history(req.messages)
        prompt = _prompt(question, history)
        scoped = {"scope": req.scope.to_scope()} if req.scope else {}
        if not req.stream:
            answer = await run_in_threadpool(service.ask, question, history, req.top_k, **scoped)
            return completion(name, answer, prompt)
        items = service.ask_stream(question, history, req.top_k, **scoped)
        first = await run_in_threadpool(_first, items)
        usage = bool(req.stream_options and req.stream_options.include_usage)
        events = chat_events(chain(first, items), chunk_head(name), prompt, usage)
        return StreamingResponse(
            events,
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    app.include_router(documents_router(service))
    return app
