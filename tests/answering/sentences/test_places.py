"""A place asked of an article's subject, or of a part of it: the sentence placing it moves up for
the quoting."""

from __future__ import annotations

from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.places import (
    HEAD,
    asked,
    lift,
    part_of,
    places_part,
    places_self,
    subject,
)
from tests.answering.sentences.test_attribute_head import cands as chunk_sentences

TEXT = (
    "石门古堡是一座始建于十四世纪的石砌城堡。石门古堡在明代曾三次扩建。"
    "古堡坐落于青川县城以北的一座孤立山丘上。古堡唯一的水井位于主楼地下室的东端。"
)


def cands(title: str = "石门古堡") -> list[Candidate]:
    return chunk_sentences(title, TEXT)


# the words naming what the place is asked of, and the questions asking it
ASKED = [
    ("美庐别墅", ["美庐别墅在哪里？"]),
    ("瓦士本市的地理位置", ["瓦士本市的地理位置在哪儿？"]),
    ("欧洲越橘", ["欧洲越橘分布在哪些地区？", "哪些地方欧洲越橘较多？"]),
    ("假苹婆", ["在中国，假苹婆主要分布在哪些地方？"]),
    ("黄蝉", ["哪些地方种植黄蝉？"]),
    ("石门古堡的水井", ["石门古堡的水井在哪儿？"]),
    ("青岚寺", ["青岚寺在什么地方？"]),
]
# an event's or a doing's place, a kind asked, a work: no place of a subject
NO_PLACE = "首届比赛在哪里举行？ 洛拉回到意大利时就开始在哪里工作？ 哪些类型的项目不能进入飞地园区？ 蒋家旻在哪部电影中首度担当女主角？"


def test_the_place_asked() -> None:
    assert all(asked(q) == words for words, qs in ASKED for q in qs)
    assert not any(asked(q) for q in NO_PLACE.split())


def test_the_subject_and_the_part_asked() -> None:
    assert subject("瓦士本市 (威斯康辛州)") == "瓦士本市"
    assert subject("关于进一步做好农贸市场提升改造工作的实施意见") == ""  # a headline
    assert part_of("瓦士本市的地理位置", "瓦士本市") == ""
    assert part_of("美庐别墅", "美庐别墅") == ""
    assert part_of("石门古堡的水井", "石门古堡") == "水井"
    assert part_of("石门古堡的水井", "青岚寺") is None


# (subject, sentence, whether it places the subject): the subject's name with 在 but no placing,
# a part placed, a height, a place far into the sentence do not
PLACING = [
    ("美庐别墅", "美庐别墅位于中国江西省庐山牯岭东谷河西路180号。", True),
    ("瓦士本市", "它位于威斯康辛州的北部，苏必利尔湖畔。", True),
    ("欧洲越橘", "主要分布于欧洲、北美（美国和加拿大）和亚洲北部。", True),
    ("假苹婆", "在中国境内，分布于广东、广西、贵州。", True),
    ("黑水蛙", "该物种仅见于四川西部的大渡河上游及其支流。", True),
    ("美庐别墅", "美庐别墅始建于1903年，由英国人在脂红路12号地皮建造。", False),
    ("卡伦堡", "卡伦堡的老市政厅建于1583年，坐落在集市广场的西侧。", False),
    ("狭叶艾纳香", "生长于海拔900米至1,900米的地区。", False),
    ("黄蝉", "台湾以及中国大陆的广西、福建、广东、北京等地皆有人工引种栽培。", False),
]


def test_a_sentence_placing_the_subject_or_a_part() -> None:
    assert [places_self(text, name) for name, text, _ in PLACING] == [p for *_, p in PLACING]
    assert places_part("藏书楼设在西北角的内城墙之后。", "书楼")
    assert not places_part("石门古堡在明代曾三次扩建。", "水井")


def lifted(question: str, title: str = "石门古堡") -> dict[str, tuple[float, float]]:
    """The sentences moved by the question's place lift: their openings, scores and lowering."""
    cs = cands(title)
    lift(question, cs)
    return {c.text[:4]: (c.score, c.lowered) for c in cs if c.score != 1.0}


def test_the_place_moves_up_for_the_quoting_only() -> None:
    # the castle placed at its opening; not the well, a part placed: what the refusal model
    # reads (score + lowered) is unchanged
    assert lifted("石门古堡在哪里？") == {"古堡坐落": (1.0 + HEAD, -HEAD)}
    assert lifted("石门古堡的水井在哪儿？") == {"古堡唯一": (1.0 + HEAD, -HEAD)}


def test_nothing_moves_outside_the_subject_s_article() -> None:
    assert lifted("石门古堡在哪里？", "青川县志") == {}
    assert lifted("石门古堡是什么时候扩建的？") == {}
