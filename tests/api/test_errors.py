"""Exceptions become OpenAI-style errors with the status OpenAI's API would give."""

from __future__ import annotations

import logging

import pytest

from knowledge.api.errors import ApiError, bad_key, error_body, from_exception, unknown_model
from knowledge.errors import EmptyStoreError, LoadError, StoreError, UserError


def test_the_error_body_has_openais_fields() -> None:
    assert error_body("bad", code="c", param="p") == {
        "error": {"message": "bad", "type": "invalid_request_error", "param": "p", "code": "c"}
    }


@pytest.mark.parametrize(
    "exc, status, code",
    [
        (UserError("问题太长"), 400, None),
        (LoadError("文件坏了"), 400, None),
        (EmptyStoreError("知识库是空的"), 400, "empty_store"),
        (StoreError("连不上"), 503, "store_unavailable"),
        (ApiError(413, "too big", "file_too_large"), 413, "file_too_large"),
    ],
)
def test_user_errors_keep_their_message(exc, status, code) -> None:
    err = from_exception(exc)
    assert (err.status, err.code, err.message) == (status, code, str(exc))


def test_an_unexpected_error_is_a_500_without_its_details(caplog) -> None:
    with caplog.at_level(logging.ERROR, logger="knowledge"):
        err = from_exception(RuntimeError("secret /etc/passwd detail"))
    assert err.status == 500 and err.type == "server_error"
    assert "secret" not in err.message and "RuntimeError" in err.message
    assert "Traceback" not in err.message
    assert any(r.exc_info for r in caplog.records)  # the traceback goes to the log


def test_key_and_model_errors_read_like_openais() -> None:
    assert bad_key(False).status == bad_key(True).status == 401
    assert bad_key(True).code == "invalid_api_key"
    err = unknown_model("gpt-4")
    assert (err.status, err.code, err.param) == (404, "model_not_found", "model")
    assert "`gpt-4` does not exist" in err.message
