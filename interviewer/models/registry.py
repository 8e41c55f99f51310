"""Choosing a chat model by name: local model names, a .gguf path, `openai:<model>`, or `fake`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from interviewer.errors import ConfigError
from interviewer.models.base import ChatModel
from interviewer.models.embedded import EmbeddedModel
from interviewer.models.fake import FakeChatModel
from interviewer.models.openai_compat import OpenAICompatModel
from interviewer.models.weights import LOCAL_MODELS, assemble, check_gguf_file, is_installed, is_verified
from interviewer.settings import DEFAULT_MODEL, Settings

# Fakes are shared per name within a process, so a test can script the very model the app looks up.
_fakes: dict[str, FakeChatModel] = {}


class ModelInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    kind: str
    description: str
    installed: bool
    assembled: bool
    default: bool
    install: str | None = None


def get_model(name: str | None = None, settings: Settings | None = None) -> ChatModel:
    """The chat model called `name` (default: the configured one). Loads and connects nothing yet."""
    settings = settings or Settings.from_env()
    name = (name or settings.model).strip()
    if name == "embedded" or name.startswith("embedded:"):
        name = name.removeprefix("embedded").removeprefix(":") or DEFAULT_MODEL
    if name == "fake" or name.startswith("fake:"):
        if name not in _fakes:
            _fakes[name] = FakeChatModel(name, script=settings.fake_script)
        return _fakes[name]
    if name.startswith("openai:"):
        model = name.removeprefix("openai:")
        if not model:
            raise ConfigError("Give the served model's name after 'openai:', e.g. openai:gpt-4o-mini.")
        return OpenAICompatModel(
            model,
            base_url=settings.openai_base_url,
            api_key=settings.openai_api_key,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
        )
    if name in LOCAL_MODELS:
        local = LOCAL_MODELS[name]
        return _embedded(name, lambda: assemble(local, settings.models_dir), settings)
    if name.endswith(".gguf") or "/" in name:
        path = Path(name).expanduser()
        check_gguf_file(path)
        return _embedded(name, lambda: check_gguf_file(path), settings)
    raise ConfigError(
        f"Unknown model '{name}'. Use one of {', '.join(LOCAL_MODELS)}, a path to a .gguf file, "
        "openai:<model>, or fake (see `interviewer models`)."
    )


def _embedded(name: str, resolve: Callable[[], Path], settings: Settings) -> EmbeddedModel:
    return EmbeddedModel(
        name,
        resolve,
        context_size=settings.context_size,
        threads=settings.threads,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
    )


def known_models(settings: Settings | None = None) -> list[ModelInfo]:
    settings = settings or Settings.from_env()
    infos = [
        ModelInfo(
            name=local.name,
            kind="embedded",
            description=local.description,
            installed=is_installed(local),
            assembled=is_verified(settings.models_dir / local.file_name, local.sha256),
            default=local.name == settings.model,
            install=local.install,
        )
        for local in LOCAL_MODELS.values()
    ]
    if settings.model not in LOCAL_MODELS:
        infos.append(
            ModelInfo(
                name=settings.model,
                kind="openai" if settings.model.startswith("openai:") else "configured",
                description="the model set by INTERVIEWER_MODEL",
                installed=True,
                assembled=False,
                default=True,
            )
        )
    return infos


def reset_fakes() -> None:
    """Forget every scripted fake (tests call this between cases)."""
    _fakes.clear()
