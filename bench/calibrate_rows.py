"""Rows for the Chinese refusal model from every probe TUNE file, each on its own store, beside
bench/calibrate.py's eval tune, policy tune and CMRC trial rows (branch fit89).

python bench/calibrate_rows.py --stores DIR --part probes|tune|policy|cmrc --out FILE
        [--data ../shared/bench/cmrc2018] [--skip REGEX]

Every question is asked as bench/calibrate.py asks it (`calibrate.row`: the evidence's features,
the candidates of bench/refusal_candidates.py, closeness.features, then answered and refused and
judged both ways) plus the cheap ask-time signals of `extra`. Rows are appended to FILE (JSON
lines) as they come, each with `set` (the probe set; a group for bench/refit.py's folds) and
`store`. Stores under DIR are built on first use (as bench/probes.py: `store_of`) and reused.
Held-out files are never read; --skip (default: this session's fresh sets) leaves sets out.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import calibrate, eval_policy, eval_sets  # noqa: E402
from bench.cmrc import has_gold, memoize_queries, prime_queries  # noqa: E402
from bench.cmrc_data import DEFAULT_DATA, ingest_paragraphs, load_split, part_of, sample  # noqa: E402
from bench.probes import probe_sets, store_of  # noqa: E402
from bench.refusal_candidates import candidates  # noqa: E402
from knowledge.answering.checking import closeness  # noqa: E402
from knowledge.answering.core.citations import strip_markers  # noqa: E402
from knowledge.answering.core.support import context_of  # noqa: E402
from knowledge.evaluate import judge, judge_policy, load_qa, scope_of  # noqa: E402
from knowledge.service import build_service  # noqa: E402
from knowledge.settings import Settings  # noqa: E402
from knowledge.text.normalise import normalise  # noqa: E402
from knowledge.text.tokens import ASKING, question_content  # noqa: E402


def extra(question: str, ev, store) -> dict[str, float]:
    """Cheap signals beside the candidates: the e5 similarity of the best sentence by meaning
    among the chosen passages' stored sentences and its margin over the next (`sent_top`,
    `sent_margin`), the best sentence's passage's rank in the keyword channel (`lex_agree`,
    1 / (1 + rank)), and the share of the question's content words (two characters or more)
    at least half of whose characters its context holds (`word_chars`)."""
    if ev.lang != "zh" or not ev.chosen:
        return {}
    best = max(ev.chosen, key=lambda c: c.score)
    result = ev.result
    sims: list[float] = []
    ids = list(dict.fromkeys(c.hit.chunk.chunk_id for c in ev.chosen))
    for spans, vecs in store.sentence_vectors(ids).values():
        if vecs is not None and len(spans):
            sims.extend(float(v) for v in np.asarray(vecs) @ result.vector)
    sims.sort(reverse=True)
    lex = sorted((h for h in result.hits if h.lexical is not None), key=lambda h: -h.lexical)
    order = [h.chunk.chunk_id for h in lex]
    cid = best.hit.chunk.chunk_id
    rank = order.index(cid) if cid in order else len(order)
    text = normalise(best.text) + context_of(best, ev.docs)
    words = [w for w in ASKING.sub(" ", question_content(question)).split() if len(w) > 1]
    words = [t for t in result.tokens if len(t) > 1 and any(t in w for w in words)] or words
    held = [2 * sum(ch in text for ch in w) >= len(w) for w in words]
    return {
        "sent_top": sims[0] if sims else 0.0,
        "sent_margin": sims[0] - sims[1] if len(sims) > 1 else 0.0,
        "lex_agree": 1.0 / (1 + rank),
        "word_chars": sum(held) / len(held) if held else 0.0,
    }


def asked(src, name, key, svc, items, judged, policy, out) -> int:
    n = 0
    for item in items:
        scope = scope_of(item) if policy else None
        q = item["question"]
        ev = svc.evidence(q, scope=scope)  # calibrate.row's features, the evidence read once
        feats = {**ev.features, **candidates(q, ev, svc.searcher.store)}
        feats |= closeness.features(q, ev) | extra(q, ev, svc.searcher.store)
        a, b = calibrate.ask_both(svc, q, scope)
        r = {"src": src, "id": item["id"], "lang": ev.lang, "y": int(item["answerable"])}
        r |= {"features": feats, "set": name, "store": key}
        r |= {"pass0": judged(item, a).passed, "pass1": judged(item, b).passed}
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
        out.flush()
        n += 1
    return n


def cmrc(store: Path, data: Path, out, n_ooc: int = 500, n_in: int = 0) -> int:
    """CMRC trial as bench/calibrate.py's cmrc_rows, its held-out articles' questions never
    asked (`cmrc_data.part_of`): in-corpus tune questions 1, the seeded out-of-corpus 0."""
    svc = build_service(Settings().with_store(store))
    paragraphs, items = load_split(data, "trial")
    print("ingest", ingest_paragraphs(svc, paragraphs), file=sys.stderr)
    items = [it for it in items if part_of(it.title) == "tune"]
    items = sample(items, n_in, 0) if n_in else items  # a seeded sample when time is short
    ooc = sample(load_split(data, "dev")[1], n_ooc, 0)
    cache = memoize_queries(svc.embeddings)
    prime_queries(svc.embeddings, cache, [normalise(it.question.strip()) for it in items + ooc])
    n = 0
    for y, group in ((1, items), (0, ooc)):
        for it in group:
            ev = svc.evidence(it.question)
            feats = {**ev.features, **candidates(it.question, ev, svc.searcher.store)}
            feats |= closeness.features(it.question, ev) | extra(it.question, ev, svc.searcher.store)
            a, b = calibrate.ask_both(svc, it.question)
            r = {"src": "cmrc", "id": it.qid, "lang": ev.lang, "y": y, "features": feats}
            r |= {"set": "cmrc", "store": "trial", "abst0": a.abstained, "abst1": b.abstained}
            r |= {"gold0": not a.abstained and has_gold(strip_markers(a.answer), it.answers)}
            r |= {"gold1": not b.abstained and has_gold(strip_markers(b.answer), it.answers)}
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
            out.flush()
            n += 1
    return n


def gather(
    stores: Path, part: str, out, data: Path, skip: str, stores_re: str = "",
    n_in: int = 0, n_ooc: int = 500,
) -> dict[str, int]:
    import re

    counts: dict[str, int] = {}
    if part == "tune":
        svc, _ = eval_sets.open_store(stores / "eval")
        items = load_qa(eval_sets.SPLITS["tune"])
        counts["tune"] = asked("tune", "eval-tune", "eval", svc, items, judge, False, out)
    elif part == "policy":
        svc, _ = eval_policy.open_store(stores / "policy")
        items = load_qa(eval_policy.SPLITS["tune"])
        counts["policy"] = asked("policy", "policy-tune", "policy", svc, items, judge_policy, True, out)
    elif part == "cmrc":
        counts["cmrc"] = cmrc(stores / "trial", data, out, n_ooc, n_in)
    else:
        services: dict = {}
        sets = [(n, f["tune"]) for n, f in probe_sets().items() if "tune" in f]
        sets = [(n, f) for n, f in sets if not (skip and re.search(skip, n))]
        sets = [(n, f) for n, f in sets if re.search(stores_re, store_of(n)[0])]
        random.Random(0).shuffle(sets)  # a run cut short still holds old and fresh sets
        sets.sort(key=lambda nf: store_of(nf[0])[0])
        for name, path in sets:
            key, corpora = store_of(name)
            if key not in services:
                opened = (
                    eval_sets.open_store(stores / key) if corpora is None
                    else eval_policy.open_store(stores / key, corpora)
                )  # fmt: skip
                services = {key: opened[0]}  # one store open at a time
            items = load_qa(path)  # judged and scoped as bench/probes.py (knowledge.evaluate)
            counts[name] = asked("probe", name, key, services[key], items, judge_policy, True, out)
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--stores", type=Path, required=True)
    ap.add_argument("--part", choices=("probes", "tune", "policy", "cmrc"), required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--skip", default=r"q89$", help="regex: probe sets left out")
    ap.add_argument("--only-store", default="", help="regex: probe sets on the stores it matches")
    ap.add_argument("--cmrc-in", type=int, default=0, help="in-corpus sample (0: all tune ones)")
    ap.add_argument("--cmrc-ooc", type=int, default=500, help="out-of-corpus sample")
    args = ap.parse_args(argv)
    start = time.perf_counter()
    with args.out.open("a", encoding="utf-8") as out:
        counts = gather(
            args.stores, args.part, out, args.data, args.skip, args.only_store,
            args.cmrc_in, args.cmrc_ooc,
        )
    secs = time.perf_counter() - start
    print(json.dumps({"part": args.part, "rows": sum(counts.values()), "seconds": round(secs, 1),
                      "counts": counts}, ensure_ascii=False))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
