"""The embedded runtime answering real chat completions through the seam, and serving the openai: path."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel, Field

from interviewer.models import Message, Sampling, get_model
from interviewer.models.embedded import EmbeddedModel
from interviewer.models.openai_compat import OpenAICompatModel
from interviewer.settings import Settings

MODELS = [
    pytest.param("smollm2-135m", id="smollm2-135m"),
    pytest.param("qwen2.5-coder-1.5b", id="default-qwen2.5-coder-1.5b", marks=pytest.mark.live),
]
SYSTEM = Message(role="system", content="You are a concise interviewer for a VP of Operations role.")


class Question(BaseModel):
    question: str = Field(min_length=5)
    competency: str
    difficulty: int = Field(ge=1, le=5)


def settings_for(home: Path, model: str) -> Settings:
    return Settings(home=home, model=model, threads=2, context_size=2048, timeout=300)


@pytest.fixture(params=MODELS)
def embedded(request: pytest.FixtureRequest, shared_models_home: Path) -> EmbeddedModel:
    model = get_model(request.param, settings_for(shared_models_home, request.param))
    assert isinstance(model, EmbeddedModel)
    return model


def test_streamed_completion(embedded: EmbeddedModel) -> None:
    ask = [SYSTEM, Message(role="user", content="Ask me one interview question.")]
    chunks = list(embedded.stream(ask, Sampling(max_tokens=40)))
    assert len(chunks) > 1
    assert len("".join(chunks).split()) >= 2


def test_schema_constrained_completion(embedded: EmbeddedModel) -> None:
    ask = [SYSTEM, Message(role="user", content="Give one interview question as JSON.")]
    question = embedded.complete_json(ask, Question, Sampling(max_tokens=200))
    assert isinstance(question, Question) and 1 <= question.difficulty <= 5


def test_a_follow_up_turn_reuses_the_cached_prefix(embedded: EmbeddedModel) -> None:
    first = [SYSTEM, Message(role="user", content="Ask me about a turnaround I led.")]
    reply = embedded.complete(first, Sampling(max_tokens=30))
    follow_up = [
        *first,
        Message(role="assistant", content=reply.text),
        Message(role="user", content="I cut costs by 12% in a year."),
    ]
    second = embedded.complete(follow_up, Sampling(max_tokens=20))
    assert second.usage.cached_prompt_tokens >= reply.usage.prompt_tokens - 1
    new_tokens = second.usage.prompt_tokens - second.usage.cached_prompt_tokens
    assert new_tokens < second.usage.prompt_tokens / 2


def test_openai_path_against_the_runtime_server(embedded: EmbeddedModel, shared_models_home: Path) -> None:
    """`openai:<model>` against a real OpenAI-compatible server on 127.0.0.1: llama.cpp's own."""
    settings = settings_for(shared_models_home, "openai:local").model_copy(
        update={"openai_base_url": embedded.base_url}
    )
    remote = get_model("openai:local", settings)
    assert isinstance(remote, OpenAICompatModel)
    assert remote.base_url.startswith("http://127.0.0.1:")
    ask = [SYSTEM, Message(role="user", content="Ask me one interview question.")]
    assert len(list(remote.stream(ask, Sampling(max_tokens=30)))) > 1
    assert remote.complete(ask, Sampling(max_tokens=30)).usage.completion_tokens > 0
    as_json = [SYSTEM, Message(role="user", content="Give one interview question as JSON.")]
    question = remote.complete_json(as_json, Question, Sampling(max_tokens=200))
    assert question.question and remote.native_json_schema is True
