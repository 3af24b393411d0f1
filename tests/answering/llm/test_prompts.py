"""Tests for the prompt files: each template expects exactly the variables the code passes."""

from __future__ import annotations

import pytest

from knowledge.answering.llm import generation, prompts
from knowledge.answering.llm.followup import CONDENSE_VARS, condense_inputs
from knowledge.schema import Chunk, ScoredChunk, Turn
from knowledge.text.normalise import language

PASSED = {
    "answer_system": generation.ANSWER_SYSTEM_VARS,
    "answer_user": generation.ANSWER_USER_VARS,
    "condense": CONDENSE_VARS,
}
HIT = ScoredChunk(Chunk("d:0", "d", 0, 0, 12, "春节放假7天。", title="放假通知"), 1.0)


@pytest.mark.parametrize("lang", prompts.LANGS)
@pytest.mark.parametrize("name", prompts.NAMES)
def test_template_variables_equal_what_the_code_passes(name: str, lang: str) -> None:
    assert prompts.variables(name, lang) == PASSED[name]


def test_the_code_passes_exactly_its_declared_variables() -> None:
    assert (
        set(generation.answer_inputs("放假几天？", [HIT]))
        == generation.ANSWER_SYSTEM_VARS | generation.ANSWER_USER_VARS
    )
    assert set(condense_inputs("那呢？", [Turn("放假几天？", "7天。")])) == CONDENSE_VARS


def test_every_prompt_file_is_a_known_template() -> None:
    files = {p.name for p in prompts.PROMPTS_DIR.glob("*.txt")}
    assert files == {f"{n}.{lang}.txt" for n in prompts.NAMES for lang in prompts.LANGS}


def test_prompt_language_follows_the_question() -> None:
    assert language("磨憨沿边产业园签约了多少个项目？") == "zh"
    assert language("How many projects were signed?") == "en"
    assert language("GDP是多少？") == "zh"


@pytest.mark.parametrize("question", ["放假几天？", "How many days off?"])
def test_answer_messages_carry_rules_refusal_and_delimited_passages(question: str) -> None:
    system, user = generation.answer_messages(question, [HIT])
    lang = language(question)
    assert system.type == "system" and user.type == "human"
    assert generation.REFUSALS[lang] in system.content
    assert "[1]" in system.content and "春节放假7天" not in system.content
    inside = user.content.split(generation.OPEN, 1)[1].split(generation.CLOSE, 1)[0]
    assert inside.strip() == "[1] 放假通知\n春节放假7天。"
    assert question in user.content


def test_condense_prompt_shows_the_conversation_and_the_question() -> None:
    inputs = condense_inputs("那投资了多少？", [Turn("签约了多少个项目？", "14个。")])
    (message,) = prompts.condense_prompt("zh").invoke(inputs).to_messages()
    assert "Q: 签约了多少个项目？\nA: 14个。" in message.content
    assert message.content.rstrip().endswith("改写后的问题：")
    assert "那投资了多少？" in message.content


def test_unknown_prompt_is_an_error() -> None:
    with pytest.raises(ValueError):
        prompts.load("nope", "zh")
