"""English questions about who holds an office, and what office a named person holds, read
for `role_holders`, which answers them from the Chinese passages as it answers 「……副主任是谁」.

"Who is the deputy director of the cooperation zone's management committee?" asks for a
role (deputy director) of an organisation (cooperation zone, management committee). The role
becomes the Chinese offices it can be written as: a specific one through CC-CEDICT (mayor ->
市长, headmaster -> 校长, general manager -> 总经理), or, for a word that names no particular
office (director, head, chief, leader: 局长 for a bureau, 主任 for a committee), any office; a
deputy or vice role only the offices written with 副, any other never those. The organisation's
words are matched, through their Chinese terms, in the clause written before the office
(「合作区管委会副主任张立」): the holder is the name after an office whose organisation holds
most of them.

"Who is Zhang Li?", "What is Wang Haitao's job?" name a person in pinyin: the name is read as
the corpus writes it (`retrieval.expansion`, 张立), and the office written before it answers.
"""

from __future__ import annotations

import re

from knowledge.text.crosslingual import characters, dictionary, english_words

_GENERIC = ("director", "head", "chief", "leader", "chair", "manager", "boss", "official")
_SPECIFIC = (
    "mayor", "secretary", "chairman", "chairwoman", "chairperson", "president", "principal",
    "headmaster", "headteacher", "governor", "dean", "commissioner", "spokesperson",
)  # fmt: skip
_NOUN = "|".join(_GENERIC + _SPECIFIC)
_MOD = r"deputy|vice|executive|managing|general|party|acting"
_ROLE = rf"(?P<role>(?:(?:{_MOD})\s+){{0,2}}(?:{_NOUN})s?)"
_ASK = [
    re.compile(rf"^who\s+(?:is|was|are|were)\s+(?:the\s+)?{_ROLE}\s+(?:of|at|for|in)\s+(?P<org>.+)$"),
    re.compile(rf"^who\s+(?:is|was|are|were)\s+(?P<org>.+?)'s\s+{_ROLE}$"),
    re.compile(rf"^who\s+(?:is|was|are|were)\s+the\s+(?P<org>.+?)\s+{_ROLE}$"),
    re.compile(r"^who\s+(?P<role>heads|headed|leads|led|runs|ran|directs|chairs)\s+(?P<org>.+)$"),
]  # fmt: skip
_NAME = r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})"
_PERSON = [
    re.compile(rf"^\s*who\s+(?:is|was)\s+{_NAME}\s*[?？.]?\s*$", re.I),
    re.compile(
        rf"^\s*what\s+(?:is|was)\s+{_NAME}'s\s+(?:job|position|title|role|post|office)\b", re.I
    ),
    re.compile(rf"^\s*what\s+(?:does|did)\s+{_NAME}\s+do\b", re.I),
    re.compile(rf"^\s*(?:where|which\s+\w+)\s+does\s+{_NAME}\s+work\b", re.I),
]
ORG_SHARE = 0.5  # an office's clause must hold this share of the organisation's words
WINDOW = 24  # characters read back from an office for its organisation


class Asked:
    """A role asked for: its Chinese offices (empty: any office), deputy or not, and the
    organisation's words."""

    def __init__(self, offices: list[str], deputy: bool, org: list[str]) -> None:
        self.offices, self.deputy, self.org = offices, deputy, org


def asked_role(question: str, title: re.Pattern) -> Asked | None:
    """The role an English question asks the holder of (`title`: the pattern of a Chinese
    office), else None."""
    q = re.sub(r"\s+", " ", question.strip().rstrip("?？. ")).replace("’", "'")
    low = q.lower()
    for rx in _ASK:
        if m := rx.match(low):
            role = m["role"].split()
            deputy = bool({"deputy", "vice"} & set(role))
            core = [w for w in role if w not in ("deputy", "vice", "acting")]
            noun = core[-1].removesuffix("s") if core[-1].endswith("s") else core[-1]
            offices = _offices(" ".join(core), title) or _offices(noun, title)
            if noun in _GENERIC or m["role"].startswith(("head", "lead", "run", "direct")):
                offices = []  # any office: the organisation's words decide
            org = [w for w in english_words(m["org"]) if w not in _NOUN.split("|")]
            return Asked(offices, deputy, org)
    return None


def _offices(phrase: str, title: re.Pattern) -> list[str]:
    found = [t for t, w in dictionary().terms(phrase) if w >= 0.5 and title.fullmatch(t)]
    return [t for t in found if not t.startswith("副")]


def asked_name(question: str) -> str | None:
    """The pinyin name whose office an English question asks ("Who is Zhang Li?"), else None."""
    for rx in _PERSON:
        if m := rx.match(question.replace("’", "'")):
            return m["name"]
    return None


def chinese_name(name: str, expansion: dict[str, list[str]]) -> str | None:
    """The corpus's spelling of a pinyin name, as the keyword search read it (张立)."""
    words = [w.lower() for w in name.split()]
    shared = [
        t for t in expansion.get(words[0], ()) if all(t in expansion.get(w, ()) for w in words)
    ]
    return next((t for t in shared if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", t)), None)


def org_share(org: list[str], clause: str, expansion: dict[str, list[str]]) -> float:
    """Share of the organisation's words that the clause before an office holds, each through
    its Chinese terms (the search's, CC-CEDICT's whole glosses, a one-character word such as
    区 or 市)."""
    if not org:
        return 1.0
    held = sum(1 for w in org if any(t in clause for t in _terms(w, expansion)))
    return held / len(org)


def org_terms(org: list[str], expansion: dict[str, list[str]], df: dict[str, int]) -> list[str]:
    """The organisation's Chinese terms the keyword index has (to find its passages)."""
    found = (t for w in org for t in _terms(w, expansion) if len(t) > 1 and df.get(t, 0))
    return list(dict.fromkeys(found))


def _terms(word: str, expansion: dict[str, list[str]]) -> list[str]:
    """The word's Chinese terms; a noun in -ion also through its verb (promotion -> promote:
    促进 in 投资促进局)."""
    forms = [word] + ([word[:-3] + "e", word[:-3]] if word.endswith("ion") else [])
    found = [t for f in forms for t, w in dictionary().terms(f) if w >= 0.5]
    return [*expansion.get(word, ()), *found, *characters(word)]
