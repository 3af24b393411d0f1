"""A figure asked in English of a park, zone or port named by its English name: another unit's
figure is no answer (parks_en.py)."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering.checking.parks_en import asked_unit, missing
from tests.answering.checking.fake_evidence import evidence

# Fictional: a county's border park and the enclave park a district builds inside it
CHUNK = (
    "在大庄—岩坎飞地产业园，冷库已经试运行。岩坎沿边产业园累计签约项目20个、协议投资80亿元。"
    "大庄区将在岩坎沿边产业园内规划约200亩土地，建设“大庄—岩坎飞地产业园”。"
    "截至年底，合作区市场主体达到3100户。实有人口约2.6万人。"
)


def _ev(*texts: str) -> SimpleNamespace:
    return evidence(*texts, df={"项目": 3, "人口": 1, "土地": 1}, chunk=CHUNK, lang="en")


def test_the_unit_is_read_from_figure_questions_only() -> None:
    q = "How many projects had the Dazhuang–Yankan enclave industrial park signed?"
    assert asked_unit(q) == (["dazhuang", "yankan", "enclave", "industrial"], "park")
    assert asked_unit("How much freight went through Yankan Port in 2024?") == (["yankan"], "port")
    assert asked_unit("Why was the Dazhuang–Yankan enclave park built?") is None
    # the head of a longer name is no unit
    assert asked_unit("How many projects were signed at the Yankan Enclave Park Week?") is None


def test_another_parks_figure_does_not_answer() -> None:
    q = "How many projects had the Dazhuang–Yankan enclave industrial park signed?"
    # the sentence before names the asked park, but this one names another
    assert missing(q, _ev("岩坎沿边产业园累计签约项目20个、协议投资80亿元。"))


def test_the_park_named_answers() -> None:
    q = "How many projects had the Yankan border industrial park signed?"
    assert missing(q, _ev("岩坎沿边产业园累计签约项目20个、协议投资80亿元。")) is None
    q = "How much land is planned for the Dazhuang-Yankan enclave park?"
    assert (
        missing(q, _ev("大庄区将在岩坎沿边产业园内规划约200亩土地，建设“大庄—岩坎飞地产业园”。"))
        is None
    )


def test_a_figure_named_by_the_sentence_before_is_that_units() -> None:
    q = "What was the population of the Yankan border industrial park at the end of the year?"
    assert missing(q, _ev("实有人口约2.6万人。"))  # the zone's (合作区), named before it


def test_a_unit_without_a_name_is_left_alone() -> None:
    q = "How many market entities did the enclave park have at the end of the year?"
    assert missing(q, _ev("截至年底，合作区市场主体达到3100户。")) is None


def test_a_name_is_read_by_its_pinyin_wherever_it_stands() -> None:
    from knowledge.answering.checking.parks_en import _read

    assert _read("guandu", "昆明市官渡区")
    assert _read("mohan", "磨憨")
    assert not _read("guandu", "磨憨沿边产业园")
    assert not _read("industrial", "官渡工业园")
