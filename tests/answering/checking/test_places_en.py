"""A figure asked of a named village, district or school: a quoted sentence carrying it must
name that unit, itself or in the sentence before (places_en.py)."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answering.checking.places_en import missing, named_units
from tests.answering.checking.fake_evidence import evidence

# Fictional: a township's yearly review naming two villages, its figures told for the whole
CHUNK = (
    "清晨，岩坎村的村民在装箱。几个村寨办起了民宿。全镇接待游客12.4万人次。"
    "今次项目由大庄区引进。基地设冷库2万吨。"
)


def _ev(*texts: str) -> SimpleNamespace:
    expansion = {"yankan": ["岩坎"], "dazhuang": ["大庄"]}
    return evidence(*texts, df={"游客": 3, "冷库": 2}, expansion=expansion, chunk=CHUNK, lang="en")


def test_units_are_read_from_figure_questions_only() -> None:
    assert named_units("How many tourists did Yankan village receive?") == [["yankan"]]
    assert named_units("How many pupils did Hongxing Middle School enrol?") == [
        ["hongxing", "middle"]
    ]
    assert named_units("Why did Yankan village turn to tourism?") == []
    assert named_units("Shanggang village: how many people live there?") == []


def test_a_figure_of_the_whole_does_not_answer_for_a_village() -> None:
    q = "How many tourists did Yankan village receive in 2024?"
    assert missing(q, _ev("全镇接待游客12.4万人次。")) == "yankan"


def test_the_unit_named_in_the_sentence_before_is_enough() -> None:
    q = "How many tonnes of cold storage will the base brought in by Dazhuang District have?"
    assert missing(q, _ev("基地设冷库2万吨。")) is None
