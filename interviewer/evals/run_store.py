"""Where runs and recordings live: finding a run again, listing runs, saving a run as the suite's committed
recording, and pruning recorded calls that no recording replays any more."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from interviewer.errors import InputError
from interviewer.evals.suites import RECORDINGS_DIR
from interviewer.settings import Settings

RECORDED_CALLS = RECORDINGS_DIR / "calls"


def runs_dir(settings: Settings) -> Path:
    return settings.home / "evals" / "runs"


def recording_path(suite: str) -> Path:
    return RECORDINGS_DIR / f"{suite}.result.json"


def manifest_path(suite: str) -> Path:
    return RECORDINGS_DIR / f"{suite}.calls"


def save_recording(suite: str, run_dir: Path, call_keys: set[str]) -> None:
    """Commit-ready copy of a run's result, with the calls it replays, so calls no recording uses any more
    can be pruned."""
    RECORDINGS_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(run_dir / "result.json", recording_path(suite))
    manifest_path(suite).write_text("".join(f"{key}\n" for key in sorted(call_keys)), encoding="utf-8")


def recorded_keys() -> set[str]:
    """Every call some committed recording replays."""
    keys: set[str] = set()
    for manifest in RECORDINGS_DIR.glob("*.calls"):
        keys.update(
            line.strip() for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()
        )
    return keys


def prune_recordings() -> list[Path]:
    """Delete recorded calls that no committed recording uses (left behind by an earlier recording)."""
    keep = recorded_keys()
    removed = [path for path in RECORDED_CALLS.glob("*/*.json") if path.stem not in keep]
    for path in removed:
        path.unlink()
    for folder in RECORDED_CALLS.glob("*"):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return removed


def load_run(ref: str, settings: Settings | None = None) -> tuple[dict[str, Any], Path]:
    """A run's result by id, by folder, by result file, or `recording:<suite>` for a committed recording."""
    settings = settings or Settings.from_env()
    path = _result_file(ref, settings)
    try:
        return json.loads(path.read_text(encoding="utf-8")), path.parent
    except FileNotFoundError:
        raise InputError(f"No eval run '{ref}' (looked for {path}); see `interviewer eval runs`.") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read the run: {exc}") from None


def _result_file(ref: str, settings: Settings) -> Path:
    if ref.startswith("recording:"):
        return recording_path(ref.removeprefix("recording:"))
    candidate = Path(ref)
    if candidate.is_file():
        return candidate
    if candidate.is_dir():
        return candidate / "result.json"
    root = runs_dir(settings)
    path = root / ref / "result.json"
    if path.exists() or not root.exists():
        return path
    # Part of an id is enough when it names one run.
    matches = sorted(root.glob(f"*{ref}*/result.json"))
    if len(matches) > 1:
        raise InputError(
            f"'{ref}' matches {len(matches)} runs; give more of the id: "
            + ", ".join(m.parent.name for m in matches[:5])
        )
    return matches[0] if matches else path


def list_runs(settings: Settings | None = None) -> list[dict[str, Any]]:
    settings = settings or Settings.from_env()
    rows = []
    root = runs_dir(settings)
    for path in sorted(root.glob("*/run.json")) if root.exists() else []:
        try:
            rows.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    return rows
