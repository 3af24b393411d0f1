"""The sentence holding most of the question's own words, quoted when a rank prior outvoted it.

A Chinese sentence's score is its share of the question's characters and bigrams (`overlap`)
plus a prior for its document's and passage's rank (`extractive.score_lexical`: up to 0.65,
tuned on CMRC, where one paragraph answers). On a corpus of many reports about one subject the
first document's prior often outweighs the words: 「为了缩短等待时间，磨憨口岸推行了什么通关办法」
quotes a meeting report's sentence holding 磨憨 and 口岸 over the report's own
「为缩短等待时间，口岸推行“提前申报、货到放行”…」 one document down; 「人才公寓的房钱跟外面比便宜多少」
the delivery line of 人才公寓 over the FAQ's 「租金按同地段市场价的50%收取」.

When the question asks for a figure or a date (`closeness.asked`: number, share, time), the
sentence with the highest overlap among those carrying every kind asked, when it is not quoted,
holds clearly more of the question than the quote does (LEAD times the overlap of the best by
score, or of a quoted sentence carrying the kind asked) and is not far behind on score (RATIO,
`select`'s runner-up bar), joins the quoted answer in place of the weakest runner-up. The best
by score stays quoted and is still the sentence the refusal model's coverage reads; the quote's
joint coverage (`cov_joined`) and the answer checks read the lead with it.
"""

from __future__ import annotations

from knowledge.answering.checking import closeness
from knowledge.answering.sentences.extractive import Candidate

ON = True
LEAD = 1.2  # the words' choice holds this share of the quote's overlap, at least
RATIO = 0.6  # and this share of its score (extractive.select's runner-up bar)
# the kinds a sentence carries by a value it states: a list or a reason matched by a pattern
# (哪些, 因为) is no sign the sentence tells it (on CMRC's unfitted out-of-corpus tune part, a
# 哪些 and a 为什么 question were answered through the lead; no figure or date one)
FIGURES = frozenset({"number", "share", "time", "date"})


def lead(question: str, cands: list[Candidate], chosen: list[Candidate]) -> Candidate | None:
    """The sentence carrying every kind asked with the most of the question's words, when it
    is not quoted and outholds the best by score (None otherwise)."""
    if not ON or not chosen:
        return None
    top = max(chosen, key=lambda c: c.score)
    kinds = closeness.asked(question)
    if not kinds or any(kind not in FIGURES for kind, _ in kinds):
        return None
    # the words the quote already holds: the best's, or a quoted sentence's carrying the kind
    held = max(
        [top.overlap] + [c.overlap for c in chosen if closeness.type_held(question, c, kinds)[1]]
    )
    for c in sorted(cands, key=lambda c: -c.overlap):
        if c.overlap < held * LEAD:
            return None
        if closeness.type_held(question, c, kinds)[1]:
            if any(c.key == q.key for q in chosen) or c.score < top.score * RATIO:
                return None
            return c
    return None


def joined(
    question: str, cands: list[Candidate], chosen: list[Candidate], max_sentences: int
) -> list[Candidate]:
    """`chosen` with the words' lead in place of its weakest runner-up, in `select`'s order
    (documents by their best sentence's score, then reading order)."""
    found = lead(question, cands, chosen)
    if found is None:
        return chosen
    kept = sorted(chosen, key=lambda c: -c.score)[: max(max_sentences - 1, 1)]
    ranked = sorted([*kept, found], key=lambda c: -c.score)
    doc_order: dict[str, int] = {}
    for c in ranked:
        doc_order.setdefault(c.hit.chunk.doc_id, len(doc_order))
    return sorted(ranked, key=lambda c: (doc_order[c.hit.chunk.doc_id], c.key[1]))
