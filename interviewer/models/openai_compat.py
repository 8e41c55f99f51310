"""`openai:<model>`: any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp server, LM Studio).

This is the only module that sees `openai` exceptions: it maps them to `interviewer.errors`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import openai

from interviewer.errors import (
    ConfigError,
    ModelAuthError,
    ModelError,
    ModelRateLimitError,
    ModelResponseError,
    ModelTimeoutError,
    ModelUnavailableError,
)
from interviewer.models.base import Completion, Message, Sampling, T, Usage
from interviewer.models.structured import complete_validated, json_schema_for, schema_instruction

OPENAI_DEFAULT_URL = "https://api.openai.com/v1"
R = TypeVar("R")

_SCHEMA_WORDS = ("response_format", "json_schema", "schema", "grammar")


class OpenAICompatModel:
    """A chat model behind an OpenAI-compatible HTTP API. The client is built on first use."""

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None,
        api_key: str | None,
        timeout: float,
        max_retries: int,
        name: str | None = None,
        endpoint_hint: str = "OPENAI_BASE_URL",
    ) -> None:
        self.name = name or f"openai:{model}"
        self.model = model
        self.base_url = (base_url or OPENAI_DEFAULT_URL).rstrip("/")
        self._api_key = api_key
        self.timeout = timeout
        self.max_retries = max_retries
        self._endpoint_hint = endpoint_hint
        self._client: openai.OpenAI | None = None
        # None until we learn whether the server honours {"type": "json_schema"}.
        self.native_json_schema: bool | None = None

    # -- connection ---------------------------------------------------------------------------------------
    def _get_client(self) -> openai.OpenAI:
        if self._client is None:
            key = self._api_key
            if not key:
                if self.base_url == OPENAI_DEFAULT_URL:
                    raise ConfigError(
                        f"Model '{self.name}' talks to api.openai.com, which needs a key: "
                        "set OPENAI_API_KEY, or set OPENAI_BASE_URL to a local server."
                    )
                key = "not-needed"  # local servers ignore the key, but the client insists on one
            self._client = openai.OpenAI(
                base_url=self.base_url, api_key=key, timeout=self.timeout, max_retries=0
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- errors -------------------------------------------------------------------------------------------
    def _translate(self, exc: Exception) -> ModelError | ConfigError:
        where = f"the server at {self.base_url}"
        if isinstance(exc, openai.APITimeoutError):
            return ModelTimeoutError(
                f"Model '{self.name}' did not answer within {self.timeout:g} s; raise INTERVIEWER_TIMEOUT "
                "or use a faster model."
            )
        if isinstance(exc, openai.APIConnectionError):
            if _kind_of(exc.__cause__, "ConnectError"):
                return ModelUnavailableError(
                    f"Cannot reach {where} for model '{self.name}': "
                    f"start the server or set {self._endpoint_hint}."
                )
            # Connected, then the connection was reset or closed before a whole answer came back.
            return ModelUnavailableError(
                f"{where.capitalize()} dropped the connection before model '{self.name}' answered "
                f"({type(exc.__cause__ or exc).__name__}); nothing you typed was lost: try again."
            )
        if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
            return ModelAuthError(f"{where.capitalize()} rejected the API key: set OPENAI_API_KEY.")
        if isinstance(exc, openai.NotFoundError):
            return ModelAuthError(
                f"{where.capitalize()} has no model '{self.model}' or no chat endpoint: check the model name "
                f"and {self._endpoint_hint} (it usually ends in /v1)."
            )
        if isinstance(exc, openai.APIStatusError):
            detail = _short(exc.message)
            if exc.status_code == 429:
                return ModelRateLimitError(
                    f"{where.capitalize()} is rate-limiting requests (HTTP 429) after retries: {detail}"
                )
            if exc.status_code >= 500:
                return ModelUnavailableError(
                    f"{where.capitalize()} failed with HTTP {exc.status_code} after retries: {detail}"
                )
            return ModelResponseError(
                f"{where.capitalize()} refused the request (HTTP {exc.status_code}): {detail}"
            )
        if isinstance(exc, openai.APIResponseValidationError | ValueError | TypeError | AttributeError):
            return ModelResponseError(
                f"{where.capitalize()} answered with something that is not an "
                f"OpenAI-compatible chat completion ({type(exc).__name__})."
            )
        if isinstance(exc, openai.OpenAIError):
            return ModelError(f"Model '{self.name}' failed: {_short(str(exc))}")
        raise exc

    @staticmethod
    def _transient(exc: Exception) -> bool:
        if isinstance(exc, openai.APIStatusError):
            return exc.status_code == 429 or exc.status_code >= 500
        return isinstance(exc, openai.APIConnectionError)  # includes timeouts

    def _call(self, operation: Callable[[], R]) -> R:
        """Run one request with bounded retries and exponential backoff for transient failures."""
        for attempt in range(self.max_retries + 1):
            try:
                return operation()
            except (openai.OpenAIError, ValueError, TypeError, AttributeError) as exc:
                if attempt < self.max_retries and self._transient(exc):
                    time.sleep(min(8.0, 0.5 * 2**attempt) * (1 + random.random() / 4))
                    continue
                raise self._translate(exc) from exc
        raise AssertionError("unreachable")

    # -- requests -----------------------------------------------------------------------------------------
    def _request(self, messages: Sequence[Message], sampling: Sampling | None) -> dict[str, Any]:
        s = sampling or Sampling()
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [m.model_dump() for m in messages],
            "temperature": s.temperature,
            "max_tokens": s.max_tokens,
        }
        if s.seed is not None:
            body["seed"] = s.seed
        if s.stop:
            body["stop"] = list(s.stop)
        return body

    def _create(self, body: dict[str, Any]) -> Completion:
        response = self._get_client().chat.completions.create(**body)
        if not getattr(response, "choices", None):
            raise ValueError("no choices in the response")
        choice = response.choices[0]
        usage = Usage()
        if response.usage is not None:
            details = response.usage.prompt_tokens_details
            usage = Usage(
                prompt_tokens=response.usage.prompt_tokens or 0,
                completion_tokens=response.usage.completion_tokens or 0,
                cached_prompt_tokens=(details.cached_tokens or 0) if details else 0,
            )
        return Completion(
            text=choice.message.content or "",
            model=self.name,
            usage=usage,
            finish_reason=choice.finish_reason,
        )

    def complete(self, messages: Sequence[Message], sampling: Sampling | None = None) -> Completion:
        body = self._request(messages, sampling)
        return self._call(lambda: self._create(body))

    def stream(self, messages: Sequence[Message], sampling: Sampling | None = None) -> Iterator[str]:
        body = self._request(messages, sampling) | {"stream": True}
        # Retries apply to opening the stream; a stream that breaks midway is reported, not replayed.
        chunks = self._call(lambda: iter(self._get_client().chat.completions.create(**body)))
        try:
            for chunk in chunks:
                if chunk.choices and chunk.choices[0].delta.content:
                    yield chunk.choices[0].delta.content
        except Exception as exc:
            if not (isinstance(exc, openai.APIConnectionError) or _kind_of(exc, "TransportError")):
                if isinstance(exc, openai.OpenAIError | ValueError | TypeError | AttributeError):
                    raise self._translate(exc) from exc
                raise
            # The server was reached; the stream broke (a cut, a reset), which is not "cannot reach".
            raise ModelUnavailableError(
                f"The connection to the server at {self.base_url} broke while model '{self.name}' was "
                f"answering ({type(exc).__name__}); nothing you typed was lost: try again."
            ) from exc

    def complete_json(
        self, messages: Sequence[Message], schema: type[T], sampling: Sampling | None = None
    ) -> T:
        response_format = {
            "type": "json_schema",
            "json_schema": {"name": schema.__name__, "schema": json_schema_for(schema)},
        }

        def ask(conversation: Sequence[Message]) -> str:
            body = self._request(conversation, sampling)
            if self.native_json_schema is not False:
                try:
                    completion = self._call(lambda: self._create(body | {"response_format": response_format}))
                    self.native_json_schema = True
                    return completion.text
                except ModelError as exc:
                    if self.native_json_schema or not any(w in str(exc).lower() for w in _SCHEMA_WORDS):
                        raise
                    self.native_json_schema = False  # this server has no json_schema: use the prompt instead
            prompted = _with_instruction(conversation, schema_instruction(schema))
            return self._call(lambda: self._create(self._request(prompted, sampling))).text

        return complete_validated(ask, messages, schema, self.name)


def _with_instruction(messages: Sequence[Message], instruction: str) -> list[Message]:
    """Append the instruction to the last user turn, leaving earlier turns byte-stable for prefix caching."""
    out = list(messages)
    for index in range(len(out) - 1, -1, -1):
        if out[index].role == "user":
            out[index] = Message(role="user", content=f"{out[index].content}\n\n{instruction}")
            return out
    return [*out, Message(role="user", content=instruction)]


def _kind_of(exc: BaseException | None, name: str) -> bool:
    """Whether `exc` is an HTTP-layer error of this class name (the openai client bundles its own httpx)."""
    return exc is not None and any(k.__name__ == name for k in type(exc).__mro__)


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
