"""A death, a name's origin or a colour asked of an entry's subject: the sentences telling it in
the entry's own stock words move up for the quoting."""

from __future__ import annotations

from knowledge.answering.sentences.attribute_head import HEAD
from knowledge.answering.sentences.life_names import asked, lift
from tests.answering.sentences.test_attribute_head import cands as chunk_sentences

TEXT = (
    "潘仕成出生于清嘉庆九年。潘仕成逝世以后，家道中落。清同治十二年，卒。"
    "因镇北多白色卵石，故名白石。潘仕成的名字见于县志。心知必死，仍不肯降。"
)

DEATH = "潘仕成逝世的时间是？ 鬼室福信是怎么死的？ 蔡敏的死因是什么？ 刘七是怎么死的？ 辅助康忠的近清什么时候去世的？"
NAME = "百老汇剧院是因何得名的？ 四加亭名字的由来是什么？ 盾柱木的名字是怎样得来的？ 耶利米为什么被称作「流泪的先知」？"
COLOUR = "蓝线裸顶鲷的身体是什么颜色的？ 龙胆在秋季开什么颜色的花？"
# a death or a name standing as a subject of its own asks none of them
NOT_ASKED = "札尼别的去世导致了什么后果？ 香港羽毛球公开赛的官方名称是什么？ 蓍的叶子有什么特点？ 美庐别墅在哪里？"


def test_what_is_asked() -> None:
    kinds = [{asked(q) for q in group.split()} for group in (DEATH, NAME, COLOUR)]
    assert all(len(k) == 1 and None not in k for k in kinds)
    assert len(set.union(*kinds)) == 3  # three different tellings
    assert not any(asked(q) for q in NOT_ASKED.split())


def lifted(question: str, title: str = "潘仕成") -> dict[str, tuple[float, float]]:
    """The sentences moved: their openings, scores and lowering."""
    cs = chunk_sentences(title, TEXT)
    lift(question, cs)
    return {c.text[:3]: (c.score, c.lowered) for c in cs if c.score != 1.0}


def test_the_telling_sentence_moves_up_for_the_quoting_only() -> None:
    up = (1.0 + HEAD, -HEAD)  # what the refusal model reads (score + lowered) is unchanged
    # 「卒」 tells the death; 「逝世以后」 restates the question's word, 「心知必死」 tells none
    assert lifted("潘仕成逝世的时间是？") == {"清同治": up}
    assert lifted("潘仕成名字的由来是什么？") == {"因镇北": up}
    assert lifted("潘仕成逝世的时间是？", "潘仕成 (清朝)") == {"清同治": up}


def test_nothing_moves_outside_the_subject_s_entry() -> None:
    assert lifted("潘仕成逝世的时间是？", "广州富商列表") == {}
    assert lifted("潘仕成有什么著作？") == {}
