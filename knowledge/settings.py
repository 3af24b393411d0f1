"""One settings object for the whole bot: env prefix QA_, nested sections, optional .env."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, field_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_STORE = PROJECT_DIR / "data" / "store"
BUNDLED_CORPUS = PROJECT_DIR / "corpus"


class EmbeddingSettings(BaseModel):
    provider: Literal["e5", "sentence-transformers", "ollama", "openai", "fake"] = "e5"
    model: str = ""
    base_url: str = ""
    api_key: str = ""
    batch_size: int = 32
    # bundled e5: how long its OpenMP threads spin waiting for work before they sleep. OpenMP's
    # default (300000) is a little faster on an idle machine and many times slower on a busy one
    engine_spin: int = 1000

    def engine_environment(self) -> None:
        """Tell the bundled e5 engine how its threads wait (read when it loads, on first use),
        unless the environment already says (OMP_WAIT_POLICY, GOMP_SPINCOUNT)."""
        if not {"OMP_WAIT_POLICY", "GOMP_SPINCOUNT"} & set(os.environ):
            os.environ["GOMP_SPINCOUNT"] = str(self.engine_spin)


class StoreSettings(BaseModel):
    path: Path = DEFAULT_STORE
    host: str | None = None
    port: int = 8000
    prefix: str = "qa"
    # re-embedding: how long a second run waits for one already running (then it finds the
    # store current, or takes over a dead run); a run's lease is renewed by a heartbeat every
    # third of `reindex_lease_s` and judged dead (another machine's) once this old
    reindex_wait_s: float = 3600.0
    reindex_lease_s: float = 45.0


class IngestSettings(BaseModel):
    max_file_mb: float = 20.0
    chunk_chars: int = 240
    overlap_sentences: int = 1
    embed_title: bool = True  # embed "title\nchunk" (context for later chunks) or the chunk alone
    embed_overlap: bool = False  # embed the sentences repeated from the previous chunk too
    # sentence vectors for cross-lingual answers: after publishing, in a thread (background),
    # inside the ingest call (inline), or never (off: such questions embed sentences then)
    sentence_vectors: Literal["background", "inline", "off"] = "background"
    ocr: bool = True  # read scanned PDF pages and images (png/jpg) with the bundled OCR engine


class RetrievalSettings(BaseModel):
    top_k: int = 5
    candidates: int = 30
    rrf_k: int = 60


class AnswerSettings(BaseModel):
    max_sentences: int = 3
    refusal_threshold: float | None = None  # None: the refusal model's default (0.5)


class LLMSettings(BaseModel):
    provider: Literal["none", "openai", "ollama", "fake"] = "none"
    base_url: str = ""
    model: str = ""
    api_key: str = ""
    temperature: float = 0.1
    timeout_s: float = 60.0


class ApiSettings(BaseModel):
    """The HTTP API (`python -m knowledge serve`)."""

    host: str = "127.0.0.1"
    port: int = 8080
    key: str = ""  # when set, every request needs `Authorization: Bearer <key>`
    # origins a browser page may call the API from ("*": any); empty: CORS off.
    # QA_API__CORS_ORIGINS takes a JSON list or comma-separated origins.
    cors_origins: Annotated[list[str], NoDecode] = []
    model_name: str = "policy-qa"  # the one model GET /v1/models lists

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip()
            if value.startswith("["):
                return json.loads(value)
            return [o.strip() for o in value.split(",") if o.strip()]
        return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="QA_", env_nested_delimiter="__", env_file=".env", extra="ignore"
    )

    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    store: StoreSettings = Field(default_factory=StoreSettings)
    ingest: IngestSettings = Field(default_factory=IngestSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    answer: AnswerSettings = Field(default_factory=AnswerSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    api: ApiSettings = Field(default_factory=ApiSettings)

    def with_store(self, path: str | Path | None) -> Settings:
        """A copy whose store path is `path` (CLI --store); unchanged when None."""
        if path is None:
            return self
        store = self.store.model_copy(update={"path": Path(path)})
        return self.model_copy(update={"store": store})

    @classmethod
    def isolated(cls, store: str | Path | None = None, **sections: dict[str, Any]) -> Settings:
        """The test profile: defaults plus `sections` ({"embedding": {"provider": "fake"}}),
        ignoring every QA_* variable and .env of the machine it runs on; sentence vectors are
        written inside the ingest call (no background thread outliving a test's store)."""
        given = sections.get("ingest", {})
        given = given.model_dump() if isinstance(given, BaseModel) else dict(given)
        ingest = {"sentence_vectors": "inline", **given}  # no thread outlives a test
        return _Isolated(**{**sections, "ingest": ingest}).with_store(store)


class _Isolated(Settings):
    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings,)
