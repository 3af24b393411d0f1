"""Whether two readings of a question agree on its best sentence (closeness.py reads it below the
refusal model's threshold, branch refuse67).

The sentence closest in meaning (e5, the vectors stored at ingest) being the best by shared words
itself says the passage is about the question; what its context lacks is then the question's own
wording (职业学校 for 职业院校, 第一期 for 首期, 坦白说), unless it is a name the question brings —
a code (E23P) outside the passage, or a word neither the documents nor jieba's dictionary know
(丝尾红 of 丝尾红钻鱼): CMRC's out-of-corpus questions about another bus line or another fish —,
or the thing an interrogative asks for (哪些任职资格: a meeting's agenda holds no qualifications;
named before it too, 「…的分支分别是什么」, branch refuse68). Nor when a name the question brings —
a person, place, organisation or work jieba tags as a name and CC-CEDICT does not list as a common
word only (瑞丽, 安宁市, 儿童医院), a name jieba does not know (雫石), a title in 《》 — is not in
the best sentence's document (refuse68): an encyclopedic question about another person, place or
work matches a sentence on its frame words while its subject is what the document never names; a
paraphrase rewords the frame and keeps the names.
"""

from __future__ import annotations

import re

from knowledge.answering.checking.subject import spoken_of
from knowledge.text.crosslingual import common_word
from knowledge.text.normalise import normalise
from knowledge.text.tokens import STOPWORDS, jieba_module, pos_tags, spoken_pieces

# the thing an interrogative asks for, up to the clause's end or a 的 (哪些任职资格, 多少技术工)
_ASKED = re.compile(
    r"(?:哪些|哪几|哪一?[种类个项条位家]|(?<!为)什么|多少|几[个项种类条位名家])([^，。？！?!,的是有]*)"
)
# the thing asked named before 是 and the interrogative (分支 of 「…的分支分别是什么」), from the
# last 的 or the clause's start
_ASKED_BEFORE = re.compile(
    r"([^，。？！?!,的是有]+?)(?:分别|各自|都|到底|究竟)?是(?:什么|哪些|哪几|哪一?[种类个项条位家]|谁|多少)"
)
# jieba's tags of a name: a person, place, organisation, other proper noun (nr, nrfg, ns, nt, nz)
_NAME_TAG = re.compile(r"^n[rstz]")
# a single character's tag when jieba cut a name it does not know: a noun or a morpheme (ng, yg)
_PIECE_TAG = re.compile(r"^(?:n[a-z]*|[a-z]g)$")
_TITLE = re.compile(r"《([^《》]{2,})》")
_CJK1 = re.compile(r"[\u4e00-\u9fff]")
_CJK2 = re.compile(r"[\u4e00-\u9fff]{2,}")
_CODE = re.compile(r"[A-Za-z0-9-]*(?:[A-Za-z][0-9]|[0-9][A-Za-z])[A-Za-z0-9-]*")  # E23P, A22, 5G


def agreed(question: str, ev, words: list[str]) -> bool:
    """The sentence closest in meaning (e5, the vectors stored at ingest) is the best by shared
    words itself (`Evidence.read_agrees`; read only here, below the threshold), and what its
    context lacks is no name the question brings: no code (E23P) outside the passage, no missing
    word that neither the documents nor jieba's dictionary know (丝尾红 of 丝尾红钻鱼; a piece cut
    across spoken words, 想带, is none)."""
    best = max(ev.chosen, key=lambda c: c.score)
    passage = normalise(best.hit.chunk.text)
    if any(code not in passage for code in _CODE.findall(normalise(question))):
        return False
    asked = "".join(
        _ASKED.findall(normalise(question)) + _ASKED_BEFORE.findall(normalise(question))
    )
    if any(w in asked for w in words):  # 哪些任职资格: the thing asked is what the sentence lacks
        return False
    known = getattr(ev.result.index, "df", None) or {}
    jieba = jieba_module()
    if any(
        not known.get(w) and not jieba.dt.FREQ.get(w) and spoken_pieces(w, known) is None
        for w in words
    ):
        return False
    if not names_told(question, ev):
        return False
    read = getattr(ev, "read_agrees", None)
    return bool(read and read())


def names(question: str) -> list[str]:
    """The names a question brings: titles in 《》, the words of two or more Chinese characters
    jieba tags as a person, place, organisation or other proper name (瑞丽, 安宁市, 儿童医院) and
    CC-CEDICT does not list as a common word only (东西, 申报: jieba's tag is often wrong there),
    and a name jieba does not know, cut into single noun characters or morphemes in a row and
    joined again (雫/石 -> 雫石, as `subject.words` joins them)."""
    jieba_module()
    text = normalise(question)
    found = _TITLE.findall(text)
    run = ""
    for p in [*pos_tags(_TITLE.sub(" ", text)), None]:
        if p and len(p.word) == 1 and _PIECE_TAG.match(p.flag) and p.word not in STOPWORDS:
            run += p.word if _CJK1.fullmatch(p.word) else ""
            continue
        if len(run) > 1:
            found.append(run)
        run = ""
        if p and _NAME_TAG.match(p.flag) and _CJK2.fullmatch(p.word) and not common_word(p.word):
            found.append(p.word)
    return list(dict.fromkeys(found))


def names_told(question: str, ev) -> bool:
    """Every name the question brings stands in the best sentence's document (title or text),
    as `subject.spoken_of` reads a word; True when it brings none."""
    brought = names(question)
    if not brought:
        return True
    best = max(ev.chosen, key=lambda c: c.score)
    doc_id = best.hit.chunk.doc_id
    doc = (getattr(ev, "docs", None) or {}).get(doc_id)
    chunks = getattr(ev, "doc_chunks", None)
    parts = [doc.title if doc else "", *(c.text for c in (chunks(doc_id) if chunks else []))]
    text = normalise("\n".join([*parts, best.hit.chunk.text]))
    return all(spoken_of([name], text) for name in brought)
