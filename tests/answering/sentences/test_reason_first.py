"""A why-question's quoted sentences chosen reason first: the sentence telling a purpose or a
lack outranks the claim the question restates, for the quoting only (every score as before
afterwards)."""

from __future__ import annotations

from knowledge.answering.sentences.extractive import Candidate, select
from knowledge.answering.sentences.reason_first import choose
from knowledge.schema import Chunk, ScoredChunk

TEXT = (
    "渡口镇与港务公司签订码头共建协议，合作期限为10年。"
    "渡口镇物流企业多，但缺少出海码头；港务公司有泊位，但本地货源不足。\n"
)


def cands() -> list[Candidate]:
    h = ScoredChunk(Chunk("d:0", "d", 0, 0, len(TEXT), TEXT, "码头"), 0.5)
    cut = TEXT.index("。") + 1
    claim = Candidate(h, 0, (0, cut), TEXT[:cut], score=0.9)
    reason = Candidate(h, 0, (cut, len(TEXT) - 1), TEXT[cut:-1], score=0.6)
    claim.overlap, reason.overlap = 0.7, 0.3
    return [claim, reason]


def test_the_reason_is_quoted_first_and_no_score_moves() -> None:
    claim, reason = cands()
    chosen = choose("渡口镇为什么要和港务公司共建码头？", [claim, reason], lambda cs: select(cs, 1))
    assert chosen == [reason]
    assert (claim.score, reason.score) == (0.9, 0.6)


def test_no_why_asked_chooses_nothing() -> None:
    claim, reason = cands()
    assert choose("码头合作期限是多少年？", [claim, reason], lambda cs: select(cs, 1)) == []
    assert choose("这种花又称之为什么？", [claim, reason], lambda cs: select(cs, 1)) == []
