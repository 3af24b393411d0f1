"""A list asked is quoted from the sentence that enumerates it, not from one that speaks of it.

Asked 「老旧厂房改造后可以用来做哪些功能」, a press conference's 解读 sentence — 「老旧厂房改造后的功能
这次特别写进了养老托育」 — or a news lead restates more of the question's words than the article
that lists the functions (「…可以用于文化创意、科技研发、体育健身、养老托育和社区服务等功能」), and
outranks it while naming one item or two: the answer lists too few. For a list asked, when the
best sentence names FEW items at most, the highest candidate enumerating more — two at least —
moves just above it, for the quoting only (`Candidate.lowered`: the refusal model reads the
unlifted best), when
- its score is close enough (RATIO of the best's);
- it speaks of the thing asked as the best does: it holds the content words of the question the
  best holds, but one in three, the word the list cue asks for aside (材料 of 「要交哪些材料」: the
  items stand for it);
- it stands in the best's document when that is the entry of a subject the question names whole
  (「长柄艾纳香分布在哪些地区」: a sibling entry's list is another plant's);
- a count asked (「哪三件事」「8个县区分别是哪些」) is its number of items, and a noun its list
  closes on (「…等功能」「…三个档次」) is one the question says;
- no lead-in of a list on lines (「…包括：」) ranks above it, and the best is no such lead-in or
  item, nor a prose clause cut at ；: the quoting brings that whole list or sentence.

Items are counted, not words: in one clause, things joined by 、 (the last joined by 和, 及, 以及,
与 or 或 counts too: 「A、B和C」 is three; a heading's 一、 is none), ordinals of one family in a row
(一是…二是…, （一）…（二）…, 第一，…第二，…), or the clauses after a colon that opens a list
(「禁止下列行为：A，B，C」「包括：A，B」); a 、 counts between two characters only, not numerals
(「2022年、2023年」 are years, 「农历三、六、九日」 days) for the sentence to move. A bare pair 「A和B」 counts as two for the best (read
generously) and none for the sentence to move: 「由县委和县政府…」 lists nothing asked.
"""

from __future__ import annotations

import re

from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.name_only import SHORT_TITLE
from knowledge.documents.articles import is_item
from knowledge.text.normalise import normalise
from knowledge.text.numbers import numeral
from knowledge.text.tokens import question_tokens

RATIO = 0.55  # a candidate below this share of the best's score is another matter
FEW = 2  # a best naming more items than this is a list itself, left alone
GAP = 0.01  # the enumerating sentence's place just above the best
_CLAUSE = re.compile(r"[，,。；;：:！？!?]")
_TITLE = re.compile(r"《[^》]*》|“[^”]*”|\"[^\"]*\"")
_LAST_JOIN = re.compile(r"、[^、]*?(?:以及|和|及|与|或)[^、]")
_ORDINALS = (
    re.compile(r"([一二三四五六七八九十])是"),
    re.compile(r"[（(]([一二三四五六七八九十])[）)]"),
    re.compile(r"第([一二三四五六七八九十])[，,、]"),
    re.compile(r"其([一二三四五六七八九十])[，,、]"),
)
_CN = "一二三四五六七八九十"

# a bare pair 「A和B」, read for the best only
_PAIR = re.compile(r"[\u4e00-\u9fff]{2}(?:和|及|以及|与|或)[\u4e00-\u9fff]{2}")

# the list cue, and what it asks for stands after it
_CUE = re.compile(r"哪些|哪几|哪[两二三四五六七八九十]|有什么|包括(?:什么|哪)")

_LABEL = re.compile(r"^[一二三四五六七八九十百\d]+、")
# a count asked (「8个县区分别是哪些」「哪三项」): the list told has that many items
_COUNT_ASKED = re.compile(
    r"哪([两二三四五六七八九十])|([\d一二三四五六七八九十两]+)(?:个|项|类|种|家|所|条|件|位|名|处)"
    r"[^，,。；;？?]{0,12}?(?:哪些|哪几)"
)
_HAN2 = re.compile(r"[\u4e00-\u9fff]{2,}")
_NUM = "〇一二三四五六七八九十百千万两"
_BETWEEN = re.compile(rf"(?<=[^\W\d_{_NUM}])、(?=[^\W\d_{_NUM}])")
# the noun a list closes on names what it lists: 「…等功能」「…四个领域」「…三个档次」
_CLOSING = re.compile(
    r"等([\u4e00-\u9fff]{2})|[一二三四五六七八九十两]+(?:个|类|种|项|处|家|所|条|件|方面)"
    r"([\u4e00-\u9fff]{2})"
)
# a colon opening a list: 下列/以下/如下 before it, or 包括/包含/分别是/有 right before it
_OPENS = re.compile(r"(?:下列|以下|如下)[^，。；：]{0,12}[：:]|(?:包括|包含|分别是|分别为)[：:]")


def _joined(clause: str, loose: bool = False) -> int:
    clause = _LABEL.sub("", clause.strip())  # a heading's 一、 or 1、 is no item
    # strictly, a 、 between two characters: 「2022年、2023年」 are years, not items
    n = clause.count("、") if loose else len(_BETWEEN.findall(clause))
    if not n:
        return 0
    return n + 1 + (1 if _LAST_JOIN.search(clause[clause.rfind("、") :]) else 0)


def _ordinals(text: str) -> int:
    best = 0
    for pattern in _ORDINALS:
        found = [_CN.index(m) + 1 for m in pattern.findall(text)]
        run = 0
        for k in found:  # one family counted from the first in a row: 一, 二, 三 …
            if k == run + 1:
                run = k
        best = max(best, run if run >= 2 else 0)
    return best


def _after_colon(text: str) -> int:
    m = _OPENS.search(text)
    if not m:
        return 0
    rest = text[m.end() :].split("。")[0]
    parts = [p for p in re.split(r"[，,；;]", rest) if len(p.strip()) >= 2]
    return len(parts) if len(parts) >= 2 else 0


def items(text: str, pairs: bool = False) -> int:
    """The most items one shape of the sentence enumerates (0: no list); with `pairs`, a bare
    pair 「A和B」 counts as two (the best sentence is read generously, the one to move strictly)."""
    t = _TITLE.sub("X", normalise(text))
    joined = max((_joined(c, pairs) for c in _CLAUSE.split(t)), default=0)
    pair = 2 if pairs and _PAIR.search(t) else 0
    return max(joined, _ordinals(t), _after_colon(t), pair)


def _words(question: str) -> tuple[set[str], str]:
    """The question's content words (two characters or more) and the word the list cue asks
    for (材料 of 「要交哪些材料」: the items stand for it, the enumerating sentence need not say it)."""
    words = {w for w in question_tokens(question) if _HAN2.fullmatch(w)}
    m = _CUE.search(normalise(question))
    after = question_tokens(normalise(question)[m.end() :]) if m else []
    nouns = [w for w in after if _HAN2.fullmatch(w)]  # past a measure word: 哪几个园区 → 园区
    return words, (nouns[0] if nouns else "")


def of_other(question: str, text: str) -> bool:
    """Whether a list of the sentence closes on a noun the question does not say: 「培训补贴分初级、
    中级、高级三个档次」 lists 档次, not the 申请材料 asked."""
    q = normalise(question)
    for clause in _CLAUSE.split(_TITLE.sub("X", normalise(text))):
        if "、" in clause:
            m = _CLOSING.search(clause[clause.rfind("、") :])
            noun = m and (m.group(1) or m.group(2))
            if noun and noun not in q:
                return True
    return False


def another_entry(question: str, best: Candidate, other: Candidate) -> bool:
    """Whether `other` stands in another document while the best's is the entry of the subject
    the question names whole (its short title: 「长柄艾纳香分布在哪些地区」): a sibling entry's
    list is another subject's."""
    title = normalise(best.hit.chunk.title).strip()
    named = 0 < len(title) <= SHORT_TITLE and title in normalise(question)
    return named and other.hit.chunk.doc_id != best.hit.chunk.doc_id


def count_asked(question: str) -> int | None:
    """The number of things the question asks for by count (哪三项 → 3, 8个县区分别是哪些 → 8)."""
    m = _COUNT_ASKED.search(normalise(question))
    if not m:
        return None
    word = m.group(1) or m.group(2)
    return 2 if word == "两" else numeral(word)


def about_as(question: str, best: Candidate, other: Candidate) -> bool:
    """Whether `other` speaks of the thing asked as the best does: it holds the content words of
    the question the best holds, the word asked for aside — but one in three, a word the best
    holds in passing (用来 of 「用来弥补…」) —, and one at least."""
    words, noun = _words(question)
    said, told = normalise(best.text), normalise(other.text)
    need = {w for w in words if w != noun and w in said}
    missed = sum(w not in told for w in need)
    return missed <= len(need) // 3 and any(w in told for w in words)


def _opens_lines(best: Candidate) -> bool:
    """A lead-in whose items follow on lines (「…包括：」), an item of such a list, or a prose
    clause cut at ； (「特产主要有三样，镇东…出产蜜柚；」): its whole list or sentence is quoted with
    it (list_units, list_items, whole_sentence), so nothing moves over it."""
    t = best.text.strip()
    cut = t.endswith(("；", ";")) and not best.hit.chunk.section  # prose: whole_sentence widens it
    return t.endswith(("：", ":")) or is_item(t) or cut


def lift(question: str, cands: list[Candidate], asked: bool) -> None:
    """For a list asked, move the highest candidate enumerating more items than the best (two
    or more), within RATIO of its score, just above the best, for the quoting only."""
    if not asked or not cands:
        return
    best = max(cands, key=lambda c: c.score)
    if best.score <= 0 or _opens_lines(best):
        return
    told = items(best.text, pairs=True)
    if told > FEW:
        return  # the best enumerates a list of its own
    least = max(told + 1, 2)
    count = count_asked(question)
    more = [
        c
        for c in cands
        if c is not best
        and c.score >= best.score * RATIO
        and items(c.text) >= least
        and (count is None or items(c.text) == count)
        and about_as(question, best, c)
        and not of_other(question, c.text)
        and not another_entry(question, best, c)
    ]
    if not more:
        return
    top = max(more, key=lambda c: c.score)
    if any(c.text.strip().endswith(("：", ":")) for c in cands if c.score > top.score):
        return  # a lead-in of a list on lines ranks above it: the quoting brings that list
    top.lift_for_quoting(best.score - top.score + GAP)
