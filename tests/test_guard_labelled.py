"""The guard measured on hand-labelled turns it was not written around (evals/datasets/guard/README.md).

The gates were fixed before the guard was written: every real bad turn caught, 90% of the written bad turns
caught, 95% of the good turns passed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from interviewer.interview.guard import Interview, check_turn
from interviewer.interview.roles import resolve_role

DATA = Path(__file__).parents[1] / "evals/datasets/guard/labelled-turns.jsonl"
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def found(row: dict[str, Any]) -> set[str]:
    interview = Interview.of(resolve_role(row["role"]), row["company"], row["answer"], ("Hiring Manager",))
    return {p.label for p in check_turn(row["text"], interview)}


@pytest.mark.parametrize("row", [r for r in ROWS if r["source"] != "written"], ids=lambda r: r["id"])
def test_every_real_bad_turn_is_caught(row: dict[str, Any]) -> None:
    assert found(row), row["text"]


def test_written_bad_turns_are_caught() -> None:
    bad = [r for r in ROWS if r["source"] == "written" and r["labels"]]
    missed = [r["id"] for r in bad if not found(r)]
    assert len(missed) <= 0.1 * len(bad), missed


def test_good_turns_pass() -> None:
    good = [r for r in ROWS if not r["labels"]]
    flagged = {r["id"]: sorted(found(r)) for r in good if found(r)}
    assert len(flagged) <= 0.05 * len(good), flagged


def test_labels_are_the_right_ones() -> None:
    """Informative per label, gated loosely: a bad turn is caught for (one of) the reasons a reader gives."""
    bad = [r for r in ROWS if r["labels"]]
    wrong_reason = [r["id"] for r in bad if found(r) and not (found(r) & set(r["labels"]))]
    assert len(wrong_reason) <= 0.1 * len(bad), wrong_reason
