"""An English word read in a Chinese compound CC-CEDICT lacks, through the characters its
dictionary terms are made of.

CC-CEDICT (read backwards by `crosslingual`) gives an English word its Chinese terms; a
sentence's word the dictionary lacks — 冷库 (a cold store), 库容 (storage capacity), 帮扶
(assistance) — holds none of them, so an English question asking of it ("cold storage",
"assistance money") finds nothing there. Such a compound (a jieba word of two to four Han
characters the dictionary has no entry for) holds a word when every character of it stands in
one of the word's terms: 冷库 — 冷 of 冷藏 and 库 of 库藏, both terms of storage; 帮扶 — 帮 of
帮助 and 扶 of 扶贫, terms of assistance. A word of many senses (end, money, time: a hundred
characters and more in their terms) says nothing so, and a compound the dictionary lists keeps
its own glosses.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.text.crosslingual import listed
from knowledge.text.tokens import jieba_module

_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
MAX_CHARS = 4  # a longer run is a name or a phrase, not a compound to read by its characters
# a word whose terms use more characters than this has too many senses to be read by them
# (storage 19, assistance 23; end 178, money 181)
MAX_SENSE_CHARS = 30


@lru_cache(maxsize=4096)
def unlisted(text: str) -> tuple[str, ...]:
    """jieba's words of the text CC-CEDICT lacks, of two to four Han characters, each once."""
    words = (w.strip() for w in jieba_module().lcut(text))
    found = (w for w in words if 2 <= len(w) <= MAX_CHARS and _HAN.match(w) and not listed(w))
    return tuple(dict.fromkeys(found))


def held(terms: list[str] | tuple[str, ...], text: str) -> bool:
    """Whether a compound of the text the dictionary lacks is made of the characters of these
    terms (an English word's), when they are few enough to tell its sense."""
    chars = set("".join(terms))
    if not chars or len(chars) > MAX_SENSE_CHARS:
        return False
    return any(all(ch in chars for ch in word) for word in unlisted(text))
