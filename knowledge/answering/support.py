"""How well a sentence and its context support the question: the evidence behind answer/refuse.

A sentence rarely repeats everything the question says: the year sits in the document's date,
the subject in the section heading or the sentence before. So the question's terms are looked
for in the sentence's context too — its neighbouring sentences, chunk title and section, and
its document's title and date — and what is still missing is what the refusal model weighs.
"""

from __future__ import annotations

import math
import re

from knowledge.retrieval.bm25 import term_weights
from knowledge.retrieval.hybrid import SearchResult
from knowledge.schema import DocumentInfo
from knowledge.text.dates import parse_date
from knowledge.text.normalise import normalise
from knowledge.text.sentences import split_sentences

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def doc_date(doc: DocumentInfo | None) -> str | None:
    """A document's own date (ISO): published for news, issued for a 公文, else the first date
    written in its published field."""
    if doc is None:
        return None
    written = doc.published or ""
    iso = written[:10] if _ISO.match(written) else None
    return doc.published_on or doc.issued_on or parse_date(written) or iso or doc.effective_on


def zh_date(iso: str | None) -> str:
    """2024-10-15 -> 2024年10月15日 (how the question would write it); '' for None."""
    if not iso or len(iso) < 10 or not iso[:4].isdigit():
        return ""
    return f"{int(iso[:4])}年{int(iso[5:7])}月{int(iso[8:10])}日"


def neighbours(text: str, span: tuple[int, int]) -> tuple[str, str]:
    """The sentences just before and after `span` inside `text` ('' at either end)."""
    spans = split_sentences(text)
    before = [s for s in spans if s[1] <= span[0]]
    after = [s for s in spans if s[0] >= span[1]]
    prev = text[before[-1][0] : before[-1][1]] if before else ""
    nxt = text[after[0][0] : after[0][1]] if after else ""
    return prev, nxt


def context_of(cand, docs: dict[str, DocumentInfo], following: bool = True) -> str:
    """What stands around a candidate sentence: its neighbours, chunk title and section, and
    its document's title and date (normalised, one string). `following=False`: only what
    stands before it and above it (no next sentence, no date)."""
    chunk = cand.hit.chunk
    doc = docs.get(chunk.doc_id)
    prev, nxt = neighbours(chunk.text, cand.local)
    date = zh_date(doc_date(doc)) if following else ""
    title = doc.title if doc else ""
    parts = [prev, nxt if following else "", chunk.title, chunk.section or "", title, date]
    return normalise("\n".join(parts))


def features(result: SearchResult, cand, docs: dict[str, DocumentInfo]) -> dict[str, float]:
    """`ctx`: the share of the question's term weight that the sentence or its context holds;
    `gap`: the share held by terms the corpus knows but the sentence and its context lack
    (the sign of a question about something next to what the documents say)."""
    weights = term_weights(result.tokens, result.index)
    total = sum(weights.values())
    if not total:
        return {"ctx": 0.0, "gap": 0.0}
    sentence = normalise(cand.text)
    around = context_of(cand, docs)
    held = missing = 0.0
    for t, w in weights.items():
        if t in sentence or t in around:
            held += w
        elif result.index.df.get(t, 0) > 0 or t in result.scanned:
            missing += w
    return {"ctx": held / total, "gap": missing / total}


def _asked(question: str) -> list[tuple[str, re.Pattern | None]]:
    """The kinds of answer the question asks for, each with the pattern a sentence carrying one
    matches (None: a person, told by names_person)."""
    from knowledge.answering.checks import HAS, asked_types
    from knowledge.answering.extractive import question_cues

    kinds = {c.name: c.has for c in question_cues(question) if c.name not in ("source", "author")}
    for kind in asked_types(question) - ({"date"} if "time" in kinds else set()):
        kinds.setdefault(kind, None if kind == "person" else HAS[kind])
    if "share" in kinds:
        kinds.pop("number", None)
    if "number" in kinds and _MONEY_ASKED.search(normalise(question)):
        kinds["number"] = _MONEY  # 多少钱 is answered by a sum, not by a share or a count
    return list(kinds.items())


_MONEY_ASKED = re.compile(
    r"多少钱|多少资金|多少经费|(?<!占)(?:罚款|罚金|费用|租金|价格|价钱|工资|收入|地价|售价|房价)"
    r"(?:标准)?(?:是|为|要|有|大概|大约|一共|总共)*多少"
)
_MONEY = re.compile(r"[\d一二两三四五六七八九十百千万亿]\s*[万亿千百]?(?:美|港|澳)?元|块钱")


def type_held(question: str, cand, docs: dict[str, DocumentInfo]) -> tuple[int, bool]:
    """How many kinds of answer the question asks for (a number for 多少, a date for 哪天, a
    person, a list for 哪些, a reason for 为什么), and whether the sentence carries every one (a
    reason or a date may stand in the sentence before or after it)."""
    from knowledge.answering.checks import names_person

    kinds = _asked(question)
    text = normalise(cand.text)
    prev, nxt = neighbours(cand.hit.chunk.text, cand.local)
    near = normalise(prev + "\n" + nxt)
    held = True
    for kind, rx in kinds:
        if rx is None:
            ok = names_person(text, normalise(question))
        elif kind in ("why", "time", "date"):
            ok = bool(rx.search(text) or rx.search(near))
        else:
            ok = bool(rx.search(text))
        held = held and ok
    return len(kinds), held and bool(kinds)


def uncovered(question: str, cand, docs: dict[str, DocumentInfo], half: str = "near") -> list[str]:
    """The question's content words (two characters or more) that neither the sentence nor its
    context holds, nor half of their characters (签了 for 签约), nor a word sharing an English
    gloss with them (发愁 for 担心: `crosslingual.glosses`)."""
    from knowledge.text.crosslingual import glosses
    from knowledge.text.tokens import STOPWORDS, jieba_module, question_content

    jieba = jieba_module()
    text = normalise(cand.text) + "\n" + context_of(cand, docs)
    content = _ASKING.sub(" ", question_content(question))
    words = [w for w in jieba.lcut(content) if len(w) > 1]
    words = [w for w in dict.fromkeys(words) if w not in STOPWORDS and _HAN.search(w)]
    near = {"near": _near, "half": _half, "": lambda _w, _t: False}[half]
    missing = [w for w in words if w not in text and not near(w, text)]
    if not missing:
        return []
    said = set().union(*(glosses(w) for w in set(jieba.lcut(text)) if len(w) > 1))
    return [w for w in missing if not (glosses(w) & said)]


_HAN = re.compile(r"[\u4e00-\u9fff]")
# asking words question_content leaves: no passage says them
_ASKING = re.compile(r"多长时间|多少时间|多久|多长|多大|多高|多远|多重|怎么办|怎么算|咋|啥|哪几点")

# a word's general-language IDF (log of jieba's dictionary total over its count) mapped onto
# [FLOOR, 1]: at COMMON or below (主要 6.9) it weighs FLOOR, at RARE and above (货车 12.6, 环评
# 16.1, words the dictionary lacks 17.9) fully, linearly between (为了 8.0: 0.2, 以前 8.8: 0.36)
COMMON, RARE, FLOOR = 7.0, 12.0, 0.1


def general_weight(term: str) -> float:
    """How much `term` says about a subject, judged by its frequency in Chinese at large: an
    everyday word a paraphrase brings (做到, 具体, 还是) weighs little, a subject word (电费,
    收购价, 出让金) fully."""
    from knowledge.text.tokens import jieba_module

    jieba = jieba_module()
    idf = math.log(jieba.dt.total / (jieba.dt.FREQ.get(term, 0) + 1))
    return min(max((idf - COMMON) / (RARE - COMMON), FLOOR), 1.0)


def _half(term: str, text: str) -> bool:
    return 2 * sum(ch in text for ch in term) >= len(term)


def _near(term: str, text: str) -> bool:
    """The text says nearly `term`: one of a two-character word's characters (签了 for 签约),
    two neighbouring ones of a longer word (收购价 is not near 收 ... 价钱)."""
    if len(term) <= 2:
        return any(ch in text for ch in term)
    return any(term[i : i + 2] in text for i in range(len(term) - 1))


def local_features(question: str, cand, docs: dict[str, DocumentInfo]) -> dict[str, float]:
    """`typed`: kinds of answer asked; `type_held`: 1 when the sentence carries all of them;
    `uncovered`: the question's content words its context lacks, synonyms counted."""
    typed, held = type_held(question, cand, docs)
    missing = uncovered(question, cand, docs)
    return {
        "missing_g": sum(map(general_weight, missing)),
        "typed": typed,
        "type_held": float(held),
        "uncovered": len(missing),
        "uncovered_half": len(uncovered(question, cand, docs, half="half")),
        "uncovered_exact": len(uncovered(question, cand, docs, half="")),
    }
