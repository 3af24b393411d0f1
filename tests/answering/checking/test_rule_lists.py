"""rule_lists.py: a rule's list (which acts are forbidden, which cases bar, which conditions apply)
asked in everyday words, held by an article whose 项 follow a 「下列…：」 lead-in."""

from __future__ import annotations

from knowledge.answering.checking import rule_lists
from knowledge.answering.checking.closeness import type_held, uncovered
from knowledge.answering.sentences.extractive import Candidate
from knowledge.schema import Chunk, ScoredChunk

BARRED = (
    "第六条 有下列情形之一的，不得申请补贴：\n"
    "（一）近三年内骗取过补贴的；\n"
    "（二）拖欠租金满六个月的。"
)
CONDITIONS = (
    "第四条 申请补贴的住户应当符合下列条件：\n"
    "（一）持有本市户籍；\n"
    "（二）签订安全承诺书。"
)
NEWS = "记者了解到，申请时需要准备以下材料：身份证、户口本。"


def _cand(text: str, sentence: str, section: str | None = "第六条") -> Candidate:
    chunk = Chunk("c1", "d1", 0, 0, len(text), text, title="溪川市补贴办法", section=section)
    start = text.index(sentence)
    return Candidate(ScoredChunk(chunk, 0.03), 0, (start, start + len(sentence)), sentence)


def test_a_rule_list_asked_in_everyday_words() -> None:
    assert rule_lists.asked("摊主哪些事不许干？") == "prohibition"
    assert rule_lists.asked("在街区摆摊不准做什么？") == "prohibition"
    assert rule_lists.asked("什么情况下会被收回编号牌？") == "condition"
    assert rule_lists.asked("申请要满足什么要求？") == "condition"
    assert rule_lists.asked("补贴标准是多少？") is None


def test_the_lead_in_and_its_items_hold_the_list_asked() -> None:
    lead = _cand(BARRED, "第六条 有下列情形之一的，不得申请补贴：")
    item = _cand(BARRED, "（二）拖欠租金满六个月的。")
    q = "什么情况下不能申请补贴？"
    assert rule_lists.lead_of(lead) == "第六条 有下列情形之一的，不得申请补贴："
    assert rule_lists.lead_of(item) == "第六条 有下列情形之一的，不得申请补贴："
    assert type_held(q, lead) == (1, True)  # asks no kind of answer, yet the list's shape
    assert type_held("哪些人不能申请补贴？", item) == (1, True)
    assert uncovered(q, lead, {}) == []  # 情况 and 不能 only ask the list


def test_a_prohibition_asked_is_not_held_by_a_list_of_conditions() -> None:
    lead = _cand(CONDITIONS, "第四条 申请补贴的住户应当符合下列条件：", "第四条")
    assert not rule_lists.holds("住户不准做什么？", lead)
    assert rule_lists.holds("申请补贴要满足什么要求？", lead)


def test_only_an_article_holds_and_another_party_stays_missing() -> None:
    news = _cand(NEWS, "记者了解到，申请时需要准备以下材料：", section=None)
    assert rule_lists.lead_of(news) is None  # a report's colon is no article's lead-in
    lead = _cand(CONDITIONS, "第四条 申请补贴的住户应当符合下列条件：", "第四条")
    assert "物业公司" in uncovered("物业公司得具备哪些条件？", lead, {})


def test_the_lead_in_moves_up_when_a_rule_list_is_asked() -> None:
    lead = _cand(BARRED, "第六条 有下列情形之一的，不得申请补贴：")
    other = _cand(BARRED, "（一）近三年内骗取过补贴的；")
    rule_lists.prefer("哪些人不能申请补贴？", [lead, other], 0.4)
    assert (lead.score, other.score) == (0.4, 0.0)
    rule_lists.prefer("申请表要写明哪些内容？", [lead], 0.4)  # a plain list: no lift
    assert lead.score == 0.4
