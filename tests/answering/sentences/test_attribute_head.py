"""In the article of the subject a question names, a sentence or clause opening on the attribute
asked of it moves up for the quoting."""

from __future__ import annotations

from knowledge.answering.sentences.attribute_head import HEAD, asked, lift, opens_on
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import Chunk, ScoredChunk

TEXT = "蓍是菊科蓍属的多年生草本植物，全株有香气和羽毛般的叶片。叶为披针形，有羽状深裂。花为伞房状花序。"


def cands(title: str = "蓍", text: str = TEXT) -> list[Candidate]:
    """The sentences of one chunk of `text`, each scored 1.0 (test_definitions.py reads it too)."""
    h = ScoredChunk(Chunk("d:0", "d", 0, 0, len(text), text, title), 0.5)
    out, pos = [], 0
    for part in text.split("。")[:-1]:
        s = text.index(part, pos)
        out.append(Candidate(h, 0, (s, s + len(part) + 1), part + "。", score=1.0))
        pos = s + len(part)
    return out


def test_the_attribute_asked_of_the_subject() -> None:
    assert asked("蓍的叶子有什么特点？") == "叶"
    assert asked("长柄艾纳香的花期约是多久？") == "花期"
    assert asked("青岩蕨的叶柄大约有多长？") == "叶柄"
    assert asked("魏玩的弟弟是谁？") is None  # a person asked: no attribute a sentence opens on
    assert asked("磨憨沿边产业园签约了多少个项目？") is None


def test_a_sentence_opening_on_it_moves_up_for_the_quoting_only() -> None:
    cs = cands()
    lift("蓍的叶子有什么特点？", cs)
    leaf = next(c for c in cs if c.text.startswith("叶为"))
    assert leaf.score == 1.0 + HEAD and leaf.lowered == -HEAD
    assert leaf.score + leaf.lowered == 1.0  # what the refusal model reads is unchanged
    # the opening line names the leaves in passing, after the subject: not moved
    assert [c.score for c in cs if c is not leaf] == [1.0, 1.0]


def test_only_in_the_article_of_the_subject_named() -> None:
    cs = cands(title="昆明市推进飞地园区建设的若干措施")  # a report's or policy's title
    lift("蓍的叶子有什么特点？", cs)
    assert all(c.score == 1.0 and c.lowered == 0.0 for c in cs)


def test_a_clause_or_a_pronoun_of_the_subject_may_open_on_it() -> None:
    assert opens_on("其叶螺旋状排列。", "叶")
    assert opens_on("本鱼体呈银灰色。", "体")
    assert opens_on("叶簇生，叶柄长约十五厘米，禾秆色。", "叶柄")
    assert not opens_on("成熟的树的叶则呈鳞状。", "叶")


def test_nothing_moves_without_an_attribute_asked() -> None:
    cs = cands()
    lift("蓍是什么植物？", cs)
    assert all(c.score == 1.0 and c.lowered == 0.0 for c in cs)
