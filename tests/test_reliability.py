"""The reliability figures shown beside every score are recomputed here from the committed `scoring`
recording and the labelled answers: they cannot drift from what the scorer does."""

from __future__ import annotations

import json
from pathlib import Path

from interviewer.scoring.reliability import (
    length_bias,
    length_bias_by_label,
    load_reliability,
    reliability_note,
)
from interviewer.scoring.rubric import overall_score
from interviewer.scoring.validity import load_labelled

RECORDING = Path(__file__).parents[1] / "evals/recordings/scoring.result.json"


def test_the_published_figures_match_the_recording() -> None:
    figures = load_reliability()
    assert figures is not None
    result = json.loads(RECORDING.read_text(encoding="utf-8"))
    rows = {r.id: r for r in load_labelled()}
    samples = result["samples"]
    assert figures.labelled == len(samples)
    assert figures.answers == sum(s["outputs"]["split"] == "held-back" for s in samples)
    metrics = result["metrics"]
    assert (figures.auc_strong_vs_weak, figures.spearman, figures.within_one) == (
        metrics["held-back.auc"],
        metrics["held-back.spearman"],
        metrics["held-back.within_one"],
    )
    words = [len(rows[s["id"]].answer.split()) for s in samples]
    overall = [s["outputs"]["overall"] for s in samples]
    labelled = [float(overall_score(rows[s["id"]].dimensions)) for s in samples]
    assert figures.length_bias == length_bias(words, overall, labelled)
    assert figures.length_bias_by_label == length_bias_by_label(
        words, overall, [rows[s["id"]].label for s in samples]
    )


def test_the_note_says_it_in_words() -> None:
    note = reliability_note(load_reliability())
    assert "never used to fit" in note and "length bias" in note
    assert reliability_note(None) == ""
