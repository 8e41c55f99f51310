"""The job-search pipeline: checked applications, the next action its dates call for, and the thin and
stalled warnings, all on pinned days."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest

from interviewer.errors import InputError
from interviewer.interview.pipeline import (
    Application,
    Practised,
    moved,
    new_application,
    next_action,
    pipeline_view,
    view_csv,
    view_markdown,
)
from interviewer.interview.real_interview import Met, log_interview

TODAY = date(2026, 12, 2)


def app(company: str = "Acme", stage: str = "applied", applied: date = TODAY) -> Application:
    return new_application(company, "CFO", TODAY, stage=stage, applied_on=applied)


def test_an_application_is_checked_as_it_is_added() -> None:
    made = new_application(" Acme  Corp ", "CFO", TODAY)
    assert (made.company, made.stage, made.applied_on, made.last_activity) == (
        "Acme Corp",
        "applied",
        TODAY,
        TODAY,
    )
    with pytest.raises(InputError, match="company name is empty"):
        new_application("  ", "CFO", TODAY)
    with pytest.raises(InputError, match="Unknown stage 'waiting'; use one of applied, screening"):
        new_application("Acme", "CFO", TODAY, stage="waiting")
    with pytest.raises(InputError, match="after today"):
        new_application("Acme", "CFO", TODAY, applied_on=TODAY + timedelta(days=1))
    with pytest.raises(InputError, match="next-step date 2026-12-01 is already past"):
        new_application("Acme", "CFO", TODAY, next_step="round two", next_step_on=TODAY - timedelta(days=1))


def test_a_stage_change_is_todays_activity_and_checks_its_next_step() -> None:
    later = TODAY + timedelta(days=5)
    changed = moved(app(applied=date(2026, 11, 1)), "Interviewing", later)
    assert changed.stage == "interviewing" and changed.last_activity == later
    with pytest.raises(InputError, match="Unknown stage"):
        moved(changed, "hired", later)
    with pytest.raises(InputError, match="already past"):
        moved(changed, "interviewing", later, "round two", TODAY)


@pytest.mark.parametrize(
    ("days_after", "expected", "due"),
    [
        (0, "Send the thank-you notes", date(2026, 11, 24)),
        (1, "Send the thank-you notes", date(2026, 11, 24)),
        (5, "Wait for their decision", date(2026, 11, 30)),
        (14, "Check back", date(2026, 11, 30)),
    ],
)
def test_after_a_real_interview_the_notes_then_waiting_then_checking_back(
    days_after: int, expected: str, due: date
) -> None:
    held = date(2026, 11, 23)
    interview = log_interview("Acme", "CFO", held, [Met(name="Priya", cared_about="cash")], held, decision="")
    entry = app(stage="interviewing", applied=date(2026, 11, 1))
    action = next_action(entry, [interview], [], held + timedelta(days=days_after))
    assert action.text.startswith(expected) and action.due == due


def test_each_stage_has_its_own_next_action() -> None:
    assert next_action(app(), [], [], TODAY).text.startswith("Wait for a reply")
    assert next_action(app(applied=TODAY - timedelta(days=8)), [], [], TODAY).text.startswith("Follow up")
    assert "mock interview" in next_action(app(stage="screening"), [], [], TODAY).text
    practised = [Practised(session="s1", on=TODAY, role="CFO", mean_overall=70.0)]
    assert "weak spots" in next_action(app(stage="interviewing"), [], practised, TODAY).text
    assert next_action(app(stage="offer"), [], [], TODAY).text.startswith("Weigh the offer")
    assert next_action(app(stage="closed"), [], [], TODAY).due is None
    round_two = new_application(
        "Acme",
        "CFO",
        TODAY,
        stage="interviewing",
        next_step="round two",
        next_step_on=TODAY + timedelta(days=3),
    )
    action = next_action(round_two, [], [], TODAY)
    assert action.text.startswith("Prepare for round two") and action.due == TODAY + timedelta(days=3)


def test_a_thin_pipeline_is_warned_about_and_a_full_one_is_not() -> None:
    view = pipeline_view([app("A"), app("B"), app("C", stage="closed")], {}, {}, TODAY)
    assert view.active == 2 and len(view.warnings) == 1 and "thin: 2 active applications" in view.warnings[0]
    assert pipeline_view([app("A"), app("B"), app("C")], {}, {}, TODAY).warnings == []


def test_a_stalled_pipeline_is_warned_about_from_the_fourteenth_day() -> None:
    apps = [app(name, applied=TODAY - timedelta(days=20)) for name in "ABC"]
    assert pipeline_view(apps, {}, {}, TODAY - timedelta(days=7)).warnings == []
    view = pipeline_view(apps, {}, {}, TODAY - timedelta(days=6))
    assert view.warnings == [
        "The pipeline has stalled: nothing has moved for 14 days; send one application or check back on one "
        "this week."
    ]
    assert all(e.stalled for e in view.entries)
    # A real interview is activity: logged a day ago, nothing has stalled.
    interview = log_interview("A", "CFO", TODAY - timedelta(days=1), [Met(name="P", cared_about="x")], TODAY)
    fresh = pipeline_view(apps, {apps[0].id: [interview]}, {}, TODAY)
    assert not fresh.entries[0].stalled or fresh.entries[0].application.company != "A"
    assert not any("stalled" in w for w in fresh.warnings)


def test_mock_sessions_for_the_company_appear_beside_its_application() -> None:
    practised = {"acme": [Practised(session="s1", on=TODAY, role="CFO", mean_overall=71.5)]}
    view = pipeline_view([app("ACME"), app("Initech")], {}, practised, TODAY)
    by_company = {e.application.company: e for e in view.entries}
    assert [p.session for p in by_company["ACME"].practice] == ["s1"] and by_company["Initech"].practice == []


def test_the_exports_hold_every_application_and_keep_formulas_as_text() -> None:
    view = pipeline_view([app("=HYPERLINK(1)"), app("Pipe | Co", stage="offer")], {}, {}, TODAY)
    rows = list(csv.DictReader(io.StringIO(view_csv(view))))
    assert {r["company"] for r in rows} == {"'=HYPERLINK(1)", "Pipe | Co"}
    assert rows[0].keys() >= {"id", "stage", "next_action", "due", "stalled"}
    markdown = view_markdown(view)
    assert "Pipe \\| Co" in markdown and "> The pipeline is thin" in markdown
