"""Schema-constrained output shared by every model kind: validate, and repair once when invalid."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from interviewer.errors import ModelResponseError
from interviewer.models.base import Message

T = TypeVar("T", bound=BaseModel)

# Evals measure how often a model's first JSON reply validates; the repair below is otherwise invisible.
_repairs: ContextVar[list[str] | None] = ContextVar("structured_repairs", default=None)


@contextmanager
def observe_repairs() -> Iterator[list[str]]:
    """Collect, in this context, the reason of every repair `complete_validated` asks for."""
    seen: list[str] = []
    token = _repairs.set(seen)
    try:
        yield seen
    finally:
        _repairs.reset(token)


def json_schema_for(schema: type[BaseModel]) -> dict[str, Any]:
    return schema.model_json_schema()


def schema_instruction(schema: type[BaseModel]) -> str:
    """The schema-in-prompt instruction for servers without native `json_schema` support."""
    return (
        "Reply with one JSON object only, no prose and no code fence, matching this JSON Schema:\n"
        + json.dumps(json_schema_for(schema), separators=(",", ":"))
    )


def extract_json_object(text: str) -> str:
    """The first balanced {...} in `text`: small models wrap JSON in prose or code fences."""
    start = text.find("{")
    if start < 0:
        raise ValueError("no JSON object in the reply")
    depth, in_string, escaped = 0, False, False
    for index in range(start, len(text)):
        char = text[index]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return text[start : index + 1]
    raise ValueError("the JSON object in the reply is not closed")


def parse_as(text: str, schema: type[T]) -> T:
    """Parse a model reply as `schema`; raises ValueError (with the reason) when it does not fit."""
    try:
        return schema.model_validate_json(extract_json_object(text))
    except ValidationError as exc:
        raise ValueError(str(exc)) from None


def complete_validated(
    ask: Callable[[Sequence[Message]], str],
    messages: Sequence[Message],
    schema: type[T],
    model_name: str,
) -> T:
    """Ask, validate against `schema`, and on failure ask once more with the error shown to the model."""
    reply = ask(messages)
    try:
        return parse_as(reply, schema)
    except ValueError as first_error:
        observer = _repairs.get()
        if observer is not None:
            observer.append(str(first_error).splitlines()[0])
        repair = [
            *messages,
            Message(role="assistant", content=reply),
            Message(
                role="user",
                content=(
                    f"That reply is not valid: {first_error}. "
                    "Reply again with the corrected JSON object only."
                ),
            ),
        ]
        second = ask(repair)
        try:
            return parse_as(second, schema)
        except ValueError as second_error:
            raise ModelResponseError(
                f"Model '{model_name}' did not return valid {schema.__name__} JSON after one repair attempt: "
                f"{str(second_error).splitlines()[0]}"
            ) from None
