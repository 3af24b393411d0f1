"""A part asked of a whole the English question gives by its own figure: "how many of the 46
projects … came from Hong Kong investors", "of the more than 3,100 jobs …, how many went to
border villagers".

Such a question tells the whole's figure itself; what it asks is a split of it, by the words
said after the verb (Hong Kong investors, cross-border e-commerce). A quoted figure answers only
when its own clause holds those words: the release's "four new projects signed, worth a combined
RMB 2.3 billion" or its "46 projects … RMB 35.8 billion" tells the whole, or another whole, and
no part. Unlike `portion_en`, which leaves a part no quoted sentence says to the other checks
(the asker's own wording may be a paraphrase), a whole given by its figure leaves no doubt that
a part is asked: a part word the corpus uses (in English or through its Chinese terms) must be
held where the figure is. A year is no whole ("how much of the 2024 retained tax").
"""

from __future__ import annotations

import re

from knowledge.answering.checking import checks_en, constraints_en
from knowledge.answering.checking.checks_en_focus import holds, known
from knowledge.answering.checking.portion_en import figure_spans
from knowledge.text.crosslingual import english_words
from knowledge.text.normalise import normalise

_NUMBER = (
    r"(?:(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s*(?:million|billion|thousand|hundred))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\b"
)
_ABOUT = r"(?:(?:more\s+than|over|nearly|almost|about|around|some|roughly|at\s+least)\s+)?"
_MONEY = r"(?:(?:rmb|usd|cny|hkd)\s*)?"
_THE = r"(?:the|those|these|its|their)\s+"
# "how many of the 46 projects … were …", "how much of the RMB 2.3 billion … went to …"
_PART_AFTER = re.compile(
    rf"\bhow\s+(?:many|much)\s+of\s+{_THE}{_ABOUT}{_MONEY}{_NUMBER}(?P<rest>[^?]*)"
)
# "of the more than 3,100 local jobs …, how many went to …"
_WHOLE_FIRST = re.compile(
    rf"\bof\s+{_THE}{_ABOUT}{_MONEY}{_NUMBER}(?P<whole>[^?]*?),\s*how\s+(?:many|much)\b"
    r"(?P<part>[^?]*)"
)
# the verb after which the part is said ("were cross-border e-commerce projects", "came from",
# "went to", "were brought in by"); the last one, as a relative clause in the whole has its own
# ("the 46 projects the park had signed … were …")
_VERB = re.compile(
    r"\b(?:were|was|are|is|came|come|comes|went|go|goes|belonged|belong|belongs"
    r"|had\s+been|have\s+been|has\s+been)\b"
)
# words that name no part: frame nouns, ordinals and the asking's own
_FRAME = frozenset(
    "ones one category categories sector sectors field fields kind kinds type types class group"
    " groups part parts share portion amount total number many much first second third last"
    " batch batches phase phases round rounds".split()
)


def split(question: str) -> tuple[str, str] | None:
    """(the whole's words, the part's words) of a part asked of a whole given by its figure;
    None for any other question."""
    q = normalise(question).lower()
    if m := _PART_AFTER.search(q):
        verbs = list(_VERB.finditer(m["rest"]))
        if not verbs:
            return None
        last = verbs[-1]
        return m["rest"][: last.start()], m["rest"][last.end() :]
    if m := _WHOLE_FIRST.search(q):
        part = m["part"]
        verb = _VERB.search(part)
        return m["whole"], part[verb.end() :] if verb else part
    return None


def part_words(question: str, df: dict[str, int], expansion: dict[str, list[str]]) -> list[str]:
    """The words the part is said by (the corpus's own; not the whole's, frame words or
    months); [] when the question asks no part of a whole given by its figure."""
    found = split(question)
    if found is None:
        return []
    whole, part = found
    whole_words = set(english_words(whole))
    out = []
    for w in english_words(part):
        if w in whole_words or w in _FRAME or w in constraints_en.MONTHS:
            continue
        if known(w, df, expansion) and w not in out:
            out.append(w)
    return out


def missing(question: str, ev) -> str | None:
    """The kind of figure asked ("number", "share") when a part of a whole given by its figure
    is asked and no quoted figure's clause holds every word of the part; else None."""
    if not ev.chosen:
        return None
    result = ev.result
    expansion = result.expansion or {}
    words = part_words(question, result.index.df, expansion)
    if not words:
        return None
    carriers = [c for c in ev.chosen if checks_en.carries_figure(c.text, question)]
    if not carriers:
        return None  # no figure quoted: the other checks decide
    for c in carriers:
        for span in figure_spans(c.text):
            if all(holds(w, span, expansion) for w in words):
                return None
    return "share" if "share" in checks_en.asked_types(question) else "number"
