"""Ingest-side measurements for perf.py: throughput against raw embedding, time to searchable."""

from __future__ import annotations

import itertools
import tempfile
import threading
import time
from typing import Any

from bench.cmrc_data import raw_paragraph
from knowledge.documents.cleaning import clean_text
from knowledge.documents.loaders import RawDocument
from knowledge.ingestion.plan import Planned, doc_id_for, embed_texts, plan
from knowledge.service import QAService, build_service
from knowledge.settings import Settings

SEARCH_KEYWORD = "星澜计划"
SEARCH_FACT = "XL-2024-0917"
SEARCH_QUESTION = f"{SEARCH_KEYWORD}专项资金的编号是什么？"
SEARCH_LAST = (
    f"附则：本办法所称“{SEARCH_KEYWORD}”专项资金，资金编号为{SEARCH_FACT}，"
    "由市财政局按季度统一拨付，结余资金年底收回。"
)


def throughput(service: QAService, paragraphs: list[tuple[str, str]], rounds: int, log) -> dict:
    """Raw passage embedding vs the ingest path on the same documents, alternating rounds."""
    size = service.settings.ingest.chunk_chars
    docs = [clean_text(ctx, title).text for title, ctx in paragraphs]
    chars = sum(len(d) for d in docs)
    pieces = [d[i : i + size] for d in docs for i in range(0, len(d), size)]
    best_raw = best_ingest = best_sv = float("inf")
    chunks = 0
    for r in range(rounds):
        t = time.perf_counter()
        service.embeddings.embed_passages(pieces)
        best_raw = min(best_raw, time.perf_counter() - t)
        with tempfile.TemporaryDirectory(prefix="perf-ingest-") as tmp:
            fresh = build_service(Settings().with_store(tmp), service.embeddings)
            fresh.list_documents()  # open the client before the clock starts
            t = time.perf_counter()
            raws = (raw_paragraph(i, title, ctx) for i, (title, ctx) in enumerate(paragraphs))
            chunks += sum(r.chunks for r in fresh.add_documents(raws))
            best_ingest = min(best_ingest, time.perf_counter() - t)
            fresh.sentence_pass.wait()  # the background pass, before the next raw round
            best_sv = min(best_sv, time.perf_counter() - t)
        log(
            f"throughput round {r + 1}: raw {best_raw:.1f}s, ingest {best_ingest:.1f}s,"
            f" with sentence vectors {best_sv:.1f}s"
        )
    return {
        "embed_chars_per_s": round(chars / best_raw, 1),
        "ingest_chars_per_s": round(chars / best_ingest, 1),
        "ingest_sv_chars_per_s": round(chars / best_sv, 1),
        "throughput_docs": len(docs),
        "throughput_chars": chars,
        "ingest_chunk_chars_ratio": round(
            sum(len(c) for c in _chunk_texts(service, paragraphs)) / chars, 3
        ),
    }


def _chunk_texts(service: QAService, paragraphs: list[tuple[str, str]]) -> list[str]:
    """The texts the ingest path embeds for these paragraphs."""
    out = []
    cfg = service.settings.ingest
    for i, (title, ctx) in enumerate(paragraphs):
        planned = plan(raw_paragraph(i, title, ctx), cfg)
        if isinstance(planned, Planned):
            out.extend(embed_texts(planned.chunks, cfg))
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
        done["result"] = next(service.add_documents([raw]))
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
