"""Settings read from the environment (one table in the README) and overridable by CLI flags."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from interviewer.errors import ConfigError

DEFAULT_MODEL = "qwen2.5-coder-1.5b"

# Environment variable -> (field name, description). The README's configuration table mirrors this.
ENVIRONMENT: dict[str, tuple[str, str]] = {
    "INTERVIEWER_HOME": ("home", "Root folder of everything written at run time. Default: ~/.interviewer"),
    "INTERVIEWER_MODEL": (
        "model",
        f"Model name: a local model, a .gguf path, openai:<model>, or fake. Default: {DEFAULT_MODEL}",
    ),
    "INTERVIEWER_THREADS": ("threads", "CPU threads for the embedded model. Default: number of cores"),
    "INTERVIEWER_CONTEXT": ("context_size", "Context window of the embedded model, in tokens. Default: 4096"),
    "INTERVIEWER_TIMEOUT": ("timeout", "Seconds to wait for one model call. Default: 180"),
    "INTERVIEWER_MAX_RETRIES": (
        "max_retries",
        "Retries for transient model errors (429, 5xx, dropped connection). Default: 2",
    ),
    "OPENAI_BASE_URL": (
        "openai_base_url",
        "Endpoint for openai:<model> (OpenAI, vLLM, Ollama, llama.cpp, LM Studio). Default: https://api.openai.com/v1",
    ),
    "OPENAI_API_KEY": (
        "openai_api_key",
        "Key for openai:<model>; required for api.openai.com, optional for local servers",
    ),
    "INTERVIEWER_DATABASE_URL": (
        "database_url",
        "postgresql://user:password@host:port/db: sessions in PostgreSQL (many users, app replicas) "
        "instead of the SQLite file under INTERVIEWER_HOME",
    ),
    "INTERVIEWER_CHROMA_URL": (
        "chroma_url",
        "Use a Chroma server (http://host:port) instead of the local store",
    ),
    "INTERVIEWER_FAKE_SCRIPT": (
        "fake_script",
        "JSON file of scripted replies for the fake model (tests only)",
    ),
    "INTERVIEWER_TURN_MODE": (
        "turn_mode",
        "How interviewer turns are worded: guided (planned wording plus a short model bridge), free (the "
        "model words each turn, checked) or auto. Default: auto (guided for embedded, free for openai:)",
    ),
    "INTERVIEWER_UI_USER": ("ui_user", "Login name the app asks for when served beyond 127.0.0.1"),
    "INTERVIEWER_UI_PASSWORD": ("ui_password", "Password the app asks for when served beyond 127.0.0.1"),
    "INTERVIEWER_SERVE_API_KEY": (
        "serve_api_key",
        "`models serve`: the key clients must send as OPENAI_API_KEY (none: any client)",
    ),
    "INTERVIEWER_RATE_LIMIT": (
        "rate_limit",
        "With accounts: answers and starts one account may send a minute, per replica (0: no limit)",
    ),
}


class Settings(BaseModel):
    """Everything configurable. Build it with `Settings.from_env()`; CLI flags override with `model_copy`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    home: Path = Field(default_factory=lambda: Path.home() / ".interviewer")
    model: str = DEFAULT_MODEL
    threads: int = Field(default_factory=lambda: os.cpu_count() or 2, ge=1, le=256)
    context_size: int = Field(default=4096, ge=512, le=131072)
    timeout: float = Field(default=180.0, gt=0)
    max_retries: int = Field(default=2, ge=0, le=10)
    openai_base_url: str | None = None
    openai_api_key: str | None = None
    chroma_url: str | None = None
    database_url: str | None = None
    fake_script: Path | None = None
    ui_user: str | None = None
    ui_password: str | None = None
    rate_limit: int = Field(default=20, ge=0, le=10_000)
    serve_api_key: str | None = None
    turn_mode: Literal["auto", "guided", "free"] = "auto"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, str] = {}
        for variable, (field, _) in ENVIRONMENT.items():
            raw = env.get(variable, "").strip()
            if raw:
                values[field] = raw
        try:
            settings = cls.model_validate(values)
        except ValidationError as exc:
            problem = exc.errors()[0]
            field = str(problem["loc"][0])
            variable = next(v for v, (f, _) in ENVIRONMENT.items() if f == field)
            raise ConfigError(f"{variable}={values.get(field)!r} is not valid: {problem['msg']}.") from None
        return settings.model_copy(update={"home": settings.home.expanduser()})

    def with_overrides(self, **values: object) -> Settings:
        """These settings with CLI flags or a per-session choice applied; a flag left unset (None) changes
        nothing. The one place an override is written, validated like the environment."""
        given = {k: v for k, v in values.items() if v is not None}
        return type(self).model_validate(self.model_dump() | given) if given else self

    def turn_mode_for(self, model: str) -> Literal["guided", "free"]:
        """Guided for embedded models, whose free wording cannot be trusted; free for served models. The
        scripted fake stands in for a served model (tests script whole turns); set the mode to test guided."""
        if self.turn_mode != "auto":
            return self.turn_mode
        return "free" if model.startswith(("openai:", "fake")) else "guided"

    # Every path written at run time hangs off `home`, so tests can point one variable at a tmp dir.
    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @property
    def chroma_dir(self) -> Path:
        return self.home / "chroma"

    @property
    def sessions_db(self) -> Path:
        return self.home / "sessions.sqlite3"

    @property
    def eval_cache_dir(self) -> Path:
        return self.home / "eval-cache"

    @property
    def audio_dir(self) -> Path:
        return self.home / "audio"

    @property
    def reports_dir(self) -> Path:
        return self.home / "reports"

    @property
    def tiktoken_dir(self) -> Path:
        return self.home / "tiktoken"
