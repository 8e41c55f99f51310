"""The app's views are pure functions of engine objects: chat, scorecards, charts, the HTML report."""

from __future__ import annotations

import re

from interviewer.interview.exports import question_rows, report_html
from interviewer.interview.personas import get_persona
from interviewer.interview.plan import build_plan
from interviewer.interview.profile import Profile
from interviewer.interview.report import build_report
from interviewer.interview.roles import resolve_role
from interviewer.interview.session import Attempt, Session, Turn
from interviewer.interview.store import SessionSummary
from interviewer.scoring.rubric import DIMENSIONS, DimensionScore, Scorecard
from interviewer.ui import views


def card(overall: int, score: int) -> Scorecard:
    dims = {
        d: DimensionScore(score=score if d in ("value_first", "evidence") else None, rationale="r")
        for d in DIMENSIONS
    }
    return Scorecard(
        overall=overall,
        dimensions=dims,
        citations=["answer-value-first", "rubric-evidence"],
        flags=["grader-instruction: removed"],
        suggestions=["Lead with the gain."],
        calibration="test",
    )


def session(persona: str = "panel") -> Session:
    profile = Profile(role=resolve_role("cfo"), persona=persona, length="short")
    plan = build_plan(profile, [], seed=0)
    speakers = [f"{i.name}, {i.title}" for i in get_persona(persona).interviewers]
    turns = [
        Turn(
            index=0,
            stage="preparation",
            kind="greeting",
            topic="greeting",
            move=None,
            interviewer=speakers[0],
            question="Welcome, shall we begin?",
        ),
        Turn(
            index=1,
            stage="interview",
            kind="question",
            topic="evidence",
            move=0,
            interviewer=speakers[-1],
            question="How did you fund the plant?",
            answer="With cash we released.",
            scorecard=card(62, 4),
            attempts=[
                Attempt(
                    answer="Somehow.",
                    overall=20,
                    answered_at="2026-01-01T00:00:00",
                    dimensions={"value_first": 1, "evidence": 4},
                )
            ],
        ),
        Turn(
            index=2,
            stage="follow-up",
            kind="thank-you",
            topic="thank-you",
            move=5,
            interviewer=speakers[0],
            question="Write a thank-you note.",
        ),
    ]
    return Session(model="fake", profile=profile, plan=plan, turns=turns)


def test_stage_markdown_marks_the_current_stage() -> None:
    assert "**▶ Interview**" in views.stage_markdown("interview")
    assert "▶" not in views.stage_markdown(None)


def test_chat_names_the_speaker_on_a_panel_only() -> None:
    messages = views.chat_messages(session("panel"))
    assert [m["role"] for m in messages] == ["assistant", "assistant", "user", "assistant"]
    assert messages[1]["content"].split("\n\n")[-1].startswith("**Tom Lindqvist:**")
    single = views.chat_messages(session("warm-screener"))
    assert "**" not in single[1]["content"]


def test_each_question_says_how_far_along_the_interview_is() -> None:
    s = session("panel")
    where = s.progress(s.turns[1])
    assert where is not None and where[0] == 1 and where[1] >= 3
    assert views.chat_messages(s)[1]["content"].startswith(f"*Question 1 of {where[1]}*")
    assert s.progress(s.turns[0]) is None  # the greeting is not a question


def test_the_answer_box_is_labelled_for_what_is_asked() -> None:
    s = session("warm-screener")
    assert views.answer_label(s) == "Thank-you note to Maya Okafor, Senior Talent Partner"
    assert views.answer_label(None) == "Your answer"


def test_scorecard_shows_the_change_after_a_retry_and_the_flags() -> None:
    turn = session().turns[1]
    text = views.scorecard_markdown(turn)
    assert (
        "Score 62/100 (was 20, +42)" in text
        and "**value first** 4/5 (was 1)" in text
        and "**evidence** 4/5:" in text  # unchanged: no "was"
        and "grader-instruction" in text
        and "Lead with the gain." in text
    )
    assert views.scorecard_rows(turn) == [
        {"dimension": "value_first", "score": 4.0},
        {"dimension": "evidence", "score": 4.0},
    ]
    assert "Answer a question" in views.scorecard_markdown(None)
    assert "How far to trust this score" in text and "length bias" in text
    svg = views.scorecard_svg(turn)
    assert svg.count("<rect") == 2 and "value first" in svg and "No scorecard" in views.scorecard_svg(None)


def test_citations_show_titles_and_a_summary() -> None:
    text = views.citations_markdown(session().turns[1])
    assert "`answer-value-first`" in text and "`rubric-evidence`" in text
    assert re.search(r"\*\*[^*]+\*\* \(`answer-value-first`\)\n\n\w", text)


def test_the_html_report_is_self_contained() -> None:
    s = session()
    html = report_html(build_report(s))
    assert html.startswith("<!doctype html>") and "<svg" in html
    assert not re.search(r"(?:src|href)=\"https?://", html)
    assert "How did you fund the plant?" in html
    assert question_rows(build_report(s)) == [("Q1 · question", 62.0)]


def test_history_and_progress_rows() -> None:
    s = session()
    summary = SessionSummary(
        id=s.id,
        created_at=s.created_at,
        updated_at=s.updated_at,
        role="CFO",
        persona="panel",
        model="fake",
        status="active",
        turns=3,
        answered=1,
        mean_overall=62.0,
    )
    assert views.history_rows([summary])[0][0] == s.id
    rows = views.progress_rows([s])
    assert {r["dimension"] for r in rows} == {"value_first", "evidence"} and rows[0]["mean"] == 4.0


def test_a_long_citation_opens_to_its_end() -> None:
    turn = session().turns[1]
    assert turn.scorecard is not None
    turn.scorecard.citations = ["rubric-overview"]  # the longest guidance document
    text = views.citations_markdown(turn)
    assert "<details><summary>Read all of it</summary>" in text
    assert "research is scored only when a company brief was supplied" in text
