"""The pipeline, a logged real interview's follow-up kit and the story bank, through the command line on a
pinned day: what is typed wrong is one sentence and changes nothing stored, and the pipeline outlives a
restart of the store."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import time_machine

from interviewer import cli
from interviewer.errors import InputError
from interviewer.interview.pipeline import new_application
from interviewer.interview.pipeline_store import MAX_APPLICATIONS, PipelineStore
from interviewer.interview.plan import build_plan
from interviewer.interview.profile import Profile
from interviewer.interview.roles import resolve_role
from interviewer.interview.session import Session
from interviewer.interview.store import MIGRATIONS, SessionStore
from interviewer.settings import Settings

TODAY = date(2026, 12, 2)


@pytest.fixture(autouse=True)
def pinned() -> Iterator[None]:
    # Noon in UTC, with the zone pinned too: the same day whatever the machine's clock and timezone.
    with time_machine.travel(datetime(2026, 12, 2, 12, 0, tzinfo=ZoneInfo("UTC")), tick=False):
        yield


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def store() -> PipelineStore:
    return PipelineStore(SessionStore(Settings.from_env().sessions_db))


def listed(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    code, out, _ = run(capsys, "pipeline", "list", "--json")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def test_a_logged_interview_gets_a_kit_and_joins_the_pipeline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        *("follow-up", "log", "--company", "Norland Foods", "--role", "CFO", "--date", "2026-11-30"),
        *("--met", "Priya Nair: cash forecasting accuracy", "--met", "Tom Lindqvist: the ERP migration"),
        *("--notes", "Told them we cut the close from 12 to 5 days.", "--decision", "in two weeks"),
    )
    assert code == 0
    interview_id = out.splitlines()[0]
    ics = tmp_path / "kit.ics"
    code, out, _ = run(capsys, "follow-up", "kit", interview_id, "--json", "--ics", str(ics))
    kit = json.loads(out[out.index("{") :])
    assert kit["session"] == interview_id and kit["check_back"] == "2026-12-14"
    assert [n["interviewer"] for n in kit["notes"]] == ["Priya Nair", "Tom Lindqvist"]
    assert {"interviewer", "text", "score"} <= kit["notes"][0].keys() and kit["notes"][0]["score"] >= 75
    assert "the ERP migration" in kit["share_ideas"][1]["idea"]
    events = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")}
    assert events[f"{interview_id}-thank-you@interviewer"].decoded("DTSTART") == date(2026, 12, 1)
    assert events[f"{interview_id}-check-back@interviewer"].decoded("DTSTART") == date(2026, 12, 14)
    (entry,) = listed(capsys)["entries"]  # type: ignore[misc]
    assert entry["application"]["stage"] == "interviewing"
    assert [i["id"] for i in entry["interviews"]] == [interview_id]
    assert entry["next_action"] == {
        "text": "Wait for their decision; line up another application meanwhile",
        "due": "2026-12-14",
    }
    # A note made one's own from the terminal: checked, kept, and the kit's from then on.
    own = tmp_path / "note.txt"
    own.write_text("Dear Tom, thank you for the ERP migration questions; I will send our cut-over plan.")
    code, out, _ = run(capsys, "follow-up", "note", interview_id, "--to", "Tom Lindqvist", "--file", str(own))
    assert code == 0 and out.startswith("Kept: ")
    code, out, _ = run(capsys, "follow-up", "kit", interview_id, "--json")
    assert json.loads(out)["notes"][1]["text"].startswith("Dear Tom, thank you for the ERP migration")
    code, _, err = run(capsys, "follow-up", "note", interview_id, "--to", "Someone Else", "--file", str(own))
    assert code == 1 and "not one of the people met" in err


def test_a_second_interview_moves_the_open_application_on(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(capsys, "pipeline", "add", "--company", "Acme", "--role", "CFO", "--date", "2026-11-01")[0] == 0
    )
    code, _, _ = run(
        capsys, "follow-up", "log", "--company", "acme", "--role", "cfo", "--met", "Ann: margins"
    )
    assert code == 0
    (entry,) = listed(capsys)["entries"]  # type: ignore[misc]
    assert entry["application"]["stage"] == "interviewing" and len(entry["interviews"]) == 1
    assert entry["application"]["last_activity"] == "2026-12-02"
    assert entry["next_action"]["text"].startswith("Send the thank-you notes")


def test_add_stage_export_and_delete(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = []
    for company in ("Acme", "Initech", "Globex"):
        code, out, _ = run(capsys, "pipeline", "add", "--company", company, "--role", "CFO")
        ids.append(out.strip())
    code, out, _ = run(capsys, "pipeline", "stage", ids[0], "interviewing", "--next", "round two")
    assert code == 0 and "interviewing" in out
    code, out, _ = run(
        capsys,
        "pipeline",
        "stage",
        ids[0],
        "interviewing",
        "--next",
        "round two",
        "--next-date",
        "2026-12-09",
    )
    view = listed(capsys)
    assert view["warnings"] == [] and view["active"] == 3
    first = view["entries"][0]  # type: ignore[index]
    assert (
        first["next_action"]["text"].startswith("Prepare for round two")
        and first["next_action"]["due"] == "2026-12-09"
    )
    markdown, table = tmp_path / "pipeline.md", tmp_path / "pipeline.csv"
    assert run(capsys, "pipeline", "export", "--md", str(markdown), "--csv", str(table))[0] == 0
    assert "| Acme | CFO | interviewing |" in markdown.read_text(encoding="utf-8")
    assert [r["company"] for r in csv.DictReader(table.open(encoding="utf-8"))] == [
        "Acme",
        "Globex",
        "Initech",
    ]
    code, out, _ = run(capsys, "pipeline", "export", "--json")
    assert len(json.loads(out)["entries"]) == 3
    code, out, _ = run(capsys, "pipeline", "delete", ids[1])
    assert code == 0 and out == f"Deleted {ids[1]}.\n"
    code, out, _ = run(capsys, "pipeline", "list")
    assert "Initech" not in out and "warning: The pipeline is thin: 2 active applications" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["pipeline", "add", "--company", " ", "--role", "CFO"], "The company name is empty"),
        (["pipeline", "add", "--company", "A", "--role", "CFO", "--stage", "won"], "Unknown stage 'won'"),
        (["pipeline", "add", "--company", "A", "--role", "B", "--next-date", "2026-12-01"], "already past"),
        (["pipeline", "add", "--company", "A", "--role", "B", "--date", "2026-13-01"], "not a date"),
        (["pipeline", "stage", "KEEP", "hired"], "Unknown stage 'hired'"),
        (["pipeline", "stage", "nope", "offer"], "No application 'nope'"),
        (["pipeline", "delete", "nope"], "No application or logged interview 'nope' to delete"),
        (["follow-up", "log", "--company", "A", "--role", "B", "--met", "Ann margins"], "not 'Name: what"),
        (["follow-up", "log", "--company", "A", "--role", "B", "--met", ": margins"], "not 'Name: what"),
        (
            ["follow-up", "log", "--company", "A", "--role", "B", "--date", "2026-12-03", "--met", "A: b"],
            "after today",
        ),
        (["follow-up", "log", "--company", "A", "--role", "B"], "at least one person"),
        (["follow-up", "kit", "nope"], "No session or logged interview 'nope'"),
        (
            ["pipeline", "add", "--company", "A", "--role", "B", "--stage", "offer", "--date", "2027-01-01"],
            "after today",
        ),
    ],
)
def test_bad_input_is_one_sentence_and_loses_nothing(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = new_application("Keep Co", "CFO", TODAY)
    store().add([kept])
    before = listed(capsys)
    code, out, err = run(capsys, *[kept.id if a == "KEEP" else a for a in argv])
    assert code == 1 and out == "" and err.startswith("error: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert listed(capsys) == before


def test_five_thousand_applications_list_and_the_next_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    pipeline = store()
    pipeline.add([new_application(f"Company {n}", "CFO", TODAY) for n in range(MAX_APPLICATIONS)])
    view = listed(capsys)
    assert len(view["entries"]) == MAX_APPLICATIONS  # type: ignore[arg-type]
    code, _, err = run(capsys, "pipeline", "add", "--company", "One more", "--role", "CFO")
    assert code == 1 and "already holds 5,000 applications and keeps at most 5,000" in err
    code, _, err = run(capsys, "follow-up", "log", "--company", "New", "--role", "CFO", "--met", "A: b")
    assert code == 1 and "keeps at most 5,000" in err
    with pytest.raises(InputError):
        pipeline.add([new_application("Two", "CFO", TODAY), new_application("Three", "CFO", TODAY)])
    assert len(pipeline.applications()) == MAX_APPLICATIONS


def test_the_pipeline_survives_a_restart() -> None:
    first = store()
    app = new_application("Acme", "CFO", TODAY, stage="screening")
    first.add([app])
    again = PipelineStore(SessionStore(Settings.from_env().sessions_db))
    assert again.applications() == [app]
    assert again.store.schema_version == first.store.schema_version == len(MIGRATIONS)


def finished_session(company: str, resume: str, answer: str, overall: int) -> Session:
    from tests.test_stories import card

    profile = Profile(role=resolve_role("cfo"), resume=resume, company=company, length="short")
    session = Session(model="fake", profile=profile, plan=build_plan(profile, [], seed=0), status="finished")
    from interviewer.interview.session import Turn

    session.turns.append(
        Turn(
            index=0,
            stage="interview",
            kind="question",
            topic="cash",
            move=None,
            interviewer="Daniel Reyes",
            question="How would you fund the depot?",
            answer=answer,
            scorecard=card(overall),
        )
    )
    return session


def test_mock_sessions_and_stories_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.test_stories import DSO, RESUME

    session = finished_session("Acme", RESUME, DSO, 84)
    store().store.save(session)
    run(capsys, "pipeline", "add", "--company", "ACME", "--role", "CFO")
    (entry,) = listed(capsys)["entries"]  # type: ignore[misc]
    assert [p["session"] for p in entry["practice"]] == [session.id] and entry["practice"][0][
        "mean_overall"
    ] == 84
    code, out, _ = run(capsys, "stories", "--json")
    bank = json.loads(out)
    assert code == 0 and bank["answers"] == 1 and bank["warnings"] == []
    assert bank["stories"][0]["uses"][0]["question"] == "How would you fund the depot?"
    code, out, _ = run(capsys, "stories", "--session", session.id)
    assert "[resume]  Led a finance team of 30" in out and "answered (84): How would you fund" in out
    # A logged interview with no result in its notes restates the strongest story.
    code, out, _ = run(capsys, "follow-up", "log", "--company", "Acme", "--role", "CFO", "--met", "Ann: cash")
    code, out, _ = run(capsys, "follow-up", "kit", out.splitlines()[0], "--json")
    assert "$12M" in json.loads(out)["notes"][0]["text"]


def test_a_repaired_database_keeps_the_pipeline(tmp_path: Path) -> None:
    from interviewer.interview.real_interview import Met, log_interview
    from interviewer.interview.store_repair import quarantine

    path = tmp_path / "sessions.sqlite3"
    pipeline = PipelineStore(SessionStore(path))
    app = new_application("Acme", "CFO", TODAY)
    pipeline.add([app])
    logged = pipeline.log_interview(
        log_interview("Acme", "CFO", TODAY, [Met(name="A", cared_about="b")], TODAY), TODAY
    )
    notice = quarantine(path, "a test", lambda: None if SessionStore(path) else None)
    assert "with 1 pipeline application(s)." in notice
    again = PipelineStore(SessionStore(path))
    assert [a.id for a in again.applications()] == [app.id]
    assert again.interview(logged.id) == logged


def test_a_logged_interview_can_be_deleted_alone_or_with_its_application(
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = run(capsys, "follow-up", "log", "--company", "Acme", "--role", "CFO", "--met", "Ann: cash")[1]
    second = run(capsys, "follow-up", "log", "--company", "Acme", "--role", "CFO", "--met", "Bo: tax")[1]
    first_id, second_id = first.splitlines()[0], second.splitlines()[0]
    assert run(capsys, "pipeline", "delete", first_id)[1] == f"Deleted the logged interview {first_id}.\n"
    (entry,) = listed(capsys)["entries"]  # type: ignore[misc]
    assert [i["id"] for i in entry["interviews"]] == [second_id]
    app_id = entry["application"]["id"]
    assert (
        run(capsys, "pipeline", "delete", app_id)[1] == f"Deleted {app_id} and its 1 logged interview(s).\n"
    )
    assert listed(capsys)["entries"] == [] and store().interview(second_id) is None
    assert run(capsys, "follow-up", "kit", second_id)[0] == 1
