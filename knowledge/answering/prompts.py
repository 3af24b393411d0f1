"""Prompt templates kept as text files in prompts/, loaded by name and question language
(`knowledge.text.normalise.language`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from langchain_core.prompts import (
    ChatPromptTemplate,
    HumanMessagePromptTemplate,
    PromptTemplate,
    SystemMessagePromptTemplate,
)

from knowledge.settings import PROJECT_DIR

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
    text = prompt_path(name, lang).read_text(encoding="utf-8").strip()
    return PromptTemplate.from_template(text)


def variables(name: str, lang: str) -> frozenset[str]:
    """The input variables a template expects."""
    return frozenset(load(name, lang).input_variables)


def answer_prompt(lang: str) -> ChatPromptTemplate:
    """System rules + the user message with the question and the delimited passages."""
    return ChatPromptTemplate.from_messages(
        [
            SystemMessagePromptTemplate(prompt=load("answer_system", lang)),
            HumanMessagePromptTemplate(prompt=load("answer_user", lang)),
        ]
    )


def condense_prompt(lang: str) -> ChatPromptTemplate:
    """One user message asking to rewrite a follow-up into a standalone question."""
    return ChatPromptTemplate.from_messages(
        [HumanMessagePromptTemplate(prompt=load("condense", lang))]
    )
