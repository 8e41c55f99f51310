"""The `ChatModel` protocol and the plain data that crosses the model seam."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Literal, Protocol, TypeVar, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T", bound=BaseModel)


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    role: Literal["system", "user", "assistant"]
    content: str


class Sampling(BaseModel):
    """Sampling settings; part of the cache key of a model call (unlike timeouts and retries)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    max_tokens: int = Field(default=256, ge=1, le=32768)
    seed: int | None = 0
    stop: tuple[str, ...] = ()


class Usage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    prompt_tokens: int = 0
    completion_tokens: int = 0
    # Prompt tokens the runtime took from its cache instead of processing again (prefix reuse).
    cached_prompt_tokens: int = 0


class Completion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    model: str
    usage: Usage = Field(default_factory=Usage)
    finish_reason: str | None = None


@runtime_checkable
class ChatModel(Protocol):
    """Messages in; text, a token stream, or a schema-validated object out.

    Implementations do no network or heavy work in their constructor: they connect or load lazily, on
    the first call, and translate every provider error into `interviewer.errors`.
    """

    name: str

    def complete(self, messages: Sequence[Message], sampling: Sampling | None = None) -> Completion: ...

    def stream(self, messages: Sequence[Message], sampling: Sampling | None = None) -> Iterator[str]: ...

    def complete_json(
        self, messages: Sequence[Message], schema: type[T], sampling: Sampling | None = None
    ) -> T: ...

    def close(self) -> None: ...


def as_messages(raw: Sequence[Message | dict[str, Any]]) -> list[Message]:
    return [m if isinstance(m, Message) else Message.model_validate(m) for m in raw]
