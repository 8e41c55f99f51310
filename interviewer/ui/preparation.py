"""The Preparation tab's handlers: the brief, the planned objections a candidate unticks, and corrections to
what was read from their resume."""

from __future__ import annotations

import gradio as gr

from interviewer.errors import InterviewerError
from interviewer.interview.profile import Corrections
from interviewer.practice import Practice
from interviewer.ui.handlers import Updates, objection_choices, warned
from interviewer.ui.layout import UI


def corrections_from(team: float | None, budget: float | None, degree: str | None) -> Corrections:
    """The form's values as corrections; an empty field leaves that reading as it was."""
    return Corrections(
        team=int(team) if team is not None else None,
        budget_usd=int(budget) if budget is not None else None,
        degree=degree or None,  # type: ignore[arg-type]
    )


def _named(topics: list[str]) -> str:
    return ", ".join(t.split(":", 1)[-1].replace("-", " ") for t in topics)


def on_correct(
    practice: Practice,
    ui: UI,
    session_id: str | None,
    team: float | None,
    budget: float | None,
    degree: str | None,
) -> Updates:
    try:
        _, session = practice.session(session_id)
        fixed = corrections_from(team, budget, degree)
        dismissed, raised = practice.correct_resume(session, fixed)
        brief = practice.brief(session)
    except (InterviewerError, ValueError) as exc:
        return warned(ui, exc if isinstance(exc, InterviewerError) else InterviewerError(str(exc)))
    path = practice.write_brief(session, brief)
    said = ["Corrections saved."]
    if dismissed:
        said.append(f"No longer raised: {_named(dismissed)}.")
    if raised:
        said.append(f"Your corrections would also raise: {_named(raised)}; a new session will practise it.")
    return objection_choices(ui, session) | {
        ui.brief: brief.markdown(),
        ui.brief_file: gr.update(value=str(path), visible=True),
        ui.status: " ".join(said),
    }
