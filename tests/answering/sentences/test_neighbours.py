"""The best sentence brings the neighbour it leans on, on its line: a result its cause before it,
a sentence carried on by the next its continuation; the weakest other sentence gives way."""

from __future__ import annotations

from knowledge.answering.sentences.extractive import Candidate
from knowledge.answering.sentences.neighbours import lend_claims, with_neighbours
from knowledge.schema import Chunk, ScoredChunk

TEXT = (
    "青川园区的厂房租金只有周边园区的一半，水电价格也低两成。因此它被企业称为落脚首选。"
    "园区去年引进企业12家。\n"
    "园区医院开设了儿科和妇产科。具体包括门诊和住院两部分。另有一句。"
)


def cands() -> list[Candidate]:
    h = ScoredChunk(Chunk("d:0", "d", 0, 0, len(TEXT), TEXT, "青川园区"), 0.5)
    out, pos = [], 0
    for part in TEXT.replace("\n", "").split("。")[:-1]:
        s = TEXT.index(part, pos)
        out.append(Candidate(h, 0, (s, s + len(part) + 1), part + "。"))
        pos = s + len(part)
    return out


def pick(cs: list[Candidate], start: str, score: float) -> Candidate:
    c = next(c for c in cs if c.text.startswith(start))
    c.score = score
    return c


def test_a_result_brings_its_cause_and_the_weakest_other_gives_way() -> None:
    cs = cands()
    best, mid, weak = pick(cs, "因此", 1.5), pick(cs, "园区去年", 0.9), pick(cs, "另有", 0.8)
    out = with_neighbours([best, mid, weak], cs, max_sentences=3)
    assert [c.text[:4] for c in out] == ["青川园区", "因此它被", "园区去年"]


def test_a_sentence_carried_on_by_the_next_brings_it() -> None:
    cs = cands()
    best = pick(cs, "园区医院", 1.2)
    out = with_neighbours([best], cs, max_sentences=2)
    assert [c.text[:4] for c in out] == ["园区医院", "具体包括"]


def test_no_neighbour_across_a_line_break_or_without_an_opener() -> None:
    cs = cands()
    last = pick(cs, "园区去年", 1.0)  # the next sentence, 「园区医院…」, is on the next line
    assert with_neighbours([last], cs, 3) == [last]
    first = pick(cs, "青川园区", 1.0)  # 「因此…」 after it leans on it, it does not lean on that
    assert with_neighbours([first], cs, 3) == [first]
    assert with_neighbours([], cs, 3) == []


def test_a_part_of_the_list_before_is_not_brought() -> None:
    """「其中，A计划四季度开工」 after a sentence listing A, B and C tells of A, not of B asked."""
    text = "同步签约3个项目，分别是冷链中心、组装基地和加工厂。其中，冷链中心计划四季度开工。"
    h = ScoredChunk(Chunk("e:0", "e", 0, 0, len(text), text, "签约"), 0.5)
    cut = text.index("其中")
    first = Candidate(h, 0, (0, cut), text[:cut], score=1.0)
    part = Candidate(h, 0, (cut, len(text)), text[cut:], score=0.5)
    assert with_neighbours([first], [first, part], 3) == [first]


CLAIM = (
    "前3年的门票收入景区分七成，高于村集体的三成。之所以这样安排，是因为景区初期要靠运营方引流。\n"
)


def claim_cands() -> list[Candidate]:
    h = ScoredChunk(Chunk("e:0", "e", 0, 0, len(CLAIM), CLAIM, "景区"), 0.5)
    first = CLAIM.index("。") + 1
    a = Candidate(h, 0, (0, first), CLAIM[:first])
    b = Candidate(h, 0, (first, len(CLAIM) - 1), CLAIM[first:-1])
    a.overlap, a.score = 0.4, 0.6
    b.overlap, b.score = 0.1, 0.45
    return [a, b]


def test_a_why_scores_the_explanation_on_the_claim_it_explains() -> None:
    """「之所以这样安排，是因为…」 shares few of the question's words; the claim before it shares
    them, so (for a why asked: reason_first.py calls it) it is scored on the claim's words too."""
    claim, why = claim_cands()
    lend_claims([claim, why])
    assert why.score == 0.45 + (0.4 - 0.1)
    assert claim.score == 0.6
