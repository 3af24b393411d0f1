"""A tiny OpenAI-compatible chat server on 127.0.0.1 for tests: scripted replies, failures, a log."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from knowledge.models.chat import make_chat_model
from knowledge.service import QAService, build_service
from knowledge.settings import LLMSettings, Settings


@dataclass
class Reply:
    """One scripted response: text (streamed in `piece_chars` pieces), or a failure."""

    content: str = ""
    status: int = 200
    hang_s: float = 0.0  # wait this long before answering (past the client's timeout)
    piece_chars: int = 3
    delay_s: float = 0.0  # between streamed pieces


class StubLLM:
    """Serves POST /v1/chat/completions (JSON, or SSE when `stream` is true) from a script."""

    def __init__(self) -> None:
        self.script: deque[Reply] = deque()
        self.default = Reply("")
        self.requests: list[dict] = []
        self.sent_at: list[float] = []  # when each streamed piece was written
        self.release = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.stub = self  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def start(self) -> StubLLM:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    def queue(self, *replies: Reply | str) -> None:
        self.script.extend(Reply(r) if isinstance(r, str) else r for r in replies)

    def reset(self) -> None:
        self.script.clear()
        self.requests.clear()
        self.sent_at.clear()

    def next_reply(self) -> Reply:
        return self.script.popleft() if self.script else self.default

    def model(self, timeout_s: float = 5.0):
        """A ChatOpenAI pointed at this stub."""
        cfg = LLMSettings(
            provider="openai", base_url=self.base_url, model="stub", timeout_s=timeout_s
        )
        return make_chat_model(cfg)

    def messages(self, i: int = -1) -> dict[str, str]:
        """role -> content of the i-th recorded request."""
        return {m["role"]: m["content"] for m in self.requests[i]["messages"]}


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_POST(self) -> None:
        stub: StubLLM = self.server.stub  # type: ignore[attr-defined]
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        stub.requests.append(body)
        reply = stub.next_reply()
        if reply.hang_s:
            stub.release.wait(reply.hang_s)
        try:
            if self.path.rstrip("/") != "/v1/chat/completions":
                self._json(404, {"error": {"message": "not found"}})
            elif reply.status != 200:
                self._json(reply.status, {"error": {"message": "stub failure", "type": "server"}})
            elif body.get("stream"):
                self._sse(stub, reply)
            else:
                self._json(200, _completion(reply.content))
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout)

    def _json(self, status: int, data: dict) -> None:
        raw = json.dumps(data, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def _sse(self, stub: StubLLM, reply: Reply) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        text, step = reply.content, max(reply.piece_chars, 1)
        for i in range(0, len(text), step):
            self._event(_chunk({"content": text[i : i + step]}, None))
            stub.sent_at.append(time.perf_counter())
            time.sleep(reply.delay_s)
        self._event(_chunk({}, "stop"))
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()
        self.close_connection = True

    def _event(self, data: dict) -> None:
        self.wfile.write(f"data: {json.dumps(data, ensure_ascii=False)}\n\n".encode())
        self.wfile.flush()


def _completion(content: str) -> dict:
    message = {"role": "assistant", "content": content}
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": 0,
        "model": "stub",
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _chunk(delta: dict, finish: str | None) -> dict:
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "stub",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def closed_port() -> int:
    """A local port nothing listens on (connections are refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def offline_settings(store: Path) -> Settings:
    """Settings for a test store with the bundled e5 and no chat model (whatever the env says)."""
    return Settings.isolated(store)


def bundled_service(store: Path) -> QAService:
    """A service over a fresh store holding the bundled corpus, embedded with the real e5."""
    svc = build_service(offline_settings(store))
    svc.ingest_bundled()
    return svc


def chunk_with(svc: QAService, text: str):
    """A ScoredChunk for the first stored chunk containing `text`."""
    from knowledge.schema import ScoredChunk

    chunks = svc.searchable_chunks()
    return ScoredChunk(next(c for c in chunks if text in c.text), 1.0)
