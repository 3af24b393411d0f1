"""The choice between the best sentence by shared words and the one closest in meaning (e5).

Chinese sentences are ranked by the characters and words they share with the question
(extractive.score_lexical); a paraphrase's best sentence by words is often a neighbour of the
one it paraphrases (the next sentence of a report, the 上半年 line beside the 全年 one). The e5
similarity margin alone barely tells the two apart, so the sentence closest in meaning is only
read when the words' choice is in doubt: the best by words lacks the kind of answer asked (a
number for 多少, a date for 哪天, a person for 谁: `closeness.type_held`). Then the closest in
meaning joins the quoted answer when it is in the same document, carries that kind and
contradicts none of the question's constraints (year, period, ordinal, unit:
`constraints.verdict`); the best by words stays.
"""

from __future__ import annotations

from collections.abc import Callable

from knowledge.answering.checking import closeness, constraints
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import DocumentInfo

ON = True


def in_doubt(question: str, best: Candidate) -> bool:
    """The question asks for a kind of answer the best sentence by words does not carry."""
    typed, held = closeness.type_held(question, best)
    return typed > 0 and not held


def joined(
    question: str,
    best: Candidate | None,
    near: Callable[[], Candidate | None],
    docs: dict[str, DocumentInfo],
) -> list[Candidate] | None:
    """[best, closest in meaning] in reading order when the words' choice is in doubt and the
    closest (`near`, read only then) is in the same document, carries the kind asked and
    contradicts no constraint; None when the words' choice stands. Another document's sentence
    does not join: the retrieval and the words chose the document (a byline of another report
    is as close in meaning to 「那篇报道的记者是谁」 as the right one)."""
    if not ON or best is None or not in_doubt(question, best):
        return None
    other = near()
    if other is None or other is best or other.hit.chunk.doc_id != best.hit.chunk.doc_id:
        return None
    if not closeness.type_held(question, other)[1]:
        return None
    want = constraints.asked(question)
    if want.any and constraints.verdict(want, other, docs) < 0:
        return None
    return [other, best] if other.key[1] < best.key[1] else [best, other]
