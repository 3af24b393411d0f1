"""kind_fit.py: a paraphrase answered below the threshold by the kind it asks, its look-alikes not."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering.checking.kind_fit import asking_clause, fits, framed, near
from knowledge.answering.sentences.extractive import Candidate
from tests.answering.checking.fake_evidence import chunk_candidate as _cand


def _evidence(cand: Candidate, confidence: float = 0.1, by_meaning=()) -> SimpleNamespace:
    """The little of `Evidence` that `near` reads: one chosen sentence and the model's confidence."""
    return SimpleNamespace(
        lang="zh",
        chosen=[cand],
        by_meaning=list(by_meaning),
        docs={},
        confidence=confidence,
        result=SimpleNamespace(index=None, tokens=[]),
    )


HOURS = "合作区政务服务中心二楼投资服务窗口，工作日上午9:00—12:00、下午14:30—17:30。"
ASKED_HOURS = "想趁上午跑一趟当面打听飞地的政策，投资服务窗口上午几点开门？"


def test_the_asking_clause_is_the_one_holding_the_interrogative() -> None:
    assert asking_clause(ASKED_HOURS) == "投资服务窗口上午几点开门"
    assert asking_clause("磨憨实验学校首批招了多少学生") == "磨憨实验学校首批招了多少学生"


def test_the_askers_frame_may_be_missing_a_qualifier_of_the_thing_asked_may_not() -> None:
    # outside the asking clause a noun of the frame (政策); in it the verb a time of day asks
    assert framed(ASKED_HOURS, ["一趟", "当面", "打听", "政策", "开门"])
    # a noun qualifying the thing asked, a measure word, an ordinal, a per-unit word
    assert not framed("新拉进来的外资项目要有多少个？", ["外资"])
    assert not framed("今年新修的村道有多少公里？", ["公里"])
    assert not framed("磨憨第一中学是几月开的学？", ["第一"])
    assert not framed("人才公寓一个月平均房租多少？", ["平均"])
    # the act whose length is asked is no frame (公示 of 公示多少天)
    assert not framed("县想退出合作，退出前要先公示多少天？", ["公示"])
    # two nouns of the frame name the subject, not the asker's situation
    assert not framed("这次开的那个领导小组会，一共开了多长时间？", ["领导", "小组会"])


def test_a_paraphrase_is_answered_by_the_kind_it_asks_and_a_look_alike_is_not() -> None:
    hours = _cand("磨憨飞地园区常见问题解答。" + HOURS, HOURS)  # the page's title line before it
    assert fits(ASKED_HOURS, _evidence(hours))
    assert near(ASKED_HOURS, _evidence(hours)) is not None
    assert near(ASKED_HOURS, _evidence(hours, confidence=0.01)) is None  # below the floor
    # nothing of the frame missing: closeness decided it on its subject, not read again here
    assert not fits("投资服务窗口上午几点开门？", _evidence(hours))
    target = "今年我们的目标是新签约飞地项目20个以上，新开工项目15个以上。"
    told = _cand(target, target)
    assert not fits("发布会上定的指标里，新拉进来的外资项目要有多少个？", _evidence(told))
    # a kind of answer the sentence does not carry: no time of day
    assert not fits("办事窗口早上几点开门？", _evidence(told))
