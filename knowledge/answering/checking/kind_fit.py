"""A paraphrase answered below the refusal model's threshold by the kind it asks (decide.py reads
`near` when `closeness.answer_anyway` and `in_meaning` say no).

A paraphrase in everyday words (「办事窗口早上几点开门」「谈下来的投资总额要冲到多少」「新谈下来多少个
飞地项目」「隔多久会公开点评一次」) shares few words with the sentence that answers it, so the refusal
model is unsure and the local decision counts the asker's words — 一趟, 当面, 盘子, 点评 — as missing
subject words. Its in-domain look-alikes miss something else: a qualifier of the thing asked (外资 of
「外资项目要有多少个」, 老师 for 学生, 管理费, 每平方米), another year or batch, a body or place no
document names. Read decisively:

1. the sentence itself (the best by shared words, else the one e5 puts first; not a neighbour,
   as the local decision reads a time) carries the kind asked, of
   the kinds a paraphrase of a figure or a time asks — a time (几点: a time of day), a date, a
   length, a frequency (每季度), a number; a count asked in 个 counts what is asked
   (`count_bound`), a figure asked in a measure (多少钱, 几天, 多少工人) is given in it, bound to the
   subject and labelled by the attribute asked or none (`measures.reading`);
2. every constraint holds: no year, month, ordinal or unit contradicted or absent
   (`constraints.verdict`, `constraints.absent`), every name the question brings stands in the
   sentence's document (`agreement.names_told`);
3. the words its context lacks are the asker's frame: in the clause that asks (the one holding
   the interrogative) only general words (`closeness.weight` at most GENERAL, an everyday verb
   weighed too: 公示 of 「公示多少天」 names the act whose length is asked), none a measure word,
   ordinal or per-unit word (公里, 第一, 每亩, 平均), or, with a time of day asked, a verb (开门:
   the hours told say either end); outside it, nouns weighing at most FRAME_NOUNS together (政策
   of 「想…问问飞地的政策，」, 盘子). A noun missing in the asking clause (外资 of 外资项目, 老师,
   管理费) qualifies the thing asked: a look-alike.

Only a question whose missing words weigh over closeness.GAP is read here: one within it was
decided by closeness on its subject (below the bar, `subject.speaks_of`), and reading it again
answered encyclopedic out-of-corpus questions whose every word a sentence of another entry holds.
FLOOR, GENERAL and FRAME_NOUNS: fitted out of fold on the model's refusals of the Chinese tune
rows of the eval and policy stores (bench/RESULTS.md, gate87); FLOOR kept at closeness.LOW.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import closeness, constraints, measures
from knowledge.answering.checking.agreement import names_told
from knowledge.answering.checking.count_bound import count_bound
from knowledge.text.normalise import normalise
from knowledge.text.tokens import pos_tags

# the kinds of answer a paraphrase of a figure or a time asks (closeness.asked's names)
KINDS = frozenset({"time", "date", "number", "duration", "frequency"})
# the model's probability at least FLOOR; missing frame nouns outside the asking clause at most
# FRAME_NOUNS; a word in the asking clause weighing at most GENERAL is an everyday one
FLOOR = closeness.LOW
FRAME_NOUNS = 1.0
GENERAL = 0.3
_VERB_TAGS = re.compile(r"^v[dig]?$")
_NOUN_TAGS = re.compile(r"^(?:n[a-z]*|vn|an|l|j|i|s|t)$")
# an ordinal or a per-unit word qualifies the figure asked (第一中学, 每亩, 平均, 人均)
_QUALIFIER = re.compile(r"^(?:第|首|每|平均|人均)")
_CLOCK_ASKED = re.compile(r"几点")
_ASKING = re.compile(r"几|多少|多久|多长|多大|哪|什么|啥|谁|怎么|如何|隔多")
_CLAUSES = re.compile(r"[，,。？?！!；;：:]")


def near(question: str, ev):
    """`ev` when its best sentence answers the question by the kind it asks (the module's
    reading), else the evidence read from the sentence closest in meaning when that one does;
    None when neither does."""
    if ev.lang != "zh" or not ev.chosen or ev.confidence < FLOOR:
        return None
    if fits(question, ev):
        return ev
    if not ev.by_meaning:
        return None
    meant = ev.as_meant()
    return meant if fits(question, meant) else None


def fits(question: str, ev) -> bool:
    """The best sentence carries the kind asked, every constraint holds and what its context
    lacks is the asker's frame (the module's three conditions)."""
    best = max(ev.chosen, key=lambda c: c.score)
    kinds = closeness.asked(question)
    if not kinds or any(name not in KINDS for name, _ in kinds):
        return False
    text = normalise(best.text)  # the sentence itself tells it, not a neighbour (一期's date)
    if not all(rx is None or rx.search(text) for _, rx in kinds):
        return False
    if not closeness.type_held(question, best, kinds)[1] or not count_bound(question, best.text):
        return False
    if measures.asked(question) and not (
        measures.met(question, best.text)
        and measures.reading(question, ev, best) in closeness.MET_READINGS
    ):
        return False
    want = constraints.asked(question)
    if want.any and (
        constraints.verdict(want, best, ev.docs) < 0 or constraints.absent(want, best, ev.docs)
    ):
        return False
    if not names_told(question, ev):
        return False
    words = closeness.uncovered(question, best, ev.docs, ev.result.index)
    known = getattr(ev.result.index, "df", None)
    if closeness.weight(words, known, verbs_said=True) <= closeness.GAP:
        return False  # the words fit: closeness decided on the subject (subject.speaks_of)
    return framed(question, words, known)


def asking_clause(question: str) -> str:
    """The clause holding the interrogative (the last one when several do), normalised."""
    parts = [p for p in _CLAUSES.split(normalise(question)) if p.strip()]
    asking = [p for p in parts if _ASKING.search(p)]
    return asking[-1] if asking else normalise(question)


def framed(question: str, words: list[str], known=None) -> bool:
    """The missing `words` are the asker's frame: in the asking clause each a general word
    (weighing at most GENERAL, an everyday verb counted too: 公示, 整改 name the act whose
    length is asked) that is no measure word, ordinal or per-unit word (公里, 第一, 每亩, 平均),
    or, with a time of day asked (几点), a verb (开门, 下班: the hours told say either end);
    outside it, nouns weighing at most FRAME_NOUNS together (政策, 盘子)."""
    clause = asking_clause(question)
    clock = bool(_CLOCK_ASKED.search(clause))
    nouns = 0.0
    for word in words:
        tags = [p.flag for p in pos_tags(word)]
        if word in clause:
            if clock and all(_VERB_TAGS.match(t) for t in tags):
                continue
            general = closeness.weight([word], known) <= GENERAL
            if not general or _QUALIFIER.match(word) or any(t == "q" for t in tags):
                return False
        elif any(_NOUN_TAGS.match(t) for t in tags):
            nouns += closeness.weight([word], known, verbs_said=True)
    return nouns <= FRAME_NOUNS
