"""Model calls cached by content, and the recording wrapper every eval puts around its chat model.

A call's key is a hash of what decides its output: the model, its endpoint, the method, the messages, the
sampling settings and (for structured output) the schema. Timeouts and retries are left out on purpose, so
a run with other limits still finds its recordings. Entries are one JSON file each, written atomically, so
concurrent samples and concurrent runs can share a cache directory.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from interviewer.errors import (
    InputError,
    ModelError,
    ModelRateLimitError,
    ModelResponseError,
)
from interviewer.models.base import ChatModel, Completion, Message, Sampling, T, Usage
from interviewer.models.openai_compat import OpenAICompatModel
from interviewer.models.structured import observe_repairs

Mode = Literal["live", "record", "replay"]
Method = Literal["complete", "stream", "complete_json"]
CACHE_FORMAT = 1
RATE_LIMIT_RETRIES = 5


class CallRecord(BaseModel):
    """One model call as the run log shows it."""

    model_config = ConfigDict(extra="forbid")

    key: str
    method: Method
    messages: list[Message]
    sampling: Sampling
    schema_name: str | None = None
    text: str | None = None
    error: str | None = None
    repaired: list[str] = Field(default_factory=list)
    cached: bool
    seconds: float
    prompt_tokens: int = 0
    completion_tokens: int = 0


class CacheEntry(BaseModel):
    """What is stored for one key: the reply (streams keep their chunks) or the answer-level error."""

    model_config = ConfigDict(extra="forbid")

    format: int = CACHE_FORMAT
    model: str
    method: Method
    text: str | None = None
    chunks: list[str] | None = None
    partial: bool = False
    error: str | None = None
    repaired: list[str] = Field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0


class MissingRecording(InputError):
    """Replay asked for a call that was never recorded."""


def endpoint_of(model: ChatModel) -> str:
    """Where the model answers from: part of the key, so one name on two servers never shares entries."""
    if isinstance(model, OpenAICompatModel):
        return model.base_url or "https://api.openai.com/v1"
    return type(model).__name__


def call_key(
    model: ChatModel,
    method: Method,
    messages: Sequence[Message],
    sampling: Sampling,
    schema: type[BaseModel] | None = None,
) -> str:
    payload = {
        "format": CACHE_FORMAT,
        "model": model.name,
        "endpoint": endpoint_of(model),
        "method": method,
        "messages": [m.model_dump() for m in messages],
        "sampling": sampling.model_dump(mode="json"),
        "schema": schema.model_json_schema() if schema is not None else None,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


class CallCache:
    """Entries under `write_dir`; lookups also read the committed recordings (`read_dirs`), in order."""

    def __init__(self, write_dir: Path, read_dirs: Sequence[Path] = ()) -> None:
        self.write_dir = write_dir
        self.read_dirs = [write_dir, *(d for d in read_dirs if d != write_dir)]

    @staticmethod
    def _path(root: Path, key: str) -> Path:
        return root / key[:2] / f"{key}.json"

    def get(self, key: str) -> CacheEntry | None:
        for root in self.read_dirs:
            path = self._path(root, key)
            try:
                return CacheEntry.model_validate_json(path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                continue
            except (OSError, ValueError) as exc:
                raise InputError(f"The cached model call {path} is unreadable ({exc}); delete it.") from None
        return None

    def put(self, key: str, entry: CacheEntry) -> None:
        path = self._path(self.write_dir, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(entry.model_dump_json(indent=1, exclude_defaults=True) + "\n")
        os.replace(tmp, path)


class SampleCalls:
    """The calls made on behalf of one sample (set per sample in a context variable)."""

    def __init__(self, sample_id: str) -> None:
        self.sample_id = sample_id
        self.calls: list[CallRecord] = []


current_sample: ContextVar[SampleCalls | None] = ContextVar("eval_sample", default=None)


def _record(record: CallRecord) -> None:
    sample = current_sample.get()
    if sample is not None:
        sample.calls.append(record)


def _sample_name() -> str:
    sample = current_sample.get()
    return sample.sample_id if sample is not None else "(no sample)"


class CachingModel:
    """A `ChatModel` that answers from the cache when it can and records every call for the run log.

    `live` reads the cache and calls the model on a miss; `record` always calls the model and overwrites;
    `replay` never calls the model, and a miss is an error naming the sample.
    """

    def __init__(self, inner: ChatModel, cache: CallCache, mode: Mode = "live") -> None:
        self.inner = inner
        self.cache = cache
        self.mode = mode
        self.name = inner.name
        self.live_calls = 0

    def _lookup(self, key: str, method: Method) -> CacheEntry | None:
        if self.mode == "record":
            return None
        entry = self.cache.get(key)
        if entry is None and self.mode == "replay":
            raise MissingRecording(
                f"Sample '{_sample_name()}': no recorded {method} call of model '{self.name}' for these "
                "messages. Record it first (run without --replay, or with --record)."
            )
        return entry

    def _with_rate_limit_retries(self, call: Any) -> Any:
        # The adapter already retried; a server that still says 429 is busy, so back off for longer.
        for attempt in range(RATE_LIMIT_RETRIES + 1):
            try:
                return call()
            except ModelRateLimitError:
                if attempt == RATE_LIMIT_RETRIES:
                    raise
                time.sleep(min(30.0, 2.0 * 2**attempt) * (1 + random.random() / 4))
        raise AssertionError("unreachable")

    def complete(self, messages: Sequence[Message], sampling: Sampling | None = None) -> Completion:
        sampling = sampling or Sampling()
        key = call_key(self.inner, "complete", messages, sampling)
        started = time.perf_counter()
        entry = self._lookup(key, "complete")
        cached = entry is not None
        if entry is None:
            self.live_calls += 1
            completion = self._with_rate_limit_retries(lambda: self.inner.complete(messages, sampling))
            entry = CacheEntry(
                model=self.name,
                method="complete",
                text=completion.text,
                prompt_tokens=completion.usage.prompt_tokens,
                completion_tokens=completion.usage.completion_tokens,
            )
            self.cache.put(key, entry)
        _record(self._record(key, "complete", messages, sampling, entry, cached, started))
        return Completion(
            text=entry.text or "",
            model=self.name,
            usage=Usage(prompt_tokens=entry.prompt_tokens, completion_tokens=entry.completion_tokens),
            finish_reason="stop",
        )

    def stream(self, messages: Sequence[Message], sampling: Sampling | None = None) -> Iterator[str]:
        sampling = sampling or Sampling()
        key = call_key(self.inner, "stream", messages, sampling)
        started = time.perf_counter()
        entry = self._lookup(key, "stream")
        if entry is not None:
            _record(self._record(key, "stream", messages, sampling, entry, True, started))
            yield from entry.chunks or []
            return
        self.live_calls += 1
        chunks: list[str] = []
        finished = False
        try:
            for chunk in self.inner.stream(messages, sampling):
                chunks.append(chunk)
                yield chunk
            finished = True
        finally:
            # A consumer that stops early (a turn that broke a rule) replays the same chunks and stops at
            # the same place; the stored entry says it is partial.
            text = "".join(chunks)
            entry = CacheEntry(
                model=self.name,
                method="stream",
                text=text,
                chunks=chunks,
                partial=not finished,
                completion_tokens=len(chunks),
            )
            if chunks or finished:
                self.cache.put(key, entry)
            _record(self._record(key, "stream", messages, sampling, entry, False, started))

    def complete_json(
        self, messages: Sequence[Message], schema: type[T], sampling: Sampling | None = None
    ) -> T:
        sampling = sampling or Sampling()
        key = call_key(self.inner, "complete_json", messages, sampling, schema)
        started = time.perf_counter()
        entry = self._lookup(key, "complete_json")
        cached = entry is not None
        if entry is None:
            self.live_calls += 1
            with observe_repairs() as repairs:
                try:
                    value = self._with_rate_limit_retries(
                        lambda: self.inner.complete_json(messages, schema, sampling)
                    )
                    entry = CacheEntry(model=self.name, method="complete_json", text=value.model_dump_json())
                except ModelResponseError as exc:
                    # A reply that never validated is an outcome worth replaying; outages are not cached.
                    entry = CacheEntry(model=self.name, method="complete_json", error=str(exc))
            entry.repaired = list(repairs)
            self.cache.put(key, entry)
        _record(self._record(key, "complete_json", messages, sampling, entry, cached, started, schema))
        if entry.error is not None:
            raise ModelResponseError(entry.error)
        try:
            return schema.model_validate_json(entry.text or "")
        except ValueError as exc:
            raise ModelError(
                f"The cached reply for sample '{_sample_name()}' no longer fits {schema.__name__}: {exc}"
            ) from None

    def _record(
        self,
        key: str,
        method: Method,
        messages: Sequence[Message],
        sampling: Sampling,
        entry: CacheEntry,
        cached: bool,
        started: float,
        schema: type[BaseModel] | None = None,
    ) -> CallRecord:
        return CallRecord(
            key=key,
            method=method,
            messages=list(messages),
            sampling=sampling,
            schema_name=schema.__name__ if schema is not None else None,
            text=entry.text,
            error=entry.error,
            repaired=entry.repaired,
            cached=cached,
            seconds=round(time.perf_counter() - started, 4),
            prompt_tokens=entry.prompt_tokens,
            completion_tokens=entry.completion_tokens,
        )

    def close(self) -> None:
        self.inner.close()
