"""The follow-up kit of a real interview logged days later, read as a user would (round 41): people met
written with a title or a seat in brackets, someone from HR who settled the terms, a decision promised for
"end of next week", and a kit read after the day its notes were due."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from interviewer.interview.kit import check_back_day, kit_markdown
from interviewer.interview.real_interview import log_interview, parse_met, real_kit
from interviewer.scoring.thank_you import check_thank_you, greeting_name

THURSDAY = date(2026, 12, 3)


def logged():  # type: ignore[no-untyped-def]
    return log_interview(
        "Medisight Ltd",
        "Clinical Product Manager",
        THURSDAY,
        [
            parse_met("Dr. Aoife Ní Bhriain: clinical safety and the hazard log"),
            parse_met("Tomás García-López (Head of Product): prioritisation between trusts and nurses"),
            parse_met("Sam from HR: notice period and start date"),
        ],
        THURSDAY + timedelta(days=4),
        notes="I told about the obs pilot, missed observations 11% to 3%.",
        decision="they will let me know end of next week",
    )


@pytest.mark.parametrize(
    ("person", "greeting"),
    [
        ("Dr. Aoife Ní Bhriain", "Dr. Ní Bhriain"),
        ("Prof. Jan van der Berg, Chair", "Prof. van der Berg"),
        ("Dr Smith", "Dr Smith"),
        ("Tomás García-López (Head of Product)", "Tomás"),
        ("Priya Nair, CFO", "Priya"),
    ],
)
def test_a_note_opens_with_a_name_never_a_title_alone(person: str, greeting: str) -> None:
    assert greeting_name(person) == greeting
    # The check reads the greeting back as the same person.
    check = check_thank_you(f"Dear {greeting}, thank you for your time today.", person, "")
    assert check.addressed_to == greeting and not any("Address the note" in s for s in check.suggestions)


def test_each_draft_greets_by_name_and_the_seat_in_brackets_is_the_title() -> None:
    kit = real_kit(logged())
    doctor, head, hr = kit.notes
    # "Dear Dr.," had greeted a title.
    assert doctor.text.startswith("Dear Dr. Ní Bhriain, thank you")
    assert head.interviewer == "Tomás García-López, Head of Product" and head.text.startswith("Dear Tomás,")
    # The notes' "I told about ..." is said as the result itself.
    assert (
        "I told about" not in doctor.text and "The obs pilot, missed observations 11% to 3%." in doctor.text
    )


def test_the_terms_of_the_job_are_thanked_for_not_planned() -> None:
    kit = real_kit(logged())
    hr_note, hr_idea = kit.notes[2].text, kit.share_ideas[2].idea
    assert "taking me through notice period and start date" in hr_note
    assert "helped me see what" not in hr_note
    assert hr_idea.startswith("Confirm notice period and start date in writing")
    assert kit.share_ideas[1].idea.startswith("A short note or one-page plan on prioritisation")


@pytest.mark.parametrize(
    ("said", "day", "back"),
    [
        # Thursday 3 December: the end of next week is Friday 11 December, not a week on (Thursday the 10th).
        ("they will let me know end of next week", THURSDAY, date(2026, 12, 11)),
        ("We decide at the end of the month", THURSDAY, date(2026, 12, 31)),
        ("by the end of this month", date(2026, 11, 16), date(2026, 11, 30)),
        ("next week", THURSDAY, date(2026, 12, 10)),
    ],
)
def test_a_decision_day_said_is_the_day_to_check_back(said: str, day: date, back: date) -> None:
    assert check_back_day(said, day) == back


def test_a_kit_read_after_its_days_says_they_are_past() -> None:
    kit = real_kit(logged())
    on_time = kit_markdown(kit, THURSDAY + timedelta(days=1))
    assert "late" not in on_time
    late = kit_markdown(kit, date(2026, 12, 7))
    assert "**The notes are late** (the day to send them was 2026-12-04)" in late
    assert 'on Thursday rather than "today"' in late and "has come" not in late
    assert "The day to check back (2026-12-11) has come" in kit_markdown(kit, date(2026, 12, 11))
    # Without a day to read it on, the kit is the same on any day.
    assert kit_markdown(kit) == kit_markdown(kit, None)
