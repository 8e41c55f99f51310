"""The interview engine end to end with the scripted fake model and a real store: the plan, the objections,
the stage order, the turn rules, probing follow-ups, persistence and resuming, and the terminal mode."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from interviewer import cli
from interviewer.errors import InputError, ModelError, ModelTimeoutError
from interviewer.interview.context import assemble_history
from interviewer.interview.engine import Engine, TurnEvent
from interviewer.interview.session import Session, Turn
from interviewer.interview.store import MIGRATIONS, SessionStore
from interviewer.models.fake import FakeChatModel
from interviewer.models.registry import get_model
from interviewer.settings import Settings
from tests.helpers import FINANCE_QUESTIONS

RESUME_BA = """Jordan Avery
Chicago, IL

Experience
VP Finance, Halden Logistics — 2016 - Present
Led a finance team of 30; cut days sales outstanding from 68 to 41, releasing $12M of cash.
Finance Director, Marlow Freight — 2010 - 2016
Raised $80M of debt on better terms and rebuilt the forecasting process.

Education
BA Economics, University of Iowa, 2005
"""
RESUME_MBA = RESUME_BA.replace("BA Economics", "MBA, Kellogg School of Management, 2009\nBA Economics")
JOB = "Chief Financial Officer at Norland Foods. MBA required. 12+ years in finance. Lead a team of 25."
STRONG = (
    "You need cash and a credible forecast before the refinancing. At Halden I faced the same: DSO had "
    "drifted to 68. I rebuilt credit control with sales, and within two quarters DSO fell to 41, releasing "
    "$12M of cash that paid for the new depot without new debt."
)
WEAK = "I think I would do fine. I'm a hard worker and I'm looking for the next step in my career."


@pytest.fixture()
def engine(corpus_home: Path, tmp_path: Path) -> Engine:
    settings = Settings(home=corpus_home, threads=2, model="fake:engine")
    return Engine(settings, store=SessionStore(tmp_path / "sessions.sqlite3"))


def fake(engine: Engine) -> FakeChatModel:
    model = engine.model
    assert isinstance(model, FakeChatModel)
    return model


def drain(events: object) -> list[TurnEvent]:
    return list(events)  # type: ignore[call-overload]


LINES = [
    "Welcome aboard, shall we get started?",
    *FINANCE_QUESTIONS,
]


def line(n: int) -> str:
    return (
        LINES[n % len(LINES)]
        if n < len(LINES)
        else f"Question {n}: what would your team say about your {n}th week?"
    )


def test_the_plan_raises_the_degree_objection_only_when_the_resume_lacks_it(engine: Engine) -> None:
    lacking = engine.plan(engine.profile("cfo", resume=RESUME_BA, job_description=JOB), seed=3)
    assert [o.topic for o in lacking.objections][:1] == ["objection:degree"]
    assert "MBA" in lacking.objections[0].evidence
    interview = lacking.stage("interview").moves
    assert any(m.kind == "objection" and m.topic == "objection:degree" for m in interview)
    meeting = engine.plan(engine.profile("cfo", resume=RESUME_MBA, job_description=JOB), seed=3)
    assert "objection:degree" not in [o.topic for o in meeting.objections]


def test_the_plan_is_deterministic_covers_distinct_competencies_and_ends_inviting_questions(
    engine: Engine,
) -> None:
    profile = engine.profile("cfo", resume=RESUME_BA, job_description=JOB, length="long")
    first, again, other = (
        engine.plan(profile, seed=7),
        engine.plan(profile, seed=7),
        engine.plan(profile, seed=8),
    )
    assert first == again and first.contract() != other.contract()
    assert [s.name for s in first.stages] == ["preparation", "interview", "follow-up"]
    questions = [m for m in first.stage("interview").moves if m.kind == "question"]
    competencies = [m.competency for m in questions if m.competency]
    assert len(competencies) == len(set(competencies)) >= 5
    spoken = [m for _, m in first.conversation if m.kind != "thank-you"]
    assert spoken[-1].kind == "closing" and spoken[-1].text.endswith("?")
    contract = first.contract()
    assert {"role", "objections", "stages"} <= contract.keys()
    assert all({"kind", "topic", "text"} <= m.keys() for s in contract["stages"] for m in s["moves"])


CLOSING = "What are the next steps, and when do you expect to decide? Is there anything else I can share?"
NOTE = (
    "Dear Daniel, thank you for meeting me today. Our talk about the refinancing stayed with me; I cut "
    "DSO from 68 to 41 at Halden and would bring the same discipline to Norland. Best regards, Jordan"
)


def play(engine: Engine, session: Session, answers: list[str]) -> list[Turn]:
    """Answer turns in order (closing and thank-you turns get their own texts); the fake interviewer gets
    fresh, rule-keeping lines for each spoken turn."""
    model, asked = fake(engine), []
    for answer in answers:
        model.enqueue(*(line(len(session.turns) + k) for k in range(3)))
        events = drain(engine.next_turn(session))
        turn = events[-1].turn
        assert turn is not None
        asked.append(turn)
        engine.answer(session, {"closing": CLOSING, "thank-you": NOTE}.get(turn.kind, answer))
        while model.pending:  # drop unused lines so the next turn starts clean
            model._queue.popleft()
        if session.status == "finished":
            break
    return asked


def test_a_whole_interview_runs_through_the_stages_and_persists(engine: Engine) -> None:
    profile = engine.profile("cfo", resume=RESUME_BA, job_description=JOB, length="short")
    session = engine.start(profile, seed=1)
    brief = engine.brief(session)
    assert brief.objections and brief.objections[0].guidance and brief.likely_questions
    turns = play(engine, session, [STRONG] * 14)
    assert session.status == "finished"
    kinds = [t.kind for t in session.turns]
    assert kinds[0] == "greeting" and "objection" in kinds
    assert kinds[-2:] == ["closing", "thank-you"]
    stages = [t.stage for t in session.turns]
    assert stages == sorted(stages, key=["preparation", "interview", "follow-up"].index)
    assert all(t.scorecard is not None for t in session.turns if t.kind in ("question", "objection"))
    assert session.turns[-2].closing is not None and session.turns[-2].closing.asked_next_steps
    assert session.turns[-1].thank_you is not None and session.turns[-1].thank_you.score >= 50
    stored = engine.store.load(session.id)
    assert stored.model_dump() == session.model_dump()
    report = engine.report(stored)
    assert report.overall_mean is not None and report.turns
    assert "## Answer by answer" in report.markdown()
    assert turns


def test_a_weak_answer_gets_one_probing_follow_up(engine: Engine) -> None:
    session = engine.start(engine.profile("cfo", length="short"), seed=2)
    play(engine, session, [WEAK])
    assert session.probe_pending
    play(engine, session, [WEAK])
    follow_ups = [t for t in session.turns if t.kind == "follow-up"]
    assert len(follow_ups) == 1 and not session.probe_pending
    play(engine, session, [STRONG])
    assert [t.kind for t in session.turns].count("follow-up") == 1


def test_a_reply_that_breaks_the_rules_is_regenerated_once_then_replaced(engine: Engine) -> None:
    session = engine.start(engine.profile("cfo", length="short"), seed=4)
    model = fake(engine)
    model.enqueue("Welcome, shall we begin?")
    model.enqueue("Why this role? And why now?", "Candidate: I have always loved finance.")
    events = drain(engine.next_turn(session))
    question = events[-1].turn
    assert question is not None and question.replaced
    assert question.question.endswith(session.plan.conversation[0][1].text)
    # Nothing the checks rejected was ever shown: the planned wording first, and it stood.
    first_done = next(i for i, e in enumerate(events) if e.kind == "done")
    events = events[first_done + 1 :]  # the greeting came first, in the same call
    shown = "".join(e.text for e in events if e.kind == "delta")
    assert shown == question.question and not any(e.kind == "replace" for e in events)
    assert "Candidate:" not in " ".join(e.text for e in events)
    assert question.notices and len(question.rejected) == 2


def test_a_repeated_question_is_not_accepted(engine: Engine) -> None:
    session = engine.start(engine.profile("cfo", length="short"), seed=5)
    model = fake(engine)
    model.enqueue("Welcome to the interview, shall we begin?", line(1))
    first = drain(engine.next_turn(session))[-1].turn
    assert first is not None
    engine.answer(session, STRONG)
    model.enqueue(first.question, line(2))
    second = drain(engine.next_turn(session))[-1].turn
    assert second is not None and second.question == line(2)


def test_a_model_failure_mid_session_loses_nothing_and_the_turn_is_retried(engine: Engine) -> None:
    session = engine.start(engine.profile("cfo", length="short"), seed=6)
    play(engine, session, [STRONG])
    before = len(session.turns)
    fake(engine).enqueue(ModelTimeoutError("no reply within 30 s"))
    with pytest.raises(ModelError):
        drain(engine.next_turn(session))
    reloaded = engine.resume(session.id)
    assert len(reloaded.turns) == before and reloaded.cursor == session.cursor
    fake(engine).enqueue(line(40))
    turn = drain(engine.next_turn(reloaded))[-1].turn
    assert turn is not None and turn.question == line(40)


def test_a_resumed_session_shows_the_open_question_again_without_a_model_call(engine: Engine) -> None:
    session = engine.start(engine.profile("cfo", length="short"), seed=8)
    fake(engine).enqueue("Welcome, ready to start?", line(3))
    asked = drain(engine.next_turn(session))[-1].turn
    other = Engine(engine.settings, model=engine.model, store=engine.store)
    resumed = other.resume(session.id)
    events = drain(other.next_turn(resumed))
    assert events[-1].turn == asked and fake(engine).pending == 0
    other.answer(resumed, STRONG)
    assert engine.store.load(session.id).turns[-1].answer == STRONG


def test_retrying_an_answer_keeps_the_earlier_attempt(engine: Engine) -> None:
    session = engine.start(engine.profile("cfo", length="short"), seed=9)
    play(engine, session, [WEAK])
    index = next(t.index for t in session.turns if t.answer is not None)
    first = session.turns[index].overall
    turn = engine.retry(session, index, STRONG)
    assert turn.attempts[0].answer == WEAK and turn.attempts[0].overall == first
    assert turn.overall is not None and first is not None and turn.overall > first
    assert engine.store.load(session.id).turns[index].attempts


def test_bad_input_is_refused_with_a_clear_message(engine: Engine) -> None:
    with pytest.raises(InputError, match="persona"):
        engine.profile("cfo", persona="drill-sergeant")
    with pytest.raises(InputError, match="empty"):
        engine.profile("   ")
    session = engine.start(engine.profile("cfo", length="short"), seed=10)
    with pytest.raises(InputError, match="No question"):
        engine.answer(session, STRONG)
    play(engine, session, [STRONG])
    fake(engine).enqueue(line(50))
    drain(engine.next_turn(session))
    with pytest.raises(InputError, match="empty"):
        engine.answer(session, "   ")
    assert session.open_turn is not None  # still waiting: nothing was lost


def test_history_fits_the_budget_with_older_turns_summarised(engine: Engine) -> None:
    session = engine.start(engine.profile("cfo", length="long"), seed=11)
    play(engine, session, [STRONG * 3] * 8)
    history = assemble_history(session, budget_tokens=400)
    from interviewer.tokens import count_tokens

    assert count_tokens(history) <= 420
    assert history.startswith("Earlier in the interview:")
    assert session.turns[-1].question in history


def test_prompt_tokens_stay_flat_as_the_session_grows(engine: Engine) -> None:
    session = engine.start(engine.profile("cfo", length="long"), seed=12)
    move = session.plan.conversation[0][1]
    sizes = []
    for _ in range(7):
        play(engine, session, [STRONG * 4])
        sizes.append(engine.prompt_tokens(session, move))
    assert max(sizes) <= engine.settings.context_size
    assert sizes[-1] - sizes[2] < 400


def test_the_store_migrates_an_old_database_and_refuses_a_newer_one(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(MIGRATIONS[0])
        db.execute("PRAGMA user_version = 1")
    assert SessionStore(path).schema_version == len(MIGRATIONS)
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(InputError, match="newer"):
        SessionStore(path)


def test_cli_plan_json_keeps_the_issue_shape(
    corpus_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERVIEWER_HOME", str(corpus_home))
    resume, job = tmp_path / "resume.md", tmp_path / "job.txt"
    resume.write_text(RESUME_BA)
    job.write_text(JOB)
    argv = [
        "plan",
        "--role",
        "cfo",
        "--resume",
        str(resume),
        "--job-description",
        str(job),
        "--seed",
        "2",
        "--json",
    ]
    assert cli.main(argv) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["role"] == "Chief Financial Officer"
    assert plan["role_id"] == "cfo" and plan["role_matched"] is True
    # The issue's shape (topic, evidence), added to: the requirement and the resume lines it rests on.
    first = plan["objections"][0]
    assert first["topic"] == "objection:degree" and first["evidence"]
    assert set(first) == {"topic", "evidence", "requirement", "resume_lines"}
    assert first["requirement"] and isinstance(first["resume_lines"], list)
    assert [s["name"] for s in plan["stages"]] == ["preparation", "interview", "follow-up"]
    kinds = {m["kind"] for s in plan["stages"] for m in s["moves"]}
    assert kinds <= {"question", "objection", "closing", "thank-you"}
    assert cli.main([*argv[:-1], "--json"]) == 0 and json.loads(capsys.readouterr().out) == plan
    (tmp_path / "empty.txt").write_text("  ")
    assert cli.main(["plan", "--role", "cfo", "--resume", str(tmp_path / "empty.txt")]) == 1
    assert "empty" in capsys.readouterr().err.lower()


def test_terminal_mode_runs_a_scripted_interview_and_can_be_resumed(
    corpus_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERVIEWER_HOME", str(corpus_home))
    monkeypatch.setenv("INTERVIEWER_MODEL", "fake:terminal")
    get_model("fake:terminal").enqueue(*(line(i) for i in range(30)))  # type: ignore[attr-defined]
    answers = tmp_path / "answers.txt"
    answers.write_text(f"{STRONG}\n---\n{STRONG}\n")
    assert cli.main(["interview", "--role", "cfo", "--length", "short", "--answers", str(answers)]) == 0
    out = capsys.readouterr().out
    assert "Preparation brief" in out and "score" in out and "Paused. Resume with" in out
    session_id = out.split("--session ")[1].split()[0]
    assert cli.main(["sessions", "list"]) == 0
    assert session_id in capsys.readouterr().out
    assert cli.main(["sessions", "export", session_id, "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["session"]["id"] == session_id and exported["report"]["turns"]
    assert cli.main(["sessions", "export", session_id, "--format", "pdf"]) == 1  # binary needs a file
    assert "--out" in capsys.readouterr().err
    pdf = tmp_path / "report.pdf"
    assert cli.main(["sessions", "export", session_id, "--format", "pdf", "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert cli.main(["sessions", "delete", session_id]) == 0
    capsys.readouterr()
    assert cli.main(["sessions", "show", session_id]) == 1


def test_a_weak_answer_is_drilled_from_the_terminal_until_it_meets_the_bar(
    corpus_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERVIEWER_HOME", str(corpus_home))
    monkeypatch.setenv("INTERVIEWER_MODEL", "fake:drill")
    get_model("fake:drill").enqueue(*(line(i) for i in range(30)))  # type: ignore[attr-defined]
    answers = tmp_path / "answers.txt"
    answers.write_text(f"{WEAK}\n")
    assert cli.main(["interview", "--role", "cfo", "--length", "short", "--answers", str(answers)]) == 0
    session_id = capsys.readouterr().out.split("--session ")[1].split()[0]
    drills = tmp_path / "drills.txt"
    drills.write_text(f"{WEAK} Really.\n---\n{STRONG}\n")
    assert cli.main(["drill", "--session", session_id, "--bar", "60", "--answers", str(drills)]) == 0
    out = capsys.readouterr().out
    assert "value first, from your own facts" in out and "→" in out and "meets the bar (60)" in out
    stored = SessionStore(corpus_home / "sessions.sqlite3").load(session_id)
    drilled = next(t for t in stored.turns if t.attempts)
    assert len(drilled.attempts) == 2 and (drilled.overall or 0) >= 60
