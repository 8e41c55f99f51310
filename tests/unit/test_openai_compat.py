"""The openai: adapter against a real HTTP server on 127.0.0.1 that answers as scripted."""

import json
import socket
from collections.abc import Iterator

import pytest
from pydantic import BaseModel

from interviewer.errors import ConfigError, ModelResponseError, ModelTimeoutError, ModelUnavailableError
from interviewer.models import Message
from interviewer.models.openai_compat import OpenAICompatModel
from tests.helpers import Scripted, ScriptedServer, chat_body

ASK = [Message(role="system", content="You interview."), Message(role="user", content="Ask one question.")]


class Verdict(BaseModel):
    score: int
    why: str


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    running = ScriptedServer().start()
    yield running
    running.stop()


def model_for(server: ScriptedServer, *, timeout: float = 5.0, retries: int = 2) -> OpenAICompatModel:
    return OpenAICompatModel(
        "served", base_url=server.url, api_key=None, timeout=timeout, max_retries=retries
    )


def test_a_completion_carries_text_and_usage(server: ScriptedServer) -> None:
    server.push(Scripted(body=chat_body("What did you change?", prompt_tokens=12, completion_tokens=5)))
    completion = model_for(server).complete(ASK)
    assert completion.text == "What did you change?"
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens) == (12, 5)
    assert server.requests[0]["messages"][1] == {"role": "user", "content": "Ask one question."}


def test_transient_errors_are_retried(server: ScriptedServer) -> None:
    server.push(
        Scripted(503, '{"error": "busy"}'),
        Scripted(429, '{"error": "slow down"}'),
        Scripted(body=chat_body("ok")),
    )
    assert model_for(server).complete(ASK).text == "ok"
    assert len(server.requests) == 3


def test_retries_are_bounded(server: ScriptedServer) -> None:
    server.push(*[Scripted(500, '{"error": {"message": "boom"}}')] * 5)
    with pytest.raises(ModelUnavailableError, match="HTTP 500"):
        model_for(server, retries=1).complete(ASK)
    assert len(server.requests) == 2


def test_garbage_is_a_response_error(server: ScriptedServer) -> None:
    server.push(Scripted(body="<html>not json</html>", content_type="text/html"))
    with pytest.raises(ModelResponseError, match="not an OpenAI-compatible"):
        model_for(server).complete(ASK)


def test_json_without_choices_is_a_response_error(server: ScriptedServer) -> None:
    server.push(Scripted(body='{"hello": "world"}'))
    with pytest.raises(ModelResponseError):
        model_for(server).complete(ASK)


def test_a_rejected_key_names_the_setting(server: ScriptedServer) -> None:
    server.push(Scripted(401, '{"error": {"message": "bad key"}}'))
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        model_for(server).complete(ASK)


def test_an_unknown_model_names_the_settings(server: ScriptedServer) -> None:
    server.push(Scripted(404, '{"error": {"message": "model not found"}}'))
    with pytest.raises(ConfigError, match="OPENAI_BASE_URL"):
        model_for(server).complete(ASK)


def test_a_slow_server_times_out(server: ScriptedServer) -> None:
    server.push(Scripted(body=chat_body("late"), delay=2.0))
    with pytest.raises(ModelTimeoutError, match="INTERVIEWER_TIMEOUT"):
        model_for(server, timeout=0.5, retries=0).complete(ASK)


def test_no_server_behind_the_url_names_the_setting() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    model = OpenAICompatModel(
        "m", base_url=f"http://127.0.0.1:{port}/v1", api_key=None, timeout=2, max_retries=0
    )
    with pytest.raises(ModelUnavailableError, match="Cannot reach .* set OPENAI_BASE_URL"):
        model.complete(ASK)


def test_json_schema_is_sent_natively(server: ScriptedServer) -> None:
    server.push(Scripted(body=chat_body('{"score": 4, "why": "numbers"}')))
    model = model_for(server)
    assert model.complete_json(ASK, Verdict) == Verdict(score=4, why="numbers")
    assert server.requests[0]["response_format"]["type"] == "json_schema"
    assert model.native_json_schema is True


def test_a_server_without_json_schema_gets_the_schema_in_the_prompt(server: ScriptedServer) -> None:
    # llama-cpp-python's server rejects {"type": "json_schema"} with HTTP 500.
    server.push(
        Scripted(500, '{"error": {"message": "response_format type json_schema is not supported"}}'),
        Scripted(body=chat_body('Here: {"score": 2, "why": "vague"}')),
    )
    model = model_for(server, retries=0)
    assert model.complete_json(ASK, Verdict) == Verdict(score=2, why="vague")
    assert model.native_json_schema is False
    fallback = server.requests[1]
    assert "response_format" not in fallback
    assert "JSON Schema" in fallback["messages"][-1]["content"]
    assert fallback["messages"][0] == {"role": "system", "content": "You interview."}


def test_malformed_json_is_repaired_once_then_reported(server: ScriptedServer) -> None:
    server.push(
        Scripted(body=chat_body('{"score": "five"}')), Scripted(body=chat_body('{"score": 5, "why": "ok"}'))
    )
    assert model_for(server).complete_json(ASK, Verdict).score == 5
    server.push(Scripted(body=chat_body("nope")), Scripted(body=chat_body("still nope")))
    with pytest.raises(ModelResponseError, match="after one repair attempt"):
        model_for(server).complete_json(ASK, Verdict)


def test_streaming_yields_the_server_chunks(server: ScriptedServer) -> None:
    events = [
        {
            "id": "x",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "m",
            "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
        }
        for piece in ["What ", "changed?"]
    ]
    body = "".join(f"data: {json.dumps(event)}\n\n" for event in events) + "data: [DONE]\n\n"
    server.push(Scripted(body=body, content_type="text/event-stream"))
    assert list(model_for(server).stream(ASK)) == ["What ", "changed?"]
    assert server.requests[0]["stream"] is True


def test_a_failing_stream_is_translated(server: ScriptedServer) -> None:
    server.push(Scripted(500, '{"error": {"message": "down"}}'))
    with pytest.raises(ModelUnavailableError):
        list(model_for(server, retries=0).stream(ASK))
