"""The documents' own names for what an asker calls by its kind: a group a 公文 names once and
abbreviates — 「由本市各县（市）区、开发（度假）区（以下简称飞出地）」 — or a 解读 defines —
「飞出地：指到合作区建设飞地园区的本市县（市）区和开发（度假）区」 —, so that from then on its
sentences say 飞出地 where an asker says 县区 or 开发区.

`terms` reads those lines: each member of the abbreviated list, or of the definition's genus
(what follows its last 的 in the first clause; a definition without one names no kind), its
short insertion dropped (县（市）区 -> 县区), under the term. `read` reads a question's word with
the term beside it (县区（飞出地）) when it heads a member (县区 of 本市各县区) and the documents
write the term in more passages than the word: they call the thing by their term, and a question
in the asker's word shares no word with the sentences telling it (「县区最少得派几个人」 and
「飞出地…派驻工作人员不少于2名」). The word itself is kept, for the sentences that say it
(「现在是县区带着项目来找地」) and for what the refusal weighs. A word naming one of its kind — a
name or noun before it, 「综合开发区」 — is left alone, and so is a word the documents write more
often than the term (合作区, 项目).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from knowledge.text.normalise import normalise

_CJK = r"\u4e00-\u9fff"
# a short insertion inside a word: 县（市）区, 开发（度假）区
_INSERTION = re.compile(rf"(?<=[{_CJK}])[（(][{_CJK}、]{{1,4}}[）)](?=[{_CJK}])")
# 「A、B（以下简称X）」, 「…合作区（以下简称合作区，即飞入地）」
_SHORT = re.compile(
    rf"([^，。；;：:（(\n]{{2,40}}?)[（(]以下简称[“\"]?([{_CJK}]{{2,6}})[”\"]?[，,）)]"
)
# 「X：指…」「X，指…」「X是指…」 at a line's start (a glossary entry, bold or not)
_DEFINES = re.compile(
    rf"(?:^|\n)[\s*#]*([{_CJK}]{{2,6}})[\s*]*(?:[：:]|，|是)\s*指([^。\n]{{2,120}})"
)
# what a member list is cut after: the definition's last 的, a 由 or 是指 opening the list
_LEAD = re.compile(r".*(?:的|由|是指|指)")
_JOIN = re.compile(r"[、和及与或]")
_HEAD = re.compile(rf"(?:本市|全市|本省|全省|本县|各)*([{_CJK}]{{2,8}})$")


# what may stand before the word read as the term: nothing, a particle, conjunction, pronoun,
# numeral, measure word, preposition, verb or punctuation (的县区, 和开发区, 每个县区, 8个县区, 跟县区)
_OPEN = re.compile(r"^(?:u[a-z]*|c|r[a-z]*|m|q|p|v|x|w|y)$")
_WHOLE = frozenset({"全市", "本市", "各", "全省", "本省"})
_OPENING, _CLOSING = "“「『", "”」』"
_JOINED = frozenset({"和", "、", "及", "与", "或"})


def terms(texts: Iterable[str]) -> dict[str, str]:
    """Member (its insertion dropped, 县区, 开发区) -> the documents' term for the group it
    belongs to (飞出地), from their 「以下简称」 clauses and 「X：指…的…」 definitions."""
    out: dict[str, str] = {}
    for raw in texts:
        text = _INSERTION.sub("", normalise(raw))
        for m in _SHORT.finditer(text):
            _add(out, _LEAD.sub("", m.group(1)), m.group(2))
        for m in _DEFINES.finditer(text):
            first = re.split(r"[，,；;]", m.group(2))[0]
            if "的" in first:
                _add(out, first.rsplit("的", 1)[1], m.group(1))
    return out


def _add(out: dict[str, str], members: str, term: str) -> None:
    for member in _JOIN.split(members):
        head = _HEAD.search(member.strip())
        if head and head.group(1) != term and term not in head.group(1):
            out.setdefault(head.group(1), term)


def read(
    words: list[tuple[str, str]],
    glossary: dict[str, str],
    count: Callable[[str], int],
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The question — `words`: jieba's (word, flag) in order — with each word that heads a
    member of `glossary` read as its term when the documents write the word in fewer passages
    than the term (`count`: passages a word or term stands in), a list of members (县区和开发区)
    as the term once; and the words so read. Not a word after a noun or name naming which one
    (综合开发区, 官渡开发区) nor where the question names the term itself, quotes
    the documents (“现在是县区…”) or writes their list (县（市）区)."""
    text = "".join(w for w, _ in words)
    if _INSERTION.search(text):  # 县（市）区和开发区: the asker writes the documents' own list
        return text, ()
    out: list[str] = []
    quoted = 0
    swaps: dict[tuple[str, str], None] = {}
    for i, (word, _flag) in enumerate(words):
        quoted += sum(word.count(c) for c in _OPENING) - sum(word.count(c) for c in _CLOSING)
        term = next((t for m, t in glossary.items() if len(word) > 1 and m.endswith(word)), None)
        if (
            term is None
            or term in text
            or quoted > 0  # 「说“现在是县区带着项目来找地”的是谁」: the documents' words quoted
            or (i and not _OPEN.match(words[i - 1][1]) and words[i - 1][0] not in _WHOLE)
            or count(term) <= count(word)
        ):
            out.append(word)
            continue
        if len(out) > 1 and out[-2].endswith(f"（{term}）") and out[-1] in _JOINED:
            out[-2] = out[-2][: -len(term) - 2]  # 县区和开发区（飞出地）: the term once, after both
            out.append(f"{word}（{term}）")
            swaps[(word, term)] = None
            continue
        out.append(f"{word}（{term}）")
        swaps[(word, term)] = None
    return "".join(out), tuple(swaps)


def may_read(question: str, glossary: dict[str, str]) -> bool:
    """Whether `read` can gloss a word of `question`: some member of `glossary` ends in two or
    more of its characters (every word `read` glosses is such an ending). Tagging a question is
    the costly part of `read`; most questions hold no member's ending and skip it."""
    return any(m[i:] in question for m in glossary for i in range(len(m) - 1))


def passages(word: str, df: dict[str, int]) -> int:
    """The passages `word` stands in, read by its rarest search token of two characters or more
    (飞出地 by 飞出)."""
    from knowledge.text.tokens import tokenize

    return min((df.get(t, 0) for t in tokenize(word, keep_stopwords=True) if len(t) > 1), default=0)


# a word the reading glossed with the documents' term: 「县区（飞出地）」; not a short insertion
# inside a word, 开发（度假）区
_GLOSSED = re.compile(
    rf"([{_CJK}]{{2,}})[（(](?:([{_CJK}]{{3,6}})[）)]|([{_CJK}]{{2}})[）)](?![{_CJK}]))"
)


def glossed(question: str) -> list[tuple[str, str]]:
    """The (word, term) pairs a question writes as 「word（term）」 — `read`'s output, 县区（飞出地),
    or an asker's own gloss —: one thing named twice. The word is the last of jieba's words
    before the bracket (县区 of 2024年县区（飞出地）)."""
    from knowledge.text.tokens import jieba_module

    jieba = jieba_module()
    question = normalise(question)
    pairs = (
        (jieba.lcut(m.group(1))[-1], m.group(2) or m.group(3))
        for m in _GLOSSED.finditer(question)
        if question.count("《", 0, m.start()) <= question.count("》", 0, m.start())
    )  # not inside a title: 《…办法（试行）》
    return [(word, term) for word, term in pairs if len(word) > 1]
