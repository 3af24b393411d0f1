"""Who or what an entry's subject is — kin, trade, dynasty, origin, school, present office, author,
name —: the entry's lead moves up for the quoting."""

from __future__ import annotations

from knowledge.answering.sentences.attribute_head import HEAD
from knowledge.answering.sentences.leads import asked, lift
from tests.answering.sentences.test_attribute_head import cands as chunk_sentences

TEXT = (
    "王法慧（），太原郡晋阳县人，晋陵郡太守王蕴之女。晋孝武帝司马曜皇后。"
    "后来朝廷走访王蕴的女儿王法慧，推举她应选皇后。王法慧的女儿早夭。"
)

ASKED = (
    "王法慧是谁的女儿？ 元皇后的儿子叫什么？ 潘嘉丽的职业是什么？ 楚昭辅是哪一朝代的人？ "
    "渠成是哪里人？ 马飚毕业于哪所大学？ 蒋巨峰现在的职务是什么？ 《越南亡国史》的作者是谁？ "
    "《千年女王》漫画是谁创作的？ 盖卤王叫什么？ 石田秀一是哪国人？"
)
# a time named asks the body's story; an attribute, a place, an event or a definition asked is
# no question of who or what the subject is
NOT_ASKED = (
    "1992年4月，罗保铭担任什么职务？ 蒋巨峰是何时辞去四川省长职务的？ 蓍的叶子有什么特点？ "
    "美庐别墅在哪里？ 芙蓉洞以什么而著称？ 什么是三角关系？ 首届比赛在哪里举行？ "
    "1984年至1992年，克伦贝格尔担任了哪些职务？"
)


def test_a_question_of_who_or_what_the_subject_is() -> None:
    assert all(asked(q) for q in ASKED.split())
    assert not any(asked(q) for q in NOT_ASKED.split())


def lifted(question: str, title: str = "王法慧") -> dict[str, tuple[float, float]]:
    """The sentences moved by the lead lift: their openings, scores and lowering."""
    cs = chunk_sentences(title, TEXT)
    lift(question, cs)
    return {c.text[:3]: (c.score, c.lowered) for c in cs if c.score != 1.0}


def test_the_lead_moves_up_for_the_quoting_only() -> None:
    # the first two sentences; what the refusal model reads (score + lowered) is unchanged
    both = {"王法慧": (1.0 + HEAD, -HEAD), "晋孝武": (1.0 + HEAD, -HEAD)}
    assert lifted("王法慧是谁的女儿？") == both
    assert lifted("王法慧是谁的女儿？", "王法慧 (东晋)") == both  # a disambiguation dropped


def test_nothing_moves_outside_the_subject_s_entry_or_for_a_time_asked() -> None:
    assert lifted("王法慧是谁的女儿？", "东晋皇后列表") == {}
    assert lifted("王法慧是什么时候被立为皇后的？") == {}
    assert lifted("373年，王法慧担任什么职务？") == {}
