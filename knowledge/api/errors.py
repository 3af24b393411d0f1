"""Every failure of a request as OpenAI's API reports it: the status it would give and a JSON
`{"error": {"message", "type", "param", "code"}}` body, never a traceback."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from knowledge.errors import (
    EmptyStoreError,
    PartRemovalError,
    ScopeError,
    StaleStoreError,
    StoreError,
    UserError,
    user_message,
)

log = logging.getLogger("knowledge.api")

INVALID = "invalid_request_error"
SERVER = "server_error"


class ApiError(Exception):
    """A request the API refuses: status, message and OpenAI's error fields."""

    def __init__(
        self,
        status: int,
        message: str,
        code: str | None = None,
        param: str | None = None,
        type: str = INVALID,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.param, self.type = (
            status,
            message,
            code,
            param,
            type,
        )

    def body(self) -> dict[str, Any]:
        return error_body(self.message, self.type, self.code, self.param)


def error_body(
    message: str, type: str = INVALID, code: str | None = None, param: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": message, "type": type, "param": param, "code": code}}


def invalid(message: str, param: str | None = None, code: str | None = None) -> ApiError:
    return ApiError(400, message, code, param)


def unknown_model(name: str) -> ApiError:
    return ApiError(
        404,
        f"The model `{name}` does not exist or you do not have access to it.",
        "model_not_found",
        "model",
    )


def bad_key(present: bool) -> ApiError:
    message = (
        "Incorrect API key provided."
        if present
        else "You didn't provide an API key. Send it as `Authorization: Bearer <key>`."
    )
    return ApiError(401, message, "invalid_api_key")


def from_exception(exc: BaseException) -> ApiError:
    """The API error for an exception raised while serving a request: the project's user
    errors keep their message (an empty store or a bad question: 400; a document a notice
    issues asked to be removed alone, or a store made by another embedder: 409; an unreachable
    store: 503); anything else is a 500
    whose traceback goes to the log only."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, EmptyStoreError):
        return ApiError(400, str(exc), "empty_store")
    if isinstance(exc, ScopeError):
        return ApiError(400, str(exc), "scope_matches_nothing", "scope")
    if isinstance(exc, StaleStoreError):  # another embedder's vectors: re-embed first
        return ApiError(409, str(exc), "store_stale")
    if isinstance(exc, PartRemovalError):  # the notice holds it: remove the notice, or supersede it
        return ApiError(409, str(exc), "document_part", "doc_id")
    if isinstance(exc, StoreError):
        return ApiError(503, str(exc), "store_unavailable", type=SERVER)
    if isinstance(exc, UserError):
        return ApiError(400, str(exc))
    return ApiError(500, user_message(exc), type=SERVER)  # user_message logs the traceback


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None]:
    errors = exc.errors()
    if not errors:
        return "Invalid request.", None
    first = errors[0]
    loc = [str(p) for p in first.get("loc", ()) if p != "body"]
    if first.get("type") == "json_invalid":
        return "We could not parse the JSON body of your request.", None
    param = ".".join(loc) or None
    message = str(first.get("msg", "Invalid request."))
    return (f"{param}: {message}" if param else message), param


def install(app: FastAPI) -> None:
    """Register the handlers that turn every exception into an OpenAI-style error response."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        message, param = _validation_message(exc)
        return JSONResponse(error_body(message, param=param), status_code=400)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        kind = SERVER if exc.status_code >= 500 else INVALID
        code = "not_found" if exc.status_code == 404 else None
        return JSONResponse(
            error_body(str(exc.detail), kind, code),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(UserError)
    async def _user(request: Request, exc: UserError) -> JSONResponse:
        err = from_exception(exc)
        return JSONResponse(err.body(), status_code=err.status)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        err = from_exception(exc)
        return JSONResponse(err.body(), status_code=err.status)
