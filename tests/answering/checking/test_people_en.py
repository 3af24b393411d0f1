"""An English count of people asked (residents, pupils, technicians) told by a quoted Chinese
figure in 人/名/人次 whose own noun before the number counts those people (实有人口, 学生, 人才)."""

from __future__ import annotations

from knowledge.answering.checking.people_en import counted_nouns, told

POP = "截至6月底，合作区市场主体达到5302户，实有人口约4.2万人。"
PUPILS = "新建的实验学校9月开学，首批招收学生1260名；"
TALENT = "今年计划培养跨境物流、机电维修等专业技能人才800人。"


def test_the_nouns_a_sentence_counts_people_by() -> None:
    assert counted_nouns(POP) == ["人口"]
    assert counted_nouns(PUPILS) == ["学生"]
    assert counted_nouns("1—11月，园区接待游客86.5万人次。") == ["游客"]
    assert counted_nouns("带动当地就业3100余人") == []  # no people noun before the figure
    assert counted_nouns("市场主体达到5302户") == []  # not counted in people


def test_people_told_by_the_noun_before_their_figure() -> None:
    q = "How many residents did the zone have at the end of June 2025?"
    assert told("residents", [], q, POP, "", {})
    assert told("inhabitants", [], "How many inhabitants lived there?", POP, "", {})
    assert told("pupils", [], "How many pupils did the school take in?", PUPILS, "", {})
    # a two-word name read whole; a plan asked is told by the plan
    q = "How many skilled workers will the classes train this year?"
    assert told("workers", ["skilled"], q, TALENT, "", {})
    # other people, or a word before the head the sentence does not hold, are not told
    assert not told("teachers", [], "How many teachers does the school have?", PUPILS, "", {})
    assert not told("residents", ["lao"], "How many Lao residents lived there?", POP, "", {})


def test_a_planned_count_is_no_count_of_a_deed_done() -> None:
    q = "How many technicians did the order classes train last year?"
    assert not told("technicians", [], q, TALENT, "", {})
    q = "How many technicians does the zone aim to train this year?"
    assert told("technicians", [], q, TALENT, "", {})


def test_a_count_of_one_batch_is_no_count_of_another() -> None:
    q = "How many pupils did the school take in for its second intake?"
    assert not told("pupils", [], q, PUPILS, "", {})
    assert told("pupils", [], "How many pupils were in the school's first intake?", PUPILS, "", {})
    # the first half of a year is no batch
    q = "How many tourists did the park receive in the first half of 2025?"
    assert told("tourists", [], q, "上半年，园区接待游客40万人次。", "", {})
