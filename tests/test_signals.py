"""The deterministic signals are pure functions of the text: tested on hand-made text and the datasets."""

from __future__ import annotations

import pytest

from interviewer.scoring.signals import (
    brief_overlap,
    employer_opening,
    extract_signals,
    find_grader_text,
    non_answer,
    question_overlap,
    self_wants,
)
from interviewer.scoring.validity import load_labelled, load_manipulation
from interviewer.text import count_quantities


def test_quantities_count_money_percentages_and_number_words_but_not_years() -> None:
    assert count_quantities("We grew revenue 18% to $2.4M and doubled the team of twelve.") == 4
    assert count_quantities("In 2019 I joined; by 2021 I left.") == 0
    assert count_quantities("I am good with people.") == 0


def test_employer_first_opening_versus_what_the_candidate_wants() -> None:
    employer = "You need the plant at full output; I took our last one from 40% to 95% in seven months."
    candidate = "I'm looking for a new challenge and the next step in my career. I want to grow."
    assert employer_opening(employer) > employer_opening(candidate)
    assert self_wants(candidate) >= 3 and self_wants(employer) == 0


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        ("", "empty"),
        ("   \n ", "empty"),
        ("Yes.", "no answer given"),
        ("I don't know", "no answer given"),
        ("Leadership.", "one word"),
        ("asdf qwer zxcv uiop hjkl", "gibberish"),
        ("blah blah blah blah blah blah blah", "gibberish"),
        ("asdf 1234 qwer zxcv uiop hjkl wert", "gibberish"),
        ("Why do you want to work here?", "repeats the question"),
    ],
)
def test_non_answers_are_named(answer: str, reason: str) -> None:
    assert non_answer("Why do you want to work here?", answer) == reason


@pytest.mark.parametrize(
    "answer",
    [
        "I cut cost 12% saving $4M across 6 warehouses.",
        "Grew ARR 40% to $30M; NPS 31 to 58; churn 9% to 4%.",
    ],
)
def test_a_terse_answer_dense_with_figures_is_not_gibberish(answer: str) -> None:
    assert non_answer("Why should we hire you?", answer) is None


def test_a_real_short_answer_is_not_a_non_answer() -> None:
    assert (
        non_answer(
            "Why here?", "Because your plant needs the turnaround I led at Acme, which cut scrap by half."
        )
        is None
    )


def test_question_overlap_and_brief_overlap() -> None:
    assert question_overlap("How did you cut supplier costs?", "I cut supplier costs by renegotiating.") > 0.5
    brief = "Northwind Foods is expanding into Brazil after a 12% sales decline in Europe."
    assert (
        brief_overlap(brief, "Your expansion into Brazil and the 12% decline in Europe are why I fit.") > 0.4
    )
    assert brief_overlap(brief, "I like food.") < 0.1
    assert brief_overlap(None, "anything") is None


def test_signals_of_a_structured_answer_with_results() -> None:
    answer = (
        "When I joined, churn was 18%. I rebuilt onboarding with the product team, and as a result "
        "churn fell to 9% within two quarters, saving $2.4M a year."
    )
    signals = extract_signals("Tell me about reducing churn.", answer)
    assert signals.quantities >= 4 and signals.outcomes >= 1
    assert signals.sar_markers >= 2 and signals.results_at_end
    assert signals.hedges == 0 and signals.defensive == 0


def test_objection_signals_tell_acknowledgement_from_defensiveness() -> None:
    calm = extract_signals(
        "No MBA?", "That's a fair question: I don't have an MBA. What I bring instead is a P&L I grew 30%."
    )
    defensive = extract_signals(
        "No MBA?", "Honestly MBAs are overrated and a waste of money, it's not fair to ask."
    )
    assert calm.acknowledges >= 1 and calm.reframes >= 1 and calm.defensive == 0
    assert defensive.defensive >= 2 and defensive.acknowledges == 0


@pytest.mark.parametrize("case", load_manipulation(), ids=lambda c: c.id)
def test_every_manipulation_is_found_and_removed_exactly(case: object) -> None:
    found = find_grader_text(case.answer)  # type: ignore[attr-defined]
    assert found.spans, "the text aimed at the grader was not detected"
    assert found.cleaned.split() == case.clean_answer.split()  # type: ignore[attr-defined]


def test_no_labelled_answer_is_mistaken_for_a_manipulation() -> None:
    mistaken = [row.id for row in load_labelled() if find_grader_text(row.answer).spans]
    assert mistaken == []


def test_legitimate_scores_in_an_answer_are_not_grader_text() -> None:
    answer = "Our customer satisfaction score rose from 3.9/5 to 4.6/5 after I rebuilt the support rota."
    assert find_grader_text(answer).spans == []
