"""CMRC 2018 as a multi-document benchmark of retrieval, extractive answers, citations and refusals.

python bench/cmrc.py --split dev --data ../shared/bench/cmrc2018 --store DIR [--limit N]
                     [--ooc-limit 500] [--seed 0] [--failures 15] [--dump FILE] [--json]
                     [--part all|tune|heldout] [--ooc-unfitted [--ooc-part tune|heldout]]

Every paragraph of the split becomes a document (title = article title) ingested through the
normal ingest path into DIR (reused when it already holds them). Every question goes through
`service.ask`; `service.evidence` gives the retrieval ranks. Out-of-corpus questions are a seeded
sample of the *other* split's questions (their paragraphs are not in the store): the bot should
refuse them. The standard recipe (bench/baseline.py) runs on the same data in the same run, so
every figure has its ratio. Identical query embeddings are computed once per run and shared by
`evidence`, `ask` and the baseline (a memo around the embedder; the answer path is unchanged).
`--part` asks only the questions of the tune or held-out articles (`cmrc_data.part_of`; the store
holds every paragraph, the out-of-corpus sample is the same); held-out prints aggregates only.
`--ooc-unfitted` draws the out-of-corpus questions from outside the seeded 500 that the local
rules' fits read (`cmrc_data.unfitted`): refusals no rule was fitted on. `--ooc-part` keeps one
part of that pool (`cmrc_data.ooc_part`, by question id); its held-out part prints counts only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.baseline import Baseline, baseline_path, doc_key  # noqa: E402
from bench.cmrc_data import (  # noqa: E402
    DEFAULT_DATA,
    FITTED_OOC,
    Item,
    ingest_paragraph_ids,
    ingest_paragraphs,
    load_split,
    ooc_pool,
    part_of,
    sample,
)
from bench.cmrc_report import (  # noqa: E402
    GOALS,
    RANK_DEPTH,
    Row,
    informative_failures,
    losses,
    ratios,
    render,
    share,
    summarise,
)
from knowledge.answering.core.citations import strip_markers  # noqa: E402
from knowledge.service import QAService, build_service  # noqa: E402
from knowledge.settings import Settings  # noqa: E402
from knowledge.text.normalise import normalise

_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    """Comparison form: simplified, lower case, no whitespace."""
    return _SPACE.sub("", normalise(text))


def has_gold(text: str, answers: Sequence[str]) -> bool:
    t = norm(text)
    return any(norm(a) and norm(a) in t for a in answers)


def memoize_queries(embeddings: Any) -> dict[str, np.ndarray]:
    """Compute each distinct query vector once (evidence, ask and the baseline embed the same text)."""
    inner = embeddings.embed_query_vector
    cache: dict[str, np.ndarray] = {}

    def cached(text: str) -> np.ndarray:
        vec = cache.get(text)
        if vec is None:
            vec = cache[text] = inner(text)
        return vec

    embeddings.embed_query_vector = cached
    return cache


def prime_queries(
    embeddings: Any, cache: dict[str, np.ndarray], texts: Sequence[str], batch: int = 32
) -> None:
    """Fill the memo with batched e5 query embeddings (bit-identical to one-at-a-time ones, and
    several times faster on a busy machine). Only for back-ends that embed queries in batches."""
    if not hasattr(embeddings, "embed_queries"):
        return
    todo = [t for t in dict.fromkeys(texts) if t not in cache]
    for i in range(0, len(todo), batch):
        part = todo[i : i + batch]
        cache.update(zip(part, embeddings.embed_queries(part)))


def trial_tune(store: Path, data: Path = DEFAULT_DATA) -> tuple[QAService, list[Item], list[Item]]:
    """The CMRC tune source the fitting scripts share: a service over the trial paragraphs in
    `store` (ingested when missing), trial's questions (in corpus) and a seeded 500 of dev's
    (out of corpus), their query vectors primed once."""
    svc = build_service(Settings().with_store(store))
    paragraphs, items = load_split(data, "trial")
    ingest_paragraphs(svc, paragraphs)
    ooc = sample(load_split(data, "dev")[1], FITTED_OOC, 0)
    cache = memoize_queries(svc.embeddings)
    prime_queries(svc.embeddings, cache, [normalise(it.question) for it in items + ooc])
    return svc, items, ooc


def rank_of(
    hits: Sequence[tuple[str, str]], gold_doc: str | None, answers: Sequence[str]
) -> int | None:
    """First 1-based rank of a (doc id, text) hit from the gold document containing a gold answer."""
    for i, (doc, text) in enumerate(hits):
        if doc == gold_doc and has_gold(text, answers):
            return i + 1
    return None


def ask_ours(service: QAService, item: Item, gold_doc: str | None) -> Row:
    ev = service.evidence(item.question)
    hits = [(h.chunk.doc_id, h.chunk.text) for h in ev.result.hits[:RANK_DEPTH]]
    ans = service.ask(item.question)
    text = strip_markers(ans.answer)
    answer_gold = not ans.abstained and has_gold(text, item.answers)
    cite_gold = any(has_gold(c.text, item.answers) for c in ans.citations)
    used = ev.hits  # the chunks candidate sentences came from
    return Row(
        item.qid,
        item.question,
        list(item.answers),
        rank_of(hits, gold_doc, item.answers),
        text if not ans.abstained else "",
        ans.abstained,
        answer_gold,
        cite_gold,
        len(ans.sentences),
        ans.confidence,
        any(has_gold(h.chunk.text, item.answers) for h in used),
        {k: round(float(v), 3) for k, v in ev.features.items()},
    )


def ask_baseline(base: Baseline, item: Item) -> Row:
    hits = base.search(item.question, RANK_DEPTH)
    ans = base.ask(item.question, hits)
    gold_key = doc_key(item.context)
    answer_gold = has_gold(ans.answer, item.answers)
    return Row(
        item.qid,
        item.question,
        list(item.answers),
        rank_of([(h.doc_key, h.text) for h in hits], gold_key, item.answers),
        ans.answer,
        False,
        answer_gold,
        any(has_gold(c.text, item.answers) for c in ans.citations),
        0,
        gold_retrieved=any(has_gold(c.text, item.answers) for c in ans.citations),
    )


def chunk_texts_by_doc(service: QAService) -> dict[str, list[str]]:
    """Every live chunk's text, per document (from the keyword index the searcher keeps)."""
    out: dict[str, list[str]] = {}
    for c in service.searchable_chunks():
        out.setdefault(c.doc_id, []).append(c.text)
    return out


def run(
    service: QAService,
    items: list[Item],
    gold_docs: list[str | None],
    ooc: list[Item],
    baseline: Baseline | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Ask everything; returns summary dicts plus the per-question rows (for dumps and failures)."""
    t0 = time.perf_counter()
    rows: list[Row] = []
    base_rows: list[Row] = []
    for i, item in enumerate(items):
        rows.append(ask_ours(service, item, gold_docs[item.para]))
        if baseline is not None:
            base_rows.append(ask_baseline(baseline, item))
        if progress and (i + 1) % 200 == 0:
            progress(f"{i + 1}/{len(items)} in-corpus questions, {time.perf_counter() - t0:.0f}s")
    ooc_rows = [service.ask(it.question) for it in ooc]
    ooc_refused = [a.abstained for a in ooc_rows]
    out: dict[str, Any] = {"ours": summarise(rows, ooc_refused), "rows": rows}
    by_doc = chunk_texts_by_doc(service)
    out["ours"]["gold_span_in_a_chunk"] = share(
        any(has_gold(t, it.answers) for t in by_doc.get(gold_docs[it.para] or "", []))
        for it in items
    )
    out["losses"] = losses(rows)
    out["ooc_answered"] = [
        (it.question, strip_markers(a.answer)) for it, a in zip(ooc, ooc_rows) if not a.abstained
    ]
    if baseline is not None:
        base = summarise(base_rows, [False] * len(ooc))
        base["answered_in_corpus"] = 1.0
        out["baseline"] = base
        out["base_rows"] = base_rows
        out["ratios"] = ratios(out["ours"], base)
    out["ask_s"] = round(time.perf_counter() - t0, 1)
    return out


def prepare(
    store: Path,
    data: Path,
    split: str,
    with_baseline: bool = True,
    baseline_store: Path | None = None,
) -> tuple[QAService, Baseline | None, list[Item], list[str | None], list[Item], dict[str, Any]]:
    """Open (and fill when needed) the store for `split`; load its questions and the other split's."""
    service = build_service(Settings().with_store(store))
    paragraphs, items = load_split(data, split)
    _, other = load_split(data, "trial" if split == "dev" else "dev")
    info: dict[str, Any] = {"paragraphs": len(paragraphs)}
    t0 = time.perf_counter()
    counts, gold_docs = ingest_paragraph_ids(service, paragraphs)
    info["ingest"] = {**counts, "s": round(time.perf_counter() - t0, 1)}
    # the answers read stored sentence vectors: measure the steady state, every chunk with its
    # vectors (a store made before them gets them now, once)
    t0 = time.perf_counter()
    service.sentence_pass.wait()
    service.sentence_pass.run()
    info["sentence_vectors_s"] = round(time.perf_counter() - t0, 1)
    baseline = None
    if with_baseline:
        t0 = time.perf_counter()
        baseline = Baseline.open(baseline_store or baseline_path(store), service.embeddings)
        info["baseline_ingest"] = {
            **baseline.ingest(paragraphs),
            "s": round(time.perf_counter() - t0, 1),
        }
    return service, baseline, items, gold_docs, other, info


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--split", default="dev", choices=["dev", "trial"])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--store", type=Path, required=True, help="store folder (reused when filled)")
    ap.add_argument("--limit", type=int, default=None, help="ask a seeded sample of N questions")
    ap.add_argument("--ooc-limit", type=int, default=500, help="out-of-corpus sample size")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--ooc-unfitted",
        action="store_true",
        help="out-of-corpus questions only from outside the seeded 500 the local fits read",
    )
    ap.add_argument("--ooc-part", default="all", choices=["all", "tune", "heldout"])
    ap.add_argument("--failures", type=int, default=15, help="informative failures to print")
    ap.add_argument("--no-baseline", action="store_true", help="skip the standard recipe")
    ap.add_argument("--baseline-store", type=Path, help="default: the --store folder + '-baseline'")
    ap.add_argument("--dump", type=Path, help="write per-question rows (jsonl) here")
    ap.add_argument("--json", action="store_true", help="print one JSON object last")
    ap.add_argument("--part", default="all", choices=["all", "tune", "heldout"])
    args = ap.parse_args(argv)
    if args.part == "heldout":  # aggregates only: no question, answer or per-question row
        if args.dump:
            ap.error("--dump is not allowed with --part heldout")
        args.failures = 0

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    t0 = time.perf_counter()
    service, baseline, items, gold_docs, other, info = prepare(
        args.store, args.data, args.split, not args.no_baseline, args.baseline_store
    )
    log(f"store {args.store}: {info}")
    if args.part != "all":
        items = [it for it in items if part_of(it.title) == args.part]
    items = sample(items, args.limit, args.seed)
    ooc = ooc_pool(other, args.ooc_unfitted, args.ooc_part, args.ooc_limit, args.seed)
    cache = memoize_queries(service.embeddings)
    texts = [t for it in items + ooc for t in (normalise(it.question.strip()), it.question)]
    t1 = time.perf_counter()
    prime_queries(service.embeddings, cache, texts)
    log(f"{len(cache)} query embeddings in {time.perf_counter() - t1:.0f}s")
    res = run(service, items, gold_docs, ooc, baseline, log)
    if "heldout" in (args.part, args.ooc_part):
        res["ooc_answered"] = []
    report: dict[str, Any] = {"split": args.split, "part": args.part, "seed": args.seed}
    report["ooc_unfitted"], report["ooc_part"] = args.ooc_unfitted, args.ooc_part
    report.update(res["ours"])
    if baseline is not None:
        report["baseline"] = res["baseline"]
        report["ratios"] = res["ratios"]
    report["goals"] = {k: {"goal": v, "met": report[k] >= v} for k, v in GOALS.items()}
    report["losses"] = res["losses"]
    report["store"] = info
    report["elapsed_s"] = round(time.perf_counter() - t0, 1)
    fails = informative_failures(res["rows"], args.failures)
    report["failures"] = [
        {
            "question": r.question,
            "gold": r.gold,
            "answer": r.answer,
            "rank": r.rank,
            "refused": r.abstained,
        }
        for r in fails
    ]
    print(render(report, res))
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as f:
            for r in res["rows"]:
                f.write(json.dumps(asdict(r), ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
