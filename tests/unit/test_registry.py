from pathlib import Path

import pytest

from interviewer.errors import ConfigError
from interviewer.models import ChatModel, Message, get_model, known_models
from interviewer.models.embedded import EmbeddedModel
from interviewer.models.openai_compat import OpenAICompatModel
from interviewer.settings import Settings


def test_every_kind_satisfies_the_protocol(tmp_path: Path) -> None:
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF0000")
    for name in ("fake", "openai:gpt-4o-mini", "smollm2-135m", "embedded", str(gguf)):
        assert isinstance(get_model(name), ChatModel), name


def test_embedded_is_an_alias_for_the_default_local_model() -> None:
    model = get_model("embedded")
    assert isinstance(model, EmbeddedModel) and model.name == "qwen2.5-coder-1.5b"
    assert get_model("embedded:qwen2.5-coder-0.5b").name == "qwen2.5-coder-0.5b"


def test_unknown_names_list_the_choices() -> None:
    with pytest.raises(ConfigError, match="Unknown model 'gpt5'.*qwen2.5-coder-1.5b"):
        get_model("gpt5")


def test_bad_gguf_paths_fail_at_lookup(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        get_model(str(tmp_path / "nope.gguf"))


def test_openai_needs_a_model_name() -> None:
    with pytest.raises(ConfigError, match="openai:gpt-4o-mini"):
        get_model("openai:")


def test_constructors_touch_nothing_and_a_missing_key_is_named_on_first_use(tmp_path: Path) -> None:
    model = get_model("openai:gpt-4o-mini", Settings(home=tmp_path))
    assert isinstance(model, OpenAICompatModel)
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        model.complete([Message(role="user", content="hi")])


def test_known_models_report_the_default(tmp_path: Path) -> None:
    infos = {info.name: info for info in known_models(Settings(home=tmp_path))}
    assert infos["qwen2.5-coder-1.5b"].default
    assert not infos["qwen2.5-coder-1.5b"].assembled
    custom = known_models(Settings(home=tmp_path, model="openai:llama3"))
    assert [i.name for i in custom if i.default] == ["openai:llama3"]
