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

The organisation is what the question names before any words that pick the holder out among
others or tell when ("the Investment Promotion Bureau that accepts the applications", "the
deputy director … responsible for land supply", "… in 2023"): those are cut off (what a body
does, "the company building the cold-chain base", stays: it is what names the body), and "What is
the name of the …", "Which official of the … attended …", "Which Guandu District official said
…" ask the same. A rank-less role (official, leader) is held by a deputy too; a role named by a
word before it ("the district head of Guandu") has that word's organisation.

"Who is Zhang Li?", "What is Wang Haitao's job?" name a person in pinyin: the name is read as
the corpus writes it (`retrieval.expansion`, 张立), and the office written before it answers.
"""

from __future__ import annotations

import re

from knowledge.answering.checking import checks_en
from knowledge.answering.checking.deeds_en import lemma
from knowledge.text.crosslingual import characters, dictionary, english_words

_GENERIC = ("director", "head", "chief", "leader", "chair", "manager", "boss", "official")
_SPECIFIC = (
    "mayor", "secretary", "chairman", "chairwoman", "chairperson", "president", "principal",
    "headmaster", "headteacher", "governor", "dean", "commissioner", "spokesperson", "editor",
)  # fmt: skip
_NOUN = "|".join(_GENERIC + _SPECIFIC)
_MOD = r"deputy|vice|executive|managing|general|party|acting|chief"
_RANKLESS = ("official", "leader")  # held by a deputy as well
_ROLE = rf"(?P<role>(?:(?:{_MOD})\s+){{0,2}}(?:{_NOUN})s?)"
_BE = r"(?:is|was|are|were)"
_NAME_OF = rf"^what\s+{_BE}\s+the\s+names?\s+of\s+(?:the\s+)?"
_ASK = [
    re.compile(rf"^who\s+{_BE}\s+(?:the\s+)?{_ROLE}\s+(?:of|at|for|in)\s+(?P<org>.+)$"),
    re.compile(rf"^who\s+{_BE}\s+(?P<org>.+?)'s\s+{_ROLE}$"),
    re.compile(rf"^who\s+{_BE}\s+the\s+(?P<org>.+?)\s+{_ROLE}$"),
    re.compile(r"^who\s+(?P<role>heads|headed|leads|led|runs|ran|directs|chairs)\s+(?P<org>.+)$"),
    re.compile(rf"{_NAME_OF}{_ROLE}\s+(?:of|at|for|in)\s+(?P<org>.+)$"),
    re.compile(rf"{_NAME_OF}(?P<org>.+?)(?:'s)?\s+{_ROLE}$"),
    re.compile(rf"^who\s+{_BE}\s+the\s+(?P<pre>[a-z]+)\s+{_ROLE}\s+(?:of|at|for|in)\s+(?P<org>.+)$"),
    re.compile(rf"^which\s+{_ROLE}\s+(?:of|from|at|in)\s+(?P<org>.+)$"),
    re.compile(rf"^which\s+(?P<org>.+?)\s+{_ROLE}$"),
]  # fmt: skip
# what follows the organisation without naming it: a relative clause, a restriction, a time
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_TAIL = re.compile(
    rf",\s*not\b|\s+(?:who|that|which|whose|where|responsible|quoted|mentioned)\b"
    rf"|\s+(?:in|on|at|during|since|by)\s+(?:(?:early|late|mid)\s+)?(?:(?:19|20)\d{{2}}|{_MONTHS})\b"
)
_WORD = re.compile(r"[A-Za-z][a-z'’-]*")
_SAID = ("said", "says", "spoke", "speaks")
_HEADS = ("head", "leader", "chief", "official", "boss")  # a 负责人 holds these
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
    """A role asked for: its Chinese offices (empty: any office), deputy or not (None: either),
    and the organisation's words."""

    def __init__(self, offices: list[str], deputy: bool | None, org: list[str]) -> None:
        self.offices, self.deputy, self.org = offices, deputy, org
        self.role: list[str] = []  # its English words (deputy director -> director)
        self.head = False  # a head, leader, chief: a 负责人 holds it


def asked_role(question: str, title: re.Pattern) -> Asked | None:
    """The role an English question asks the holder of (`title`: the pattern of a Chinese
    office), else None."""
    q = re.sub(r"\s+", " ", question.strip().rstrip("?？. ")).replace("’", "'")
    low = _bare(q)
    for rx in _ASK:
        if m := rx.match(low):
            role = m["role"].split()
            deputy = bool({"deputy", "vice"} & set(role))
            core = [w for w in role if w not in ("deputy", "vice", "acting")]
            noun = core[-1].removesuffix("s") if core[-1].endswith("s") else core[-1]
            offices = _offices(" ".join(core), title) or _offices(noun, title)
            if noun in _GENERIC or m["role"].startswith(("head", "lead", "run", "direct")):
                offices = []  # any office: the organisation's words decide
            named = m["org"] + (f" {m['pre']}" if "pre" in m.groupdict() else "")
            org = [w for w in english_words(named) if w not in _NOUN.split("|")]
            asked = Asked(offices, None if noun in _RANKLESS else deputy, org)
            asked.role, asked.head = core, noun in _HEADS or m["role"].startswith("head")
            return asked
    return None


def _bare(question: str) -> str:
    """The question in lower case, cut where the words after the organisation it names begin:
    a relative clause, a restriction, a time, and in a "which" question its verb (a past form
    written in lower case: attended, said, took)."""
    low = question.lower()
    if (m := _TAIL.search(low)) and len(_body_words(low[: m.start()])) > 1:
        low = low[: m.start()]  # not when it leaves the body a kind alone ("the bureau that …")
    if low.startswith("which "):
        for w in _WORD.finditer(question, 6, len(low)):
            word = w.group()
            past = len(word) > 4 and word.endswith("ed") or lemma(word) != word
            if word.islower() and (past or word in _SAID):
                return low[: w.start()].rstrip()
    return low


def _body_words(text: str) -> list[str]:
    """The words of a question's part that are not the role's (deputy, director, name)."""
    role = {*_NOUN.split("|"), *_MOD.split("|"), "name", "names"}
    return [w for w in english_words(text) if w not in role and w.removesuffix("s") not in role]


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
    pairs = (f"{a} {b}" for a, b in zip(org, org[1:], strict=False))  # hong kong -> 香港
    paired = {w for p in pairs if any(t in clause for t in _phrase(p)) for w in p.split()}
    held = sum(1 for w in org if w in paired or any(t in clause for t in _terms(w, expansion)))
    return held / len(org)


def named_share(org: list[str], clause: str, passage: str, expansion) -> float:
    """`org_share` of the clause before an office, or of the words of the same passage that
    write the firm it names in full (港滇通董事總經理 after 「香港供應鏈企業港滇通供應鏈有限公司」: a
    report drops a firm's description and legal form after its first mention)."""
    share, name = org_share(org, clause, expansion), clause.strip()
    if len(name) < 2 or share >= 1:
        return share
    firm = re.compile(
        rf"[^，,。；;！？!?\n（(]*{re.escape(name)}[\u4e00-\u9fff]{{0,8}}?(?:公司|集团)"
    )
    return max([share, *(org_share(org, m.group(), expansion) for m in firm.finditer(passage))])


def _phrase(words: str) -> list[str]:
    return [t for t, w in dictionary().terms(words) if w >= 0.5]


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


def named_in_english(asked: Asked, texts: list[str], question: str) -> bool:
    """Whether an English passage names a person other than the question's own in a sentence
    with the role's words and most of the organisation's ("said Li Ming, director of the
    commerce bureau"): a holder the Chinese offices cannot find."""
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            low = sentence.lower()
            if not all(w in low for w in asked.role):
                continue
            held = sum(w in low for w in asked.org) >= ORG_SHARE * len(asked.org)
            if held and checks_en.has_kind("person", sentence, question):
                return True
    return False
