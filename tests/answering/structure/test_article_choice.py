"""Which article answers: the first passages put in order by their fused share, keyword share,
best sentence and heading, not by the fused rank alone; section headings are no answer; an old
version asked for comes first."""

from __future__ import annotations

import pytest

from knowledge.answering.sentences.extractive import candidates
from knowledge.answering.structure import article_choice
from knowledge.schema import Chunk, ScoredChunk
from tests.conftest import ROOT, make_service

CORPUS = ROOT / "eval/policy/corpus"
BANFA = "2026-03-02-feidi-liyi-fenxiang-banfa-xiuding.txt"
XIZE = "2026-03-25-feidi-banfa-shishi-xize.txt"


def hit(i: int, text: str, section: str | None, score: float, lexical: float) -> ScoredChunk:
    chunk = Chunk(f"c{i}", "d", i, 0, len(text), text, "办法", "b.txt", section)
    return ScoredChunk(chunk, score, 0.9, lexical)


def test_a_tie_in_fused_rank_goes_to_the_passage_that_holds_the_question() -> None:
    other = hit(
        0, "第五条　共建协议内容发生变更的，应当办理备案变更。", "第二章 共建 › 第五条", 0.0325, 2.0
    )
    right = hit(
        1,
        "第六条　联合管理委员会每季度至少召开一次全体会议。",
        "第二章 共建 › 第六条",
        0.0325,
        9.0,
    )
    ranked = article_choice.rerank("联合管理委员会多久召开一次全体会议？", [other, right])
    assert [h.chunk.chunk_id for h in ranked] == ["c1", "c0"]


def test_the_heading_counts_with_the_body_and_passages_past_the_first_ten_stay() -> None:
    body = "第十二条　每年开展一次，结果分为四个等次。"
    plain = hit(0, body, "第二章 共建 › 第十二条", 0.0325, 3.0)
    headed = hit(1, body, "第四章 监督考核 › 第十二条", 0.0325, 3.0)
    rest = [hit(i, "其他内容。", None, 0.01, 0.1) for i in range(2, 14)]
    ranked = article_choice.rerank("监督考核分几个等次？", [plain, headed, *rest])
    assert [h.chunk.chunk_id for h in ranked[:2]] == ["c1", "c0"]
    assert ranked[10:] == rest[8:]


def test_an_asked_old_version_comes_first() -> None:
    new = hit(0, "第十条　按照四比六的比例分享。", "第十条", 0.033, 5.0)
    old = ScoredChunk(
        Chunk("o1", "old", 1, 0, 14, "第十条　按照五比五的比例分享。", "办法", "o.txt", "第十条"),
        0.030,
        0.9,
        4.0,
    )
    ranked = article_choice.rerank("旧版办法按什么比例分享？", [new, old], asked=frozenset({"old"}))
    assert ranked[0].chunk.doc_id == "old"


def test_the_document_the_question_names_comes_before_one_restating_it() -> None:
    """The 细则 quoting 「《办法》第十条规定的土地出让收入」 holds the question's words as well as
    the 办法's 第十条; the question names the 办法, so its article comes first."""
    text = "第七条　《办法》第十条规定的土地出让收入，按照出让价款缴入国库的时间确定所属年度。"
    xize = ScoredChunk(Chunk("x1", "xize", 1, 0, len(text), text, "细则", "x.txt", "第七条"),
                       0.033, 0.9, 6.0)  # fmt: skip
    banfa = hit(0, "第十条　土地出让收入按照五比五的比例与飞出地分享。", "第十条", 0.031, 4.0)
    q = "利益分享办法规定的土地出让收入分享比例是多少？"
    assert article_choice.rerank(q, [xize, banfa])[0].chunk.doc_id == "xize"
    ranked = article_choice.rerank(q, [xize, banfa], named=frozenset({"d"}))
    assert ranked[0].chunk.doc_id == "d"


def test_section_headings_are_no_answer_sentences() -> None:
    text = "第二章　共建协议备案\n\n第三条　合作双方应当在二十个工作日内提交备案申请。"
    cands = candidates([hit(0, text, "第二章 共建协议备案 › 第三条", 0.03, 1.0)])
    kept = [c.text for c in article_choice.not_headings(cands)]
    assert kept == ["第三条　合作双方应当在二十个工作日内提交备案申请。"]
    assert article_choice.heading("第三章 利益分享机制 › 第十条 › 第二款") == "利益分享机制"
    assert article_choice.heading("附件2 收益分配测算表") == "收益分配测算表"


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    # no refusal threshold: which article is cited is the point here, not whether to answer
    service = make_service(tmp_path_factory.mktemp("articles"), answer={"refusal_threshold": 0.0})
    results = service.ingest_paths([CORPUS / BANFA, CORPUS / XIZE])
    assert [r.status for r in results] == ["added", "added"]
    return service


def test_the_article_that_holds_it_answers_not_the_one_that_shares_its_words(svc) -> None:
    # 「前五年」 is the 办法's 第七条 wording; the rule on a short first year is the 细则's
    ans = svc.ask("设立当年只有四个月的园区，这一年算进前五年吗？")
    assert not ans.abstained and "不足六个月" in ans.answer
    assert any(c.source == XIZE and c.label().endswith("第五条第三款") for c in ans.citations)


def test_a_lead_in_is_quoted_with_its_items(svc) -> None:
    ans = svc.ask("哪些收入不能计入税收分享基数？")
    assert "不计入分享基数：" in ans.answer
    for item in ("滞纳金", "登记注册的企业", "返还收入"):
        assert item in ans.answer


def test_the_document_type_asked_is_the_last_one_named(svc) -> None:
    # 「办法实施细则」 names a 细则; the 办法 has a 第五条 too
    ans = svc.ask("利益分享管理办法实施细则第五条讲了什么？")
    assert ans.answer.startswith("《青禾市飞地园区利益分享管理办法实施细则》第五条")
    assert {c.source for c in ans.citations} == {XIZE}


def test_an_attachment_title_and_its_entry_in_the_list_of_attachments_are_no_answer() -> None:
    listing = hit(0, "附件：1．项目申报表\n      2．年度考核评分表", None, 0.03, 1.0)
    annex = hit(
        1,
        "附件2\n\n年度考核评分表\n\n一、评分等次：九十分以上为优秀。",
        "附件2 年度考核评分表",
        0.03,
        1.0,
    )
    kept = [c.text for c in article_choice.not_headings(candidates([listing, annex]))]
    assert "一、评分等次：九十分以上为优秀。" in kept and "年度考核评分表" in kept
    assert "附件2" not in kept and not any(t.endswith("．年度考核评分表") for t in kept)
