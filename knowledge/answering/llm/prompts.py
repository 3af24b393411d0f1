"""Prompt templates kept as text files in prompts/, loaded by name and question language
(`knowledge.text.normalise.language`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.settings import PROJECT_DIR

if TYPE_CHECKING:  # LangChain's prompt classes load ~0.5 s: imported when a prompt is first built
    from langchain_core.prompts import ChatPromptTemplate, PromptTemplate

PROMPTS_DIR = PROJECT_DIR / "prompts"
NAMES = ("answer_system", "answer_user", "condense")
LANGS = ("zh", "en")


def prompt_path(name: str, lang: str) -> Path:
    if name not in NAMES or lang not in LANGS:
        raise ValueError(f"unknown prompt: {name}.{lang}")
    return PROMPTS_DIR / f"{name}.{lang}.txt"


@cache
def load(name: str, lang: str) -> PromptTemplate:
    """The template in prompts/<name>.<lang>.txt (f-string syntax: {variable})."""
    from langchain_core.prompts import PromptTemplate

    text = prompt_path(name, lang).read_text(encoding="utf-8").strip()
    return PromptTemplate.from_template(text)


def variables(name: str, lang: str) -> frozenset[str]:
    """The input variables a template expects."""
    return frozenset(load(name, lang).input_variables)


def answer_prompt(lang: str) -> ChatPromptTemplate:
    """System rules + the user message with the question and the delimited passages."""
    from langchain_core.prompts import (
        ChatPromptTemplate,
        HumanMessagePromptTemplate,
        SystemMessagePromptTemplate,
    )

    return ChatPromptTemplate.from_messages(
        [
            SystemMessagePromptTemplate(prompt=load("answer_system", lang)),
            HumanMessagePromptTemplate(prompt=load("answer_user", lang)),
        ]
    )


def condense_prompt(lang: str) -> ChatPromptTemplate:
    """One user message asking to rewrite a follow-up into a standalone question."""
    from langchain_core.prompts import ChatPromptTemplate, HumanMessagePromptTemplate

    return ChatPromptTemplate.from_messages(
        [HumanMessagePromptTemplate(prompt=load("condense", lang))]
    )
