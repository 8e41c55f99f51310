"""How far to trust a score, in figures a candidate can read: the offline scorer's agreement with the labelled
answers, its run-to-run spread and its length bias. The figures live in `evals/calibration/reliability.json`;
`tests/test_reliability.py` recomputes them from the committed `scoring` recording, so they cannot drift from
what the scorer does."""

from __future__ import annotations

import statistics
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from interviewer.scoring.validity import spearman

RELIABILITY_FILE = Path(__file__).resolve().parents[2] / "evals" / "calibration" / "reliability.json"


class Reliability(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scorer: str  # which scorer the figures describe
    answers: int  # labelled answers never used for fitting (the held-back split)
    labelled: int  # all labelled answers (the length bias is measured on these)
    auc_strong_vs_weak: float  # held-back split: how often a strong answer outscores a weak one
    spearman: float  # held-back split: rank agreement with the labels
    within_one: float  # held-back split: a dimension within one point of the label
    run_to_run_spread: float  # points of overall score between two scorings of the same answer
    # Rank correlation of answer length with the score's error: the score minus the score the labelled
    # dimensions give. Above zero, longer answers score higher than equally good shorter ones.
    length_bias: float
    # The same against the coarse label (strong/adequate/weak) alone. Higher, because within one label
    # longer answers are often labelled better on their dimensions too; kept to show that difference.
    length_bias_by_label: float = 0.0


def length_bias(words: list[int], overall: list[float], labelled: list[float]) -> float:
    """Spearman of answer length against the score's error (the score minus the labelled dimensions'
    overall): above zero, longer answers score higher than equally good shorter ones."""
    return round(
        spearman([float(w) for w in words], [o - t for o, t in zip(overall, labelled, strict=True)]), 3
    )


def length_bias_by_label(words: list[int], overall: list[float], labels: list[str]) -> float:
    """Spearman of answer length against score, each score taken relative to its label's mean."""
    means = {label: statistics.mean(o for o, lab in zip(overall, labels, strict=True) if lab == label)
             for label in set(labels)}  # fmt: skip
    residual = [o - means[lab] for o, lab in zip(overall, labels, strict=True)]
    return round(spearman([float(w) for w in words], residual), 3)


@cache  # read once per process: every scorecard shown in the app carries the note
def load_reliability(path: Path = RELIABILITY_FILE) -> Reliability | None:
    try:
        return Reliability.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # the note is left out; the score itself does not depend on it


def reliability_note(figures: Reliability | None) -> str:
    if figures is None:
        return ""
    if figures.length_bias >= 0.2:
        bias = "longer answers score somewhat higher than equally good shorter ones"
    elif figures.length_bias <= -0.2:
        bias = "longer answers score somewhat lower than equally good shorter ones"
    else:
        bias = "answer length barely moves the score against what the answer is worth"
    return (
        f"On {figures.answers} hand-labelled answers never used to fit it ({figures.scorer}), "
        f"a strong answer outscored a weak one {figures.auc_strong_vs_weak:.0%} of the time, "
        f"the ranking agreed with the labels at {figures.spearman:.2f} (Spearman), and each "
        f"dimension was within one point of the label {figures.within_one:.0%} of the time. "
        f"The same answer always gets the same score (spread {figures.run_to_run_spread:g} points). "
        f"Across all {figures.labelled} labelled answers the length bias is {figures.length_bias:.2f}: "
        f"{bias}; judge an answer by what it says, not by its length."
    )
