import json

import pytest

from interviewer.cli import main


def test_models_json_lists_the_local_models_and_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["default"] == "qwen2.5-coder-1.5b"
    names = [m["name"] for m in payload["models"]]
    assert names[:3] == ["qwen2.5-coder-1.5b", "qwen2.5-coder-0.5b", "smollm2-135m"]
    assert all({"installed", "assembled", "default"} <= set(m) for m in payload["models"])


def test_models_check_with_the_fake_model(capsys: pytest.CaptureFixture[str]) -> None:
    from interviewer.models import get_model

    get_model("fake").enqueue("Tell me about a turnaround you led.")  # type: ignore[attr-defined]
    assert main(["models", "check", "--model", "fake", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["reply"] == "Tell me about a turnaround you led."
    assert result["completion_tokens"] >= 2
    assert result["time_to_first_token_s"] >= 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["models", "check", "--model", "nope"], "Unknown model 'nope'"),
        (["models", "check", "--model", "/tmp/definitely-missing.gguf"], "does not exist"),
        (["models", "check", "--model", "fake"], "no scripted reply"),
    ],
)
def test_user_mistakes_get_one_clear_line_and_a_nonzero_exit(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err
    assert "Traceback" not in err


def test_an_unreachable_server_is_one_sentence(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("INTERVIEWER_MAX_RETRIES", "0")
    assert main(["models", "check", "--model", "openai:llama3"]) == 1
    assert "set OPENAI_BASE_URL" in capsys.readouterr().err


def test_eval_needs_an_action_and_lists_its_suites(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["eval"])
    assert exited.value.code == 2 and "ACTION" in capsys.readouterr().err
    assert main(["eval", "suites"]) == 0
    listed = capsys.readouterr().out
    for suite in ("retrieval", "scoring", "manipulation", "persona", "follow-up", "structured-output"):
        assert suite in listed
