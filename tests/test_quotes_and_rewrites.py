"""Feedback that points at the answer, measured on weak answers whose flaws were marked before the code
(evals/datasets/feedback/README.md): quotes are verbatim, cover the marked spans, rewrites invent nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from interviewer.scoring.quotes import find_quotes
from interviewer.scoring.rewrites import build_rewrites

DATA = Path(__file__).parents[1] / "evals/datasets/feedback/flaws.jsonl"
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
DIMENSIONS = ("value_first", "evidence", "relevance", "structure", "objection_handling")


def quotes_of(row: dict[str, Any], score: int = 2) -> dict[str, list[Any]]:
    return {d: find_quotes(d, row["question"], row["answer"], score) for d in DIMENSIONS}  # type: ignore[arg-type]


def test_every_quote_is_verbatim() -> None:
    for row in ROWS:
        for quotes in quotes_of(row).values():
            for q in quotes:
                assert row["answer"][q.start : q.end] == q.text, (row["id"], q)


def test_the_marked_flaws_are_quoted() -> None:
    found, total, missed = 0, 0, []
    for row in ROWS:
        quotes = quotes_of(row)
        for flaw in row["flaws"]:
            start = row["answer"].index(flaw["text"])
            end = start + len(flaw["text"])
            total += 1
            if any(q.start < end and start < q.end for q in quotes[flaw["dimension"]]):
                found += 1
            else:
                missed.append(f"{row['id']}: {flaw['dimension']} {flaw['text']!r}")
    assert found / total >= 0.85, missed


def _facts(text: str) -> set[str]:
    """Figures and capitalised names (not a sentence's first word)."""
    figures = set(re.findall(r"\d+(?:[.,]\d+)?", text))
    names = {m.group(1) for m in re.finditer(r"(?<=[a-z,;] )([A-Z][a-z]+)", text)}
    return figures | names


def test_a_rewrite_from_the_answer_invents_no_figure_or_name() -> None:
    for row in ROWS:
        for rewrite in build_rewrites(row["answer"], "Chief Operating Officer", "Norland Foods", None):
            blanks = re.sub(r"\[[^\]]*\]", "", rewrite.text)
            allowed = _facts(row["answer"]) | {"Chief", "Operating", "Officer", "Norland", "Foods", "I"}
            assert _facts(blanks) <= allowed, (row["id"], rewrite.level, _facts(blanks) - allowed)
            for gap in rewrite.missing:
                assert f"[{gap}]" in rewrite.text


def test_a_rewrite_asks_for_the_missing_figure_instead_of_inventing_one() -> None:
    vague = next(r for r in ROWS if r["id"] == "f-vague-claims")
    minimal, restructured = build_rewrites(vague["answer"], "VP Operations", None, None)
    assert minimal.missing and "[" in minimal.text
    assert restructured.text.startswith("We improved the onboarding process a lot [what changed")
    assert "VP Operations role" in restructured.text and "[what you did yourself" in restructured.text


def test_a_rewrite_leads_with_the_result_the_candidate_gave() -> None:
    answer = (
        "I'm looking for a new challenge. At Carver I rebuilt the weekly operating review, um, around five "
        "measures. Overtime fell 22% within a year."
    )
    minimal, restructured = build_rewrites(answer, "VP Operations", "Brightline", None)
    assert restructured.text.startswith("Overtime fell 22% within a year.")
    assert "I rebuilt the weekly operating review" in restructured.text and "um" not in restructured.text
    assert minimal.text.endswith("I'm looking for a new challenge.")  # wants last
    assert "Brightline" in restructured.text


def test_a_quote_in_a_spoken_answer_knows_where_it_is_in_the_recording() -> None:
    from interviewer.scoring.quotes import timed
    from interviewer.scoring.rubric import DimensionScore, Scorecard
    from interviewer.voice.delivery import Word

    text = "Um, we improved onboarding a lot. It was good."
    said = ["Um,", "we", "improved", "onboarding", "a", "lot.", "It", "was", "good."]
    words = [Word(text=w, start=i * 0.5, end=i * 0.5 + 0.4) for i, w in enumerate(said)]
    quotes = find_quotes("evidence", "How did onboarding go?", text, 2)
    card = Scorecard(
        overall=20,
        dimensions={"evidence": DimensionScore(score=2, rationale="", quotes=quotes)},
        citations=[],
        flags=[],
        suggestions=[],
        calibration="test",
    )
    first = timed(card, text, words).dimensions["evidence"].quotes[0]
    assert first.text.startswith("Um, we improved") and (first.start_seconds, first.end_seconds) == (0.0, 2.9)
