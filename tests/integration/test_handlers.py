"""The app's handlers called directly, without a browser or a server: each takes plain values and returns
updates keyed by component (here, the components' names)."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from interviewer.models.fake import FakeChatModel
from interviewer.models.registry import get_model
from interviewer.practice import Practice, Setup
from interviewer.settings import Settings
from interviewer.ui import handlers as h
from interviewer.ui import history as hist
from interviewer.ui.layout import UI
from tests.helpers import FINANCE_QUESTIONS

STRONG = (
    "When I joined Halden, DSO was 68 days. I rebuilt credit control with the sales team and within two "
    "quarters it fell to 41, releasing $12M of cash that paid for the new depot without new debt."
)


@pytest.fixture()
def ui() -> UI:
    return UI(**{f.name: f.name for f in fields(UI)})  # each component stands in as its own name


@pytest.fixture()
def practice(corpus_home: Path, tmp_path: Path) -> Practice:
    home = tmp_path / "home"
    home.mkdir()
    (home / "chroma").symlink_to(corpus_home / "chroma", target_is_directory=True)
    practice = Practice(Settings(home=home, model="fake:handlers", threads=2))
    practice.ready.set()
    model = get_model("fake:handlers")
    assert isinstance(model, FakeChatModel)
    model.enqueue("Welcome, shall we begin?", *FINANCE_QUESTIONS)
    return practice


def test_a_bad_start_says_why_and_changes_nothing_else(practice: Practice, ui: UI) -> None:
    updates = h.on_start(practice, ui, ["fake:handlers"], "   ", "warm-screener", "short", "", "", "", None)
    assert set(updates) == {"status"} and "role" in updates["status"].lower()
    assert practice.summaries() == []


def test_start_then_answer_then_report_then_delete(practice: Practice, ui: UI) -> None:
    started = h.on_start(practice, ui, ["fake:handlers"], "cfo", "warm-screener", "short", "", "", "", None)
    session_id = started["session_id"]
    assert "Preparation brief" in started["brief"] and started["status"] == ""
    asked = list(h.on_next_turn(practice, ui, session_id))
    assert "?" in asked[-1]["chat"][-1]["content"]
    answered = list(h.on_answer(practice, ui, session_id, STRONG, None))
    assert "Score" in answered[0]["scorecard"] and answered[0]["answer"] == ""
    assert answered[-1]["scorecard"] == answered[0]["scorecard"]  # every update carries the card
    report = hist.on_report(practice, ui, session_id)
    assert "Interview report" in report["report_md"]
    # Drill from the report: the answered turn is offered, tried again, and the change shown.
    offered = report["drill_turn"]["choices"]
    assert report["drill_turn"]["visible"] and offered
    drilled = h.on_drill(practice, ui, session_id, offered[0][1], STRONG + " It paid for itself in a year.")
    assert drilled["drill_result"].startswith("**Score ") and "→" in drilled["drill_result"]
    assert practice.session(session_id)[1].turns[offered[0][1]].attempts  # the first try is kept
    exported = Path(drilled["report_md_file"]["value"]).read_text(encoding="utf-8")
    assert "It paid for itself in a year." in exported and "**Earlier attempts** (1)" in exported  # downloads
    assert list(h.on_drill(practice, ui, session_id, None, "again")) == ["drill_result"]  # none chosen
    written = [
        Path(report[key]["value"]) for key in ("report_md_file", "report_html_file", "report_json_file")
    ]
    assert all(path.exists() for path in written)
    assert list(hist.on_delete(practice, ui, hist.DELETE_CANCELLED)) == ["history"]  # the page said no
    assert [s.id for s in practice.summaries()] == [session_id]
    history = hist.on_delete(practice, ui, session_id)
    assert practice.summaries() == [] and not any(path.exists() for path in written)
    assert history["history"] == [] and history["chosen"]["value"] is None  # nothing left selected


def test_a_model_path_typed_into_the_page_is_refused(practice: Practice, ui: UI) -> None:
    updates = h.on_start(
        practice, ui, ["fake:handlers"], "cfo", "warm-screener", "short", "/etc/passwd", "", "", None
    )
    assert "Choose a model from the list" in updates["status"] and "passwd" not in updates["status"]


def test_the_setup_reads_a_resume_from_bytes(practice: Practice) -> None:
    resume = b"Jordan Avery\nExperience\nVP Finance, Halden, 2016 - Present\nEducation\nBA Economics, 2005\n"
    _, session = practice.start(
        Setup(role="cfo", resume_name="cv.txt", resume_bytes=resume, job_description="An MBA is required.")
    )
    assert session.profile.resume and "Halden" in session.profile.resume
    assert [o.topic for o in session.plan.objections][:1] == ["objection:degree"]


RESUME_BA = (
    b"Jordan Avery\nChicago, IL\n\nExperience\nVP Finance, Halden Logistics, 2016 - Present\n"
    b"Led a finance team of 30; released $12M of cash.\n\nEducation\nBA Economics, University of Iowa, 2005\n"
)


def test_an_objection_shows_its_evidence_and_can_be_dismissed_before_it_is_asked(
    practice: Practice, ui: UI
) -> None:
    _, session = practice.start(
        Setup(role="cfo", resume_name="cv.txt", resume_bytes=RESUME_BA, job_description="An MBA is required.")
    )
    degree = next(o for o in session.plan.objections if o.topic == "objection:degree")
    assert degree.resume_lines == ("BA Economics, University of Iowa, 2005",)
    assert degree.requirement and "MBA" in degree.requirement
    brief = practice.brief(session).markdown()
    assert "> From your resume: BA Economics, University of Iowa, 2005" in brief
    choices = h.objection_choices(ui, session)["planned_objections"]
    assert "objection:degree" in choices["value"]
    kept = [t for t in choices["value"] if t != "objection:degree"]
    updated = h.on_update_plan(practice, ui, session.id, kept)
    assert "objection:degree" not in updated["planned_objections"]["value"]
    assert "dismissed: not true of you" in updated["brief"]
    engine, resumed = practice.session(session.id)
    model = engine.model
    assert isinstance(model, FakeChatModel)
    model.enqueue(*FINANCE_QUESTIONS)
    while resumed.status != "finished":
        for _ in engine.next_turn(resumed):
            pass
        if resumed.open_turn is not None:
            engine.answer(resumed, STRONG)
    assert "objection:degree" not in [t.topic for t in resumed.turns if t.kind == "objection"]


def test_weak_spots_need_a_past_interview_and_then_ask_them_first(practice: Practice, ui: UI) -> None:
    refused = h.on_weak_spots(practice, ui, "short")
    assert set(refused) == {"status"} and "No saved interview to practise from" in refused["status"]
    started = h.on_start(practice, ui, ["fake:handlers"], "cfo", "warm-screener", "short", "", "", "", None)
    _, session = practice.session(started["session_id"])
    first = session.plan.conversation[0][1]
    list(h.on_next_turn(practice, ui, session.id))
    list(h.on_answer(practice, ui, session.id, "I don't know.", None))
    begun = h.on_weak_spots(practice, ui, "short")
    assert "Practising" in begun["status"] and begun["session_id"] != session.id
    _, again = practice.session(begun["session_id"])
    assert first.question_id in again.profile.practise
    assert again.plan.conversation[0][1].question_id == first.question_id  # asked first


def test_a_wait_is_said_while_it_runs_and_cleared_after(practice: Practice, ui: UI) -> None:
    assert hist.on_tick(practice, ui, "abc")["wait"] == ""
    with practice.waits.timing("abc", "fake:handlers", "score"):
        said = hist.on_tick(practice, ui, "abc")["wait"]
        assert said.startswith("Scoring your answer: 0 s (usually about 5 s on a 2-core laptop")
        assert hist.on_tick(practice, ui, "another-tab")["wait"] == ""  # only this tab's session
    assert hist.on_tick(practice, ui, "abc")["wait"] == ""
    assert "under 1 s to score an answer" in hist.on_first_use(practice, ui, "fake:handlers")["first_use"]


def test_a_corrected_reading_drops_the_objection_it_answers(practice: Practice, ui: UI) -> None:
    from interviewer.ui.preparation import on_correct

    resume = "Jo Park\nEXPERIENCE\nFinance Manager, Acme | 2012 - Present\n- Ran the close.\nBA Economics"
    setup = Setup(role="cfo", persona="warm-screener", length="long", resume_text=resume, seed=0)
    _, session = practice.start(setup)
    planned = [o.topic for o in session.plan.objections]
    assert "objection:scope" in planned and "objection:degree" in planned
    updates = on_correct(practice, ui, session.id, 60, None, "mba")
    assert "No longer raised: degree, scope." in updates["status"]
    _, again = practice.session(session.id)
    assert {"objection:scope", "objection:degree"} <= set(again.profile.dismissed_objections)
    assert "Largest team led: 60 (corrected by you)" in updates["brief"]
    assert "Highest degree: MBA (corrected by you)" in updates["brief"]
    refused = on_correct(practice, ui, session.id, -5, None, "")
    assert set(refused) == {"status"}  # a bad value: one sentence, nothing changed


def test_the_stage_stays_preparation_while_the_first_question_is_prepared(practice: Practice, ui: UI) -> None:
    started = h.on_start(practice, ui, ["fake:handlers"], "cfo", "warm-screener", "short", "", "", "", None)
    assert "**▶ Preparation**" in started["stage"]
    # The first question streams in while the brief is read: the stage line had jumped to "Interview".
    asked = list(h.on_next_turn(practice, ui, started["session_id"]))
    assert not any("stage" in update for update in asked)
    answered = list(h.on_answer(practice, ui, started["session_id"], STRONG, None))
    assert any("**▶ Interview**" in update.get("stage", "") for update in answered)
