"""The follow-up kit of a finished interview: a note per interviewer, the dates, ideas to share, and a
calendar file that a real calendar library reads back."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest

from interviewer import cli
from interviewer.errors import InputError
from interviewer.interview.engine import Engine
from interviewer.interview.kit import build_kit, check_back_day, kit_ics
from interviewer.interview.store import SessionStore
from interviewer.settings import Settings
from tests.integration.test_engine import JOB, RESUME_BA, STRONG, fake, play

MONDAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("May I check back next Friday if I haven't heard?", date(2026, 12, 4)),
        ("When will you decide? In two weeks?", date(2026, 12, 14)),
        ("Could I follow up in 3 days?", date(2026, 12, 3)),
        ("What are the next steps?", date(2026, 12, 7)),  # nothing said: a week on
        ("I'll check back by Monday.", date(2026, 12, 7)),
    ],
)
def test_the_check_back_day_comes_from_what_was_said(said: str, expected: date) -> None:
    assert check_back_day(said, MONDAY) == expected


@pytest.fixture()
def engine(corpus_home: Path, tmp_path: Path) -> Engine:
    settings = Settings(home=corpus_home, threads=2, model="fake:kit")
    return Engine(settings, store=SessionStore(tmp_path / "sessions.sqlite3"))


def finished(engine: Engine, persona: str) -> str:
    profile = engine.profile("cfo", resume=RESUME_BA, job_description=JOB, persona=persona, length="short")
    session = engine.start(profile, seed=2)
    play(engine, session, [STRONG] * 16)
    assert session.status == "finished"
    return session.id


def test_a_panel_gets_a_note_an_idea_and_two_dates(engine: Engine, tmp_path: Path) -> None:
    session = engine.resume(finished(engine, "panel"))
    kit = build_kit(session)
    assert [n.interviewer.split(",")[0] for n in kit.notes] == ["Daniel Reyes", "Priya Nair", "Tom Lindqvist"]
    assert all(n.text and 0 <= n.score <= 100 for n in kit.notes)
    assert len(kit.share_ideas) == 3 and all(i.idea for i in kit.share_ideas)
    assert kit.thank_you_by > kit.interviewed_on and kit.check_back > kit.interviewed_on
    stamp = datetime.fromisoformat(session.updated_at)
    calendar = icalendar.Calendar.from_ical(kit_ics(kit, stamp))
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert events[f"{session.id}-thank-you@interviewer"].decoded("DTSTART") == kit.thank_you_by
    assert events[f"{session.id}-check-back@interviewer"].decoded("DTSTART") == kit.check_back
    assert "Tom Lindqvist" in str(events[f"{session.id}-thank-you@interviewer"]["DESCRIPTION"])


def test_the_command_prints_the_json_contract_and_writes_the_calendar(
    corpus_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERVIEWER_HOME", str(corpus_home))
    monkeypatch.setenv("INTERVIEWER_MODEL", "fake:kit")
    engine = Engine(Settings.from_env())
    session_id = finished(engine, "skeptical-hiring-manager")
    ics = tmp_path / "kit.ics"
    assert cli.main(["follow-up", "kit", session_id, "--json", "--ics", str(ics)]) == 0
    out = capsys.readouterr().out
    kit = json.loads(out[out.index("{") :])
    assert kit["session"] == session_id and date.fromisoformat(kit["check_back"])
    assert {"interviewer", "text", "score"} <= kit["notes"][0].keys()
    assert {"interviewer", "idea"} <= kit["share_ideas"][0].keys()
    assert len(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 2
    assert b"\r\n" in ics.read_bytes()


def test_an_unfinished_interview_has_no_kit_yet(engine: Engine) -> None:
    fake(engine).enqueue("Welcome, shall we begin?", "What do you want to fix first here?")
    session = engine.start(engine.profile("cfo", length="short"), seed=3)
    list(engine.next_turn(session))
    with pytest.raises(InputError, match="not finished"):
        build_kit(session)


def test_practice_plan_lists_what_was_weak_once_it_falls_due(
    own_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import time_machine

    from tests.integration.test_engine import WEAK

    # A home of its own: other tests' sessions, answered "later" than this pinned March, would be newer
    # reviews of the same questions and move their due days.
    monkeypatch.setenv("INTERVIEWER_HOME", str(own_home))
    monkeypatch.setenv("INTERVIEWER_MODEL", "fake:practice")
    with time_machine.travel(datetime(2026, 3, 2, 9, 0), tick=False):
        engine = Engine(Settings.from_env())
        session = engine.start(engine.profile("cfo", length="short"), seed=4)
        play(engine, session, [WEAK] * 2)
        assert cli.main(["practice", "plan", "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == {"due": []}  # nothing is due the same day
    with time_machine.travel(datetime(2026, 3, 4, 9, 0), tick=False):
        assert cli.main(["practice", "plan", "--json"]) == 0
        due = json.loads(capsys.readouterr().out)["due"]
    kinds = {d["kind"] for d in due}
    assert {"question", "dimension"} <= kinds
    weak = next(d for d in due if d["kind"] == "question")
    assert weak["due"] == "2026-03-03" and weak["last_score"] is not None and weak["last_score"] < 60
    assert {"kind", "topic", "due", "last_score"} <= weak.keys()


def test_practice_start_asks_the_weak_spots_first(
    own_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import time_machine

    from interviewer.models.registry import get_model
    from tests.integration.test_engine import WEAK, line

    monkeypatch.setenv("INTERVIEWER_HOME", str(own_home))
    monkeypatch.setenv("INTERVIEWER_MODEL", "fake:weak-spots")
    with time_machine.travel(datetime(2026, 3, 2, 9, 0), tick=False):
        engine = Engine(Settings.from_env())
        profile = engine.profile("cfo", resume=RESUME_BA, job_description=JOB, length="short")
        first = engine.start(profile, seed=4)
        play(engine, first, [WEAK] * 2)
        weak_question = next(t for t in first.turns if t.kind == "question" and t.answer).move
        weak_id = first.plan.conversation[weak_question][1].question_id  # type: ignore[index]
    with time_machine.travel(datetime(2026, 3, 4, 9, 0), tick=False):
        get_model("fake:weak-spots").enqueue(*(line(i) for i in range(12)))  # type: ignore[attr-defined]
        answers = tmp_path / "answers.txt"
        answers.write_text(WEAK)
        assert cli.main(["practice", "start", "--answers", str(answers)]) == 0
    out = capsys.readouterr().out
    assert "Practising" in out and weak_id in out
    practised = sorted(Engine(Settings.from_env()).store.list(), key=lambda s: s.created_at)[-1]
    plan = Engine(Settings.from_env()).store.load(practised.id).plan
    asked = [m.question_id for _, m in plan.conversation if m.kind == "question"]
    assert weak_id in asked[:3]
