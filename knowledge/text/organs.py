"""The kind of a government body as an English question names it — "which bureau", "which
commission", "which office" — and how a Chinese body of that kind ends its name: 合作区投资促进局
is a bureau, 市发展改革委 a commission, 领导小组办公室 an office, 管委会 a committee.

CC-CEDICT, read backwards for every other English word (`crosslingual`), binds these kind nouns
to few of the names documents write: bureau only to whole words (税务局, 局长) and to 署 and 处,
commission to 佣金 and 委托, so 「汇总后统一报送合作区投资促进局」 holds no bureau and an English
"Which bureau do the districts send the materials to?" is refused with its answer quoted. A
Chinese body names its kind by the last character(s) of its name, after the words that say what
it does: this kept table gives each English kind noun those endings. An ending tells the kind
only where it closes a name — after two Han characters or more, not opening a word with the
character after it (局面, 委员, 办法, 部分), and not ending a word of another sense with the
character before it (布局 "layout", 格局, 举办, 全部).
"""

from __future__ import annotations

import re

from knowledge.text.crosslingual import glosses, listed

# the English kind noun (singular) -> the endings of a Chinese body's name of that kind
ENDINGS: dict[str, tuple[str, ...]] = {
    "bureau": ("局",),
    "administration": ("局", "署"),
    "agency": ("局", "署"),
    "authority": ("局",),
    "commission": ("委员会", "委"),
    "committee": ("委员会", "委会", "委"),
    "office": ("办公室", "办"),
    "department": ("部门", "厅", "局", "部"),
    "ministry": ("部",),
}  # fmt: skip

# a kind noun's plural -> the kind
_PLURALS = {
    **{f"{k}s": k for k in ENDINGS if not k.endswith("y")},
    **{f"{k[:-1]}ies": k for k in ENDINGS if k.endswith("y")},
}
_HAN = re.compile(r"[\u4e00-\u9fff]")


def kind(word: str) -> str | None:
    """The kind noun an English word names (bureaus -> bureau), None for another word."""
    word = word.lower()
    return word if word in ENDINGS else _PLURALS.get(word)


def named(word: str, text: str) -> bool:
    """Whether a (simplified) text names a body of the kind an English word names: a name ending
    in one of the kind's endings, the ending closing the name (合作区投资促进局, 市发展改革委),
    not part of a word of another sense (布局, 局面, 委员, 举办, 全部)."""
    found = kind(word)
    if found is None:
        return False
    for ending in ENDINGS[found]:
        for m in re.finditer(re.escape(ending), text):
            if _closes_name(text, m.start(), m.end(), found):
                return True
    return False


def without(word: str, text: str, reach: int = 8) -> str:
    """The (simplified) text with the names of bodies of the kind an English word names cut out
    (the ending and up to `reach` Han characters before it: 「汇总后统一报送合作区投资促进局」 ->
    「汇总后统一报送」): what the text says beside the body, not its name."""
    found = kind(word)
    if found is None:
        return text
    for ending in ENDINGS[found]:
        for m in reversed(list(re.finditer(re.escape(ending), text))):
            if _closes_name(text, m.start(), m.end(), found):
                start = m.start()
                while start > 0 and m.start() - start < reach and _HAN.match(text[start - 1]):
                    start -= 1
                text = text[:start] + " " + text[m.end() :]
    return text


def _closes_name(text: str, start: int, end: int, noun: str) -> bool:
    before = text[max(start - 2, 0) : start]
    if len(before) < 2 or not all(_HAN.match(ch) for ch in before):
        return False  # a name says what the body does before its kind
    after = text[end : end + 1]
    if after and listed(text[end - 1 : end + 1]):
        return False  # 局面, 委员, 办法, 部分: the ending opens another word
    last = text[start - 1 : end]
    if listed(last) and noun not in glosses(last) and not _organ_word(last):
        return False  # 布局, 格局, 举办, 全部: a word of another sense
    return True


def _organ_word(word: str) -> bool:
    """Whether CC-CEDICT glosses a word ending in a kind's ending as a body of some kind
    (党委 "party committee", 当局 "authorities")."""
    return any(kind(k) for g in glosses(word) for k in g.split())
