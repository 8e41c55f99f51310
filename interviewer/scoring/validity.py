"""Measuring the scorer against labelled answers: AUC, Spearman and within-one agreement, dev and held-back.

The labelled set lives in `evals/datasets/scoring/*.jsonl`. Each answer's split is fixed by a hash of its id,
so a quarter of the set is held back from calibration for good, whoever adds answers later.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict

from interviewer.errors import InputError
from interviewer.scoring.calibration import Calibration, fit
from interviewer.scoring.rubric import DIMENSIONS, Dimension, Scorecard, ScoreInput

DATASET_DIR = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "scoring"
Label = Literal["strong", "adequate", "weak"]
LABEL_RANK: dict[str, int] = {"weak": 0, "adequate": 1, "strong": 2}


class LabelledAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    role: str
    question: str
    answer: str
    objection: str | None = None
    company_brief: str | None = None
    label: Label
    dimensions: dict[Dimension, int | None]
    note: str = ""
    # False: measured, never fitted, whatever its split (answers added in new styles to test the scorer as it
    # stands; `styles.jsonl`).
    fit: bool = True

    @property
    def split(self) -> Literal["dev", "held-back"]:
        return "held-back" if int(hashlib.sha256(self.id.encode()).hexdigest()[:8], 16) % 4 == 0 else "dev"

    def as_input(self) -> ScoreInput:
        return ScoreInput(
            id=self.id,
            role=self.role,
            question=self.question,
            answer=self.answer,
            objection=self.objection,
            company_brief=self.company_brief,
        )


class ManipulationCase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    role: str
    question: str
    answer: str
    clean_answer: str
    objection: str | None = None
    attack: str


def load_labelled(directory: Path = DATASET_DIR) -> list[LabelledAnswer]:
    rows = []
    for path in sorted(directory.glob("*.jsonl")):
        if path.name == "manipulation.jsonl":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                try:
                    rows.append(LabelledAnswer.model_validate_json(line))
                except ValueError as exc:
                    raise InputError(f"{path.name}:{number}: {str(exc).splitlines()[0]}") from None
    return rows


def load_manipulation(directory: Path = DATASET_DIR) -> list[ManipulationCase]:
    path = directory / "manipulation.jsonl"
    return [
        ManipulationCase.model_validate_json(line) for line in path.read_text().splitlines() if line.strip()
    ]


def auc(positive: list[float], negative: list[float]) -> float:
    """Probability that a random positive outscores a random negative; ties count half."""
    if not positive or not negative:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positive for n in negative)
    return wins / (len(positive) * len(negative))


def _ranks(values: list[float]) -> np.ndarray:
    order = np.argsort(values, kind="stable")
    ranks = np.empty(len(values))
    sorted_values = np.asarray(values)[order]
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and sorted_values[j + 1] == sorted_values[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2
        i = j + 1
    return ranks


def spearman(x: list[float], y: list[float]) -> float:
    if len(x) < 3:
        return float("nan")
    rx, ry = _ranks(x), _ranks(y)
    if rx.std() == 0 or ry.std() == 0:
        return 0.0
    return float(np.corrcoef(rx, ry)[0, 1])


class SplitReport(BaseModel):
    model_config = ConfigDict(extra="forbid")

    answers: int
    auc_strong_vs_weak: float
    spearman: float
    within_one: dict[str, float]
    mean_overall: dict[str, float]


def report(rows: list[LabelledAnswer], cards: list[Scorecard]) -> SplitReport:
    return report_from_scores(
        rows,
        [float(card.overall) for card in cards],
        [{d: card.dimensions[d].score for d in DIMENSIONS} for card in cards],
    )


def report_from_scores(
    rows: list[LabelledAnswer], overall: list[float], dimensions: list[Mapping[str, int | None]]
) -> SplitReport:
    """One split's agreement with the labels, from each answer's overall and dimension scores: the one
    implementation `scoring report` and the `scoring` suite both read."""
    by_label: dict[str, list[float]] = {label: [] for label in LABEL_RANK}
    for row, score in zip(rows, overall, strict=True):
        by_label[row.label].append(score)
    within: dict[str, float] = {}
    for dimension in DIMENSIONS:
        pairs = [
            (dims.get(dimension), row.dimensions.get(dimension))
            for row, dims in zip(rows, dimensions, strict=True)
        ]
        usable = [(p, t) for p, t in pairs if p is not None and t is not None]
        if usable:
            within[dimension] = round(sum(abs(p - t) <= 1 for p, t in usable) / len(usable), 3)
    return SplitReport(
        answers=len(rows),
        auc_strong_vs_weak=round(auc(by_label["strong"], by_label["weak"]), 3),
        spearman=round(spearman(overall, [LABEL_RANK[r.label] for r in rows]), 3),
        within_one=within,
        mean_overall={
            label: round(float(np.mean(v)), 1) if v else float("nan") for label, v in by_label.items()
        },
    )


def validity(
    rows: list[LabelledAnswer], score: Callable[[ScoreInput], Scorecard]
) -> tuple[dict[str, SplitReport], list[tuple[LabelledAnswer, Scorecard]]]:
    """Score every labelled answer; report the dev and held-back splits apart (and together)."""
    cards = [score(row.as_input()) for row in rows]
    out = {}
    for split in ("dev", "held-back"):
        chosen = [(r, c) for r, c in zip(rows, cards, strict=True) if r.split == split]
        out[split] = report([r for r, _ in chosen], [c for _, c in chosen])
    out["all"] = report(rows, cards)
    return out, list(zip(rows, cards, strict=True))


def manipulation_report(
    cases: list[ManipulationCase], score: Callable[[ScoreInput], Scorecard]
) -> dict[str, object]:
    gains, unflagged, results = [], [], []
    for case in cases:

        def scored(answer: str, case: ManipulationCase = case) -> Scorecard:
            return score(
                ScoreInput(
                    id=case.id,
                    role=case.role,
                    question=case.question,
                    objection=case.objection,
                    answer=answer,
                )
            )

        attacked, clean = scored(case.answer), scored(case.clean_answer)
        flagged = any(f.startswith("grader-instruction") for f in attacked.flags)
        if attacked.overall > clean.overall:
            gains.append(case.id)
        if not flagged:
            unflagged.append(case.id)
        results.append(
            {
                "id": case.id,
                "attack": case.attack,
                "clean": clean.overall,
                "attacked": attacked.overall,
                "flagged": flagged,
            }
        )
    return {"cases": len(cases), "score_gains": gains, "unflagged": unflagged, "results": results}


def to_json(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


def calibrate(
    rows: list[LabelledAnswer], analyse: Callable[[ScoreInput], dict[str, float] | None], version: str
) -> Calibration:
    """Fit the reducer on the dev split only; non-answers are left out (they are floored, not fitted)."""
    dev = [row for row in rows if row.split == "dev" and row.fit]
    pairs = []
    for row in dev:
        values = analyse(row.as_input())
        if values is not None:
            pairs.append((values, {str(d): score for d, score in row.dimensions.items()}))
    dumped = "\n".join(r.model_dump_json(exclude={"fit"}) for r in dev)  # as before the field existed
    digest = hashlib.sha256(dumped.encode()).hexdigest()[:16]
    return fit(
        pairs,
        version,
        {"dataset": "evals/datasets/scoring", "split": "dev", "answers": len(pairs), "sha256": digest},
    )
