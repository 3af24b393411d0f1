"""Which article answers: the top passages put in order by how much of the question they hold.

The fused rank alone decides badly between articles: every article of a policy set shares the
same vocabulary (飞地园区, 分享, 备案 …), the e5 similarities differ in the third decimal, and
reciprocal-rank fusion gives a chunk first in one channel and second in the other the same score
as the reverse — so the 细则's article on 税收分享 and the 办法's 第七条 tie, and whichever wins
takes the whole document prior of the answer. Here the first passages are scored again on

- their fused score, as a share of the best one's;
- their keyword (BM25) score, as a share of the best one's — the size of the lead, not its rank;
- their best sentence: the share of the question's characters and bigrams it holds, weighted by
  how rare each is among these passages (the sentence that will be quoted must be in there);
- their heading: the same share for the names on their section path without the numbers
  (「第四章 监督考核」 -> 监督考核, 「附件2 …收益分配测算表」), the article's heading scored with
  its body;
- and, when the question asks for an old version (「旧版办法」「原办法」), whether the passage is
  from a superseded document: the version asked for comes first, the current one stays in reach
  (a question comparing the two still finds both);
- whether the passage is from a document the question names as a policy (「利益分享办法规定的
  比例」, `doc_refs.named`): the 办法's article before a 细则 or 解读 restating it (NAMED, set
  by hand to a little more than the KEYWORD share: not fitted, see bench/policy_checklist.md).

Weights chosen by 5-fold cross-validation on the policy tune questions (the right chunk first:
59/88 by fused rank, 74-77/88 on the held-back folds, as the weight grid was finer or wider); 4
of 5 folds chose these weights, the fifth 0.2/0.4/0.1 or 1.6/1.6/0.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.sentence_context import char_grams, held_grams
from knowledge.schema import SECTION_SEP, Chunk, ScoredChunk
from knowledge.text.normalise import normalise
from knowledge.text.sentences import answer_spans
from knowledge.text.tokens import question_content

RESCORED = 10  # how many of the first passages are put in order again
FUSED, KEYWORD, SENTENCE, HEADING = 1.0, 0.4, 0.8, 0.2
ASKED_VERSION = 2.0  # more than any gap of the others: the version asked for first
NAMED = 0.5  # a passage of the document the question names

_NUMBERING = re.compile(
    r"^(?:第[零〇一二两三四五六七八九十百千\d]+[编章节条款项目]|附件\s*\d*|"
    r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[．.、])\s*"
)


def rerank(
    question: str,
    hits: list[ScoredChunk],
    max_chars: int = 240,
    asked: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
    row: Callable[[Chunk], str] | None = None,
) -> list[ScoredChunk]:
    """`hits` with the first RESCORED in the order of `scores`, the rest as they were; passages
    of the documents in `asked` (the old versions a question asks for) first, then those of the
    documents `named` (`asked` may name the row of a document a notice issues, 「<id>#2」, told
    by `row`, the snapshot's). Passages without a
    section path (news, encyclopedia text) keep the fused order: the weights were fitted on
    policy documents, and elsewhere they answered fewer questions (CMRC trial)."""
    head = hits[:RESCORED]
    if len(head) < 2 or not any(h.chunk.section for h in head):
        return list(hits)  # no article among them: nothing to choose between
    marks = scores(question, head, max_chars)
    row = row or (lambda c: c.doc_id)
    marks = [
        m
        + ASKED_VERSION * (h.chunk.doc_id in asked or row(h.chunk) in asked)
        + NAMED * (h.chunk.doc_id in named or row(h.chunk) in named)
        for m, h in zip(marks, head)
    ]
    order = sorted(range(len(head)), key=lambda i: (-marks[i], i))
    return [head[i] for i in order] + list(hits[RESCORED:])


def scores(question: str, hits: list[ScoredChunk], max_chars: int = 240) -> list[float]:
    """Each passage's score as an answer's source (see the module's note)."""
    asked = char_grams(question_content(question))
    sentences = [  # only the question's grams are read
        [
            held_grams(normalise(h.chunk.text[s:e]), asked)
            for s, e in answer_spans(h.chunk.text, max_chars)
        ]
        for h in hits
    ]
    pool = [g for per_hit in sentences for g in per_hit]
    rarity = {g: math.log(1 + len(pool) / (sum(g in s for s in pool) + 0.5)) for g in asked}
    total = math.fsum(rarity.values()) or 1.0

    def share(grams: set[str]) -> float:
        return math.fsum(rarity[g] for g in asked & grams) / total

    top_fused = max(h.score for h in hits) or 1.0
    top_keyword = max((h.lexical or 0.0) for h in hits) or 1.0
    out = []
    for h, per_hit in zip(hits, sentences, strict=True):
        best = max((share(s) for s in per_hit), default=0.0)
        out.append(
            FUSED * h.score / top_fused
            + KEYWORD * (h.lexical or 0.0) / top_keyword
            + SENTENCE * best
            + HEADING * share(held_grams(normalise(heading(h.chunk.section)), asked))
        )
    return out


def not_headings(cands: list[Candidate]) -> list[Candidate]:
    """The candidates without the lines that only name a section of their document (「第二章
    共建协议备案」, 「三、组织年度考核」, 「附件3」, an attachment's entry 「3．…评分表」 in the
    附件说明): a heading restates the topic, it answers nothing. A title line alone under its
    label (「附件3」 then 「…评分表」) stays: it says what follows. The sections known are those
    on the paths of the candidates' chunks."""
    full: dict[str, set[str]] = {}
    bare: dict[str, set[str]] = {}
    for c in cands:
        names = [n for n in (c.hit.chunk.section or "").split(SECTION_SEP) if n]
        full.setdefault(c.hit.chunk.doc_id, set()).update(_spaced(n) for n in names)
        bare.setdefault(c.hit.chunk.doc_id, set()).update(_spaced(heading(n)) for n in names)
    return [
        c
        for c in cands
        if not _names_a_section(c.text, full[c.hit.chunk.doc_id], bare[c.hit.chunk.doc_id])
    ]


def _names_a_section(text: str, full: set[str], bare: set[str]) -> bool:
    stripped = _spaced(_NUMBERING.sub("", text.strip()))
    numbered = stripped != _spaced(text)
    return _spaced(text) in full or (numbered and len(stripped) >= 4 and stripped in bare)


def _spaced(text: str) -> str:
    return "".join(text.split())


def heading(section: str | None) -> str:
    """The words of a section path without its numbers: 「第三章 利益分享机制 › 第十条」 ->
    「利益分享机制」; 「附件2 青禾市飞地园区收益分配测算表」 -> 「青禾市飞地园区收益分配测算表」."""
    names = (section or "").split(SECTION_SEP)
    return " ".join(_NUMBERING.sub("", n).strip() for n in names if n).strip()
