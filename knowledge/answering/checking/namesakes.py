"""A named place or institution asked, and the evidence names another of its kind (Chinese;
used by shapes.py).

「瑞丽口岸2025年上半年进出口货运量是多少」 answered by 磨憨口岸's, 「呈贡区跟合作区的共建协议是哪天签的」
by 官渡区's, 「勐腊实验学校首批招收了多少名学生」 by 磨憨实验学校's: the question names one thing of a
kind that has many — a port, a hospital, a school, a district, a village, a park (the unit word:
口岸, 医院, 学校, 区, 村, 产业园 …) — by a name, and the sentence carrying the answer names another
one of that kind by another name. Two names before one unit word are two things, not one thing in
two wordings; a kind word before it (国际口岸, 边境口岸, 实验学校, 合作区, 开发区, 示范村) is how a
user may describe the one the documents name, and is never read as a name.

What is read as a name is read by its meaning in CC-CEDICT: a word the dictionary lists only as a
common word (国际, 边境, 城镇, 合作, 实验, 人民) describes; a word it lists with a proper reading
(延安, 呈贡, 瑞丽), or does not list at all and jieba tags a name (磨丁, 勐腊) or cuts into
characters (磨憨), or an ordinal (第一), names. So:

- the question's mention: a unit word (the whole jieba word or its end: 西山区 is 西山 + 区) and the
  words right before it (glued when jieba cuts a name it does not know into characters: 磨 + 憨;
  an 「A—B」 pair is one run), stopping at 的, a conjunction, a figure or a word that is a mention
  itself; its name is a word of that run that names (above);
- asked and missing: the text from that name to the unit word stands in no chosen sentence nor what
  stands before it (the sentence before, heading, title; Traditional text read simplified), and the
  name itself stands in no sentence carrying the answer;
- another one told: a sentence carrying the kind of answer asked (a figure, a date, a person; any for a
  list or a thing asked) holds a mention with the same unit word whose name the question does not
  say and which is not the asked one in other words (neither holds the other).

A word the dictionary lists only as a common word names when jieba tags it a place (河口,
"estuary", of 河口口岸). A why or a how asked is left alone. `missing` returns the asked mention
(瑞丽口岸) for shapes.unmet; decide.py abstains with the nearest evidence.
"""

from __future__ import annotations

import re

from knowledge.answering.checking.checks import HAS, asked_types, names_person
from knowledge.answering.checking.focus import figure_in
from knowledge.answering.core.support import context_of
from knowledge.text.crosslingual import common_word, listed
from knowledge.text.normalise import normalise, simplified
from knowledge.text.tokens import STOPWORDS, pos_tags

# unit words of a kind whose members carry names, longest first (实验学校 before 学校)
UNITS = (
    "卫生院",
    "产业园",
    "口岸",
    "医院",
    "分院",
    "学校",
    "中学",
    "小学",
    "学院",
    "大学",
    "公司",
    "集团",
    "园区",
    "机场",
    "车站",
    "区",
    "县",
    "镇",
    "乡",
    "村",
)
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_ORDINAL = re.compile(r"^第[一二三四五六七八九十\d]+$")
_DASH = {"—", "－", "-", "–"}
# what ends the run of words before a unit word: 的, conjunctions, prepositions, verbs of the frame
_STOP_FLAGS = {"uj", "ul", "c", "p", "v", "vn", "r", "m", "t", "x", "d", "q", "f", "u"}
_HOW = re.compile(r"为什么|为何|为啥|怎么|怎样|如何|咋")
_ASKING_THING = re.compile(r"(?:哪[些个几家位所类项种样]?|什么)(?![是？?])[\u4e00-\u9fff]")
_RUN = 3  # words before a unit word read as its modifier
# single characters that are no piece of a name: numbers, measures, 的, prepositions, pronouns
_NOT_PIECE = {"m", "q", "uj", "ul", "p", "c", "d", "r", "x", "u", "y"}
# nor a determiner or a unit word's own character (各县区, 磨憨镇: 磨憨 + 镇)
_NOT_CHARS = frozenset("各该本全每其此某新老旧原现区县镇乡村")
_NAME_TAGS = {"ns", "nr", "nrt", "nt", "nz", "coined"}
_VERBAL = re.compile(r"^(?:v|vn|vd|vi|a|ad|d)")


def _words(text: str) -> list[tuple[str, str]]:
    """jieba's words of `text`, single characters jieba leaves alone glued into one word
    (磨 + 憨 -> 磨憨: a name it does not know)."""
    out: list[tuple[str, str, bool]] = []
    for p in pos_tags(text):
        single = (
            len(p.word) == 1
            and bool(_CJK.match(p.word))
            and p.word not in STOPWORDS
            and p.flag not in _NOT_PIECE
            and p.word not in _NOT_CHARS
        )
        if single and out and out[-1][2]:
            # a name's characters after its first are no verb nor adjective (磨 + 憨; not
            # 去 + 建 of 去建园区, 地 + 建 + 园 of 用地建园区)
            flag = "x" if _VERBAL.match(p.flag) or out[-1][1] == "x" else "coined"
            out[-1] = (out[-1][0] + p.word, flag, True)
            continue
        out.append((p.word, p.flag, single))
    return [(w, f) for w, f, _ in out]


def naming(word: str, flag: str = "coined") -> bool:
    """`word` names one thing, not a kind: an ordinal, a word CC-CEDICT lists with a proper
    reading, or one it does not list that jieba tags a name or that was glued from characters
    jieba left alone (`flag` "coined"), or a common word jieba reads as a place (河口, ns) —
    not a common word (国际, 边境, 人民, 实验), nor a word jieba's unknown-word reading made up
    from a phrase (地建园 of 「用地建园区」: tagged n)."""
    if _ORDINAL.match(word):
        return True
    if len(word) < 2 or not _CJK.match(word) or word in STOPWORDS:
        return False
    if listed(word) and common_word(word):
        return flag == "ns"  # 河口: "estuary" to the dictionary, a place to jieba (河口口岸)
    return listed(word) or flag in _NAME_TAGS


def _proper(word: str) -> bool:
    """A word CC-CEDICT lists with a proper reading whatever jieba tags it (呈贡: v)."""
    return len(word) >= 2 and listed(word) and not common_word(word)


def mentions(text: str) -> list[tuple[str, str, list[str]]]:
    """(mention, unit word, naming words) for each unit word in `text` (see the module)."""
    if not any(u in text for u in UNITS):  # no word can end in one: nothing to tag
        return []
    words = _words(text)
    found = []
    for i, (word, flag) in enumerate(words):
        unit = next((u for u in UNITS if word.endswith(u)), None)
        if unit is None or not _CJK.match(word):
            continue
        run = [(word[: -len(unit)], flag)] if len(word) > len(unit) else []
        j = i - 1
        while j >= 0 and len(run) < _RUN:
            w, f = words[j]
            if w in _DASH:
                j -= 1
                continue
            if not _CJK.match(w) or w in STOPWORDS or any(w.endswith(u) for u in UNITS):
                break
            if f in _STOP_FLAGS and not (_ORDINAL.match(w) or _proper(w)):
                break
            run.insert(0, (w, f))
            j -= 1
        names = [w for w, f in run if naming(w, f)]
        if names:
            found.append(("".join(w for w, _ in run) + unit, unit, names))
    return found


def _carriers(q: str, chosen: list) -> list:
    """The chosen sentences carrying the kind of answer asked (all of them for a list or a
    thing asked)."""
    kinds = asked_types(q)
    if kinds & {"number", "share"}:
        kind = "share" if "share" in kinds else "number"
        return [c for c in chosen if figure_in(kind, c.text, q)]
    if "date" in kinds:
        return [c for c in chosen if HAS["date"].search(normalise(c.text))]
    if "person" in kinds:
        return [c for c in chosen if names_person(c.text, q)]
    return list(chosen)


def _kin(asked: str, told: str) -> bool:
    return asked in told or told in asked


def missing(q: str, ev) -> str | None:
    """The asked mention (瑞丽口岸) when the evidence tells another one of its kind in its
    place (see the module), else None."""
    if _HOW.search(q) or not (asked_types(q) or _ASKING_THING.search(q)):
        return None
    asked = mentions(simplified(q))
    if not asked:
        return None
    carriers = _carriers(q, ev.chosen)
    if not carriers:
        return None
    around = simplified(
        "\n".join(
            normalise(c.text) + "\n" + context_of(c, ev.docs, following=False) for c in ev.chosen
        )
    )
    texts = [simplified(normalise(c.text)) for c in carriers]
    told: list | None = None  # tagged when first needed, only texts holding an asked unit word
    for mention, unit, names in asked:
        for name in names:
            span = mention[mention.find(name) :]
            if span in around or any(name in t for t in texts):
                continue
            if told is None:
                told = [m for t in texts for m in mentions(t)]
            others = [
                other
                for _, u, other_names in told
                if u == unit
                for other in other_names
                if other not in q and not _kin(name, other)
            ]
            if others:
                return mention
    return None
