"""troubles.py: a worry, difficulty, problem or shortcoming asked, and the sentence telling one."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering.checking import troubles
from knowledge.answering.checking.closeness import type_held, uncovered
from knowledge.answering.sentences.extractive import Candidate
from tests.answering.checking.fake_evidence import chunk_candidate

REPORT = (
    "“过去来青川办厂，最发愁的是批地慢、电价高。”一位厂长说。"
    "分析人士提醒，专业人才短缺和住房配套仍是企业落户的主要挑战。"
    "今年青川工业园新签约项目12个。"
)


def _cand(text: str, sentence: str, section: str | None = None) -> Candidate:
    return chunk_candidate(text, sentence, title="青川工业园这一年", section=section)


def test_a_trouble_is_asked_when_the_asking_word_binds_it() -> None:
    assert troubles.asked("以前办厂的人最头疼的是什么？")
    assert troubles.asked("园区眼下存在哪些问题？")
    assert troubles.asked("统计分算替县里打消了哪种顾虑？")
    assert troubles.asked("厂长们最怕碰上什么事？")
    assert not troubles.asked("企业反映招工难，园区有什么打算？")  # the plan is asked
    assert not troubles.asked("园区新签约了多少个项目？")


def test_trouble_words_are_read_from_their_glosses() -> None:
    assert "顾虑" in troubles.words("解决了县里的顾虑。")
    assert "挑战" in troubles.words("住房配套仍是主要挑戰。")  # Traditional too
    assert "招工难" in troubles.words("企业反映招工难，")
    assert troubles.words("今年新签约项目12个。") == []


def test_a_sentence_telling_a_trouble_holds_the_shape_and_the_words_asking_it() -> None:
    worry = _cand(REPORT, "“过去来青川办厂，最发愁的是批地慢、电价高。”")
    q = "以前来青川办厂的老板最怕碰上什么事？"
    assert type_held(q, worry) == (1, True)
    assert "碰上" not in uncovered(q, worry, {})
    figure = _cand(REPORT, "今年青川工业园新签约项目12个。")
    assert type_held(q, figure) == (0, False)


def test_a_list_of_troubles_asked_is_held_by_the_troubles_told() -> None:
    told = _cand(REPORT, "分析人士提醒，专业人才短缺和住房配套仍是企业落户的主要挑战。")
    assert type_held("分析人士提醒企业落户会面临哪些问题？", told) == (1, True)


def test_a_trouble_told_under_a_heading() -> None:
    text = "部分项目受融资影响开工偏慢。"
    cand = _cand(text, text, section="四、差距和短板仍然存在")
    assert troubles.tells(cand)


def test_a_trouble_asked_with_none_told_is_not_answered() -> None:
    figure = _cand(REPORT, "今年青川工业园新签约项目12个。")
    worry = _cand(REPORT, "“过去来青川办厂，最发愁的是批地慢、电价高。”")
    q = "园区学校开学时最担心的是什么？"
    assert troubles.untold_rule(q, SimpleNamespace(lang="zh", chosen=[figure])) == (
        "untold",
        "trouble",
    )
    assert troubles.untold_rule(q, SimpleNamespace(lang="zh", chosen=[worry])) is None
    assert (
        troubles.untold_rule(
            "园区新签约了多少个项目？", SimpleNamespace(lang="zh", chosen=[figure])
        )
        is None
    )


def test_sentences_telling_a_trouble_are_lifted_when_one_is_asked() -> None:
    told = _cand(REPORT, "分析人士提醒，专业人才短缺和住房配套仍是企业落户的主要挑战。")
    figure = _cand(REPORT, "今年青川工业园新签约项目12个。")
    told.score, figure.score = 0.5, 0.6
    troubles.prefer("企业落户最头疼的是什么？", [told, figure], 0.15)
    assert told.score > figure.score


def test_a_word_is_a_trouble_by_most_of_its_glosses() -> None:
    assert troubles.is_trouble("担心") and troubles.is_trouble("短板")
    assert not troubles.is_trouble("将军")  # "to challenge" is one gloss of six
    assert not troubles.is_trouble("问题")  # issue, question, topic: only as had or faced
    assert troubles.asked("园区眼下面临哪些问题？")
    assert not troubles.asked("哲学的中心问题是什么？")
