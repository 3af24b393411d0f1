"""Two things an encyclopedia entry tells of its subject in stock words of its own: how or when it
died — 「潘仕成逝世的时间是」「鬼室福信是怎么死的」, told by 「清同治十二年(1873年)，卒。」,
「…，福信被扶余丰所诛，…」 — and how it came by its name — 「百老汇剧院是因何得名的」「四加亭名字
的由来是什么」, told by 「…，故被统称为百老汇剧院。」, 「这个名称的起源可以追溯到…赐名此地。」.

The stock word (卒, 诛, 病逝, 遇害; 得名, 故名, 称为, 命名, 名称的起源) shares nothing with the
question's (逝世, 怎么死, 由来, 因何得名), so by shared characters the sentence telling it loses to
the entry's sentences restating the name. In the entry the question names whole (its short title, a
disambiguation dropped: `places.subject`), a sentence telling a death, or the naming, when that is
what is asked, moves up by `attribute_head.HEAD` for the quoting only (`Candidate.lowered`: the
refusal model reads the best sentence as before). A death or a name standing in the question as a
subject of its own (「札尼别的去世导致了什么后果」「香港羽毛球公开赛的官方名称是什么」) asks neither."""

from __future__ import annotations

import re

from knowledge.answering.sentences.attribute_head import HEAD
from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.places import subject
from knowledge.text.normalise import normalise

_DIE = r"(?:死|去世|逝世|过世|病逝|身亡|遇害|被杀|丧生|离世)"
_WHEN_HOW = r"(?:怎么|怎样|如何|因何|为何|为什么|何时|什么时候|哪一?年|哪天|何年|在哪里?|何地|几岁)"
_ASKS_DEATH = re.compile(
    rf"{_WHEN_HOW}(?:被)?{_DIE}"  # 鬼室福信是怎么死的, 何时去世
    rf"|{_DIE}(?:的)?(?:原因|时间|日期|年份|方式|经过|地点)"  # 潘仕成逝世的时间是
    rf"|死因|{_DIE}(?:于|在)(?:何|哪|什么)"  # 蔡敏的死因, 死于哪一年
)
_ASKS_NAME = re.compile(
    r"(?:因何|怎么|怎样|如何|为何|为什么)(?:而)?得名|得名(?:的)?(?:原因|由来|来历|缘由)"
    r"|名(?:字|称)(?:的)?(?:由来|来历|来源|起源|缘由|出处)"  # 四加亭名字的由来
    r"|名(?:字|称)(?:是)?(?:怎么|怎样|如何)(?:得)?来的"  # 盾柱木的名字是怎样得来的
    r"|(?:为什么|为何|因何)(?:会)?(?:被)?(?:叫|称|命名|取名)"  # 阿若憍陈如为什么被称为阿若
)
# a death told: 卒, 诛, 殁, 薨, 崩 (of a ruler), 去世, 病逝, 遇害, 被杀, 刺杀, 战死, 处死, 自尽 …;
# 「心知必死」 tells none, nor a death as the frame of something else (「去世以后」「逝世前一年」
# 「去世的消息」)
_TELLS_DEATH = re.compile(
    r"(?:[，,。；;、）)\s]卒|^卒|卒于|所诛|被诛|伏诛|殁|薨|驾崩|去世|逝世|过世|病逝|病故|病卒|遇害|遇刺"
    r"|身亡|被杀|被害|杀害|刺杀|暗杀|谋杀|毒杀|处死|处斩|斩首|赐死|缢死|自尽|自杀|自缢|战死|阵亡"
    r"|殉国|殉职|[病饿战]死|死于|死去|而死|享年)(?![后前时的讯]|以[后前]|之[后前])"
)
_TELLS_NAME = re.compile(
    r"得名|故名|故称|命名|取名|赐名|定名|冠名|名称的(?:起源|由来|来历|来源)|名字的(?:起源|由来|来历|来源)"
    r"|名(?:字|称)(?:源于|源自|来自|来源于|出自)|(?:被|而|因而|因此|故被|遂)(?:统)?称(?:为|作|之为)"
    r"|称(?:之)?为|以[^，,。；;]{1,8}为名"
)


_ASKS_COLOUR = re.compile(r"(?:什么|何种|哪种|哪些|何)(?:颜)?色|颜色(?:是|为|有|呈)")
_TELLS_COLOUR = re.compile(r"[红橙黄绿青蓝紫黑白灰褐棕银金粉赤]色|[淡深浅暗鲜艳][^，,。；;]{0,3}色")


def asked(question: str) -> re.Pattern[str] | None:
    """What a sentence must tell to answer the question: a death, a naming, a colour, or None."""
    q = normalise(question)
    if _ASKS_COLOUR.search(q):
        return _TELLS_COLOUR
    if _ASKS_DEATH.search(q):
        return _TELLS_DEATH
    if _ASKS_NAME.search(q):
        return _TELLS_NAME
    return None


def lift(question: str, cands: list[Candidate]) -> None:
    """Move up by HEAD, for the quoting only, the sentences telling what is asked (a death, a
    naming, a colour) in each entry the question names whole, in a word the question does not
    say itself (「逝世以后」 already scores for 「逝世的时间」)."""
    tells = asked(question)
    if tells is None:
        return
    q = normalise(question)
    names: dict[str, bool] = {}
    for c in cands:
        doc = c.hit.chunk.doc_id
        if doc not in names:
            name = subject(c.hit.chunk.title)
            names[doc] = bool(name) and name in q
        if names[doc] and any(m.group() not in q for m in tells.finditer(normalise(c.text))):
            c.lift_for_quoting(HEAD)
