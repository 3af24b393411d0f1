"""The refusal model's lone refusals on every tune source: the evidence features it does not read,
for telling its false refusals from its right ones (branch refuse18).

python bench/refuse18_fit.py dump KIND STORE OUT [--corpus DIR --qa FILE ...] [--data DIR]
        # KIND: eval (eval tune + every probe -tune file on eval/corpus) | policy (policy tune,
        # or --corpus/--qa a policy probe set's tune file on its own store) | cmrc (trial in
        # corpus, 500 dev questions out of corpus: bench/cmrc.trial_tune)
python bench/refuse18_fit.py show OUT[,OUT...]

`dump` asks each question as the bot does, keeping the evidence the decision read (decide.decide
wrapped), and when the refusal model refused (`refusal_rule` "model") asks again with that gate
off (bench/gates_audit.gates_off): the row says whether the answer would then pass (tune) or hold
the gold (CMRC in corpus) or be a wrong answer (unanswerable, out of corpus). Each row carries the
model's inputs, the local rule's (closeness.features) and candidate features of the evidence:
the chosen passage's rank in each channel, both channels' first passage the same, the fused and
dense gap to the next document, the share of the question's content words the sentence's context
holds, e5's closest sentence being the one chosen. Held-out splits are never read.
`show` prints, for the model's lone refusals, each feature's spread among those that would pass
(wins) against those that would be wrong answers (guards), per source.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.gates_audit import gates_off, tune_questions  # noqa: E402
from bench.refusal_candidates import candidates  # noqa: E402
from knowledge.answering import decide  # noqa: E402
from knowledge.answering.checking import closeness, measures  # noqa: E402
from knowledge.answering.core.support import context_of  # noqa: E402
from knowledge.text.normalise import normalise  # noqa: E402
from knowledge.text.tokens import ASKING, STOPWORDS, jieba_module, question_content  # noqa: E402

_seen: list = []
_decide = decide.decide


def _spy(question, ev, draft, threshold):
    _seen.append(ev)
    return _decide(question, ev, draft, threshold)


decide.decide = _spy


def rank_features(ev) -> dict[str, float]:
    """The chosen passage against the retrieval: its rank by BM25 and by dense, whether both
    channels' first passage is one chunk, the fused and dense gap to the next document."""
    best = max(ev.chosen, key=lambda c: c.score)
    hits = ev.result.hits
    cid, doc = best.hit.chunk.chunk_id, best.hit.chunk.doc_id
    lex = [h.chunk.chunk_id for h in sorted(hits, key=lambda h: -(h.lexical or -1e9))]
    den = [h.chunk.chunk_id for h in sorted(hits, key=lambda h: -(h.dense or -1e9))]
    fused = [h.chunk.chunk_id for h in hits]
    r_lex = lex.index(cid) if cid in lex else len(lex)
    r_den = den.index(cid) if cid in den else len(den)
    r_fused = fused.index(cid) if cid in fused else len(fused)
    other = [h for h in hits if h.chunk.doc_id != doc]
    same = [h for h in hits if h.chunk.doc_id == doc]
    top_f = max((h.score for h in same), default=0.0)
    top_d = max((h.dense or 0.0 for h in same), default=0.0)
    nxt_f = max((h.score for h in other), default=0.0)
    nxt_d = max((h.dense or 0.0 for h in other), default=0.0)
    docs_top5 = len({h.chunk.doc_id for h in hits[:5]})
    return {
        "r_lex": r_lex,
        "r_den": r_den,
        "r_fused": r_fused,
        "top_agree": float(bool(lex and den) and lex[0] == den[0]),
        "chosen_both_top": float(r_lex == 0 and r_den == 0),
        "gap_fused": (top_f - nxt_f) / top_f if top_f else 0.0,
        "gap_dense": top_d - nxt_d,
        "docs_top5": docs_top5,
        "doc_share5": sum(h.chunk.doc_id == doc for h in hits[:5]) / max(len(hits[:5]), 1),
    }


def words_of(question: str) -> list[str]:
    """The content words closeness.uncovered counts."""
    jieba = jieba_module()
    content = ASKING.sub(" ", question_content(question))
    ws = [w for w in jieba.lcut(content) if len(w) > 1 and closeness._WORD.search(w)]
    return [w for w in dict.fromkeys(ws) if w not in STOPWORDS and not w.isdigit()]


def row(question: str, ev) -> dict:
    r: dict = {"q": question, "lang": ev.lang if ev else "?", "conf": ev.confidence if ev else 0}
    if ev is None or ev.lang != "zh" or not ev.chosen:
        return r
    best = max(ev.chosen, key=lambda c: c.score)
    r |= {k: float(v) for k, v in ev.features.items()}
    r |= closeness.features(question, ev)
    r |= candidates(question, ev, _store[0])
    r |= rank_features(ev)
    ws = words_of(question)
    miss = closeness.uncovered(question, best, ev.docs, ev.result.index)
    r["n_words"] = len(ws)
    r["ctx_share"] = 1 - len(miss) / len(ws) if ws else 1.0
    r["missing"] = miss
    doc = best.hit.chunk.doc_id
    info = ev.docs.get(doc)
    doc_text = normalise(
        "\n".join([info.title if info else "", *(c.text for c in ev.doc_chunks(doc))])
    )
    r["missing_df"] = [ev.result.index.df.get(w, 0) for w in miss]
    r["missing_in_doc"] = [w in doc_text for w in miss]
    r["missing_w"] = [closeness.weight([w]) for w in miss]
    bm = ev.by_meaning
    r["meaning_same"] = float(bool(bm) and bm[0].hit.chunk.chunk_id == best.hit.chunk.chunk_id)
    r["meaning_anyway"] = float(closeness.in_meaning(question, ev) is not None)
    r["met"] = measures.met(question, best.text)
    r["reading"] = measures.reading(question, ev, best)
    r["attr_missing"] = any(measures.ATTRIBUTE.search(w) for w in miss)
    r["sent"] = best.text
    r["answer_text"] = " ".join(c.text for c in ev.chosen)
    r["ctx"] = context_of(best, ev.docs)[:80]
    return r


_store: list = []


def asked(ask, verdict) -> dict:
    _seen.clear()
    a = ask()
    ev = _seen[-1] if _seen else None
    out = {"abst": a.abstained, "rule": a.refusal_rule, "ok": verdict(a), "_ev": ev}
    if a.abstained and a.refusal_rule == "model":
        with gates_off(["model"]):
            b = ask()
        out |= {"off_abst": b.abstained, "off_rule": b.refusal_rule, "off_ok": verdict(b)}
    return out


def dump(kind, store: Path, out: Path, corpus, qa, data) -> None:
    closeness.MET_LOW = float("inf")  # the model's refusals before the measure-met widening
    svc, questions = tune_questions(kind, store, corpus, qa, data)
    _store.append(svc.searcher.store)
    rows = []
    for question, ask, verdict, fields in questions:
        res = asked(ask, verdict)
        rows.append(row(question, res.pop("_ev")) | res | fields)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


def load(paths: str) -> list[dict]:
    return [json.loads(x) for p in paths.split(",") for x in Path(p).read_text().splitlines() if x]


def groups(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """The model's lone refusals: wins (answerable, would pass) and guards (would be wrong)."""
    lone = [r for r in rows if r.get("rule") == "model" and "off_abst" in r]
    wins = [r for r in lone if r["y"] and r["off_ok"]]
    guards = [r for r in lone if not r["y"] and not r["off_abst"]]
    return wins, guards


def show(paths: str) -> None:
    rows = load(paths)
    wins, guards = groups(rows)
    print(f"rows {len(rows)}; model lone refusals: wins {len(wins)}, guards {len(guards)}")
    for name in ("eval/probe", "policy", "cmrc"):
        pick = {
            "eval/probe": lambda r: not r["src"].startswith(("cmrc", "policy")),
            "policy": lambda r: r["src"].startswith("policy"),
            "cmrc": lambda r: r["src"].startswith("cmrc"),
        }[name]
        print(f"  {name}: wins {sum(map(pick, wins))}, guards {sum(map(pick, guards))}")
    keys = sorted(
        {k for r in wins + guards for k, v in r.items() if isinstance(v, (int, float))}
        - {"y", "abst", "ok", "off_abst", "off_ok"}
    )
    print(f"{'feature':16} {'wins mean/median':>20} {'guards mean/median':>20}")
    for k in keys:
        a = [r[k] for r in wins if k in r]
        b = [r[k] for r in guards if k in r]
        if a and b:
            print(
                f"{k:16} {np.mean(a):9.3f} {np.median(a):9.3f}   {np.mean(b):9.3f} {np.median(b):9.3f}"
            )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cmd", choices=["dump", "show"])
    ap.add_argument("args", nargs="+")
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--qa", type=Path, action="append", default=[])
    ap.add_argument("--data", type=Path)
    a = ap.parse_args(argv)
    if a.cmd == "dump":
        kind, store, out = a.args
        dump(kind, Path(store), Path(out), a.corpus, a.qa, a.data)
    else:
        show(a.args[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
