from pathlib import Path

import pytest

from interviewer.errors import ConfigError
from interviewer.settings import DEFAULT_MODEL, ENVIRONMENT, Settings


def test_every_state_path_hangs_off_home(tmp_path: Path) -> None:
    settings = Settings.from_env({"INTERVIEWER_HOME": str(tmp_path)})
    for path in (
        settings.models_dir,
        settings.chroma_dir,
        settings.sessions_db,
        settings.eval_cache_dir,
        settings.reports_dir,
        settings.tiktoken_dir,
    ):
        assert tmp_path in path.parents


def test_defaults_without_environment() -> None:
    settings = Settings.from_env({})
    assert settings.model == DEFAULT_MODEL
    assert settings.home == Path.home() / ".interviewer"
    assert settings.threads >= 1


def test_values_are_read_and_typed() -> None:
    settings = Settings.from_env(
        {"INTERVIEWER_THREADS": "3", "INTERVIEWER_TIMEOUT": "2.5", "INTERVIEWER_MODEL": "fake"}
    )
    assert (settings.threads, settings.timeout, settings.model) == (3, 2.5, "fake")


def test_a_bad_value_names_the_variable() -> None:
    with pytest.raises(ConfigError, match="INTERVIEWER_THREADS='many'"):
        Settings.from_env({"INTERVIEWER_THREADS": "many"})
    with pytest.raises(ConfigError, match="INTERVIEWER_CONTEXT"):
        Settings.from_env({"INTERVIEWER_CONTEXT": "10"})


def test_readme_documents_every_variable() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for variable in ENVIRONMENT:
        assert f"`{variable}`" in readme, variable
