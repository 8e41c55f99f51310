"""Eval suites as data: a YAML file names a task, a dataset, the checks and the thresholds.

Everything a suite names is checked when it is loaded (the task, every check, every threshold's metric
kind), so a typo fails at once with the file and the name, not after an hour of model calls.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from interviewer.errors import InputError

EVALS_DIR = Path(__file__).resolve().parents[2] / "evals"
SUITES_DIR = EVALS_DIR / "suites"
RECORDINGS_DIR = EVALS_DIR / "recordings"
# The day an eval counts resume durations to ("2019 - Present") when its suite names none. Evals never
# read the clock: a recording made in November must replay the same prompts in any later year.
EVAL_AS_OF = date(2026, 11, 29)


class Threshold(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min: float | None = None
    max: float | None = None

    @model_validator(mode="after")
    def _one_bound(self) -> Threshold:
        if self.min is None and self.max is None:
            raise ValueError("a threshold needs min or max")
        return self

    def passes(self, value: float | None) -> bool:
        if value is None or value != value:  # a metric that could not be computed never passes
            return False
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)

    def describe(self) -> str:
        parts = ([f">= {self.min:g}"] if self.min is not None else []) + (
            [f"<= {self.max:g}"] if self.max is not None else []
        )
        return " and ".join(parts)


class Suite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    version: int = 1
    description: str
    task: str
    dataset: list[str] = Field(min_length=1)
    exclude: list[str] = Field(default_factory=list)
    model: str | None = None
    limit: int | None = Field(default=None, ge=1)  # an even spread of this many samples (slow tasks)
    params: dict[str, Any] = Field(default_factory=dict)
    as_of: date = EVAL_AS_OF  # "today" for every sample's resume arithmetic; a sample may name its own
    checks: list[str] = Field(min_length=1)
    thresholds: dict[str, Threshold] = Field(default_factory=dict)
    default: bool = True  # replayed by CI from its committed recording
    # A held-out set is measured, never read: its result (and so its committed recording) and its console
    # summary give totals only. Which samples fail, and why, stay in the run's samples.jsonl.
    held_out: bool = False
    path: Path | None = None

    def dataset_files(self) -> list[Path]:
        files: list[Path] = []
        for pattern in self.dataset:
            # Relative to evals/, or absolute for a dataset kept elsewhere (a private set, a test's tmp dir).
            root, relative = (
                (Path(pattern).anchor, pattern.lstrip("/"))
                if Path(pattern).is_absolute()
                else (
                    EVALS_DIR,
                    pattern,
                )
            )
            matched = sorted(
                p for p in Path(root).glob(relative) if p.is_file() and p.name not in self.exclude
            )
            if not matched:
                raise InputError(
                    f"Suite '{self.name}': the dataset '{pattern}' matches no file under evals/."
                )
            files.extend(matched)
        return files


def _suite_path(name: str) -> Path:
    candidate = Path(name)
    if candidate.suffix in (".yaml", ".yml") and candidate.exists():
        return candidate
    path = SUITES_DIR / f"{name}.yaml"
    if not path.exists():
        known = ", ".join(suite_names()) or "(none)"
        raise InputError(f"Unknown eval suite '{name}'. Known suites: {known}.")
    return path


def suite_names() -> list[str]:
    return sorted(p.stem for p in SUITES_DIR.glob("*.yaml"))


def load_suite(name: str) -> Suite:
    from interviewer.evals.tasks import TASKS

    path = _suite_path(name)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        suite = Suite.model_validate({**raw, "path": path})
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read the suite: {exc}") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{path}: {where}: {first['msg']}") from None
    task = TASKS.get(suite.task)
    if task is None:
        raise InputError(f"{path}: unknown task '{suite.task}'; known tasks: {', '.join(sorted(TASKS))}.")
    unknown = [c for c in suite.checks if c not in task.checks]
    if unknown:
        raise InputError(
            f"{path}: unknown check {', '.join(repr(c) for c in unknown)} for task '{suite.task}'; "
            f"known checks: {', '.join(sorted(task.checks))}."
        )
    for metric in suite.thresholds:
        if not task.knows_metric(metric, suite.checks):
            raise InputError(
                f"{path}: the threshold names '{metric}', which task '{suite.task}' does not report; "
                f"it reports {', '.join(task.metric_names(suite.checks))}."
            )
    return suite


class DatasetLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    file: str
    line: int
    data: dict[str, Any]


def read_dataset(suite: Suite, sample_type: type[BaseModel]) -> list[tuple[DatasetLine, BaseModel]]:
    """Every sample of the suite, validated; a bad line is reported with its file and line number."""
    samples: list[tuple[DatasetLine, BaseModel]] = []
    seen: dict[str, str] = {}
    for path in suite.dataset_files():
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read the dataset: {exc}") from None
        where = path.relative_to(EVALS_DIR).as_posix() if path.is_relative_to(EVALS_DIR) else str(path)
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                sample = sample_type.model_validate(data)
            except json.JSONDecodeError as exc:
                raise InputError(f"{where}:{number}: not valid JSON ({exc.msg}).") from None
            except ValidationError as exc:
                first = exc.errors()[0]
                field = ".".join(str(p) for p in first["loc"]) or "(line)"
                raise InputError(f"{where}:{number}: {field}: {first['msg']}.") from None
            sample_id = str(getattr(sample, "id", f"{where}:{number}"))
            if sample_id in seen:
                raise InputError(
                    f"{where}:{number}: the id '{sample_id}' is already used at {seen[sample_id]}."
                )
            seen[sample_id] = f"{where}:{number}"
            samples.append((DatasetLine(file=where, line=number, data=data), sample))
    return samples


def dataset_digest(lines: list[DatasetLine]) -> str:
    digest = hashlib.sha256()
    for line in lines:
        digest.update(json.dumps(line.data, sort_keys=True).encode())
    return digest.hexdigest()[:16]
