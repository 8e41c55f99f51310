"""The calibration file: per-dimension linear weights over the features, fitted on the labelled dev set.

`evals/calibration/scoring.json` is versioned with the code. `fit` refits it (ridge regression on the dev
split only; the held-back split is never seen) and `interviewer scoring calibrate` writes it.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from interviewer.errors import ConfigError
from interviewer.scoring.features import DIMENSION_FEATURES
from interviewer.scoring.rubric import DIMENSIONS, Dimension

CALIBRATION_FILE = Path(__file__).resolve().parents[2] / "evals" / "calibration" / "scoring.json"
RIDGE = 0.3


class DimensionFit(BaseModel):
    model_config = ConfigDict(extra="forbid")

    intercept: float
    weights: dict[str, float]
    samples: int


class Calibration(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: str
    fitted_on: dict[str, str | int]
    dimensions: dict[Dimension, DimensionFit]
    # With the LLM judge on, its score is blended in at this weight and may move a dimension by at most
    # `judge_max_shift` from the offline score: the judge informs, it never decides alone.
    judge_weight: float = Field(default=0.4, ge=0.0, le=0.5)
    judge_max_shift: int = Field(default=1, ge=0, le=1)

    def predict(self, dimension: Dimension, values: dict[str, float]) -> float:
        """The unrounded 1..5 estimate for one dimension."""
        fit = self.dimensions[dimension]
        raw = fit.intercept + sum(w * values[name] for name, w in fit.weights.items())
        return float(min(5.0, max(1.0, raw)))


def load_calibration(path: Path = CALIBRATION_FILE) -> Calibration:
    try:
        return Calibration.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"The scorer's calibration file {path} is missing: {exc.strerror}.") from None
    except ValueError as exc:
        raise ConfigError(
            f"The scorer's calibration file {path} is broken: {str(exc).splitlines()[0]}"
        ) from None


def fit(
    rows: list[tuple[dict[str, float], dict[str, int | None]]], version: str, fitted_on: dict[str, str | int]
) -> Calibration:
    """Ridge regression per dimension on (features, labelled dimension scores) pairs."""
    fits: dict[Dimension, DimensionFit] = {}
    for dimension in DIMENSIONS:
        names = DIMENSION_FEATURES[dimension]
        usable = [(f, labels[dimension]) for f, labels in rows if labels.get(dimension) is not None]
        if len(usable) < len(names) + 2:
            raise ConfigError(f"Too few labelled answers ({len(usable)}) to calibrate {dimension}.")
        x = np.array([[f[name] for name in names] for f, _ in usable], dtype=np.float64)
        y = np.array([label for _, label in usable], dtype=np.float64)
        mean_x, mean_y = x.mean(axis=0), y.mean()
        centred = x - mean_x
        weights = np.linalg.solve(
            centred.T @ centred + RIDGE * len(y) * np.eye(len(names)) / 10, centred.T @ (y - mean_y)
        )
        intercept = float(mean_y - mean_x @ weights)
        fits[dimension] = DimensionFit(
            intercept=round(intercept, 4),
            weights={name: round(float(w), 4) for name, w in zip(names, weights, strict=True)},
            samples=len(usable),
        )
    return Calibration(version=version, fitted_on=fitted_on, dimensions=fits)


def save_calibration(calibration: Calibration, path: Path = CALIBRATION_FILE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(calibration.model_dump(mode="json"), indent=2) + "\n", encoding="utf-8")
