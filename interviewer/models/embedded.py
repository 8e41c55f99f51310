"""The embedded default: llama.cpp (the `xllamacpp` wheel) running inside this process, no key, no network.

The runtime serves an OpenAI-compatible API on a loopback port; we talk to it through the same adapter as
any `openai:` endpoint, so both kinds share one request, retry, streaming and structured-output path.
The runtime keeps the last conversation's tokens cached, so a follow-up turn whose earlier messages are
byte-identical only processes the new tokens.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from interviewer.errors import ModelUnavailableError
from interviewer.models.base import Completion, Message, Sampling, T
from interviewer.models.openai_compat import OpenAICompatModel

_servers: dict[tuple[str, int, int], Any] = {}
_servers_lock = threading.Lock()


def start_runtime(path: Path, context_size: int, threads: int) -> Any:
    """Load a GGUF file into llama.cpp once per process (per path and settings) and return its server."""
    key = (str(path), context_size, threads)
    with _servers_lock:
        if key in _servers:
            return _servers[key]
        import xllamacpp  # imported here: loading the native library is not free

        params = xllamacpp.CommonParams()
        params.model.path = str(path)
        params.n_ctx = context_size
        params.cpuparams.n_threads = threads
        params.cpuparams_batch.n_threads = threads
        params.n_parallel = 1  # one slot: its cache holds the running conversation for prefix reuse
        params.verbosity = -1
        params.warmup = False
        try:
            server = xllamacpp.Server(params)
        except Exception as exc:  # the native loader raises plain RuntimeError/ValueError on a bad file
            raise ModelUnavailableError(f"llama.cpp could not load {path}: {exc}") from exc
        _servers[key] = server
        return server


def serve_runtime(
    path: Path, alias: str, host: str, port: int, context_size: int, threads: int, api_key: str | None
) -> Any:
    """The same llama.cpp runtime as a model server of its own, for app replicas on other processes or
    machines to reach as `openai:<alias>`; several slots, so replicas do not queue behind one another."""
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = str(path)
    params.n_ctx = context_size
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.n_parallel = 2
    params.verbosity = -1
    params.hostnames = [host]
    params.port = port
    params.model_alias = {alias}
    if api_key:
        params.api_keys = [api_key]
    try:
        return xllamacpp.Server(params)
    except Exception as exc:  # the native loader raises plain RuntimeError/ValueError
        raise ModelUnavailableError(f"llama.cpp could not serve {path} on {host}:{port}: {exc}") from exc


class EmbeddedModel:
    """A local GGUF model served in-process. Nothing is loaded until the first call."""

    def __init__(
        self,
        name: str,
        resolve_weights: Callable[[], Path],
        *,
        context_size: int,
        threads: int,
        timeout: float,
        max_retries: int,
    ) -> None:
        self.name = name
        self._resolve_weights = resolve_weights
        self.context_size = context_size
        self.threads = threads
        self._timeout = timeout
        self._max_retries = max_retries
        self._remote: OpenAICompatModel | None = None
        self._lock = threading.Lock()

    def _client(self) -> OpenAICompatModel:
        with self._lock:
            if self._remote is None:
                server = start_runtime(self._resolve_weights(), self.context_size, self.threads)
                self._remote = OpenAICompatModel(
                    "local",
                    base_url=f"{server.listening_address}/v1",
                    api_key="embedded",
                    timeout=self._timeout,
                    max_retries=self._max_retries,
                    name=self.name,
                    endpoint_hint="INTERVIEWER_MODEL (the embedded runtime stopped)",
                )
                self._remote.native_json_schema = True  # measured: llama.cpp's server honours json_schema
            return self._remote

    def weights(self) -> Path:
        """The GGUF file (checked; nothing is downloaded)."""
        return self._resolve_weights()

    @property
    def loaded(self) -> bool:
        """Whether the weights are in memory; the first call loads them, which takes a while."""
        return self._remote is not None

    @property
    def base_url(self) -> str:
        """The loopback URL of the runtime's OpenAI-compatible server (loads the model)."""
        return self._client().base_url

    def complete(self, messages: Sequence[Message], sampling: Sampling | None = None) -> Completion:
        return self._client().complete(messages, sampling)

    def stream(self, messages: Sequence[Message], sampling: Sampling | None = None) -> Iterator[str]:
        return self._client().stream(messages, sampling)

    def complete_json(
        self, messages: Sequence[Message], schema: type[T], sampling: Sampling | None = None
    ) -> T:
        return self._client().complete_json(messages, schema, sampling)

    def close(self) -> None:
        if self._remote is not None:
            self._remote.close()
