"""Feedback through the scorer itself, on the marked weak answers (evals/datasets/feedback): the JSON contract
of quotes and rewrites, quotes that cover the marked flaws, suggestions that differ where the flaws differ."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interviewer.scoring.rubric import ScoreInput
from interviewer.scoring.scorer import Scorer
from interviewer.settings import Settings
from tests.test_quotes_and_rewrites import ROWS


@pytest.fixture(scope="module")
def cards(corpus_home: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    scorer = Scorer(Settings(home=corpus_home, threads=2, model="fake:feedback"))
    return {
        r["id"]: scorer.score(
            ScoreInput(
                role="Chief Operating Officer",
                question=r["question"],
                answer=r["answer"],
                objection="objection:degree" if r["kind"] == "objection" else None,
            ),
            judge=False,
        ).contract()
        for r in ROWS
    }


def test_the_contract_holds_quotes_with_offsets_and_three_rewrites(cards: dict[str, dict]) -> None:  # type: ignore[type-arg]
    for row in ROWS:
        card = cards[row["id"]]
        json.dumps(card)
        for dim in card["dimensions"].values():
            for q in dim["quotes"]:
                assert {"text", "start", "end"} <= set(q) and q["start_seconds"] is None  # typed
                assert row["answer"][q["start"] : q["end"]] == q["text"]
        levels = [r["level"] for r in card["rewrites"]]
        assert levels[:2] == ["minimal", "restructured"], row["id"]  # every weak answer has something to fix
        for rewrite in card["rewrites"]:
            assert all(f"[{m}]" in rewrite["text"] for m in rewrite["missing"])


def test_the_scorer_quotes_the_marked_flaws(cards: dict[str, dict]) -> None:  # type: ignore[type-arg]
    found = total = 0
    for row in ROWS:
        for flaw in row["flaws"]:
            start = row["answer"].index(flaw["text"])
            end = start + len(flaw["text"])
            quotes = cards[row["id"]]["dimensions"][flaw["dimension"]]["quotes"]
            total += 1
            found += any(q["start"] < end and start < q["end"] for q in quotes)
    assert found / total >= 0.85, f"{found}/{total}"


def test_answers_with_different_flaws_get_different_suggestions(cards: dict[str, dict]) -> None:  # type: ignore[type-arg]
    seen: dict[tuple[str, ...], str] = {}
    for row in ROWS:
        key = tuple(cards[row["id"]]["suggestions"])
        assert key not in seen, f"{row['id']} and {seen.get(key)} get the same suggestions"
        seen[key] = row["id"]


def test_a_rationale_says_what_the_question_called_for(cards: dict[str, dict]) -> None:  # type: ignore[type-arg]
    about = cards["f-about-cliches"]["dimensions"]["relevance"]["rationale"]
    assert "introduction" in about and "%" not in about
    assert "“" in cards["f-vague-claims"]["dimensions"]["evidence"]["rationale"]
