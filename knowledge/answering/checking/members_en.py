"""A figure asked of one project (a plant, a centre, a firm) in an English question, told only
for the group it was signed with.

"How much investment did the new-energy vehicle parts project signed at the Investment Week
bring?" is answered, on the English press release, by "four new projects signed, worth a
combined RMB 2.3 billion", the next sentence listing the four kinds ("The projects cover
cold-chain logistics, new-energy vehicle parts, …"). The documents give the four projects'
sum, never one project's. So, when an English question asks a number of one thing of a
project's kind, named by its own words ("the new-energy vehicle parts project", "the cold-chain
logistics centre"), some quoted sentence carrying a figure must tell it of that thing: a
sentence that counts a group (four new projects, 46 projects, 3个项目, 12家企业) tells the
group's figure, unless it names the thing outside a list of the group's members (「分别是A、B
和C」, "cover A, B and C"); a sentence not holding the thing's words tells another thing's (the
Hong Kong firm's 總投資6.8億元 for the Guandu cold-chain centre asked). When a group's figure is
quoted and no figure-carrying sentence tells the thing's, the documents lack the figure and
decide.py abstains with the nearest evidence. A question asking a group's figure
(combined, in total, all, together, projects) is not one thing's.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import checks_en
from knowledge.answering.checking.checks_en_focus import holds, known
from knowledge.text.normalise import normalise

_KINDS = r"project|plant|factory|centre|center|base|company|firm|enterprise|warehouse"
# the member: "the" + its own words (one to five) + a singular kind
_MEMBER = re.compile(rf"\bthe\s+((?:[a-z][a-z'’-]*\s+){{1,5}}?)(?:{_KINDS})\b(?!s\b|-)")
_GROUP_ASKED = re.compile(
    r"\b(?:combined|in\s+total|total\s+of\s+the|altogether|together|all\s+the|each\s+of|projects|companies|firms|plants)\b"
)
_SKIP = frozenset("the a an new first second third whole same one that this".split())
_NUM_EN = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of)"
_COUNT_EN = re.compile(
    rf"\b{_NUM_EN}\s+(?:[a-z-]+\s+){{0,2}}(?:projects|companies|firms|enterprises|plants|factories)\b"
)
_COUNT_ZH = re.compile(r"\d+\s*(?:个|家|项)[\u4e00-\u9fff]{0,6}?(?:项目|企业)")
_DATES = re.compile(
    r"\d{4}\s*年|\d{1,2}\s*(?:月|日|号)|\b(?:19|20)\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
)
_SUM_EN = re.compile(r"\b(?:combined|in\s+total|a\s+total|total|altogether|together|in\s+all)\b")
_SUM_ZH = re.compile(r"总投资|合计|共计|总计|累计|总额|一共|共有|共实现")
_LISTED = re.compile(r"分别|、|\b(?:cover|covers|covering|include|includes|including)\b")


def member(question: str) -> list[str]:
    """The words naming the one thing a number question asks of (["new-energy", "vehicle",
    "parts"]), [] when it asks none or asks a group's figure."""
    q = question.lower()
    if "number" not in checks_en.asked_types(question) or _GROUP_ASKED.search(q):
        return []
    m = _MEMBER.search(q)
    if not m:
        return []
    own = re.split(r"['’]s\s+", m.group(1))[-1]  # the owner's words are not the thing's
    return [w for w in own.split() if w not in _SKIP]


def _group(text: str) -> bool:
    """Whether a sentence counts a group (four new projects, 3个项目) and tells its sum
    (combined, in total, 总投资, 合计)."""
    norm = normalise(text)
    low = norm.lower()
    return bool(
        (_COUNT_EN.search(low) or _COUNT_ZH.search(norm))
        and (_SUM_EN.search(low) or _SUM_ZH.search(norm))
    )


def _tells(text: str, words: list[str], expansion: dict[str, list[str]]) -> bool:
    """Whether a figure-carrying sentence may tell the thing's own figure: it holds the thing's
    words, and not only in the list of a counted group's members."""
    low = normalise(text).lower()
    if not re.search(r"\d", _DATES.sub("", low)):
        return False  # a date's figure only (「10月中旬…中心的桩基施工正在进行」)
    if not all(holds(w, low, expansion) for w in words):
        return False
    return not (_group(text) and _LISTED.search(low))


def missing(question: str, ev) -> str | None:
    """The thing's words ("new-energy vehicle parts project") when every quoted sentence
    carrying a figure tells a counted group's (see the module), else None."""
    words = member(question)
    if not words or not ev.chosen:
        return None
    expansion = ev.result.expansion or {}
    words = [w for w in words if known(w, ev.result.index.df, expansion)]
    if not words:
        return None  # a thing the corpus never names is checks_en_names' to refuse
    carriers = [c.text for c in ev.chosen if checks_en.carries_figure(c.text, question)]
    if any(map(_group, carriers)) and not any(_tells(t, words, expansion) for t in carriers):
        return _MEMBER.search(question.lower()).group().removeprefix("the ")
    return None
