"""Who or what an entry's subject is — its kin, trade, dynasty, origin, school, present office,
author or name: 「王法慧是谁的女儿」「潘嘉丽的职业是什么」「楚昭辅是哪一朝代的人」「马飚毕业于哪所
大学」「蒋巨峰现在的职务是什么」「《越南亡国史》的作者是谁」 — is told by the entry's lead, its
first sentences: 「王法慧（），太原郡晋阳县…，晋陵郡太守王蕴之女，…」, 「潘嘉丽（…），新加坡人，
新加坡及台湾歌手。」, 「楚昭辅（），字…。北宋开国功臣，著名将领。」, 「现任…」.

The lead writes these as bare appositions and shares little with the question but the name
(`name_only` even puts such a line below the body's sentences), while the body restates the
question's words about other matters (「王蕴的女儿」 in the story of her choice, 「中学毕业后」,
「辞去四川省长职务」). For such a question about the subject an entry names (its short title,
a disambiguation dropped), the lead's first two sentences move up by `attribute_head.HEAD` for
the quoting only (`Candidate.lowered`: the refusal model reads the best sentence as before). A
question naming a time (「1992年4月，…担任什么职务」) asks the body's story, and moves nothing."""

from __future__ import annotations

import re

from knowledge.answering.sentences.attribute_head import HEAD
from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.places import subject
from knowledge.text.normalise import normalise

_KIN = (
    r"(?:女儿|儿子|妻子|丈夫|父亲|母亲|兄长|哥哥|弟弟|姐姐|妹妹|孙子|孙女|后代|后裔|长子|次子|长女)"
)
_ASKS = re.compile(
    r"|".join(
        (
            rf"是谁的{_KIN}",  # 王法慧是谁的女儿
            rf"的{_KIN}(?:是谁|叫什么)",  # 元皇后的儿子叫什么
            r"的(?:职业|身份)(?:是|有)",  # 潘嘉丽的职业是什么
            r"是哪(?:一)?(?:个)?(?:朝代|国|国家|里|地)的?人",  # 楚昭辅是哪一朝代的人
            r"是(?:什么|哪个)朝代的?人|(?:国籍|籍贯)是",
            r"毕业于哪|(?:从)?哪所(?:大学|学校|学院)毕业",  # 马飚毕业于哪所大学
            r"现(?:在|今|任)?的?(?:职务|职位|官职)",  # 蒋巨峰现在的职务是什么
            r"的作者是谁|是(?:由)?谁(?:所)?(?:写|创作|撰写|编写|著)的",  # 《越南亡国史》的作者是谁
            r"^[^，,的]{2,12}(?:叫什么|名叫什么|原名(?:是|叫)什么)",  # 盖卤王叫什么
        )
    )
)
_TIME = re.compile(
    r"\d{2,4}年|[一二三四五六七八九十〇零]{2,4}年|\d{1,2}月|年间|时期|期间|之后|以后|之前|以前"
)
LEAD = 2  # sentences of the entry's opening read as its lead


def asked(question: str) -> bool:
    """Whether the question asks who or what its subject is in a way an entry's lead tells."""
    q = normalise(question)
    return bool(_ASKS.search(q)) and not _TIME.search(q)


def lift(question: str, cands: list[Candidate]) -> None:
    """Move the first LEAD sentences of each entry the question names up by HEAD, for the
    quoting only, when it asks who or what the subject is."""
    if not asked(question):
        return
    q = normalise(question)
    by_doc: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.hit.chunk.start == 0:
            by_doc.setdefault(c.hit.chunk.doc_id, []).append(c)
    for group in by_doc.values():
        name = subject(group[0].hit.chunk.title)
        if not name or name not in q:
            continue
        for c in sorted(group, key=lambda c: c.key[1])[:LEAD]:
            c.lift_for_quoting(HEAD)
