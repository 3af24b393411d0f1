"""The question's subject told only as another one of its kind: an encyclopedic article answers a
question about its sibling (Chinese; used by shapes.py).

「红石岭隧道全长多少公里」 answered by the article 青岚山隧道 (「全长4.2公里」), 「城巴11线连接了哪两个
地方」 by 城巴A22线's, 「草酸镍的化学式是什么」 by 草酸钴's (「草酸钴（化学式：CoC2O4）」), 「景德王是
第几代国王」 by 景文王's: the question opens on a name, the article carrying the answer is titled with
another name of the same shape — the two share a head (隧道, 线, 王, 寺) or a lead (草酸, 城巴) and
differ in the rest — and the asked name stands nowhere in what was found. Each article of a store
of such articles tells its own subject's facts, so its sibling's are not told.

Read strictly, since a refusal of an answerable question costs more than an answer given away:

- the asked name is the question's leading run of words (up to the first 的, verb, preposition or
  asking word), or a shorter run of its first words; a pronoun (该, 这, 此, 本) opens no name;
- the other name is the title (without its bracketed part) of the document of a quoted sentence;
- the two differ in a part each has, of at most six characters and about one length (two
  documents' titles sharing a district, 石埠区, differ in more) (a short form, 白沙河桥 of 白沙河大桥, or a longer one differs in
  one only and is the same thing), and the two differing parts share no character and no sound
  (a name spelled in other characters, 圣卡罗 of 圣嘉禄, or cut short, 交大 of 交通大学, shares one);
- each differing part reads as a name: no pronoun, verb or function word, and not a word the
  dictionary lists only as a common one (公司 of 鸿远公司 against 鸿远纺织);
- the asked name's differing part with the shared character next to it (北岭 of 北岭寺), and the
  differing part itself when it has two characters or more (a figure or a Latin code read as one
  token: 11 is not in A11), stand in no passage found, its title, nor the whole quoted documents.

`missing` returns the asked name (红石岭隧道); decide.py abstains with the nearest evidence.
"""

from __future__ import annotations

import re

from knowledge.text.crosslingual import common_word, dictionary, listed
from knowledge.text.normalise import normalise, simplified
from knowledge.text.tokens import STOPWORDS, pos_tags

_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]+$")
_LATIN = re.compile(r"^[A-Za-z0-9]+$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# what ends the leading name: 的, prepositions, adverbs, conjunctions, pronouns, asking words
_STOP_FLAGS = {"uj", "ul", "uz", "ug", "vd", "vi", "p", "d", "c", "r", "u", "y", "x", "f"}
_PRONOUN = re.compile(r"^[该这此本其那每某各]")
_PRONOUN_CHAR = re.compile(r"[该这此本其那每某各]")
_NOT_NAME = {"v", "vn", "vd", "vi", "r", "p", "d", "c", "u", "uj", "ul", "f"}
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_TITLE_MAX = 20
# the differing parts of two names of one shape: short, and of about one length
_PART_MAX, _PART_GAP = 6, 2


def _leading_runs(question: str) -> list[str]:
    """The question's leading words read as a name, and each shorter run of its first words."""
    words: list[str] = []
    for p in pos_tags(question):
        if not _WORD.match(p.word) or p.word in STOPWORDS or p.flag in _STOP_FLAGS:
            break
        words.append(p.word)
    runs = ["".join(words[: i + 1]) for i in range(len(words))]
    return [r for r in runs if len(r) >= 2 and not _PRONOUN.match(r)]


def _title(doc) -> str:
    title = simplified(normalise(_BRACKETED.sub("", doc.title if doc else ""))).strip()
    return title if 2 <= len(title) <= _TITLE_MAX and _WORD.match(title) else ""


def _split(asked: str, other: str) -> tuple[int, int]:
    """The lengths of the lead and the head the two names share (not overlapping)."""
    most = min(len(asked), len(other))
    lead = 0
    while lead < most and asked[lead] == other[lead]:
        lead += 1
    head = 0
    while head < most - lead and asked[-1 - head] == other[-1 - head]:
        head += 1
    return lead, head


def _sounds(text: str) -> set[str]:
    readings = dictionary().readings
    return {s for ch in text for s in readings.get(ch, ())}


def _alike(part: str, other: str) -> bool:
    """The two differing parts share a Chinese character or a sound (one name in other
    characters); figures and Latin letters are codes (12M and A22 share no name)."""
    hans = {ch for ch in part if _HAN.match(ch)} & {ch for ch in other if _HAN.match(ch)}
    return bool(hans) or bool(_sounds(part) & _sounds(other))


def _names(part: str) -> bool:
    """A differing part reads as (a piece of) a name: no pronoun, no verb or function word, and
    not a word the dictionary lists only as a common one (公司 of 鸿远公司 is the kind, not the
    name; 定这份 of 「昆明定这份…办法」 is the asker's frame)."""
    if _PRONOUN_CHAR.search(part) or (len(part) >= 2 and listed(part) and common_word(part)):
        return False
    return not any(p.flag in _NOT_NAME for p in pos_tags(part) if len(p.word) > 1 or p.flag == "r")


def _stands(piece: str, text: str) -> bool:
    if _LATIN.match(piece):
        return re.search(rf"(?<![A-Za-z0-9]){re.escape(piece)}(?![A-Za-z0-9])", text) is not None
    return piece in text


def sibling(asked: str, other: str) -> tuple[str, ...] | None:
    """The pieces of `asked` that must stand nowhere when `other` is another one of its kind
    (see the module), or None when the two are not two names of one shape."""
    lead, head = _split(asked, other)
    part, rest = asked[lead : len(asked) - head], other[lead : len(other) - head]
    if not lead + head or not part or not rest or _alike(part, rest):
        return None
    if not _names(part) or not _names(rest):
        return None
    if max(len(part), len(rest)) > _PART_MAX or abs(len(part) - len(rest)) > _PART_GAP:
        return None  # a name and a document's long title, not two names of one shape
    window = asked[max(lead - 1, 0) : len(asked) - head + (1 if head else 0)]
    return (window, part) if len(part) >= 2 else (window,)


def missing(q: str, ev) -> str | None:
    """The asked name (红石岭隧道) when the evidence's article tells another one of its kind
    and the asked one stands nowhere in what was found, else None."""
    runs = _leading_runs(simplified(q))
    if not runs:
        return None
    doc_ids = list(dict.fromkeys(c.hit.chunk.doc_id for c in ev.chosen))
    titles = [t for t in (_title(ev.docs.get(d)) for d in doc_ids) if t]
    if not titles:
        return None
    found = [doc.title for doc in ev.docs.values() if doc]
    found += [h.chunk.text for h in getattr(ev, "hits", [])]
    for d in doc_ids:
        found += [c.text for c in ev.doc_chunks(d)]
    found += [c.text for c in ev.chosen]
    text = simplified(normalise("\n".join(found)))
    for asked in reversed(runs):
        if asked in text:
            return None
        for other in titles:
            pieces = sibling(asked, other)
            if pieces and not any(_stands(p, text) for p in pieces):
                return asked
    return None
