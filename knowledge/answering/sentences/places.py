"""A place asked of an article's subject — 「美庐别墅在哪里」「瓦士本市的地理位置在哪儿」
「欧洲越橘分布在哪些地区」「哪些地方种植黄蝉」 — is told by the sentence that places it:
「美庐别墅位于中国江西省庐山…」, 「它位于威斯康辛州的北部…」, 「主要分布于欧洲、北美…」,
「古堡坐落于青川县城以北…」, 「车站地处…」, 「本种栖息于…」.

Such a sentence names the subject once or not at all (「它」「该市」「车站」), while the article's
other sentences restate the name, often with the question's own 在 (「美庐别墅始建于…在脂红路…」,
「石门古堡在明代…」), so by shared characters it loses. It is moved up by `attribute_head.HEAD`
for the quoting only (`Candidate.lowered`: the refusal model reads the best sentence as before).

Only in the article whose short title the question names (an encyclopedia entry, as
`attribute_head` reads it; a disambiguation 「瓦士本市 (威斯康辛州)」 is dropped from the title):
a policy's or a report's headline is no subject. A place asked of the subject itself is told by a
sentence whose placing verb (位于, 坐落于, 地处, 分布于, 栖息于, 原产于, 原生于, 广植于 …) stands at
its opening, after a pronoun, a short word for the subject or the name; a place asked of a part
of it (「石门古堡的水井在哪儿」「白鹭湾站五号线的站台在哪里」) by a sentence naming that part and
placing anything (also 设在/设于). A place asked of an event (「首届比赛在哪里举行」) or a person's
doing (「在哪里工作」) is none of these: the question must end on the place asked."""

from __future__ import annotations

import re

from knowledge.answering.sentences.attribute_head import ASKING_WORD, HEAD
from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.name_only import SHORT_TITLE
from knowledge.text.normalise import normalise

_REGION = (
    r"(?:哪(?:些|个|一)(?:地方|地区|区域|国家|省份|省市|省|城市|地带|海域)"
    r"|什么地方|什么位置|什么地区|什么区域|何处|何地|何方)"
)
_WHERE = rf"(?:{_REGION}|哪里|哪儿|哪)"
_PLACING = r"(?:在|位于|坐落(?:在|于)?|座落(?:在|于)?|地处|分布(?:在|于)?|生长(?:在|于)|栖息(?:在|于)?|设(?:在|于)|建(?:在|于))"
_END = r"(?:呢)?[？?。\s]*$"
_ASKS = (
    # X(主要)在哪里, X位于什么地方, X分布在哪些地区
    re.compile(rf"^(?P<x>.+?)(?:主要|大多|大致|究竟|到底|一般)?{_PLACING}{_WHERE}{_END}"),
    # X的地理位置(在哪儿|是什么|如何)
    re.compile(
        rf"^(?P<x>.+?)的(?:地理)?(?:位置|方位|所在地)(?:在|是|位于)?(?:{_WHERE}|什么|怎样|如何)?{_END}"
    ),
    # 哪些地方种植X, 哪些地区有X分布, 哪些地方X较多
    re.compile(
        rf"^{_REGION}(?:种植|栽培|分布(?:有|着)?|生长(?:有|着)?|出产|盛产|产|养殖|有)?(?P<x>.+?)"
        rf"(?:分布|生长|较多|最多|常见)?{_END}"
    ),
)
_PLACE_WORDS = re.compile(r"^(?:地理)?(?:位置|方位|所在地)?$")  # the subject's own place asked
# placing verbs: of the subject itself, and also of a part (设在, 建在, 聚居在); 「生长于海拔900米…」
# tells a height, not a place; before the verb may stand a pronoun or a short word for the
# subject (该市, 古堡, 本种, 野生种群), with adverbs (主要, 仅, 现, 今)
_SELF = (
    "位于 坐落 座落 地处 地跨 分布于 分布在 广布于 栖息于 栖息在 原产 原生于 广植于 生长于 生长在"
)
_SEEN = r"(?<!出)产于|(?:仅|只|常|多|广泛)见于"
_SELF_VERB, _PART_VERB = (
    re.compile("|".join([*_SELF.split(), _SEEN, *extra]))
    for extra in ((), ("设在", "设于", "建在", "聚居"))
)
_HEIGHT, _ADVERBS = (
    re.compile(r"\s*(?:海拔|水深|深度|高度)"),
    re.compile(r"主要|大多|多|仅|只|则|也|亦|现|今|均|都|广泛|常|[，,\s\W]"),
)
_SHORT = 4
_FRAME = re.compile(r"^(?:在|于)[^，,。]{1,10}[，,]\s*")
_DISAMBIGUATION = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")


def asked(question: str) -> str:
    """The words naming what a question asks the place of ('' when it asks no place so): the
    subject, or a part of it (「石门古堡的水井」), without a frame (「在中国，」)."""
    q = normalise(question).strip()
    m = next((m for m in (a.match(q) for a in _ASKS) if m), None)
    if not m:
        return ""
    x = _FRAME.sub("", m.group("x")).strip()
    return "" if re.search(ASKING_WORD, x) else x


def subject(title: str) -> str:
    """An article's subject as a question names it: its short title without a disambiguation."""
    t = _DISAMBIGUATION.sub("", normalise(title).strip())
    return t if 0 < len(t) <= SHORT_TITLE else ""


def part_of(words: str, name: str) -> str | None:
    """What the question's subject words ask beyond the article's name: '' for the subject itself,
    the part's head (its last two characters) for a part, None when the name is not among them."""
    at = words.find(name)
    if at < 0:
        return None
    rest = (words[:at] + words[at + len(name) :]).strip().lstrip("的").strip()
    rest = re.sub(r"的(?:地理)?(?:位置|方位|所在地)$", "", rest)
    if _PLACE_WORDS.match(rest):
        return ""
    return rest[-2:]


def places_self(text: str, name: str) -> bool:
    """Whether the sentence places the subject itself: a placing verb at its opening, after a
    pronoun, a short word for the subject or its name."""
    t = normalise(text)
    m = next((m for m in _SELF_VERB.finditer(t) if not _HEIGHT.match(t, m.end())), None)
    if not m:
        return False
    before = _FRAME.sub("", t[: m.start()])
    if name and name in before:
        before = before.replace(name, "", 1)
        if len(_ADVERBS.sub("", before)) <= 1:  # 「美庐别墅位于」, 「美庐别墅地处」
            return True
    one_clause = not re.search(r"[，,；;]", before.strip("，, "))
    return one_clause and len(_ADVERBS.sub("", before)) <= _SHORT


def places_part(text: str, part: str) -> bool:
    """Whether the sentence names the part and places something."""
    t = normalise(text)
    return part in t and _PART_VERB.search(t) is not None


def lift(question: str, cands: list[Candidate]) -> None:
    """Move the sentences placing the subject (or the part of it) asked up by HEAD, in the
    subject's article, for the quoting only."""
    words = asked(question)
    if not words:
        return
    for c in cands:
        name = subject(c.hit.chunk.title)
        part = part_of(words, name) if name else None
        if part is None:
            continue
        if places_part(c.text, part) if part else places_self(c.text, name):
            c.lift_for_quoting(HEAD)
