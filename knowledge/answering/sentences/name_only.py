"""A sentence that shares nothing with the question but the subject's name gives way to the one
of its document that tells the attribute asked.

An encyclopedia-like article names its subject in its opening line (「夜来香（学名：…）是萝藦科
夜来香属的植物」) and then tells its traits in sentences without a subject of their own (「种子宽
卵形，顶端具白色绢质种毛。」): asked 「夜来香的种子有什么特点」, the opening line's rare
characters — the name — outscore the sentence holding 种子. When the question names the subject
(the document's short title) and asks something besides it (「X的Y」), a sentence whose only
words of the question are the subject's name is put just below the best sentence of the same
document that holds Y and does not restate the name. 「什么是X」「X是什么」 ask nothing besides
the name: the opening line answers them and nothing moves.

Only the quoting moves: the refusal model reads the best sentence as if none had been lowered
(`lead`; read from the lowered best, 3 tune answers were refused). On CMRC trial (cmrc19), answers
holding the gold: tune part +5 / +2 at 2 / 3 sentences, held-out part +3 / +1; nothing refused
more."""

from __future__ import annotations

from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.sentence_context import char_grams, held_grams
from knowledge.text.normalise import normalise
from knowledge.text.tokens import question_content

ON = True
# characters that say nothing of what is asked (「的」「有」「为」): neither the attribute asked
# nor a word a sentence shares with the question beyond the name
STOP = frozenset("的有为是以在了和与及其之于也都要主所被把对从由将这那个一各等")
SHORT_TITLE = 12  # a title this short names the subject (an article's); a headline does not
GAP = 0.01


def demote(question: str, cands: list[Candidate]) -> None:
    """Lower the score of each sentence sharing only the subject's name with the question below
    the best sentence of its document that holds the attribute asked without the name."""
    if not ON:
        return
    asked = char_grams(question_content(question))
    by_doc: dict[str, list[Candidate]] = {}
    for c in cands:
        by_doc.setdefault(c.hit.chunk.doc_id, []).append(c)
    for group in by_doc.values():
        title = normalise(group[0].hit.chunk.title)
        if len(title) > SHORT_TITLE:
            continue
        named = held_grams(title, asked)
        name_pairs = {g for g in named if len(g) == 2}
        aspect = {g for g in asked - named if len(g) == 2 or g not in STOP}
        if not name_pairs or not aspect:
            continue
        grams = [held_grams(normalise(c.text), asked) for c in group]  # only asked's are read
        tellers = [c.score for c, g in zip(group, grams) if g & aspect and not g & name_pairs]
        if not tellers:
            continue
        bar = max(tellers) - GAP
        for c, g in zip(group, grams):
            held = (g & asked) - STOP
            if held and held <= named and held & name_pairs and c.score > bar:
                c.lowered += c.score - bar
                c.score = bar


def lead(cands: list[Candidate]) -> Candidate | None:
    """The best sentence as if none had been lowered: what the refusal model reads (the name's
    sentence says the document is about the subject asked; only the quoting moves on)."""
    return max(cands, key=lambda c: c.score + c.lowered, default=None)
