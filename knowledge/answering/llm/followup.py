"""Follow-up questions: turn one that leans on the conversation into a standalone retrieval query."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.answering.core.question import MAX_QUESTION_CHARS
from knowledge.answering.llm.prompts import condense_prompt
from knowledge.answering.llm.replies import clean_reply
from knowledge.errors import LLMUnavailable
from knowledge.models.chat import generate
from knowledge.protocols import ChatModel
from knowledge.retrieval.bm25 import LexicalIndex
from knowledge.schema import Turn
from knowledge.text.normalise import language
from knowledge.text.tokens import question_tokens

# Exactly the variables the code passes to the condense template (tests/test_prompts.py).
CONDENSE_VARS = frozenset({"history", "question"})
# At most this many previous-question terms go in front of a follow-up: the new question's own
# words stay the larger part of the query.
MAX_ANCHORS = 4
HISTORY_TURNS = 3  # turns looked back at (and shown to the condensing model)
COMMON_SHARE = 0.5  # a term in at least this share of the chunks names no topic (titles, 会议)
ANSWER_CHARS = 200  # of each previous answer shown to the condensing model

# Always a follow-up: a leading connective/demonstrative, or a pronoun anywhere.
_ANAPHORA = re.compile(
    r"^\s*(那么?|那个|那些|这个|这些|该|其|此外|还有|另外|以及|然后|同时|而且|并且|再)"
    r"|它们?|他们|她们|其中|上述|前者|后者"
    r"|^\s*(and|also|then|so|what about|how about)\b",
    re.I,
)
# A follow-up only in a question naming at most two topics: a final 呢, an English pronoun.
_WEAK = re.compile(r"呢\W*$|\b(it|its|they|them|their|those|these)\b", re.I)
_LABEL = re.compile(
    r"^\s*(改写后的问题|独立问题|问题|standalone question|question)\s*[:：]\s*", re.I
)


@dataclass(frozen=True)
class Rewrite:
    """How a question is searched for and answered, given the conversation before it."""

    question: str  # as the user asked it (Answer.question)
    query: str  # what retrieval searches for (Answer.retrieval_query)
    standalone: str  # the question the answering model is given
    method: str = "none"  # "none" (unchanged) | "terms" (previous terms added) | "llm" (condensed)
    notice: str | None = None  # why the model could not condense (it is then not used again)


def content_terms(question: str) -> list[str]:
    """The question's content words (interrogatives, stopwords and sub-words of longer ones
    out; words about the source kept: 「这篇文章的编辑」 names its topic, it is no follow-up)."""
    terms = list(dict.fromkeys(question_tokens(question, keep_meta=True)))
    return [t for t in terms if not any(t != o and t in o for o in terms)]


def topic_terms(question: str, index: LexicalIndex) -> list[str]:
    """Content words that can name a topic: not in most chunks (titles, 会议, 磨憨 are)."""
    common = COMMON_SHARE * max(index.size, 1)
    return [t for t in content_terms(question) if index.df.get(t, 0) < common]


def is_followup(question: str) -> bool:
    """Anaphora or ellipsis: a pronoun or leading connective (那/它/这个/其/还有), at most one
    content word, or a final 呢 (an English pronoun) with at most two."""
    terms = len(content_terms(question))
    weak = terms <= 2 and _WEAK.search(question)
    return bool(_ANAPHORA.search(question) or terms <= 1 or weak)


def anchors(question: str, history: Sequence[Turn], index: LexicalIndex) -> list[str]:
    """The rarest topic terms of the previous questions (back to the last standalone one) that
    the new question lacks; answers are not used."""
    have = set(question_tokens(question))
    found: list[str] = []
    for turn in reversed(history[-HISTORY_TURNS:]):
        found += [t for t in topic_terms(turn.question, index) if t not in have and t not in found]
        if not is_followup(turn.question):
            break
    ranked = sorted(found, key=lambda t: -index.idf(t))[:MAX_ANCHORS]
    return [t for t in found if t in ranked]


def lexical_rewrite(question: str, history: Sequence[Turn], index: LexicalIndex) -> Rewrite:
    """Without a model: a follow-up gets the previous topic terms in front; others stay as asked."""
    if not history or not is_followup(question):
        return Rewrite(question, question, question)
    query = f"{' '.join(anchors(question, history, index))} {question}".strip()
    if query == question or len(query) > MAX_QUESTION_CHARS:
        return Rewrite(question, question, question)
    return Rewrite(question, query, question, "terms")


def condense_inputs(question: str, history: Sequence[Turn]) -> dict[str, str]:
    """The values for the condense prompt (keys: CONDENSE_VARS)."""
    lines = []
    for turn in history[-HISTORY_TURNS:]:
        lines.append(f"Q: {turn.question.strip()}")
        if turn.answer:
            lines.append(f"A: {turn.answer.strip()[:ANSWER_CHARS]}")
    return {"history": "\n".join(lines), "question": question}


def condense(model: ChatModel, question: str, history: Sequence[Turn]) -> str:
    """The model's standalone version of the question ('' when it gave nothing usable)."""
    messages = condense_prompt(language(question)).invoke(condense_inputs(question, history))
    reply = clean_reply("".join(generate(model, messages.to_messages(), stream=False)))
    line = next((s for s in reply.splitlines() if s.strip()), "")
    line = _LABEL.sub("", line).strip().strip("\"'“”「」")
    return line if 0 < len(line) <= min(MAX_QUESTION_CHARS, max(200, 4 * len(question))) else ""


def rewrite(
    question: str,
    history: Sequence[Turn] | None,
    index: LexicalIndex,
    model: ChatModel | None = None,
) -> Rewrite:
    """The standalone form of `question`: condensed by the model when there is one, else (or when
    it fails) by adding the previous question's topic terms to a detected follow-up."""
    history = list(history or [])
    if not history or model is None:
        return lexical_rewrite(question, history, index)
    try:
        standalone = condense(model, question, history)
    except LLMUnavailable as exc:
        fallback = lexical_rewrite(question, history, index)
        return Rewrite(question, fallback.query, question, fallback.method, str(exc))
    if not standalone:
        return lexical_rewrite(question, history, index)
    method = "none" if standalone == question else "llm"
    return Rewrite(question, standalone, standalone, method)
