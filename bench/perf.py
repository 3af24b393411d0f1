"""Latency, memory and ingest throughput of the knowledge service, next to the standard recipe.

python bench/perf.py [--store DIR] [--big-store DIR] [--questions N] [--profile DIR] [--json]

- embed_query_ms_p50: one warm e5 query embedding.
- ask_ms_p50 / ask_ms_p95: warm end-to-end extractive `service.ask` over a store of the 1,104
  CMRC 2018 paragraphs (trial + dev); baseline_ask_ms_p50: the standard recipe (bench/baseline.py)
  on the same paragraphs and questions. ask_en_ms_p50 / _p95 and embed_en_query_ms_p50: English
  questions about the bundled article, added to that store (bench/perf_english.py says why).
  All are timed interleaved, question by question, so load from other processes on a shared
  machine weighs on all of them alike (bench/perf_asks.py; it also reports the embedding's own
  p95, each ask's time besides its embedding, *_rest_ms, and asks timed while the background
  sentence pass was busy, which it waits for first).
- ask100k_ms_p50 / rss100k_mb: the same asks over 100,000 chunks, measured in a fresh process
  (with its own interleaved embed100k_ms_p50, the base of its ratio). That store is synthetic:
  the real CMRC chunk texts, repeated, with perturbed copies of their e5 vectors (no hours of
  embedding), written through the store's add_chunks + commit_documents with synthetic document
  ids (built once, in another child process, and reused).
- embed_chars_per_s / ingest_chars_per_s: raw batch passage embedding vs the whole ingest path
  (clean, chunk, embed, store) on the same paragraphs in the same run (best of two rounds each).
  The raw figure embeds the texts cut into non-overlapping pieces of the chunk size, so neither
  side is flattered by e5's 512-token truncation; chars are the documents' characters.
  ingest_sv_chars_per_s: the same ingest until its sentence vectors are stored too (the
  background pass after publishing, knowledge/ingestion/sentence_pass.py).
- reingest_s: ingesting the unchanged 1,104 paragraphs again (all already present).
- searchable_s: from the start of adding a ~200 kB document until a keyword question about its
  last paragraph is answered (asked every 0.25 s while the ingest runs in a thread).

Stores live under /tmp/bench-stores/ and are reused; the 1,104-paragraph store is seeded by
copying --seed-store (default: the dev store cmrc.py builds) when it is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.baseline import Baseline, baseline_path  # noqa: E402
from bench.cmrc_data import (  # noqa: E402
    DEFAULT_DATA,
    STORES,
    ingest_paragraph_ids,
    load_split,
    sample,
)
from bench.perf_asks import interleaved, pct, warm_asks  # noqa: E402
from bench.perf_english import Cycle, prepare  # noqa: E402
from bench.perf_ingest import big_document, searchable, throughput  # noqa: E402
from bench.perf_stores import (  # noqa: E402
    BIG_CHUNKS,
    all_paragraphs,
    build_big_store,
    merge_baseline,
    open_all_store,
    seed_copy,
)
from knowledge.service import build_service  # noqa: E402
from knowledge.settings import Settings  # noqa: E402
from knowledge.text.normalise import normalise

GOALS = {
    "ask_p50_vs_embed": 2.0,
    "ask_p95_vs_embed": 3.0,
    "ask_en_p50_vs_embed": 2.0,
    "ask100k_p50_vs_embed": 3.0,
    "rss100k_mb": 1536.0,
    "ingest_vs_embed": 0.9,
    "reingest_s": 1.0,
    "searchable_s": 2.0,
    "ask_p50_vs_baseline": 1.2,
}


def rss_mb() -> float:
    """Current resident set size of this process."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def questions(data: Path, n: int, seed: int = 1) -> list[str]:
    _, trial = load_split(data, "trial")
    _, dev = load_split(data, "dev")
    return [it.question for it in sample(trial + dev, n, seed)]


def probe_big(path: Path, qs: list[str], warm: int, profile: Path | None) -> dict[str, float]:
    """In a fresh process: open the big store, ask, report latency and memory."""
    service = build_service(Settings().with_store(path))
    emb = service.embeddings
    t0 = time.perf_counter()
    service.ask(qs[0])  # loads the model and builds the keyword index
    first = (time.perf_counter() - t0) * 1000
    times = interleaved(
        {"embed": lambda q: emb.embed_query_vector(normalise(q)), "ask": service.ask}, qs[1:], warm
    )
    out = {
        "ask100k_ms_p50": pct(times["ask"], 50),
        "ask100k_ms_p95": pct(times["ask"], 95),
        "embed100k_ms_p50": pct(times["embed"], 50),
        "ask100k_first_ms": round(first, 1),
        "rss100k_mb": round(rss_mb(), 1),
        "rss100k_peak_mb": round(peak_rss_mb(), 1),
        "chunks": service.chunk_count(),
    }
    if profile:
        write_profile(profile / "ask100k.txt", service.ask, qs[1:31])
    return out


def write_profile(path: Path, fn: Any, qs: list[str]) -> None:
    """A pyinstrument report of fn over qs (a separate pass: profiling slows what it watches)."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.001)
    profiler.start()
    for q in qs:
        fn(q)
    profiler.stop()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(profiler.output_text(unicode=True, show_all=False))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--store", type=Path, default=STORES / "cmrc-all")
    ap.add_argument(
        "--seed-stores",
        type=Path,
        nargs="*",
        default=[STORES / "cmrc-dev", STORES / "cmrc-trial"],
        help="bench stores whose documents seed a missing --store (none: embed everything)",
    )
    ap.add_argument("--big-store", type=Path, default=STORES / "synth-100k")
    ap.add_argument("--questions", type=int, default=100, help="timed asks (after 5 warm-up)")
    ap.add_argument("--throughput-docs", type=int, default=40)
    ap.add_argument("--skip", default="", help="comma list of: big,throughput,searchable")
    ap.add_argument("--searchable-bytes", type=int, default=200_000, help="size of that document")
    ap.add_argument("--profile", type=Path, help="write pyinstrument reports of the asks here")
    ap.add_argument("--probe-big", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--build-big", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true", help="print one JSON object last")
    args = ap.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    qs = questions(args.data, args.questions + 5)

    if args.probe_big:  # child process: fresh memory picture of the 100k store
        print(json.dumps(probe_big(args.big_store, qs, 5, args.profile)))
        return 0
    if args.build_big:  # child process, so the measuring processes never wrote that store
        src = build_service(Settings().with_store(args.store))
        build_big_store(src, args.big_store, BIG_CHUNKS, lambda m: print(m, file=sys.stderr))
        return 0

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    report: dict[str, Any] = {}
    service = open_all_store(args.store, args.seed_stores, args.data, log)
    emb = service.embeddings
    merge = seed_copy(baseline_path(args.store), [baseline_path(p) for p in args.seed_stores], log)
    baseline = Baseline.open(baseline_path(args.store), emb)
    for path in merge:
        merge_baseline(baseline, path)
    t0 = time.perf_counter()
    counts = baseline.ingest(all_paragraphs(args.data))
    log(f"baseline store: {counts} ({time.perf_counter() - t0:.1f}s)")
    service.ask(qs[0])  # load the model, build the keyword index
    en = Cycle(prepare(service, log))
    report.update(warm_asks(service, baseline.ask, qs, en))
    if args.profile:
        write_profile(args.profile / "ask.txt", service.ask, qs[:50])
    report["store_chunks"] = service.chunk_count()
    report["store_documents"] = len(service.list_documents())

    t0 = time.perf_counter()
    counts, _ = ingest_paragraph_ids(service, all_paragraphs(args.data))
    report["reingest_s"] = round(time.perf_counter() - t0, 2)
    report["reingest_counts"] = counts

    if "throughput" not in skip:
        paras = sample(load_split(args.data, "dev")[0], args.throughput_docs, 7)
        report.update(throughput(service, paras, 2, log))
    if "searchable" not in skip:
        doc = big_document(load_split(args.data, "dev")[0], args.searchable_bytes)
        report.update(searchable(service, doc, 600, log))
        service.sentence_pass.wait()  # its background pass ends before anything else runs
    if "big" not in skip:
        common = ["--big-store", str(args.big_store), "--data", str(args.data)]
        common += ["--store", str(args.store), "--questions", str(args.questions)]
        if args.profile:
            common += ["--profile", str(args.profile)]
        for flag in ("--build-big", "--probe-big"):
            out = subprocess.run(
                [sys.executable, __file__, flag, *common],
                stdout=subprocess.PIPE,
                text=True,
                check=True,
                env=os.environ,
            )
        report.update(json.loads(out.stdout.strip().splitlines()[-1]))

    report["ratios"] = ratios(report)
    report["goals"] = {
        k: {"goal": g, "value": report["ratios"].get(k, report.get(k)), "met": _met(k, g, report)}
        for k, g in GOALS.items()
    }
    print(render(report))
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    return 0


def ratios(r: dict[str, Any]) -> dict[str, float | None]:
    e = r["embed_query_ms_p50"]

    def div(a: str, b: float | None) -> float | None:
        return round(r[a] / b, 2) if r.get(a) is not None and b else None

    return {
        "ask_p50_vs_embed": div("ask_ms_p50", e),
        "ask_p95_vs_embed": div("ask_ms_p95", e),
        "ask_p95_vs_embed_p95": div("ask_ms_p95", r.get("embed_query_ms_p95")),
        "ask_en_p50_vs_embed": div("ask_en_ms_p50", r.get("embed_en_query_ms_p50")),
        "ask_en_p95_vs_embed": div("ask_en_ms_p95", r.get("embed_en_query_ms_p50")),
        "ask100k_p50_vs_embed": div("ask100k_ms_p50", r.get("embed100k_ms_p50")),
        "ingest_vs_embed": div("ingest_chars_per_s", r.get("embed_chars_per_s")),
        "ask_p50_vs_baseline": div("ask_ms_p50", r.get("baseline_ask_ms_p50")),
    }


def _met(key: str, goal: float, r: dict[str, Any]) -> bool | None:
    value = r["ratios"].get(key, r.get(key))
    if value is None:
        return None
    return value >= goal if key == "ingest_vs_embed" else value <= goal


def render(r: dict[str, Any]) -> str:
    lines = ["performance (warm; ms unless noted)", ""]
    for k in (
        "embed_query_ms_p50",
        "embed_query_ms_p95",
        "ask_ms_p50",
        "ask_ms_p95",
        "ask_rest_ms_p50",
        "ask_rest_ms_p95",
        "baseline_ask_ms_p50",
        "embed_en_query_ms_p50",
        "embed_en_query_ms_p95",
        "ask_en_ms_p50",
        "ask_en_ms_p95",
        "ask_en_rest_ms_p50",
        "ask_en_rest_ms_p95",
        "sentence_pass_busy_asks",
        "ask100k_ms_p50",
        "ask100k_ms_p95",
        "embed100k_ms_p50",
        "ask100k_first_ms",
        "rss100k_mb",
        "rss100k_peak_mb",
        "embed_chars_per_s",
        "ingest_chars_per_s",
        "ingest_sv_chars_per_s",
        "reingest_s",
        "searchable_s",
    ):
        if k in r:
            lines.append(f"  {k:<22}{r[k]!s:>10}")
    lines += ["", "goals:"]
    for k, g in r["goals"].items():
        state = {True: "ok", False: "MISS", None: "n/a"}[g["met"]]
        lines.append(f"  {k:<24}{g['value']!s:>10}  goal {g['goal']:<8} {state}")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
