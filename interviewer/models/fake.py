"""A scripted fake chat model for unit tests, selected by name (`fake`) like any other model."""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from interviewer.errors import InputError, ModelError
from interviewer.models.base import Completion, Message, Sampling, T, Usage
from interviewer.models.structured import complete_validated


@dataclass(frozen=True)
class Slow:
    """A reply that takes `after_s` seconds: scripts a model that is slow, or a replica stopped mid-turn."""

    text: str
    after_s: float


Reply = str | Exception | Slow


def _scripted(reply: object) -> bool:
    if isinstance(reply, str):
        return True
    return (
        isinstance(reply, dict)
        and isinstance(reply.get("text"), str)
        and isinstance(reply.get("after_s"), int | float)
    )


class FakeChatModel:
    """Returns queued replies in order and records every request in `history`.

    A queued exception is raised instead of replying, so tests can script timeouts and outages.
    An empty queue is an error, never a made-up answer.
    """

    def __init__(self, name: str = "fake", script: Path | None = None) -> None:
        self.name = name
        self.history: list[list[Message]] = []
        self._queue: deque[Reply] = deque()
        self._script = script
        self._script_loaded = False
        # The app serves many users from threads: the script is read once, and each reply taken once.
        self._lock = threading.Lock()

    def enqueue(self, *replies: Reply | BaseModel) -> FakeChatModel:
        for reply in replies:
            self._queue.append(reply.model_dump_json() if isinstance(reply, BaseModel) else reply)
        return self

    @property
    def pending(self) -> int:
        self._load_script()
        return len(self._queue)

    def _load_script(self) -> None:
        with self._lock:
            self._load_script_once()

    def _load_script_once(self) -> None:
        if self._script is None or self._script_loaded:
            return
        self._script_loaded = True  # a script that fails to load is not read again
        try:
            replies = json.loads(self._script.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(
                f"INTERVIEWER_FAKE_SCRIPT={self._script} is not a readable JSON list: {exc}"
            ) from None
        if not isinstance(replies, list) or not all(_scripted(r) for r in replies):
            raise InputError(
                f"INTERVIEWER_FAKE_SCRIPT={self._script} must hold a JSON list of strings "
                '(or {"text": ..., "after_s": seconds} for a slow reply).'
            )
        self._queue.extend(r if isinstance(r, str) else Slow(r["text"], float(r["after_s"])) for r in replies)

    def _next(self, messages: Sequence[Message]) -> str:
        with self._lock:
            self._load_script_once()
            self.history.append(list(messages))
            if not self._queue:
                raise ModelError(f"The fake model '{self.name}' has no scripted reply left.")
            reply = self._queue.popleft()
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, Slow):
            time.sleep(reply.after_s)
            return reply.text
        return reply

    def complete(self, messages: Sequence[Message], sampling: Sampling | None = None) -> Completion:
        text = self._next(messages)
        return Completion(
            text=text,
            model=self.name,
            usage=Usage(
                prompt_tokens=sum(len(m.content.split()) for m in messages),
                completion_tokens=len(text.split()),
            ),
            finish_reason="stop",
        )

    def stream(self, messages: Sequence[Message], sampling: Sampling | None = None) -> Iterator[str]:
        text = self._next(messages)
        # Word by word, keeping whitespace, so joined chunks equal the scripted reply exactly.
        yield from re.findall(r"\s*\S+\s*", text) or [text]

    def complete_json(
        self, messages: Sequence[Message], schema: type[T], sampling: Sampling | None = None
    ) -> T:
        return complete_validated(self._next, messages, schema, self.name)

    def close(self) -> None:
        return None
