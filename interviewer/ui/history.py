"""The Report and History tabs' handlers, and the page-wide ones (the wait line, the first-use notice, a
repaired database): the report with its exports and follow-up kit, past sessions, resume and delete."""

from __future__ import annotations

import gradio as gr

from interviewer.errors import InputError, InterviewerError
from interviewer.interview.exports import charts_html
from interviewer.interview.report_text import details_markdown, summary_markdown
from interviewer.practice import Practice
from interviewer.ui import views
from interviewer.ui.handlers import Updates, objection_choices, unchanged
from interviewer.ui.layout import UI


def on_report(practice: Practice, ui: UI, session_id: str | None) -> Updates:
    try:
        _, session = practice.session(session_id)
        report = practice.report(session)
        paths = practice.write_exports(session)
        kit = practice.write_kit(session)
    except InterviewerError as exc:
        gr.Warning(str(exc))
        return unchanged(ui.report_md)
    spoken = [t for t in report.turns if t.audio]
    choices = views.drill_choices(session)
    return {
        ui.drill_turn: gr.update(
            choices=choices, value=choices[0][1] if choices else None, visible=bool(choices)
        ),
        ui.drill_text: gr.update(visible=bool(choices)),
        ui.drill_button: gr.update(visible=bool(choices)),
        ui.kit_file: gr.update(value=str(kit[0]) if kit else None, visible=kit is not None),
        ui.kit_calendar: gr.update(value=str(kit[1]) if kit else None, visible=kit is not None),
        ui.report_md: summary_markdown(report),
        ui.report_charts: charts_html(report),
        ui.report_details: details_markdown(report),
        ui.report_md_file: gr.update(value=str(paths["md"]), visible=True),
        ui.report_html_file: gr.update(value=str(paths["html"]), visible=True),
        ui.report_json_file: gr.update(value=str(paths["json"]), visible=True),
        ui.report_pdf_file: gr.update(value=str(paths["pdf"]), visible=True),
        ui.recordings: gr.update(
            choices=[(f"{t.index}. {t.question[:60]}", t.index) for t in spoken], visible=bool(spoken)
        ),
        ui.tabs: gr.Tabs(selected="report"),
    }


def on_opened_report(practice: Practice, ui: UI, session_id: str | None) -> Updates:
    """A finished session opened from History or the address bar: its report is what there is to see."""
    try:
        finished = bool(session_id) and practice.session(session_id)[1].status == "finished"
    except InterviewerError:
        finished = False  # the resume already said why it could not open
    return on_report(practice, ui, session_id) if finished else unchanged(ui.report_md)


def on_ended(practice: Practice, ui: UI, ended_id: str | None) -> Updates:
    return on_report(practice, ui, ended_id) if ended_id else unchanged(ui.report_md)


def on_refresh(practice: Practice, ui: UI) -> Updates:
    try:
        summaries = practice.summaries()
        sessions = practice.readable_sessions()
    except InterviewerError as exc:
        gr.Warning(str(exc))
        return unchanged(ui.history)
    return {
        ui.history: views.history_rows(summaries),
        ui.progress: views.progress_chart(sessions),
        ui.chosen: gr.update(choices=[(f"{s.role} · {s.updated_at[:16]} · {s.id}", s.id) for s in summaries]),
    }


def on_resume(practice: Practice, ui: UI, chosen_id: str | None) -> Updates:
    try:
        _, session = practice.session(chosen_id)
        brief = practice.brief(session)
    except InterviewerError as exc:
        gr.Warning(str(exc))
        return unchanged(ui.session_id)
    return objection_choices(ui, session) | {
        ui.session_id: session.id,
        ui.chat: views.chat_messages(session),
        ui.stage: views.stage_markdown(session.stage),
        ui.scorecard: views.scorecard_markdown(views.last_assessed(session)),
        ui.brief: brief.markdown(),
        ui.tabs: gr.Tabs(selected="interview"),
    }


# What the page's confirmation sends when the user says no (see app.CONFIRM_DELETE_JS).
DELETE_CANCELLED = "cancelled"


def on_delete(practice: Practice, ui: UI, chosen_id: str | None) -> Updates:
    """Delete the chosen session and everything of it (rows, recordings, exports), once confirmed."""
    if chosen_id == DELETE_CANCELLED:
        return unchanged(ui.history)
    try:
        if not chosen_id:
            raise InputError("Choose a session to delete.")
        practice.delete(chosen_id)
    except InterviewerError as exc:
        gr.Warning(str(exc))
    refreshed = on_refresh(practice, ui)
    if ui.chosen in refreshed:  # the deleted session is no longer a choice: nothing stays selected
        refreshed[ui.chosen] = gr.update(choices=refreshed[ui.chosen]["choices"], value=None)
    return refreshed


def on_tick(practice: Practice, ui: UI, session_id: str | None) -> Updates:
    """Once a second: what the page is waiting for and for how long, against what is usual here."""
    return {ui.wait: practice.wait_line(session_id)}


def on_first_use(practice: Practice, ui: UI, model: str | None) -> Updates:
    return {ui.first_use: practice.waits.first_use_notice(model or practice.settings.model)}


def on_load_notice(practice: Practice, ui: UI) -> Updates:
    """A damaged database was kept aside and repaired at start-up: the user hears it once, in one sentence."""
    return {ui.status: f"⚠ {practice.store.notice}"} if practice.store.notice else unchanged(ui.status)
