"""A term asked to be defined: the sentence opening on it and defining it moves up for the
quoting."""

from __future__ import annotations

from knowledge.answering.sentences.definitions import HEAD, defines, lift, term
from knowledge.answering.sentences.extractive import Candidate
from tests.answering.sentences.test_attribute_head import cands as chunk_sentences

TEXT = (
    "月球就是潮汐锁定最常见的例子。但是潮汐锁定并不只发生在卫星身上。"
    "潮汐锁定（tidal locking），又称同步自转，指天体的自转周期与公转周期相等的现象。"
)


def cands() -> list[Candidate]:
    return chunk_sentences("潮汐锁定", TEXT)


TERMS = {
    "什么是潮汐锁定？": "潮汐锁定",
    "何谓试算平衡？": "试算平衡",
    "翼尖小翼是什么？": "翼尖小翼",
    "冰斗湖指的是什么？": "冰斗湖",
    "西班牙语言的定义是什么？": "西班牙语言",
    "“一轴”指的是什么？": "一轴",
    # an attribute of X asked, not a definition; a question word inside is no term
    "乙酰胺的分子式是什么？": "",
    "哪个湖是什么时候形成的？": "",
    "潮汐锁定是怎么形成的？": "",
}


def test_the_term_asked_to_be_defined() -> None:
    assert {q: term(q) for q in TERMS} == TERMS


DEFINING = [
    ("乙酰胺", "乙酰胺是由乙酸衍生出的酰胺，分子式为CHCONH。"),
    ("暴发户", "暴发户（），也称为新贵（，），指一个人在短时间内就取得了可观的财富。"),
    ("翼尖小翼", "翼尖小翼（winglet），又称作翼梢小翼，通常用于提高机翼的效率。"),
    ("西班牙语言", "<br>西班牙语言（lenguas de España）指的在西班牙使用的语言。"),
    ("约化群", "在数学中，约化群是幂单根为平凡群的代数群。"),
    ("周缘嵌合体", "所谓周缘嵌合体，就是茎尖的某一整层细胞与其余各层不同的植株。"),
    ("乌金拓", "乌金拓乃拓印手法中着墨最重的一种。"),
]
# the term restated in passing, as a part of a longer word, or not as the subject
PASSING = [
    ("三角关系", "但是三角关系会对伴侣造成不小的背叛。"),
    ("三角关系", "三角关系也可发生在同性伴侣之间。"),
    ("骑楼", "骑楼街，即两侧建筑都采用骑楼形式的街道。"),
    ("乙酰胺", "最近在银河系中心检测到了一些有机化合物，乙酰胺即是其一。"),
    ("潮汐锁定", "潮汐锁定为了保持稳定。"),
]


def test_a_sentence_opening_on_the_term_and_defining_it() -> None:
    assert all(defines(text, name) for name, text in DEFINING)
    assert not any(defines(text, name) for name, text in PASSING)


def test_the_definition_moves_up_for_the_quoting_only() -> None:
    cs = cands()
    lift("什么是潮汐锁定？", cs)
    moved = [c for c in cs if c.score != 1.0]
    assert [c.text[:4] for c in moved] == ["潮汐锁定"]
    assert moved[0].score == 1.0 + HEAD and moved[0].lowered == -HEAD
    assert moved[0].score + moved[0].lowered == 1.0  # what the refusal model reads is unchanged


def test_nothing_moves_when_no_definition_is_asked() -> None:
    cs = cands()
    lift("潮汐锁定的自转周期有什么特点？", cs)
    assert all(c.score == 1.0 and c.lowered == 0.0 for c in cs)
