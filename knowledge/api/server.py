"""Running the API with uvicorn: `serve` for `python -m knowledge serve`, `running` for tests and
benchmarks (a server on a free loopback port in a thread)."""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from knowledge.api.app import create_app
from knowledge.errors import UserError
from knowledge.service import QAService
from knowledge.settings import Settings

log = logging.getLogger("knowledge.api")
WARM_QUESTION = "这份文件的主要内容是什么？"


def _embed_quietly(service: QAService) -> None:
    try:
        service.embeddings.embed_query_vector(WARM_QUESTION)
    except Exception as exc:  # the first real question will report it
        log.warning("warming the embedding model failed: %r", exc)


def prepare(service: QAService) -> None:
    """Make the first answer fast and possible: index the bundled corpus on the first start
    over an empty store (as the app does), then load what a question needs by gathering the
    evidence for one (no chat model is called). The embedding model loads in a thread
    meanwhile (its engine runs outside the GIL while the keyword index and jieba load)."""
    if service.needs_bundled_corpus():
        print("知识库是空的：正在索引自带语料 …", file=sys.stderr, flush=True)
        for r in service.ingest_bundled():
            print(f"{r.status}: {r.source} {r.message}".rstrip(), file=sys.stderr, flush=True)
    service.mark_booted()
    if service.needs_reindex():  # questions get 409 until POST /v1/documents/reindex
        print(service.stale_message(), file=sys.stderr, flush=True)
    embedder = threading.Thread(target=_embed_quietly, args=(service,), daemon=True)
    embedder.start()
    try:
        service.evidence(WARM_QUESTION)
    except UserError:  # an empty store: questions will say so
        pass
    embedder.join()


def serve(
    service: QAService,
    settings: Settings | None = None,
    host: str | None = None,
    port: int | None = None,
) -> None:
    """Prepare the service, then serve the API until interrupted (Ctrl-C)."""
    t0 = time.perf_counter()
    settings = settings or service.settings
    cfg = settings.api
    prepare(service)
    app = create_app(service, settings)
    host = host or cfg.host
    port = cfg.port if port is None else port
    auth = "需要 Bearer key" if cfg.key else "无需 key"
    print(
        f"ready in {time.perf_counter() - t0:.1f} s: http://{host}:{port}/v1 "
        f"(model {cfg.model_name}, {auth}, {len(service.list_documents())} documents)",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_graceful_shutdown=5)


@contextmanager
def running(
    service: QAService, settings: Settings | None = None, host: str = "127.0.0.1"
) -> Iterator[str]:
    """The API over `service` on a free port of `host`, in a daemon thread; yields its base URL
    (`http://127.0.0.1:PORT/v1`) and stops the server on exit."""
    config = uvicorn.Config(
        create_app(service, settings), host=host, port=0, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="api-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the API server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{port}/v1"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
