"""The rules every interviewer turn must keep, as pure checks on its text."""

from __future__ import annotations

import pytest

from interviewer.interview.roles import resolve_role
from interviewer.interview.rules import (
    broken_rules,
    clean_turn,
    first_question,
    off_topic,
    role_vocabulary,
    streaming_violation,
)


def role_words(role_id: str) -> set[str]:
    return role_vocabulary(resolve_role(role_id))


def test_a_good_turn_breaks_nothing() -> None:
    assert broken_rules("How did you grow the region from 14 to 31 million?", []) == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Your team sounds large.", "it asks no question"),
        ("Why sales? And why now?", "it asks more than one question"),
        ("Candidate: I led a team of twelve. What else?", "it speaks as the candidate"),
        ("How old are you, if I may ask?", "an interviewer may not lawfully ask"),
        ("I'm sorry, but I do not have the plan. Could you share it?", "steps out of the interviewer's role"),
        ("As an AI language model, what would you like me to ask?", "steps out of the interviewer's role"),
        (" ".join(["word"] * 95) + "?", "longer than 90 words"),
    ],
)
def test_each_rule(text: str, problem: str) -> None:
    assert any(problem in p for p in broken_rules(text, [])), broken_rules(text, [])


def test_a_repeated_question_is_caught() -> None:
    earlier = ["How did you grow the region from 14 to 31 million?"]
    assert "it repeats an earlier question" in broken_rules(
        "How did you grow the region from 14 to 31 million?", earlier
    )


def test_a_planned_question_must_keep_its_subject() -> None:
    words = role_words("vp-sales")
    planned = "Walk me through how you built your sales pipeline for a new segment?"
    for drifted in ("What do you do?", "Can you elaborate on that?", "Why should we expect you to stay?"):
        assert off_topic(drifted, planned, words)
        assert "it drifts from the planned question" in broken_rules(
            drifted, [], planned=planned, vocabulary=words
        )
    for kept in (
        "How did you build the pipeline when you opened the mid-market segment?",
        "How do you coach a new sales team?",
    ):
        assert not off_topic(kept, planned, words)
    # Without a planned question (a probe, the closing) the subject is not checked.
    assert broken_rules("Can you elaborate on that?", []) == []


def test_streaming_stops_on_a_visible_break_and_labels_are_cleaned() -> None:
    assert streaming_violation("Why sales? Why now?") == "it asks more than one question"
    assert streaming_violation("How did you") is None
    assert clean_turn('Interviewer: "How did you grow the region?"') == "How did you grow the region?"
    assert (
        clean_turn('The interviewer asks: "How did you grow the region?"') == "How did you grow the region?"
    )
    assert first_question("Why this team? What interests you here?") == "Why this team?"
    assert first_question("Tell me about it.") == "Tell me about it."


def test_a_request_is_as_good_as_a_question() -> None:
    assert broken_rules("Tell me about a time you cut costs without cutting quality.", []) == []
    assert broken_rules("Give me an example of a hard decision. What did it cost you?", []) == []
