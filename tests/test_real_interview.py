"""A logged real interview: what is typed is checked, and its follow-up kit comes from the same builder as a
mock session's, scored by the same thank-you check."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from interviewer.errors import InputError
from interviewer.interview.kit import kit_ics, kit_markdown
from interviewer.interview.real_interview import (
    Met,
    RealInterview,
    log_interview,
    parse_date,
    parse_met,
    real_kit,
)
from interviewer.scoring.thank_you import check_thank_you

MONDAY = date(2026, 11, 30)


def logged(notes: str = "", decision: str = "") -> RealInterview:
    return log_interview(
        "Norland Foods",
        "Chief Financial Officer",
        MONDAY,
        [parse_met("Priya Nair: Cash forecasting accuracy."), parse_met("Tom Lindqvist: the ERP migration")],
        MONDAY + timedelta(days=1),
        notes=notes,
        decision=decision,
    )


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("Priya Nair", "not 'Name: what they cared about'"),
        (": cash", "not 'Name: what they cared about'"),
        ("Priya:   ", "not 'Name: what they cared about'"),
        ("She asked about cash flow and I said. Then: more", "should start with the person's name"),
    ],
)
def test_a_malformed_met_is_one_clear_sentence(typed: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_met(typed)


def test_met_keeps_the_name_and_what_they_cared_about() -> None:
    assert parse_met("  Dr. Priya Nair :  cash: and timing ") == Met(
        name="Dr. Priya Nair", cared_about="cash: and timing"
    )


def test_an_interview_that_has_not_happened_yet_cannot_be_logged() -> None:
    with pytest.raises(InputError, match="after today"):
        log_interview("Acme", "CFO", MONDAY + timedelta(days=1), [Met(name="P", cared_about="x")], MONDAY)
    with pytest.raises(InputError, match="at least one person"):
        log_interview("Acme", "CFO", MONDAY, [], MONDAY)
    with pytest.raises(InputError, match="role is empty"):
        log_interview("Acme", " ", MONDAY, [Met(name="P", cared_about="x")], MONDAY)
    with pytest.raises(InputError, match="not a date; write it as YYYY-MM-DD"):
        parse_date("30/11/2026", "interview date")


def test_each_person_gets_a_note_that_recalls_their_topic_and_restates_a_result() -> None:
    interview = logged(notes="We cut the monthly close from 12 to 5 days at Halden.", decision="in two weeks")
    kit = real_kit(interview)
    assert kit.session == interview.id and kit.source == "real"
    assert (kit.interviewed_on, kit.thank_you_by, kit.check_back) == (
        MONDAY,
        MONDAY + timedelta(days=1),
        MONDAY + timedelta(days=14),
    )
    priya, tom = kit.notes
    assert priya.text.startswith("Dear Priya,") and "cash forecasting accuracy;" in priya.text
    assert "the ERP migration" in tom.text and "12 to 5 days" in tom.text
    conversation = "Cash forecasting accuracy. the ERP migration We cut the monthly close from 12 to 5 days"
    assert priya.score == check_thank_you(priya.text, "Priya Nair", conversation).score
    assert check_thank_you(priya.text, "Priya Nair", conversation).restates_value
    assert [i.idea for i in kit.share_ideas][0].startswith(
        "A short note or one-page plan on cash forecasting"
    )


def test_without_a_result_in_the_notes_the_strongest_story_is_restated() -> None:
    kit = real_kit(logged(), ["Released $12M of cash by cutting DSO from 68 to 41."])
    assert "$12M" in kit.notes[0].text
    bare = real_kit(logged())
    assert "[one result of yours" in bare.notes[0].text and bare.check_back == MONDAY + timedelta(days=7)


def test_the_kit_exports_as_markdown_and_a_calendar_that_reads_back() -> None:
    kit = real_kit(logged(decision="We will decide by next Friday."))
    assert kit.check_back == date(2026, 12, 4)
    assert "# Follow-up kit: Chief Financial Officer at Norland Foods" in kit_markdown(kit)
    calendar = icalendar.Calendar.from_ical(kit_ics(kit, datetime(2026, 11, 30, tzinfo=UTC)))
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert events[f"{kit.session}-thank-you@interviewer"].decoded("DTSTART") == date(2026, 12, 1)
    assert events[f"{kit.session}-check-back@interviewer"].decoded("DTSTART") == date(2026, 12, 4)
    assert "Tom Lindqvist" in str(events[f"{kit.session}-check-back@interviewer"]["DESCRIPTION"])


def test_notes_far_too_long_are_refused_not_cut() -> None:
    with pytest.raises(InputError, match="notes text is 20,001 characters long"):
        log_interview("Acme", "CFO", MONDAY, [Met(name="P", cared_about="x")], MONDAY, notes="x" * 20_001)


def test_an_edited_note_is_kept_and_checked(tmp_path: Path) -> None:
    from interviewer.interview.store import SessionStore
    from interviewer.job_search import JobSearch

    search = JobSearch(SessionStore(tmp_path / "s.sqlite3"), tmp_path / "reports")
    day = date(2026, 3, 2)
    logged = search.log("Norland", "CFO", day, [parse_met("Priya Shah: the ERP migration")], day)
    with pytest.raises(InputError, match="not one of the people met"):
        search.edit_note(logged.id, "Someone Else", "Dear X, thanks.")
    with pytest.raises(InputError):
        search.edit_note(logged.id, "Priya Shah", "   ")
    check = search.edit_note(logged.id, "Priya Shah", "Dear Priya, thank you for today and the ERP talk.")
    assert 0 <= check.score <= 100
    kit, _ = search.kit(logged.id)
    assert kit.notes[0].text.startswith("Dear Priya, thank you for today") and not kit.notes[0].drafted
