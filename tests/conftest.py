"""Shared fixtures: every test gets its own INTERVIEWER_HOME and a clean set of scripted fakes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewer.models.registry import reset_fakes

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("interviewer-home")
    monkeypatch.setenv("INTERVIEWER_HOME", str(path))
    for variable in ("INTERVIEWER_MODEL", "OPENAI_BASE_URL", "OPENAI_API_KEY", "INTERVIEWER_FAKE_SCRIPT"):
        monkeypatch.delenv(variable, raising=False)
    reset_fakes()
    yield path
    reset_fakes()


@pytest.fixture(scope="session")
def shared_models_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One models folder for all live tests, so each weight file is assembled once per run."""
    return tmp_path_factory.mktemp("models-home")


@pytest.fixture(scope="session")
def corpus_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An INTERVIEWER_HOME with the corpus store built, for tests that use the store but do not test it."""
    from interviewer.corpus.search import Retriever
    from interviewer.settings import Settings

    path = tmp_path_factory.mktemp("corpus-home")
    Retriever(Settings(home=path, threads=2)).build()
    return path


@pytest.fixture()
def own_home(corpus_home: Path, tmp_path: Path) -> Path:
    """A fresh INTERVIEWER_HOME of this test's own (no other test's sessions) that shares the built store."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "chroma").symlink_to(corpus_home / "chroma", target_is_directory=True)
    return home
