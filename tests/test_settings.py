"""One settings object: QA_ variables and .env for a deployment; an isolated profile for tests."""

from __future__ import annotations

from pathlib import Path

from knowledge.settings import Settings


def test_the_environment_configures_a_deployment(monkeypatch) -> None:
    monkeypatch.setenv("QA_RETRIEVAL__TOP_K", "9")
    monkeypatch.setenv("QA_LLM__PROVIDER", "ollama")
    s = Settings()
    assert s.retrieval.top_k == 9 and s.llm.provider == "ollama"


def test_the_test_profile_ignores_the_environment_and_dotenv(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("QA_RETRIEVAL__TOP_K", "9")
    monkeypatch.setenv("QA_EMBEDDING__PROVIDER", "openai")
    (tmp_path / ".env").write_text("QA_ANSWER__MAX_SENTENCES=7\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    s = Settings.isolated(tmp_path / "store", embedding={"provider": "fake"})
    assert s.retrieval.top_k == 5 and s.answer.max_sentences == 3
    assert s.embedding.provider == "fake" and s.store.path == tmp_path / "store"


def test_settings_survive_a_round_trip_through_json(monkeypatch) -> None:
    """The app keys its cached service by the settings as JSON and rebuilds them from it."""
    monkeypatch.setenv("QA_RETRIEVAL__TOP_K", "7")
    s = Settings()
    monkeypatch.setenv("QA_RETRIEVAL__TOP_K", "2")  # read once: the JSON is what counts
    back = Settings.model_validate_json(s.model_dump_json())
    assert back == s and back.retrieval.top_k == 7 and isinstance(back.store.path, Path)
