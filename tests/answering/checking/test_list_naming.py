"""A list asked is quoted from the article holding its 项: the lead-in a 解读's or 细则's sentence
names (by 第N条 or by its count) moves just above that sentence, for the quoting only."""

from __future__ import annotations

from knowledge.answering.checking.list_naming import GAP, lift, named
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import Chunk, ScoredChunk

ARTICLE = (
    "第九条　有下列情形之一的，不予受理：\n（一）申请材料不齐全且逾期未补正的；\n"
    "（二）同一单元已经享受过补助的；\n（三）项目所在住宅已列入征收范围的。"
)
OTHER = "第七条　申请人应当向街道办事处提交下列材料：\n（一）补助申请表；\n（二）业主同意书。"


def _cand(doc: str, text: str, section: str | None, score: float, line: str = "") -> Candidate:
    h = ScoredChunk(Chunk(f"{doc}:0", doc, 0, 0, len(text), text, doc, doc, section), 0.5)
    s = text.index(line or text)
    return Candidate(h, 0, (s, s + len(line or text)), line or text, score=score)


def cands(namer: str, namer_score: float = 1.2) -> list[Candidate]:
    return [
        _cand("xize", namer, "第三条", namer_score),
        _cand("banfa", ARTICLE, "第三章 申请和审核 › 第九条", 0.9, ARTICLE.splitlines()[0]),
        _cand("banfa", OTHER, "第三章 申请和审核 › 第七条", 0.5, OTHER.splitlines()[0]),
    ]


def test_what_a_sentence_names() -> None:
    assert named("对存在《办法》第九条所列不予受理情形的，应当书面告知")[0][:2] == ("article", 9)
    assert named("办法同时列明了不予受理的三种情形，申请前请自查")[0][:2] == ("count", 3)
    assert named("办法第四条规定了必须同时满足的四项条件")[0][:2] == ("article", 4)
    assert named("街道办事处应当当场出具受理回执") == []


def test_the_article_a_sentence_points_at_moves_above_it() -> None:
    cs = cands("第三条　对存在《办法》第九条所列不予受理情形的，街道办事处应当书面告知申请人。")
    lift("哪些情形不予受理？", cs, True)
    lead = cs[1]
    assert lead.score == 1.2 + GAP and lead.score + lead.lowered == 0.9  # the refusal reads 0.9
    assert cs[2].score == 0.5  # the other article's list is not named: not moved


def test_a_list_named_by_its_count_and_its_noun() -> None:
    cs = cands("办法同时列明了不予受理的三种情形，申请前请对照自查。")
    lift("什么情形下不予受理？", cs, True)
    assert cs[1].score > cs[0].score
    cs = cands("办法同时列明了不予受理的两种情形，申请前请对照自查。")  # not its 项 count
    lift("什么情形下不予受理？", cs, True)
    assert cs[1].score == 0.9


def test_only_for_a_list_asked_of_words_the_lead_in_holds() -> None:
    namer = "第三条　对存在《办法》第九条所列不予受理情形的，街道办事处应当书面告知申请人。"
    cs = cands(namer)
    lift("街道办事处多久告知申请人？", cs, False)  # no list asked
    assert cs[1].score == 0.9
    cs = cands(namer)
    lift("哪些单位负责审核？", cs, True)  # the lead-in shares no word with the question
    assert cs[1].score == 0.9


def test_what_of_the_noun_a_lead_in_lists() -> None:
    cs = cands("第二条　申请人提交《办法》第七条规定的申请材料后，街道办事处应当出具回执。")
    lift("向街道办事处申请要提交什么材料？", cs, False)  # 什么材料: 「提交下列材料：」
    assert cs[2].score == 1.2 + GAP
    assert cs[1].score == 0.9
