"""Who said it: a question asking who said something (「说企业最担心找不到地的是谁？」「这话是谁
说的？」 "Who said that the park was running out of land?") is answered by the quote *and* its
speaker. A report often puts the quote in a sentence of its own and the speaker in the next
(「“……招不到人。”一家橡胶制品企业的负责人刀建华说，……」), and a transcript puts the speaker
before the line (「张立：截至2025年1月底……」); quoting the quote alone names nobody.

A chosen quote that names no one brings the sentence after it when that sentence opens with
who said it (a clause ending in 说/表示/介绍/坦言…); a chosen sentence right after a
transcript's 「姓名：」 takes the name in. Nothing changes for any other question."""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.answering.checking.checks import names_person
from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.list_items import next_on_line
from knowledge.text.normalise import normalise

_VERBS = r"说|表示|介绍|指出|坦言|强调|透露|告诉记者|直言|感慨|笑着说|回忆"
_ASKS = re.compile(
    rf"(?:是)?谁(?:说|讲|提|{_VERBS})|(?:{_VERBS}|说|讲|提到)[^，。？?]{{0,40}}的(?:人)?(?:是谁|是哪位|是哪个人|叫什么)"
    r"|(?:这话|这句话|这番话|此话)[^，。？?]{0,6}(?:谁|哪位)|哪位[^，。？?]{0,12}(?:说|表示|介绍|提到)",
)
_EN_ASKS = re.compile(r"\bwho\s+(?:said|says|told|stated|remarked|noted|explained|added)\b", re.I)
_QUOTE_END = ("”", "」", '"')
# the clause that opens the next sentence and says who spoke
_ATTRIBUTION = re.compile(rf"^[^，。！？；“”「」]{{2,40}}?(?:{_VERBS})(?:[，,：:。]|$)")
_SPEAKER_PREFIX = re.compile(r"^\s*([\u4e00-\u9fff]{2,4})\s*[：:]")


def asks(question: str) -> bool:
    """Whether a question asks who said something."""
    q = normalise(question)
    return bool(_ASKS.search(q) or _EN_ASKS.search(q))


def with_speakers(question: str, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with each speaker-less quote followed by the sentence that names its speaker,
    and a transcript line's 「姓名：」 taken into its first sentence."""
    if not chosen or not asks(question):
        return chosen
    out: list[Candidate] = []
    keys = {c.key for c in chosen}
    for c in chosen:
        c = _with_prefix(c)
        out.append(c)
        if names_person(c.text, question):
            continue
        nxt = _attribution(c)
        if nxt is not None and nxt.key not in keys:
            keys.add(nxt.key)
            out.append(replace(nxt, score=c.score, coverage=c.coverage, overlap=c.overlap))
    return out


def _attribution(c: Candidate) -> Candidate | None:
    """The sentence after a quote when it opens by saying who spoke."""
    if not c.text.rstrip().endswith(_QUOTE_END):
        return None
    nxt = next_on_line(c)
    if nxt is None or not _ATTRIBUTION.match(nxt.text):
        return None
    return nxt


def _with_prefix(c: Candidate) -> Candidate:
    """A sentence that follows 「姓名：」 at the start of its line, with the name taken in."""
    text = c.hit.chunk.text
    start = text.rfind("\n", 0, c.local[0]) + 1
    m = _SPEAKER_PREFIX.match(text[start : c.local[0] + 1])
    if m is None or start + m.end() < c.local[0] - 1 or c.local[0] == start:
        return c
    span = (start, c.local[1])
    return replace(c, local=span, text=text[span[0] : span[1]])
