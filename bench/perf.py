"""Latency, memory and ingest throughput of the knowledge service, next to the standard recipe.

python bench/perf.py [--store DIR] [--big-store DIR] [--questions N] [--profile DIR] [--json]

- embed_query_ms_p50: one warm e5 query embedding.
- ask_ms_p50 / ask_ms_p95: warm end-to-end extractive `service.ask` over a store of the 1,104
  CMRC 2018 paragraphs (trial + dev); baseline_ask_ms_p50: the standard recipe (bench/baseline.py)
  on the same paragraphs and questions. The three are timed interleaved, question by question,
  so load from other processes on a shared machine weighs on all of them alike.
- ask100k_ms_p50 / rss100k_mb: the same asks over 100,000 chunks, measured in a fresh process
  (with its own interleaved embed100k_ms_p50, the base of its ratio). That store is synthetic:
  the real CMRC chunk texts, repeated, with perturbed copies of their e5 vectors (no hours of
  embedding), written through the store's add_chunks + commit_document with synthetic document
  ids (built once, in another child process, and reused).
- embed_chars_per_s / ingest_chars_per_s: raw batch passage embedding vs the whole ingest path
  (clean, chunk, embed, store) on the same paragraphs in the same run (best of two rounds each).
  The raw figure embeds the texts cut into non-overlapping pieces of the chunk size, so neither
  side is flattered by e5's 512-token truncation; chars are the documents' characters.
- reingest_s: ingesting the unchanged 1,104 paragraphs again (all already present).
- searchable_s: from the start of adding a ~200 kB document until a keyword question about its
  last paragraph is answered (asked every 0.25 s while the ingest runs in a thread).

Stores live under /tmp/bench-stores/ and are reused; the 1,104-paragraph store is seeded by
copying --seed-store (default: the dev store cmrc.py builds) when it is missing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.baseline import Baseline, baseline_path  # noqa: E402
from bench.cmrc_data import (  # noqa: E402
    DEFAULT_DATA,
    STORES,
    ingest_paragraph_ids,
    load_split,
    raw_paragraph,
    sample,
)
from ingest.cleaning import clean_text  # noqa: E402
from ingest.loaders import RawDocument  # noqa: E402
from ingest.pipeline import doc_id_for  # noqa: E402
from knowledge.lexical import normalise  # noqa: E402
from knowledge.schema import Chunk, DocumentInfo  # noqa: E402
from knowledge.service import QAService, build_service  # noqa: E402
from knowledge.settings import Settings  # noqa: E402

BIG_CHUNKS = 100_000
BIG_DOC_CHUNKS = 250  # ~60,000 characters: a long policy document
SEARCH_KEYWORD = "星澜计划"
SEARCH_FACT = "XL-2024-0917"
SEARCH_QUESTION = f"{SEARCH_KEYWORD}专项资金的编号是什么？"
SEARCH_LAST = (
    f"附则：本办法所称“{SEARCH_KEYWORD}”专项资金，资金编号为{SEARCH_FACT}，"
    "由市财政局按季度统一拨付，结余资金年底收回。"
)
GOALS = {
    "ask_p50_vs_embed": 2.0,
    "ask_p95_vs_embed": 3.0,
    "ask100k_p50_vs_embed": 3.0,
    "rss100k_mb": 1536.0,
    "ingest_vs_embed": 0.9,
    "reingest_s": 1.0,
    "searchable_s": 2.0,
    "ask_p50_vs_baseline": 1.2,
}


def pct(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 1)


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


# ---- stores ---------------------------------------------------------------------------------
def all_paragraphs(data: Path) -> list[tuple[str, str]]:
    return load_split(data, "dev")[0] + load_split(data, "trial")[0]


def seed_copy(store: Path, seeds: list[Path], log) -> list[Path]:
    """Start a missing store as a copy of the first filled seed; returns the seeds to merge."""
    seeds = [p for p in seeds if (p / "chroma.sqlite3").exists()]
    if store.exists() or not seeds:
        return []
    log(f"seeding {store} from {seeds[0]}")
    shutil.copytree(seeds[0], store, ignore=shutil.ignore_patterns("*.lock"))
    return seeds[1:]


def merge_store(dst: QAService, src_path: Path, log) -> int:
    """Copy the documents (chunks, vectors, records) of another bench store that `dst` lacks:
    what the same ingest path already computed, without embedding it again."""
    from knowledge.store import make_store

    src = make_store(Settings().with_store(src_path))
    got = src.chunks.get(include=["documents", "metadatas", "embeddings"])
    by_doc: dict[str, list[int]] = {}
    for i, meta in enumerate(got["metadatas"]):
        by_doc.setdefault(meta["doc_id"], []).append(i)
    added = 0
    for info in src.list_documents():
        if dst.store.has_document(info.doc_id) or info.doc_id not in by_doc:
            continue
        rows = by_doc[info.doc_id]
        chunks = [_chunk(got["ids"][i], got["documents"][i], got["metadatas"][i]) for i in rows]
        vectors = np.asarray([got["embeddings"][i] for i in rows], dtype=np.float32)
        dst.store.add_chunks(chunks, vectors)
        dst.store.commit_document(info, src.get_document_text(info.doc_id) or "")
        added += 1
    log(f"merged {added} documents from {src_path}")
    return added


def merge_baseline(dst: Baseline, src_path: Path) -> None:
    """The same for the standard recipe's collection."""
    from bench.baseline import COLLECTION, open_client

    src = open_client(src_path).get_or_create_collection(COLLECTION, embedding_function=None)
    got = src.get(include=["documents", "metadatas", "embeddings"])
    for i in range(0, len(got["ids"]), 1000):
        dst.col.upsert(
            ids=got["ids"][i : i + 1000],
            embeddings=got["embeddings"][i : i + 1000],
            documents=got["documents"][i : i + 1000],
            metadatas=got["metadatas"][i : i + 1000],
        )


def _chunk(cid: str, text: str, meta: dict[str, Any]) -> Chunk:
    return Chunk(
        cid,
        meta["doc_id"],
        int(meta["ordinal"]),
        int(meta["start"]),
        int(meta["end"]),
        text,
        meta.get("title", ""),
        meta.get("source", ""),
    )


def open_all_store(store: Path, seeds: list[Path], data: Path, log) -> QAService:
    """The 1,104-paragraph store, seeded from the per-split bench stores, then filled if needed."""
    merge = seed_copy(store, seeds, log)
    service = build_service(Settings().with_store(store))
    for path in merge:
        merge_store(service, path, log)
    t0 = time.perf_counter()
    counts, _ = ingest_paragraph_ids(service, all_paragraphs(data))
    log(f"store {store}: {counts} ({time.perf_counter() - t0:.1f}s)")
    return service


def build_big_store(src: QAService, path: Path, n_chunks: int, log) -> None:
    """Real chunk texts from `src`, repeated with perturbed vectors, up to n_chunks chunks, in
    synthetic documents of BIG_DOC_CHUNKS chunks; chunks are written in large batches, then
    each document is committed (add_chunks + commit_document, like the ingest path)."""
    from knowledge.store import make_store

    done_mark = path / "synthetic.json"
    if done_mark.exists():
        log(f"big store {path}: {done_mark.read_text().strip()} (reused)")
        return
    shutil.rmtree(path, ignore_errors=True)  # a build that did not finish
    store = make_store(Settings().with_store(path))
    got = src.store.chunks.get(include=["documents", "metadatas", "embeddings"])
    texts, metas = got["documents"], got["metadatas"]
    vecs = np.asarray(got["embeddings"], dtype=np.float32)
    rng = np.random.default_rng(0)
    t0 = time.perf_counter()
    done, pos, copy = 0, 0, 0
    pending: list[tuple[DocumentInfo, str, list[Chunk], np.ndarray]] = []
    while done < n_chunks:
        take = min(BIG_DOC_CHUNKS, n_chunks - done, len(texts) - pos)
        doc_id = f"synth{copy:03d}-{pos:05d}"
        chunks, start = [], 0
        for j, i in enumerate(range(pos, pos + take)):
            t = texts[i]
            title = metas[i].get("title", "")
            chunks.append(Chunk(f"{doc_id}:{j}", doc_id, j, start, start + len(t), t, title, ""))
            start += len(t) + 1
        v = vecs[pos : pos + take] + rng.normal(0, 0.02, (take, vecs.shape[1])).astype(np.float32)
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        info = DocumentInfo(doc_id, chunks[0].title, f"{doc_id}.txt", take, f"synth-{copy:03d}")
        # The record's text is a stub (the first chunk): Chroma slows every later document
        # write in proportion to the full texts already stored (see RESULTS.md), which would
        # make building 100k chunks take hours; asks never read the document text.
        pending.append((info, chunks[0].text, chunks, v))
        done, pos = done + take, pos + take
        if pos >= len(texts):
            pos, copy = 0, copy + 1
        if sum(len(p[2]) for p in pending) >= 4000 or done >= n_chunks:
            store.add_chunks([c for p in pending for c in p[2]], np.vstack([p[3] for p in pending]))
            for info, text, _, _ in pending:
                store.commit_document(info, text)
            pending = []
            log(f"big store: {done} chunks ({time.perf_counter() - t0:.0f}s)")
    done_mark.write_text(json.dumps({"chunks": done, "documents": done // BIG_DOC_CHUNKS}))


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
        "chunks": service.store.chunks.count(),
    }
    if profile:
        write_profile(profile / "ask100k.txt", service.ask, qs[1:31])
    return out


# ---- measurements ---------------------------------------------------------------------------
def interleaved(fns: dict[str, Any], qs: list[str], warm: int = 5) -> dict[str, list[float]]:
    """Time every function on each question in turn (ms), so that load from other processes
    on this shared machine weighs on all of them alike; the first `warm` questions are untimed."""
    warm = min(warm, len(qs) // 2)
    out: dict[str, list[float]] = {name: [] for name in fns}
    for i, q in enumerate(qs):
        for name, fn in fns.items():
            t = time.perf_counter()
            fn(q)
            if i >= warm:
                out[name].append((time.perf_counter() - t) * 1000)
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


def throughput(service: QAService, paragraphs: list[tuple[str, str]], rounds: int, log) -> dict:
    """Raw passage embedding vs the ingest path on the same documents, alternating rounds."""
    size = service.settings.ingest.chunk_chars
    docs = [clean_text(ctx, title).text for title, ctx in paragraphs]
    chars = sum(len(d) for d in docs)
    pieces = [d[i : i + size] for d in docs for i in range(0, len(d), size)]
    best_raw = best_ingest = float("inf")
    chunks = 0
    for r in range(rounds):
        t = time.perf_counter()
        service.embeddings.embed_passages(pieces)
        best_raw = min(best_raw, time.perf_counter() - t)
        with tempfile.TemporaryDirectory(prefix="perf-ingest-") as tmp:
            fresh = build_service(Settings().with_store(tmp))
            fresh.embeddings = service.embeddings
            fresh.ingestor.embeddings = service.embeddings
            fresh.store.list_documents()  # open the client before the clock starts
            t = time.perf_counter()
            raws = (raw_paragraph(i, title, ctx) for i, (title, ctx) in enumerate(paragraphs))
            chunks += sum(r.chunks for r in fresh.ingestor.ingest_many(raws))
            best_ingest = min(best_ingest, time.perf_counter() - t)
        log(f"throughput round {r + 1}: raw {best_raw:.1f}s, ingest {best_ingest:.1f}s")
    return {
        "embed_chars_per_s": round(chars / best_raw, 1),
        "ingest_chars_per_s": round(chars / best_ingest, 1),
        "throughput_docs": len(docs),
        "throughput_chars": chars,
        "ingest_chunk_chars_ratio": round(
            sum(len(c) for c in _chunk_texts(service, paragraphs)) / chars, 3
        ),
    }


def _chunk_texts(service: QAService, paragraphs: list[tuple[str, str]]) -> list[str]:
    """The texts the ingest path embeds for these paragraphs."""
    out = []
    for i, (title, ctx) in enumerate(paragraphs):
        raw = raw_paragraph(i, title, ctx)
        doc = clean_text(raw.text, raw.title_hint, fallback_title="x")
        out.extend(service.ingestor.embed_texts(service.ingestor.chunks_for(doc, "x", raw.source)))
    return out


def big_document(paragraphs: list[tuple[str, str]], target_bytes: int = 200_000) -> str:
    parts: list[str] = []
    size = len(SEARCH_LAST.encode("utf-8"))
    for _, ctx in itertools.cycle(paragraphs):  # repeats them for documents over ~1.3 MB
        if size >= target_bytes:
            break
        parts.append(ctx)
        size += len(ctx.encode("utf-8")) + 2
    return "\n\n".join(parts + [SEARCH_LAST])


def searchable(service: QAService, text: str, timeout_s: float, log) -> dict[str, Any]:
    """Seconds from starting to add `text` until the keyword question about its end is answered."""
    doc_id = doc_id_for(clean_text(text, "星澜计划专项资金管理办法").text)
    service.remove_document(doc_id)
    raw = RawDocument(
        text=text, source="xinglan.txt", fmt="txt", title_hint="星澜计划专项资金管理办法"
    )
    done: dict[str, Any] = {}

    def work() -> None:
        t = time.perf_counter()
        done["result"] = service.ingestor.ingest_raw(raw)
        done["s"] = time.perf_counter() - t

    t0 = time.perf_counter()
    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    answered = None
    polls = 0
    while time.perf_counter() - t0 < timeout_s:
        polls += 1
        ans = service.ask(SEARCH_QUESTION)
        if not ans.abstained and SEARCH_FACT in ans.answer:
            answered = time.perf_counter() - t0
            break
        time.sleep(0.25)
    worker.join()
    service.remove_document(doc_id)
    log(f"searchable: {answered}s, ingest {done.get('s', 0):.1f}s, {polls} polls")
    return {
        "searchable_s": round(answered, 2) if answered is not None else None,
        "searchable_doc_bytes": len(text.encode("utf-8")),
        "searchable_ingest_s": round(done.get("s", 0.0), 1),
    }


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
    times = interleaved(
        {
            "embed": lambda q: emb.embed_query_vector(normalise(q)),
            "ask": service.ask,
            "baseline": baseline.ask,
        },
        qs,
    )
    report["embed_query_ms_p50"] = pct(times["embed"], 50)
    report["ask_ms_p50"] = pct(times["ask"], 50)
    report["ask_ms_p95"] = pct(times["ask"], 95)
    report["baseline_ask_ms_p50"] = pct(times["baseline"], 50)
    if args.profile:
        write_profile(args.profile / "ask.txt", service.ask, qs[:50])
    report["store_chunks"] = service.store.chunks.count()
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
        "ask_ms_p50",
        "ask_ms_p95",
        "baseline_ask_ms_p50",
        "ask100k_ms_p50",
        "ask100k_ms_p95",
        "embed100k_ms_p50",
        "ask100k_first_ms",
        "rss100k_mb",
        "rss100k_peak_mb",
        "embed_chars_per_s",
        "ingest_chars_per_s",
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
