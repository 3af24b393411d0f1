"""Load on the HTTP API: N concurrent clients x M questions on loopback, answers compared with
sequential ones, latency percentiles, and the server's start -> first answer time.

python bench/api_load.py [--store DIR] [--clients 20] [--questions 5] [--json]

1. The store (default /tmp/bench-stores/api-mohan: the bundled corpus) is built with
   `python -m ingest` when it is empty, outside every timing.
2. `python -m knowledge serve` starts as a child process; startup_s runs from just before the
   process is spawned until the first answer to a chat completion arrives (the question is
   re-sent every 50 ms while the port is closed). ready_s is the server's own "ready in" figure
   (preparing the service: models and keyword index loaded).
3. One client asks the questions one after another (sequential answers and latency).
4. `--clients` threads, each with its own `openai` client, ask all the questions at once (each
   starting at a different question; odd clients stream), every request bounded by a timeout.
   Every answer must be there and equal the sequential one (a streamed one: its content).

Uses the `openai` package (requirements-dev.txt). Only 127.0.0.1 is contacted; the server is
stopped at the end (SIGINT, then killed after 20 s).
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import openai

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_STORE = Path("/tmp/bench-stores/api-mohan")
SEED_QA = ROOT / "tests/data/seed_qa.jsonl"
MODEL = "policy-qa"
START_TIMEOUT_S = 180
REQUEST_TIMEOUT_S = 120


def questions(n: int) -> list[str]:
    rows = [json.loads(line) for line in SEED_QA.read_text(encoding="utf-8").splitlines() if line]
    return [r["question"] for r in rows[:n]]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_store(store: Path) -> None:
    if store.is_dir() and any(store.iterdir()):
        return
    store.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "ingest", "--store", str(store)]
    subprocess.run(cmd, cwd=ROOT, check=True, timeout=600, stdout=subprocess.DEVNULL)


def client(base_url: str) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=base_url, api_key="none", max_retries=0, timeout=REQUEST_TIMEOUT_S
    )


def ask(c: openai.OpenAI, question: str, stream: bool = False) -> str:
    messages = [{"role": "user", "content": question}]
    if not stream:
        out = c.chat.completions.create(model=MODEL, messages=messages)
        return out.choices[0].message.content
    text = ""
    for chunk in c.chat.completions.create(model=MODEL, messages=messages, stream=True):
        if chunk.choices:
            text += chunk.choices[0].delta.content or ""
    return text


def start_server(store: Path, port: int, log_path: Path, question: str) -> tuple[Any, float]:
    """Spawn the server; seconds from spawning it to the first answer."""
    cmd = [sys.executable, "-m", "knowledge", "serve", "--store", str(store), "--port", str(port)]
    t0 = time.perf_counter()
    with log_path.open("w") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, stderr=log, stdout=log)
    c = client(f"http://127.0.0.1:{port}/v1")
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited: {log_path.read_text()[-2000:]}")
        try:
            ask(c, question)
            return proc, time.perf_counter() - t0
        except openai.APIConnectionError:
            if time.perf_counter() - t0 > START_TIMEOUT_S:
                proc.kill()
                raise RuntimeError("the server did not answer within the start timeout") from None
            time.sleep(0.05)


def stop_server(proc: Any) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def load(base_url: str, qs: list[str], expected: dict[str, str], clients: int) -> dict[str, Any]:
    latencies: list[float] = []
    wrong: list[str] = []
    failed: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(clients)

    def worker(i: int) -> None:
        c = client(base_url)
        order = qs[i % len(qs) :] + qs[: i % len(qs)]
        barrier.wait(timeout=60)
        for q in order:
            t = time.perf_counter()
            try:
                text = ask(c, q, stream=bool(i % 2))
            except Exception as exc:  # counted, reported, never retried
                with lock:
                    failed.append(f"client {i}: {q}: {exc!r}")
                continue
            with lock:
                latencies.append((time.perf_counter() - t) * 1000)
                if text != expected[q]:
                    wrong.append(f"client {i}: {q}")

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=REQUEST_TIMEOUT_S * len(qs) + 60)
    wall = time.perf_counter() - t0
    total = clients * len(qs)
    return {
        "requests": total,
        "answered": len(latencies),
        "identical": len(latencies) - len(wrong),
        "failed": failed[:5],
        "different": wrong[:5],
        "wall_s": round(wall, 2),
        "throughput_qps": round(len(latencies) / wall, 2),
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "max_ms": round(max(latencies, default=float("nan")), 1),
    }


def run(store: Path, clients: int, n_questions: int) -> dict[str, Any]:
    qs = questions(n_questions)
    ensure_store(store)
    port = free_port()
    log_path = Path(tempfile.mkstemp(prefix="api-load-", suffix=".log")[1])
    proc, startup_s = start_server(store, port, log_path, qs[0])
    try:
        base_url = f"http://127.0.0.1:{port}/v1"
        c = client(base_url)
        expected, seq = {}, []
        for q in qs:
            t = time.perf_counter()
            expected[q] = ask(c, q)
            seq.append((time.perf_counter() - t) * 1000)
        result = load(base_url, qs, expected, clients)
    finally:
        stop_server(proc)
    ready = re.search(r"ready in ([\d.]+) s", log_path.read_text())
    return {
        "clients": clients,
        "questions": len(qs),
        "startup_s": round(startup_s, 2),
        "ready_s": float(ready.group(1)) if ready else None,
        "sequential_p50_ms": round(percentile(seq, 50), 1),
        **result,
        "all_answered_identically": result["identical"] == result["requests"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--questions", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    r = run(args.store, args.clients, args.questions)
    print(
        f"start -> first answer {r['startup_s']} s (server ready in {r['ready_s']} s)\n"
        f"sequential p50 {r['sequential_p50_ms']} ms\n"
        f"{r['clients']} clients x {r['questions']} questions: {r['answered']}/{r['requests']} "
        f"answered, {r['identical']} identical to sequential; p50 {r['p50_ms']} ms, "
        f"p95 {r['p95_ms']} ms, max {r['max_ms']} ms; {r['throughput_qps']} q/s "
        f"over {r['wall_s']} s"
    )
    for line in r["failed"] + r["different"]:
        print("  ", line)
    if args.json:
        print(json.dumps(r, ensure_ascii=False))
    return 0 if r["all_answered_identically"] else 1


if __name__ == "__main__":
    sys.exit(main())
