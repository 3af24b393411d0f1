"""Chat models chosen by settings: every back-end builds offline; only the chosen one is imported."""

from __future__ import annotations

import subprocess
import sys

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from knowledge.answering.llm.generation import REFUSALS
from knowledge.models.chat import FAKE_DEFAULT_REPLY, make_chat_model
from knowledge.settings import PROJECT_DIR, LLMSettings
from tests.llm_stub import closed_port


def test_make_chat_model_builds_each_back_end_without_network() -> None:
    down = f"http://127.0.0.1:{closed_port()}"
    assert make_chat_model(LLMSettings()) is None
    openai = make_chat_model(LLMSettings(provider="openai", base_url=down + "/v1", timeout_s=3))
    assert (openai.model_name, openai.max_retries, openai.request_timeout) == ("gpt-4o-mini", 0, 3)
    assert openai.openai_api_key.get_secret_value() == "none"
    ollama = make_chat_model(LLMSettings(provider="ollama", base_url=down, model="qwen2.5:3b"))
    assert (ollama.model, ollama.base_url) == ("qwen2.5:3b", down)
    fake = make_chat_model(LLMSettings(provider="fake"), ["你好[1]。"])
    assert isinstance(fake, FakeListChatModel) and fake.invoke("hi").text == "你好[1]。"


def test_only_the_chosen_back_end_is_imported() -> None:
    code = (
        "import sys; from knowledge.models.chat import make_chat_model; from knowledge.settings import "
        "LLMSettings as S; make_chat_model(S(provider='fake')); make_chat_model(S());"
        "print('langchain_openai' in sys.modules, 'langchain_ollama' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PROJECT_DIR
    )
    assert out.stdout.split() == ["False", "False"]


def test_the_fake_model_refuses_by_default_with_the_prompt_s_refusal() -> None:
    assert FAKE_DEFAULT_REPLY == REFUSALS["zh"]
    assert make_chat_model(LLMSettings(provider="fake")).invoke("hi").text == REFUSALS["zh"]
