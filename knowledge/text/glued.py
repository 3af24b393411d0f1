"""Words jieba glued across a spoken question's words, read as the words they are made of.

jieba's HMM joins characters its dictionary does not pair, across the boundary of two phrases:
a one-character word to the modal, light verb, preposition or particle opening the phrase after
it (「哪些钱要剔除」 → 钱要, 「两个县为分钱」 → 县为, 「钱来给…撑腰」 → 钱来, 「干得好不好」 → 干得),
and a demonstrative or an interrogative to its measure word (「这摊事」 → 这摊, 「哪类项目」 → 哪类,
read as `closeness._POINTING` reads 那家, 这笔). No document writes such a word, so the closeness
check counted it a missing noun (1.0) and refused questions whose evidence says everything they
ask. Read by the dictionary alone (HMM off) the word falls into those pieces; the function
characters say how it is asked and the rest are the question's words as jieba would have cut
them (a single character is no content word for the checks, as 「这笔钱交给谁」's 钱 is none).

A function character before the word is no boundary: a modal and its verb (能租, 要交, 再交) say
the act asked, and stay whole; nor are 有 and 是, the predicate of 「合作区有多少家超市」「…类有几个」
(区有, 类有 stay whole: read apart, the count's noun went missing unnoticed). A word the
dictionary knows (要是, 为了, 有关) is no glue, nor a name jieba tags as one (张有才), nor a word
with no function character (送物, 最短签, 那版旧).
"""

from __future__ import annotations

import re

from knowledge.text.tokens import jieba_module, pos_tags

# modal and light verbs, prepositions, adverbs and particles opening the phrase after a word
# jieba glued them to: how it asks, no thing asked
FUNCTION = frozenset("要能会想该得可来去在给为往向从把被让跟和与对比再也都就还着")
_POINTING = frozenset("这那哪")
_GLUE = re.compile(r"[\u4e00-\u9fff]{2,4}")
_NAME_TAGS = ("nr", "ns", "nt", "nz")


def pieces(word: str) -> list[str] | None:
    """The words a glued word is made of, its function characters left out (钱要 -> [钱],
    县为 -> [县], 这摊 -> [摊]); None for a word that is no glue: known to jieba's dictionary, a
    name, or not cut by the dictionary into words followed by function characters (能租, 要交:
    a modal and its verb, the act asked) or into a demonstrative or interrogative and its
    measure word."""
    jieba = jieba_module()
    if not _GLUE.fullmatch(word) or jieba.dt.FREQ.get(word, 0) > 0:
        return None
    if any(p.flag.startswith(_NAME_TAGS) for p in pos_tags(word)):
        return None
    parts = jieba.lcut(word, HMM=False)
    if len(parts) == 2 and parts[0] in _POINTING:  # 这摊, 哪类: pointing at what is asked
        return parts[1:]
    content = [p for p in parts if p not in FUNCTION]
    if len(parts) < 2 or parts[-1] not in FUNCTION or parts[: len(content)] != content:
        return None  # no function character, or one before a word: no boundary glued across
    return content


def lcut(text: str) -> list[str]:
    """jieba's words of a text (HMM on, as `jieba.lcut`), each glued word read as its pieces."""
    out: list[str] = []
    for word in jieba_module().lcut(text):
        parts = pieces(word)
        out.extend([word] if parts is None else parts)
    return out
